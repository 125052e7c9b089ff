"""Hand-written expectations: each fixtures/<name>.json is the spec for fixtures/<name>.txt.
One test per fixture and field, so every mismatch shows on its own line."""

from __future__ import annotations

import itertools
import json
from datetime import datetime
from functools import lru_cache
from pathlib import Path

import pytest

from newsclean import Article, extract

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FIELDS = (
    "title",
    "subtitle",
    "authors",
    "editors",
    "source",
    "location",
    "paragraphs",
    "captions",
    "related",
    "page_count",
    "published",
)


# Fields the extractor does not get right yet, each with the reason. Strict: a field that starts
# passing fails here until its entry is removed, so this list only shrinks.
KNOWN_GAPS = json.loads((Path(__file__).resolve().parent / "known_gaps.json").read_text(encoding="utf-8"))


def _cases() -> list:
    cases = []
    for spec in sorted(FIXTURES.glob("*.json")):
        page = spec.with_suffix(".txt")
        if not page.exists():
            continue
        expected = json.loads(spec.read_text(encoding="utf-8"))
        for field in FIELDS:
            if field not in expected:
                continue
            if field == "published" and expected[field] is None:
                continue
            key = f"{spec.stem}:{field}"
            gap = KNOWN_GAPS.get(key)
            marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
            cases.append(pytest.param(spec.stem, field, id=key, marks=marks))
    return cases


CASES = _cases()


def _head_cuts() -> list:
    """Each fixture again, its text starting lower down, as saved pages often do: at the
    headline (a page head saved from the headline down), right below the browser title, or at
    the body (the headline, the byline and the lead photo's caption all gone)."""
    cases = []
    for spec in sorted(FIXTURES.glob("*.json")):
        page = spec.with_suffix(".txt")
        expected = json.loads(spec.read_text(encoding="utf-8"))
        title, paragraphs = expected.get("title"), expected.get("paragraphs")
        if not page.exists() or not paragraphs or any(f"{spec.stem}:{f}" in KNOWN_GAPS for f in ("title", "paragraphs")):
            continue
        lines = page.read_text(encoding="utf-8").split("\n")
        cuts = {}
        at = [i for i, line in enumerate(lines) if title and line.strip() == title]
        headline = at[1] if len(at) > 1 and at[0] == 0 else at[0] if at else 0
        if headline:
            cuts["from_headline"] = headline
            below = next(i for i in range(1, len(lines)) if lines[i].strip())
            if below < headline and title.lower() in lines[0].lower():
                cuts["below_browser_title"] = below
        opening = next((i for i, line in enumerate(lines) if paragraphs[0] in line), 0)
        if opening:
            cuts["from_body"] = opening
        for kind, start in cuts.items():
            key = f"{spec.stem}:{kind}"
            gap = KNOWN_GAPS.get(key)
            marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
            cases.append(pytest.param(spec.stem, kind, start, id=key, marks=marks))
    return cases


HEAD_CUTS = _head_cuts()


