"""Tests of newsclean.evaluate: the body metric on hand-made cases, agreement with the
project's referee, line-label and metadata checks, the C4 filter, floors, and the quality gate
itself (it must fail on a deliberately broken rule)."""

from __future__ import annotations

import gzip
import importlib.util
import json
import os
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

import newsclean
from newsclean import evaluate as ev
from newsclean.model import Article, Label, LineTrace, Paragraph

ROOT = Path(__file__).resolve().parents[1]


# ------------------------------------------------------------------ metric on hand-made cases


def test_tokens_are_word_runs():
    assert ev.tokenize("Rp 38.000, naik—turun (lagi)!") == ["Rp", "38", "000", "naik", "turun", "lagi"]
    assert ev.tokenize(None) == []


def test_shingles_are_4_token_windows():
    assert ev.shingles("a b c d e") == Counter({("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1})


def test_short_text_is_one_shingle_and_empty_text_none():
    assert ev.shingles("Halo dunia") == Counter({("Halo", "dunia"): 1})
    assert ev.shingles("") == Counter()
    assert ev.shingles(" -- ") == Counter()


def test_repeated_shingles_count_with_multiplicity():
    gold = "a b c d a b c d"  # abcd, bcda, cdab, dabc, abcd
    assert ev.shingles(gold)[("a", "b", "c", "d")] == 2
    tp, fp, fn = ev.overlap(gold, "a b c d")
    assert (tp, fp, fn) == pytest.approx((1 / 5, 0, 4 / 5))


def test_one_shared_shingle_of_three():
    t = ev.overlap("satu dua tiga empat lima", "satu dua tiga empat enam")
    assert t == pytest.approx((1 / 3, 1 / 3, 1 / 3))
    assert ev.page_precision(t) == pytest.approx(0.5)
    assert ev.page_recall(t) == pytest.approx(0.5)
    assert ev.page_f1(t) == pytest.approx(0.5)


def test_both_empty_pages_are_left_out():
    assert ev.overlap("", "") == (0.0, 0.0, 0.0)
    assert ev.macro_prf([ev.overlap("", "")]) == (0.0, 0.0, 0.0)
    assert ev.page_f1((0.0, 0.0, 0.0)) == 1.0


def test_empty_prediction_lowers_recall_not_precision():
    triples = [ev.overlap("a b c d", "a b c d"), ev.overlap("a b c d e f", "")]
    p, r, f = ev.macro_prf(triples)
    assert p == 1.0
    assert r == 0.5
    assert f == pytest.approx(2 / 3)


def test_prediction_without_gold_lowers_precision_not_recall():
    triples = [ev.overlap("a b c d", "a b c d"), ev.overlap("", "iklan iklan iklan iklan")]
    p, r, _ = ev.macro_prf(triples)
    assert (p, r) == (0.5, 1.0)


def test_exact_match_compares_token_sequences():
    assert ev.exact_match("Halo, dunia!", "Halo\n\ndunia")
    assert not ev.exact_match("Halo, dunia!", "halo dunia")
    assert not ev.exact_match("Halo dunia", "Halo dunia lagi")


def test_source_tag_is_cut_from_the_start_only():
    tag = "JAKARTA, KOMPAS.com"
    assert ev.strip_source_tag("JAKARTA, KOMPAS.com - Harga naik.", tag) == "Harga naik."
    assert ev.strip_source_tag("JAKARTA, KOMPAS.com -- Harga naik.", tag) == "Harga naik."
    assert ev.strip_source_tag("JAKARTA, KOMPAS.com — Harga naik.", tag) == "Harga naik."
    assert ev.strip_source_tag("Harga naik. JAKARTA, KOMPAS.com", tag) == "Harga naik. JAKARTA, KOMPAS.com"
    assert ev.strip_source_tag("Harga naik.", None) == "Harga naik."


def test_gold_body_of_lines_joins_body_lines_without_the_dateline():
    gold = {"source_tag": "Jakarta (ANTARA)", "lines": [
        [0, "title", "Judul"], [2, "body", "Jakarta (ANTARA) - Kalimat pertama."],
        [3, "related", "Baca juga: lain"], [4, "body", "Kalimat kedua."]]}
    assert ev.gold_body_of_lines(gold) == "Kalimat pertama.\nKalimat kedua."


def test_body_of_accepts_articles_and_strings():
    art = Article(paragraphs=[Paragraph(text="Satu."), Paragraph(text="Dua.")])
    assert ev.body_of(art) == "Satu.\n\nDua."
    assert ev.body_of("teks") == "teks"
    assert ev.body_of(None) == ""


def test_bootstrap_is_seeded_and_brackets_the_estimate():
    rng = random.Random(3)
    words = "a b c d e f g h".split()
    pairs = [(" ".join(rng.choices(words, k=30)), " ".join(rng.choices(words, k=25))) for _ in range(40)]
    triples = [ev.overlap(g, p) for g, p in pairs]
    exact = [False] * 40
    one = ev.bootstrap(triples, exact, n=200, seed=7)
    two = ev.bootstrap(triples, exact, n=200, seed=7)
    assert one == two
    _, _, f = ev.macro_prf(triples)
    assert one["f1"]["low"] <= f <= one["f1"]["high"]
    assert one["accuracy"]["low"] == one["accuracy"]["high"] == 0.0
    assert ev.bootstrap(triples, exact, n=0) == {}


# ------------------------------------------------------------------ agreement with the referee


def _referee():
    for path in (ROOT.parent / "shared" / "tools" / "score.py", Path("/work/shared/tools/score.py")):
        if path.is_file():
            spec = importlib.util.spec_from_file_location("newsclean_referee", path)
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            return module
    pytest.skip("the referee (../shared/tools/score.py) is not here")


def _synthetic_pairs(seed: int, n: int = 60):
    rng = random.Random(seed)
    vocab = ["harga", "cabai", "naik", "turun", "pasar", "Jakarta", "gempa", "ñandú", "über",
             "2024", "Rp", "38.000", "—", ",", "\n", "warga", "pemerintah"]
    pairs = []
    for _ in range(n):
        gold = " ".join(rng.choices(vocab, k=rng.choice([0, 1, 3, 4, 10, 40])))
        kind = rng.random()
        if kind < 0.15:
            pred = ""
        elif kind < 0.3:
            pred = gold
        elif kind < 0.6:
            words = gold.split()
            cut = rng.randint(0, len(words))
            pred = " ".join(words[:cut] + rng.choices(vocab, k=rng.randint(0, 8)))
        else:
            pred = " ".join(rng.choices(vocab, k=rng.randint(0, 30)))
        pairs.append((gold, pred))
    return pairs


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_macro_prf_agrees_with_the_referee(seed):
    ref = _referee()
    pairs = _synthetic_pairs(seed)
    for gold, pred in pairs:
        assert ev.overlap(gold, pred) == ref.tp_fp_fn(gold, pred)
        assert ev.shingles(gold) == ref.shingles(gold)
    ours = ev.macro_prf([ev.overlap(g, p) for g, p in pairs])
    assert ours == ref.prf(pairs)


def test_tag_stripping_and_name_check_agree_with_the_referee():
    ref = _referee()
    for text, tag in [("KOMPAS.com - Isi.", "KOMPAS.com"), ("KOMPAS.com—Isi.", "KOMPAS.com"),
                      ("Isi.", "KOMPAS.com"), ("Isi.", None), ("Jakarta, CNN Indonesia -- ", "Jakarta, CNN Indonesia")]:
        assert ev.strip_source_tag(text, tag) == ref.strip_tag(text, tag)
    assert ev.same_names(["Rina W"], ["rina w "]) == ref.same_names(["Rina W"], ["rina w "])


# ------------------------------------------------------------------ a tiny line-gold corpus

PAGES = [
    # (lines with their labels, gold metadata)
    (
        [("Beranda", "nav"), ("Ekonomi", "nav"), ("", None),
         ("Harga Cabai Rawit Turun di Pasar Induk Kramat Jati", "title"),
         ("Penulis: Rina Wulandari", "byline"), ("Senin, 3 Maret 2025 10:15 WIB", "date"), ("", None),
         ("JAKARTA, KOMPAS.com - Harga cabai rawit di Pasar Induk Kramat Jati turun tajam pekan ini "
          "setelah pasokan dari sentra produksi kembali normal.", "body"),
         ("Menurut pedagang, harga rata-rata kini berada di kisaran Rp 38.000 per kilogram, jauh di "
          "bawah harga pekan lalu yang masih Rp 52.000.", "body"),
         ("Baca juga: Harga Bawang Merah Naik Lagi Jelang Ramadan", "related"),
         ("\"Pembeli mulai kembali berbelanja dalam jumlah besar,\" kata Slamet, seorang pedagang "
          "cabai di pasar itu.", "body"),
         ("Dinas perdagangan memperkirakan harga akan stabil hingga akhir bulan, kecuali cuaca "
          "ekstrem mengganggu distribusi dari petani.", "body"),
         ("ADVERTISEMENT", "ad"), ("Bagikan: Facebook Twitter WhatsApp", "share")],
        {"title": "Harga Cabai Rawit Turun di Pasar Induk Kramat Jati", "authors": ["Rina Wulandari"],
         "editors": [], "date": "Senin, 3 Maret 2025 10:15 WIB", "source_tag": "JAKARTA, KOMPAS.com"},
    ),
    (
        [("Bandung (ANTARA) - Pemerintah kota menambah dua puluh bus sekolah gratis mulai tahun ajaran "
          "baru untuk mengurangi kemacetan di sekitar sekolah.", "body"),
         ("Kepala dinas perhubungan mengatakan bus akan melayani enam rute yang melewati kawasan padat "
          "penduduk di bagian timur kota.", "body"),
         ("Lihat Juga: Jadwal Kereta Cepat Bulan Ini", "related"),
         ("Pewarta: Dedi Kurniawan", "byline"), ("Editor: Sri Haryati", "byline"),
         ("Copyright © ANTARA 2025", "copyright")],
        {"title": None, "authors": ["Dedi Kurniawan"], "editors": ["Sri Haryati"], "date": None,
         "source_tag": "Bandung (ANTARA)"},
    ),
    (
        [("Gempa Magnitudo 5,1 Guncang Selatan Jawa, Warga Sempat Panik", "title"),
         ("Rabu, 12 Februari 2025 | 07:40 WIB", "date"), ("", None),
         ("Gempa bumi berkekuatan magnitudo 5,1 mengguncang wilayah selatan Jawa pada Rabu pagi dan "
          "terasa hingga beberapa kabupaten di pesisir.", "body"),
         ("Badan meteorologi menyatakan gempa tidak berpotensi tsunami, namun warga diminta tetap "
          "waspada terhadap gempa susulan.", "body"),
         ("Sejumlah warga sempat berlarian keluar rumah saat guncangan terasa cukup kuat selama "
          "beberapa detik.", "body"),
         ("Tag: gempa, jawa", "tags")],
        {"title": "Gempa Magnitudo 5,1 Guncang Selatan Jawa, Warga Sempat Panik", "authors": [],
         "editors": [], "date": "Rabu, 12 Februari 2025 | 07:40 WIB", "source_tag": None},
    ),
]


def write_line_corpus(folder: Path) -> Path:
    (folder / "pages").mkdir(parents=True)
    (folder / "gold").mkdir()
    for i, (lines, meta) in enumerate(PAGES, start=1):
        text = "\n".join(text for text, _ in lines)
        gold_lines = [[n, label, text.strip()] for n, (text, label) in enumerate(lines) if label]
        name = f"{i:03d}.json"
        (folder / "pages" / name).write_text(json.dumps(
            {"url": f"https://example.com/{i}", "site": "example.com", "text": text, "truncated": False}))
        (folder / "gold" / name).write_text(json.dumps({"lines": gold_lines, **meta, "notes": ""}))
    return folder


def oracle_extract(text: str) -> Article:
    """A perfect extractor for the tiny corpus, built from its gold."""
    for lines, meta in PAGES:
        if "\n".join(t for t, _ in lines) == text:
            trace = [LineTrace(number=n, text=t.strip(), label=Label(label), rule=f"gold.{label}")
                     for n, (t, label) in enumerate(lines) if label]
            body = [t for t, label in lines if label == "body"]
            return Article(title=meta["title"], authors=meta["authors"], editors=meta["editors"],
                           paragraphs=[Paragraph(text=b) for b in body], lines=trace)
    raise AssertionError("unknown page")


def test_oracle_scores_one_on_the_tiny_corpus(tmp_path):
    corpus = ev.load_line_corpus(write_line_corpus(tmp_path / "tiny"))
    res = ev.evaluate_corpus(corpus, oracle_extract, n_bootstrap=50)
    assert (res.precision, res.recall, res.f1, res.accuracy) == (1.0, 1.0, 1.0, 1.0)
    assert res.lines["body_line_precision"] == res.lines["body_line_recall"] == 1.0
    assert res.meta["title"]["correct"] == 3
    assert res.meta["authors"]["correct"] == res.meta["authors"]["of"] == 2
    assert res.errors == 0


def test_line_stats_show_leaked_and_lost_lines(tmp_path):
    corpus = ev.load_line_corpus(write_line_corpus(tmp_path / "tiny"))

    def sloppy(text: str) -> Article:
        # keeps "Baca juga"/"Lihat Juga" lines as body and loses the last body line of each page
        good = oracle_extract(text)
        trace, paragraphs = [], []
        body_numbers = [t.number for t in good.lines if t.label == Label.BODY]
        for t in good.lines:
            label, rule = t.label, t.rule
            if t.label == Label.RELATED:
                label, rule = Label.BODY, "seg.kept"
            elif t.number == body_numbers[-1]:
                label, rule = Label.NAV, "test.bad_rule"
            trace.append(LineTrace(number=t.number, text=t.text, label=label, rule=rule))
            if label == Label.BODY:
                paragraphs.append(Paragraph(text=t.text))
        return Article(paragraphs=paragraphs, lines=trace, title=good.title)

    res = ev.evaluate_corpus(corpus, sloppy, n_bootstrap=0)
    assert res.f1 < 1.0
    lines = res.lines
    assert lines["per_label"]["related"]["into_body"] == 2
    assert lines["body_lost_to"] == {"nav": 3}
    assert lines["lost_by_rule"] == {"test.bad_rule": 3}
    assert lines["leaked_by_rule"] == {"seg.kept": 2}
    first = res.pages[0]
    assert [row[1] for row in first.leaked] == ["related"]
    assert [row[2] for row in first.lost] == ["nav"]
    worst = ev.format_worst(res, 2)
    assert "related kept as body" in worst and "body lost as nav" in worst


def test_raising_extractor_is_counted_not_fatal(tmp_path):
    corpus = ev.load_line_corpus(write_line_corpus(tmp_path / "tiny"))

    def boom(text):
        raise ValueError("broken")

    res = ev.evaluate_corpus(corpus, boom, n_bootstrap=0)
    assert res.errors == 3 and res.f1 == 0.0
    assert "ValueError: broken" in res.pages[0].error


def test_body_gold_corpus_text_and_html(tmp_path):
    folder = tmp_path / "sh"
    (folder / "text").mkdir(parents=True)
    (folder / "html").mkdir()
    truth = {}
    for key, body in [("aa", "The council approved the new budget on Tuesday after a long debate."),
                      ("bb", "Rain is expected across the north for the rest of the week.")]:
        truth[key] = {"articleBody": body, "url": f"https://example.com/{key}"}
        (folder / "text" / f"{key}.txt").write_text(f"Home\nNews\n{body}\nShare this\n")
        with gzip.open(folder / "html" / f"{key}.html.gz", "wt", encoding="utf-8") as f:
            f.write(f"<html><body><nav>Home</nav><p>{body}</p></body></html>")
    (folder / "ground-truth.json").write_text(json.dumps(truth))

    def longest_line(text: str) -> str:
        text = ev.html_to_text(text) if text.lstrip().startswith("<") else text
        return max(text.split("\n"), key=len)

    for mode in ("text", "html"):
        corpus = ev.load_corpus(str(folder), None, mode)
        assert corpus.kind == "body" and corpus.mode == mode and len(corpus.pages) == 2
        res = ev.evaluate_corpus(corpus, longest_line, n_bootstrap=100)
        assert res.f1 == 1.0 and res.accuracy == 1.0
        assert res.ci["f1"]["low"] == 1.0
    res = ev.evaluate_corpus(ev.load_corpus(str(folder), None, "text"), lambda t: t, n_bootstrap=0)
    assert res.precision < 1.0 and res.recall == 1.0
    assert "[not in gold]" in ev.format_worst(res, 1)


# ------------------------------------------------------------------ metadata


@pytest.mark.parametrize("text, parts", [
    ("19/09/2019, 17:11 WIB", {"year": 2019, "month": 9, "day": 19, "hour": 17, "minute": 11}),
    ("Selasa, 24 Jan 2023 09:08 WIB", {"year": 2023, "month": 1, "day": 24, "hour": 9, "minute": 8}),
    ("Jumat, 10 Mei 2024 - 12:54:00 WIB", {"year": 2024, "month": 5, "day": 10, "hour": 12, "minute": 54}),
    ("2019-11", {"year": 2019, "month": 11}),
    ("2025-12-23", {"year": 2025, "month": 12, "day": 23}),
    ("on 16 Feb 2016 at 09:10 WIB", {"year": 2016, "month": 2, "day": 16, "hour": 9, "minute": 10}),
    ("kemarin sore", None),
])
def test_gold_dates_are_parsed(text, parts):
    assert ev.parse_gold_date(text) == parts


def test_date_and_source_are_compared_leniently():
    from datetime import datetime

    gold = ev.parse_gold_date("2019-11")
    assert ev.date_matches(gold, datetime(2019, 11, 30, 8, 0))
    assert not ev.date_matches(ev.parse_gold_date("19/09/2019, 17:11 WIB"), datetime(2019, 9, 18))
    assert not ev.date_matches(gold, None)
    assert ev.source_matches("Jakarta, CNN Indonesia", "CNN Indonesia", "Jakarta")
    assert ev.source_matches("REPUBLIKA.CO.ID, JAKARTA", "REPUBLIKA.CO.ID", "Jakarta")
    assert ev.source_matches("KOMPAS.com", "Kompas.com", None)
    assert not ev.source_matches("BEKASI, KOMPAS.com", "KOMPAS.com", None)
    assert not ev.source_matches(None, "KOMPAS.com", None)


# ------------------------------------------------------------------ other systems


def test_c4_filter_keeps_punctuated_lines_of_five_words():
    text = "\n".join([
        "Beranda",
        "Harga cabai turun tajam pekan ini di pasar induk.",
        "Terlalu pendek sekali.",
        "Pedagang menyebut pasokan kembali lancar setelah panen raya!",
        "Please enable JavaScript to view the comments powered by Disqus.",
        "This site uses cookies to improve your experience here.",
        "Baca juga: harga bawang merah naik lagi",
        "Dinas memperkirakan harga akan tetap stabil hingga akhir bulan ini.",
        "Pembaca menunggu kabar berikutnya dari pemerintah daerah...",
    ])
    assert ev.c4_filter(text).split("\n") == [
        "Harga cabai turun tajam pekan ini di pasar induk.",
        "Pedagang menyebut pasokan kembali lancar setelah panen raya!",
        "Dinas memperkirakan harga akan tetap stabil hingga akhir bulan ini.",
    ]


def test_c4_filter_drops_whole_pages():
    ok = "Kalimat panjang yang cukup untuk lolos saringan ini. " * 3
    assert ev.c4_filter(ok.strip()) != ""
    assert ev.c4_filter("Satu kalimat saja yang cukup panjang di sini.") == ""  # < 3 sentences
    assert ev.c4_filter(ok + "\nLorem ipsum dolor sit amet, consectetur adipiscing.") == ""
    assert ev.c4_filter(ok + "\nvar kode = { nilai: 1 }; muncul di halaman berita.") == ""


def test_html_text_round_trip():
    page = ev.text_to_html("Judul <berita>\n\nParagraf satu & dua.")
    assert "<p>Judul &lt;berita&gt;</p>" in page
    assert ev.html_to_text(page) == "Judul <berita>\nParagraf satu & dua."
    assert ev.html_to_text("<div>a<script>var x;</script><p>b</p>c</div>") == "a\nb\nc"
    assert ev.html_to_text("") == ""
    # Readability hands back a fragment with no charset: read as bytes it came out as mojibake,
    # which once cost readability 0.16 of body F1 in the comparison table.
    assert ev.html_to_text("<div><p>Kata “kutipan” — é</p></div>") == "Kata “kutipan” — é"


def test_html_support_is_detected_by_trying():
    assert ev.html_extract_function(lambda s: Article(paragraphs=[Paragraph(text=s)])) is None

    def raises(s):
        raise TypeError("no html")

    assert ev.html_extract_function(raises) is None

    def reads_html(s):
        return Article(paragraphs=[Paragraph(text=p) for p in ev.html_to_text(s).split("\n") if len(p) > 40])

    assert ev.html_extract_function(reads_html) is reads_html


def test_missing_competitor_is_reported_not_fatal(monkeypatch):
    def missing(lang):
        raise ImportError("no module", name="nonexistent_extractor")

    monkeypatch.setitem(ev.COMPETITORS, "ghost", missing)
    systems, skipped = ev.competitor_systems("id", ["ghost", "c4-filter", "unknown"])
    assert [s.name for s in systems] == ["c4-filter"]
    assert "not installed" in skipped["ghost"] and skipped["unknown"] == "unknown system"


def test_compare_runs_every_system_on_the_same_pages(tmp_path):
    corpus = ev.load_line_corpus(write_line_corpus(tmp_path / "tiny"))
    result = ev.compare([corpus], ["c4-filter"], n_bootstrap=0, log=lambda m: None, extract=oracle_extract)
    rows = result["corpora"]["tiny"]
    assert [r["system"] for r in rows] == ["newsclean (text)", "c4-filter"]
    assert rows[0]["f1"] == 1.0 and all(r["pages"] == 3 for r in rows)
    assert "| tiny | c4-filter |" in ev.format_compare(result, markdown=True)


# ------------------------------------------------------------------ speed


def test_scale_page_repeats_the_body_only():
    text, numbers = ev.synthetic_page()
    big = ev.scale_page(text, numbers, 10)
    lines = text.split("\n")
    assert big.startswith("\n".join(lines[:numbers[0]]))
    assert big.endswith(lines[-1])
    nonempty = [line for line in big.split("\n") if line.strip()]
    assert len(nonempty) == len([line for line in lines if line.strip()]) + 9 * len(numbers)
    assert len(set(nonempty)) > len(nonempty) - 9 * len(numbers)  # copies are varied
    assert ev.scale_page(text, numbers, 1) == text


def test_speed_benchmark_reports_rates_memory_and_growth():
    def fake(text):
        return Article(paragraphs=[Paragraph(text=line) for line in text.split("\n") if len(line) > 60])

    result = ev.speed_benchmark(None, (1, 4), extract=fake, corpora=(), min_seconds=0.01, log=lambda m: None)
    rows = result["scaling"]["text"]["rows"]
    assert [r["factor"] for r in rows] == [1, 4]
    assert rows[1]["bytes"] > rows[0]["bytes"] and rows[0]["peak_memory_mb"] > 0
    assert result["scaling"]["html"].startswith("n/a")
    assert "time grows as size^" in ev.format_speed(result)


# ------------------------------------------------------------------ floors and the gate


def test_floors_only_go_up_unless_allowed(tmp_path):
    path = tmp_path / "floors.json"
    ev.write_floors(path, {"id-dev": 0.9})
    floors, _, ok = ev.update_floors(path, {"id-dev": 0.95678, "sh-text": 0.8})
    assert ok and floors == {"id-dev": 0.956, "sh-text": 0.8}
    floors, messages, ok = ev.update_floors(path, {"id-dev": 0.5})
    assert not ok and floors["id-dev"] == 0.956 and "--allow-lower" in messages[0]
    floors, _, ok = ev.update_floors(path, {"id-dev": 0.5}, allow_lower=True)
    assert ok and ev.read_floors(path)["id-dev"] == 0.5


def test_floor_of_rounds_down_to_three_decimals():
    assert ev.floor_of(0.9) == 0.9
    assert ev.floor_of(0.97139) == 0.971


def make_bench(tmp_path: Path, floor: float) -> tuple[Path, Path]:
    bench = tmp_path / "bench"
    write_line_corpus(bench / "id-dev")
    floors = tmp_path / "floors.json"
    ev.write_floors(floors, {"id-dev": floor})
    return bench, floors


def broken_rule_extractor() -> newsclean.Extractor:
    """A deliberately broken rule: every line is an ad."""
    rule = newsclean.PredicateRule(
        name="test.everything_is_ad", label=Label.AD, doc="Deliberately broken: every line is an ad.",
        matches=("Harga cabai turun tajam pekan ini.",), predicate=lambda line: True, max_chars=10**9)
    return newsclean.Extractor(rules=[rule])


def test_gate_fails_on_a_broken_rule(tmp_path):
    bench, floors = make_bench(tmp_path, 0.5)
    messages = []
    code = ev.run_gate(bench, floors, names=["id-dev"], extract=broken_rule_extractor().extract,
                       log=messages.append)
    assert code == 1
    assert "FAIL" in "\n".join(messages)


def test_gate_fails_when_extract_returns_an_empty_body(tmp_path, monkeypatch):
    bench, floors = make_bench(tmp_path, 0.5)
    monkeypatch.setattr(newsclean, "extract", lambda text, **kw: Article())
    assert ev.run_gate(bench, floors, names=["id-dev"], log=lambda m: None) == 1


def test_gate_fails_when_extract_raises(tmp_path):
    bench, floors = make_bench(tmp_path, 0.0)

    def boom(text):
        raise RuntimeError("segmenter crashed")

    messages = []
    assert ev.run_gate(bench, floors, names=["id-dev"], extract=boom, log=messages.append) == 1
    assert "segmenter crashed" in "\n".join(messages)


def test_gate_passes_with_a_good_extractor(tmp_path):
    bench, floors = make_bench(tmp_path, 0.99)
    assert ev.run_gate(bench, floors, names=["id-dev"], extract=oracle_extract, log=lambda m: None) == 0


def test_gate_passes_with_the_real_extractor_against_a_floor_of_zero(tmp_path):
    bench, floors = make_bench(tmp_path, 0.0)
    messages = []
    assert ev.run_gate(bench, floors, names=["id-dev"], log=messages.append) == 0, "\n".join(messages)


def test_gate_without_a_bench_has_nothing_to_check(tmp_path):
    messages = []
    assert ev.run_gate(None, tmp_path / "floors.json", log=messages.append) == 0
    assert "nothing to gate" in messages[0]


def _run_gate_script(*args: str, extra_path: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    if extra_path is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(extra_path), env.get("PYTHONPATH", "")])
    return subprocess.run([sys.executable, str(ROOT / "benchmarks" / "gate.py"), *args],
                          capture_output=True, text=True, env=env, timeout=300)


def test_gate_script_fails_on_a_broken_rule_and_passes_on_the_real_one(tmp_path):
    bench, floors = make_bench(tmp_path, 0.0)
    (tmp_path / "broken_rules_for_gate.py").write_text(
        "import newsclean\n"
        "from newsclean.model import Label\n"
        "RULE = newsclean.PredicateRule(name='test.everything_is_ad', label=Label.AD,\n"
        "    doc='every line is an ad', matches=('x',), predicate=lambda line: True, max_chars=10**9)\n"
        "EXTRACTOR = newsclean.Extractor(rules=[RULE])\n")
    ev.write_floors(floors, {"id-dev": 0.3})
    broken = _run_gate_script("--bench", str(bench), "--floors", str(floors), "id-dev",
                              "--extractor", "broken_rules_for_gate:EXTRACTOR", extra_path=tmp_path)
    assert broken.returncode == 1, broken.stdout + broken.stderr
    assert "gate: FAILED" in broken.stdout
    ev.write_floors(floors, {"id-dev": 0.0})
    real = _run_gate_script("--bench", str(bench), "--floors", str(floors), "id-dev")
    assert real.returncode == 0, real.stdout + real.stderr
    assert "gate: passed" in real.stdout


def test_cli_prints_a_table_writes_json_and_lists_worst_pages(tmp_path, monkeypatch, capsys):
    folder = write_line_corpus(tmp_path / "tiny")
    monkeypatch.setattr(newsclean, "extract", lambda text, **kw: oracle_extract(text))
    out = tmp_path / "out.json"
    assert ev.main([str(folder), "--json", str(out), "--worst", "1", "--bootstrap", "20"]) == 0
    printed = capsys.readouterr().out
    assert "tiny" in printed and "1 worst page(s)" in printed
    data = json.loads(out.read_text())
    assert data["results"][0]["f1"] == 1.0 and len(data["results"][0]["per_page"]) == 3
    assert data["environment"]["python"]


def test_cli_update_floors(tmp_path, monkeypatch, capsys):
    bench, floors = make_bench(tmp_path, 0.0)
    monkeypatch.setattr(newsclean, "extract", lambda text, **kw: oracle_extract(text))
    assert ev.main(["id-dev", "--bench", str(bench), "--floors", str(floors), "--update-floors",
                    "--bootstrap", "0"]) == 0
    assert ev.read_floors(floors) == {"id-dev": 1.0}
    monkeypatch.setattr(newsclean, "extract", lambda text, **kw: Article())
    assert ev.main(["id-dev", "--bench", str(bench), "--floors", str(floors), "--update-floors",
                    "--bootstrap", "0"]) == 1
    assert ev.read_floors(floors) == {"id-dev": 1.0}
    assert ev.main(["--gate", "id-dev", "--bench", str(bench), "--floors", str(floors)]) == 1