@lru_cache(maxsize=None)
def _article(stem: str) -> Article:
    return extract((FIXTURES / f"{stem}.txt").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def _expected(stem: str) -> dict:
    return json.loads((FIXTURES / f"{stem}.json").read_text(encoding="utf-8"))


def _actual(article: Article, field: str):
    if field == "paragraphs":
        return [p.text for p in article.paragraphs]
    if field == "captions":
        return [(c.text, c.credit) for c in article.captions]
    if field == "related":
        return [r.title for r in article.related]
    if field == "published":
        return article.published.isoformat() if article.published is not None else None
    return getattr(article, field)


def _wanted(expected: dict, field: str):
    value = expected[field]
    if field == "captions":
        return [(c["text"], c.get("credit")) for c in value]
    if field == "published":
        # The spec's own ISO string, spelled as datetime.isoformat() spells it (zone kept).
        return datetime.fromisoformat(value).isoformat()
    return value


def test_there_are_fixtures():
    assert len(CASES) >= len(FIELDS) * 5


def test_known_gaps_name_real_cases():
    ids = {case.id for case in (*CASES, *HEAD_CUTS)}
    assert set(KNOWN_GAPS) <= ids


@pytest.mark.parametrize(("stem", "field"), CASES)
def test_fixture_field(stem, field):
    assert _actual(_article(stem), field) == _wanted(_expected(stem), field)


def test_seed_trace_matches_its_gold_labels_line_by_line():
    """The seed page ships the gold label of every line: the trace must agree with all of them."""
    expected = _expected("tribunnews-track-1-5")
    got = [(line.number, line.label.value) for line in _article("tribunnews-track-1-5").lines]
    assert got == [(number, label) for number, label, _ in expected["lines"]]


@pytest.mark.parametrize(("stem", "kind", "start"), HEAD_CUTS)
def test_headline_and_body_hold_without_what_stood_above(stem, kind, start):
    """What the page printed above the headline must not decide which line is the headline,
    nor where the body is; above the body, nothing must decide where the body is."""
    lines = (FIXTURES / f"{stem}.txt").read_text(encoding="utf-8").split("\n")
    article = extract("\n".join(lines[start:]))
    expected = _expected(stem)
    assert [p.text for p in article.paragraphs] == expected["paragraphs"]
    if kind != "from_body":
        assert article.title == expected["title"]


# Page heads as saved by a crawler that keeps the first kilobytes of a page: each fixture cut
# after so many bytes, mid-word. The body is the fixture's paragraphs that the cut keeps whole,
# then what it left of the next one. (Cuts that a reader could not settle from the text alone,
# such as one inside a caption before its credit, are not listed.)
BYTE_CUTS = [
    ("antaranews-skrining-kesehatan-siswa-sd", 2500), ("bola-persis-tunjuk-pelatih-portugal", 2500),
    ("detikhot-rania-kusuma-album-musim-kedua", 2500), ("detikjatim-2025-tarif-parkir-surabaya-headcut", 1500),
    ("en-ashwellfen-bramley-road-car-park", 1500), ("en-freemalaysiatoday-penang-hawker-polystyrene-ban", 1500),
    ("en-straitstimes-tampines-cycling-paths", 1500), ("genpi-2025-coban-longsor-malang-headcut", 2000),
    ("harianjogja-2025-malioboro-parkir-headcut", 1500), ("investor-laba-ctlg-kuartal-i", 1500),
    ("kompas-banjir-bekasi", 1500), ("kontan-2025-obligasi-ritel-sr", 2000),
    ("kumparan-lampunggeh-harga-kopi-robusta-lambar", 1500), ("okezone-2025-pam-jaya-air-mati-headcut", 2000),
    ("suara-2025-gajah-liar-suoh-headcut", 1500), ("suara-angkot-bogor-mogok", 1500),
    ("suara-kpk-periksa-pejabat-kementan", 1500), ("suara-uji-emisi-senayan-halaman-2", 1500),
    ("suarabali-harga-gumitir-galungan", 1500), ("suarajogja-daftar-harga-gudeg-wijilan", 1500),
    ("sv-svd-simlarare-brist-sexteklassare", 2500), ("tribunjateng-2024-kapal-cantrang-terbakar-rembang-headcut", 1500),
    ("tribunsolo-bst-koridor-bandara-halaman-3", 2000),
    # (a subheading, or a short paragraph, over the cut start of the next one)
    ("ayobandung-sampah-tps-ujungberung", 1500), ("detikbali-tebing-nyang-nyang-longsor", 2500),
    ("detiknews-2017-gudang-elpiji-oplosan-cengkareng-headcut", 1500), ("kompas-2024-ikan-dewa-cigugur-headcut", 1500),
    ("kompas-kapal-sembako-mahakam-surut", 2000),
    # (a cut in a list's item: '3. Memakai n', '- Harga paket perawatan n')
    ("jpnn-kosmetik-ilegal-kosambi", 2000), ("tempo-2024-pajak-hiburan-headcut", 1500),
    # (a box of headlines, with or without its 'Baca Juga', over the cut start of a paragraph)
    ("liputan6-2025-harga-telur-blitar-headcut", 1500), ("tribunlampung-gajah-liar-suoh", 2000),
    # (a list the run's last sentence announces: '... berikut:' / its items / the cut one; a box of links below it)
    ("cnnindonesia-tarif-ojol-naik-pengemudi", 1500), ("haibunda-2025-tanda-anak-kurang-tidur-headcut", 2000),
    ("idxchannel-ihsg-menguat-saham-bank", 2000),
    # (a box of links, then a subheading much shorter than its headlines over the cut paragraph)
    ("merdeka-2021-tahu-sumedang-kedelai-headcut", 1500), ("tirto-bus-listrik-pelajar-bogor", 2000),
    ("tempo-harga-gabah-karawang", 2500),  # (a photo between the subheading and the cut paragraph)
    ("merdeka-2025-air-pam-keruh-koja", 1500),  # (merdeka's question cards, the last one cut)
    # (a table or a recipe's list the prose announces: 'Bahan:' / its lines / the cut one)
    ("cnbcindonesia-ihsg-ditutup-menguat-asing", 2000), ("cnnindonesia-resep-sayur-asem-betawi", 2000),
    ("okezone-economy-2025-kur-bunga-turun", 2000), ("voi-kereta-tambahan-nataru-daop1", 2500),
    ("liputan6-desa-fiktif-dana-desa", 2500),  # (one of the page's widgets printed again, cut: 'Advertis')
    # (a paragraph cut after its first words, a name's, under a link or an ad: 'Kepala Pelaksana Bad')
    ("kompastv-2025-gempa-garut", 1500), ("tribunjateng-jembatan-ambles-weleri-sukorejo", 2000),
    ("okezone-gudang-pupuk-ngawi", 2500),  # (a box of links inside the run, a subheading and the cut paragraph under it)
    # (a listicle's numbered heading over the cut paragraph, under a photo or a box of links)
    ("cnnindonesia-tidur-puasa-ramadan", 2000), ("idntimes-jembatan-gantung-cibeber", 1500),
    # (a list announced inside the run, cut under a photo, in a bulleted headline or in a sub-label)
    ("kontan-2020-subsidi-gaji-rekening-headcut", 2000), ("merdeka-tembakau-bawang-putih-temanggung", 2500),
    ("metrotvnews-jembatan-gantung-lebak", 2500), ("rri-tembakau-petani-jember-tunda-panen", 2000),
    # (a box of links under a list or a short paragraph, headlines with figures: 'Survei: 6 dari 10 Anak ...')
    ("cnnindonesia-larangan-ponsel-depok", 1500), ("tribunpontianak-festival-meriam-karbit-kapuas", 2500),
    ("detikfinance-2025-harga-emas-antam-rekor", 2000),  # (the next row of a list of rows alike, cut)
    # (a paragraph cut after an opening phrase's comma, or below several links and ads)
    ("idxchannel-ihsg-menguat-saham-bank", 1500), ("kompas-kapal-sembako-mahakam-surut", 1500),
    ("kontan-cukai-rokok-downtrading", 1500),  # (a bulleted headline cut short under the body is a link's)
    ("suara-2024-ispa-anak-pancaroba-headcut", 2000),  # (quizzes, a heading and a numbered one over the cut paragraph)
]


@pytest.mark.parametrize(("stem", "size"), BYTE_CUTS, ids=[f"{stem}@{size}" for stem, size in BYTE_CUTS])
def test_page_head_cut_after_so_many_bytes(stem, size):
    text = (FIXTURES / f"{stem}.txt").read_bytes()[:size].decode("utf-8", "ignore")
    paragraphs = _expected(stem)["paragraphs"]
    kept = list(itertools.takewhile(lambda p: p in text, paragraphs))
    last = text.rsplit("\n", 1)[-1].strip()
    following = paragraphs[len(kept)]
    # (the cut paragraph may open with a dateline that the body drops; a cut between two
    # paragraphs leaves none of the next)
    rest = [last[i:] for i in range(len(last)) if following.startswith(last[i:]) and (i == 0 or last[i - 1] == " ")][:1]
    assert [p.text for p in extract(text).paragraphs] == [*kept, *rest]
