"""Measure newsclean: quality on gold corpora, speed, a side-by-side comparison with other
extractors, and a quality gate on pinned floors.

    newsclean-eval                          # every corpus found under ../shared/bench
    newsclean-eval id-dev sh-text --worst 5 # these corpora, and the 5 worst pages of each
    newsclean-eval sh --input html          # a corpus by name with the input kind chosen
    newsclean-eval path/to/corpus           # any folder in either gold format
    newsclean-eval --json results.json      # also write everything as JSON
    newsclean-eval --speed                  # pages per CPU-second, MB/s, memory, growth with size
    newsclean-eval --compare                # trafilatura, readability-lxml, jusText, a C4 filter
    newsclean-eval --gate                   # exit 1 when a body F1 drops below its floor
    newsclean-eval --update-floors          # raise the floors to the current scores

Two gold formats are read:

* line gold (`pages/NNN.json` + `gold/NNN.json`, as in `id-dev` and `id-full-dev`): every
  non-empty line of the page text carries a label. The gold body is the lines labelled `body`;
  besides body scores, the line trace of each `Article` is compared with the gold labels line by
  line, and title, authors, editors, date and source are checked.
* body gold (the article-extraction-benchmark layout: `ground-truth.json`, `html/*.html.gz`
  and optionally `text/*.txt`): the gold is the article body text.

Body score: precision, recall and F1 on 4-gram shingles of `\\w+` tokens, each page's counts
normalised to sum to 1, precision and recall macro-averaged over the pages where they are
defined and F1 taken from the two averages (the article-extraction-benchmark definition, as the
project's referee computes it). On line-gold corpora the dateline (`source_tag`) is cut from the
start of the gold body and of the prediction before scoring, as the referee does.
"""

from __future__ import annotations

import argparse
import gzip
import html as html_lib
import json
import math
import os
import platform
import random
import re
import statistics
import sys
import time
import tracemalloc
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from .html import html_to_text
from .model import Label

# --------------------------------------------------------------------------------------------
# The body metric (must stay identical to the referee's, ../shared/tools/score.py)
# --------------------------------------------------------------------------------------------

# The standard `re` module on purpose: `regex` draws `\w` slightly differently.
TOKEN = re.compile(r"\w+", re.UNICODE)
SHINGLE = 4

Triple = tuple[float, float, float]


def tokenize(text: str | None) -> list[str]:
    """The `\\w+` tokens of `text`, in order."""
    return TOKEN.findall(text or "")


def shingles(text: str | None, n: int = SHINGLE) -> Counter:
    """Counts of the n-token windows of `text`. A text shorter than n tokens gives one shingle
    holding all its tokens; an empty text gives none."""
    tokens = tokenize(text)
    out: Counter = Counter()
    for i in range(max(1, len(tokens) - n + 1)):
        window = tuple(tokens[i : i + n])
        if window:
            out[window] += 1
    return out


def overlap(gold: str | None, pred: str | None, n: int = SHINGLE) -> Triple:
    """(tp, fp, fn) shingle counts of one page, divided by their sum so that every page weighs
    the same; (0, 0, 0) when both texts are empty."""
    g, p = shingles(gold, n), shingles(pred, n)
    tp = sum((g & p).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def page_precision(t: Triple) -> float:
    tp, fp, fn = t
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def page_recall(t: Triple) -> float:
    tp, fp, fn = t
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def page_f1(t: Triple) -> float:
    """F1 of one page, for ranking pages: 1 when gold and prediction are both empty, 0 when
    only one of them is."""
    if t == (0.0, 0.0, 0.0):
        return 1.0
    return f1_of(page_precision(t), page_recall(t))


def f1_of(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def macro_prf(triples: Sequence[Triple], mean: Callable[[list[float]], float] = statistics.mean
              ) -> tuple[float, float, float]:
    """Macro precision, recall and F1 over pages. Precision averages the pages that predicted
    something (tp + fp > 0), recall the pages whose gold has something (tp + fn > 0); a page
    with an empty prediction so lowers recall but not precision. F1 comes from the two means."""
    ps = [page_precision(t) for t in triples if t[0] + t[1] > 0]
    rs = [page_recall(t) for t in triples if t[0] + t[2] > 0]
    p = mean(ps) if ps else 0.0
    r = mean(rs) if rs else 0.0
    return p, r, f1_of(p, r)


def exact_match(gold: str | None, pred: str | None) -> bool:
    """The benchmark's accuracy: the prediction has exactly the gold's token sequence."""
    return tokenize(gold) == tokenize(pred)


def _fast_mean(xs: list[float]) -> float:
    return math.fsum(xs) / len(xs)


def bootstrap(triples: Sequence[Triple], exact: Sequence[bool], n: int = 1000, seed: int = 0,
              level: float = 0.95) -> dict[str, dict[str, float]]:
    """Bootstrap over pages (n resamples with replacement, seeded): for precision, recall, F1
    and exact-match accuracy, the percentile interval at `level` and the standard deviation
    (the article-extraction-benchmark prints mean ± std)."""
    if n <= 0 or not triples:
        return {}
    rng = random.Random(seed)
    size = len(triples)
    samples: dict[str, list[float]] = {"precision": [], "recall": [], "f1": [], "accuracy": []}
    for _ in range(n):
        idx = [rng.randrange(size) for _ in range(size)]
        p, r, f = macro_prf([triples[i] for i in idx], mean=_fast_mean)
        samples["precision"].append(p)
        samples["recall"].append(r)
        samples["f1"].append(f)
        samples["accuracy"].append(sum(exact[i] for i in idx) / size)
    lo_q, hi_q = (1 - level) / 2, 1 - (1 - level) / 2
    out = {}
    for key, values in samples.items():
        values.sort()
        out[key] = {
            "low": _quantile(values, lo_q),
            "high": _quantile(values, hi_q),
            "std": statistics.pstdev(values) if len(values) > 1 else 0.0,
        }
    return out


def _quantile(sorted_values: list[float], q: float) -> float:
    if not sorted_values:
        return 0.0
    pos = q * (len(sorted_values) - 1)
    lo = math.floor(pos)
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (pos - lo)


_TAG_GLUE = re.compile(r"^[\s\-–—:|]+")


def strip_source_tag(text: str, tag: str | None) -> str:
    """Cut the dateline `tag` from the start of `text`, with the dashes, colons, bars and
    spaces after it (as the referee does); `text` is returned as is when it does not start
    with the tag."""
    if tag and text.startswith(tag):
        return _TAG_GLUE.sub("", text[len(tag) :])
    return text


def gold_body_of_lines(gold: dict) -> str:
    """The gold body of a line-gold page: its `body` lines, joined by newlines, with the
    dateline cut from the first one."""
    body = [text for _, label, text in gold.get("lines", []) if label == "body"]
    if body:
        body[0] = strip_source_tag(body[0].strip(), gold.get("source_tag"))
    return "\n".join(body)


def body_of(output: Any) -> str:
    """The body text of an extractor's output: `Article.body`, a string as is, or the
    paragraphs' text."""
    if output is None:
        return ""
    if isinstance(output, str):
        return output
    body = getattr(output, "body", None)
    if isinstance(body, str):
        return body
    paragraphs = getattr(output, "paragraphs", None) or []
    return "\n\n".join(getattr(p, "text", str(p)) for p in paragraphs)


# --------------------------------------------------------------------------------------------
# Corpora
# --------------------------------------------------------------------------------------------


@dataclass
class Page:
    """One page of a corpus. `input` is what the extractor under test is given (`mode` says
    which of `text` and `html` it is); `gold_body` is already cut of its dateline."""

    id: str
    mode: str
    text: str | None
    html: str | None
    gold_body: str
    gold: dict | None = None
    url: str | None = None

    @property
    def input(self) -> str:
        value = self.text if self.mode == "text" else self.html
        return value or ""

    @property
    def source_tag(self) -> str | None:
        return (self.gold or {}).get("source_tag")

    @property
    def gold_lines(self) -> list | None:
        """The gold line labels, only when the input is the text they number."""
        if self.gold is None or self.mode != "text":
            return None
        return self.gold.get("lines")


@dataclass
class Corpus:
    name: str
    kind: str  # "lines" or "body"
    mode: str  # "text" or "html"
    path: Path
    lang: str
    pages: list[Page]


# name -> (folder under the bench, gold kind, input kind, language)
KNOWN_CORPORA: dict[str, tuple[str, str, str, str]] = {
    "id-dev": ("id-dev", "lines", "text", "id"),
    "id-full": ("id-full-dev", "lines", "text", "id"),
    "id-full-html": ("id-full-dev", "lines", "html", "id"),
    "sh-text": ("scrapinghub", "body", "text", "en"),
    "sh-html": ("scrapinghub", "body", "html", "en"),
}
ALIASES = {"id-full-dev": "id-full", "scrapinghub": "sh-text", "sh": "sh-text"}
# What the gate and a bare `newsclean-eval` run; sh-html only when extract takes HTML.
DEFAULT_CORPORA = ("id-dev", "id-full", "sh-text", "sh-html")


def _read_text(path: Path) -> str:
    if path.suffix == ".gz":
        with gzip.open(path, "rb") as f:
            data = f.read()
    else:
        data = path.read_bytes()
    return data.decode("utf-8", "replace")


def detect_kind(path: Path) -> str | None:
    if (path / "pages").is_dir() and (path / "gold").is_dir():
        return "lines"
    if (path / "ground-truth.json").is_file():
        return "body"
    return None


def load_line_corpus(path: Path, mode: str = "text", name: str | None = None,
                     lang: str = "id") -> Corpus:
    """A corpus in the id-dev format. In HTML mode a page's input is `html/NNN.html[.gz]`
    (pages without one are left out); the gold body is the same."""
    path = Path(path)
    pages = []
    for page_file in sorted((path / "pages").glob("*.json")):
        gold_file = path / "gold" / page_file.name
        if not gold_file.is_file():
            continue
        record = json.loads(page_file.read_text(encoding="utf-8"))
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        html = None
        for candidate in (path / "html" / f"{page_file.stem}.html",
                          path / "html" / f"{page_file.stem}.html.gz"):
            if candidate.is_file():
                html = _read_text(candidate)
                break
        if mode == "html" and html is None:
            continue
        pages.append(Page(id=page_file.stem, mode=mode, text=record.get("text", ""), html=html,
                          gold_body=gold_body_of_lines(gold), gold=gold, url=record.get("url")))
    if not pages:
        raise FileNotFoundError(f"no pages with gold under {path}")
    return Corpus(name or path.name, "lines", mode, path, lang, pages)


def load_body_corpus(path: Path, mode: str = "text", name: str | None = None,
                     lang: str = "en") -> Corpus:
    """A corpus in the article-extraction-benchmark layout. Text mode reads `text/<id>.txt`,
    HTML mode `html/<id>.html.gz`; both are loaded when present, for the comparison."""
    path = Path(path)
    truth = json.loads((path / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for key in sorted(truth):
        text_file = path / "text" / f"{key}.txt"
        html_file = path / "html" / f"{key}.html.gz"
        if not html_file.is_file():
            html_file = path / "html" / f"{key}.html"
        text = _read_text(text_file) if text_file.is_file() else None
        html = _read_text(html_file) if html_file.is_file() else None
        if (mode == "text" and text is None) or (mode == "html" and html is None):
            continue
        pages.append(Page(id=key, mode=mode, text=text, html=html,
                          gold_body=truth[key].get("articleBody", "") or "",
                          url=truth[key].get("url")))
    if not pages:
        raise FileNotFoundError(f"no {mode} pages under {path}")
    return Corpus(name or f"{path.name}-{mode}", "body", mode, path, lang, pages)


def repo_root() -> Path | None:
    """The source checkout this module lives in (src/newsclean/evaluate.py), if any."""
    here = Path(__file__).resolve()
    root = here.parents[2] if len(here.parents) > 2 else None
    if root is not None and (root / "pyproject.toml").is_file():
        return root
    return None


def find_bench(explicit: str | Path | None = None) -> Path | None:
    """The bench folder: `explicit`, else $NEWSCLEAN_BENCH, else ../shared/bench next to the
    current folder or next to the source checkout."""
    if explicit:
        p = Path(explicit)
        return p if p.is_dir() else None
    candidates = []
    if os.environ.get("NEWSCLEAN_BENCH"):
        candidates.append(Path(os.environ["NEWSCLEAN_BENCH"]))
    candidates.append(Path.cwd().parent / "shared" / "bench")
    root = repo_root()
    if root is not None:
        candidates.append(root.parent / "shared" / "bench")
    for c in candidates:
        if c.is_dir():
            return c
    return None


def canonical_name(name: str, mode: str | None = None) -> str:
    name = ALIASES.get(name, name)
    if mode == "html" and name in ("sh-text", "id-full"):
        name = {"sh-text": "sh-html", "id-full": "id-full-html"}[name]
    return name


def load_corpus(spec: str, bench: Path | None, mode: str | None = None) -> Corpus:
    """A corpus by known name (`id-dev`, `id-full`, `sh-text`, `sh-html`, ...) under `bench`,
    or by folder path (its format is detected; `mode` picks text or HTML input)."""
    name = canonical_name(spec, mode)
    if name in KNOWN_CORPORA:
        folder, kind, corpus_mode, lang = KNOWN_CORPORA[name]
        if bench is None:
            raise FileNotFoundError(f"{name}: no bench folder (give --bench DIR)")
        path = bench / folder
        if not path.is_dir():
            raise FileNotFoundError(f"{name}: {path} does not exist")
    else:
        path = Path(spec)
        kind = detect_kind(path) if path.is_dir() else None
        if kind is None:
            raise FileNotFoundError(f"{spec}: not a known corpus name nor a corpus folder")
        corpus_mode = mode or "text"
        lang = "id" if kind == "lines" else "en"
        name = path.name if corpus_mode == "text" else f"{path.name}-html"
    if kind == "lines":
        return load_line_corpus(path, corpus_mode, name, lang)
    return load_body_corpus(path, corpus_mode, name, lang)


# --------------------------------------------------------------------------------------------
# Running an extractor
# --------------------------------------------------------------------------------------------


@dataclass
class System:
    """Something that turns a page into a body (or an `Article`). `input` is `text`, `html`,
    or `page` (the page's own input kind)."""

    name: str
    run: Callable[[str], Any]
    input: str = "page"
    version: str = ""
    note: str = ""
    # A new instance of the same extractor for a timed pass, so that no memory of lines seen
    # in the warm-up pass speeds it up (newsclean remembers short lines it has labelled).
    fresh: Callable[[], Callable[[str], Any] | None] | None = None

    def timed_runner(self) -> Callable[[str], Any]:
        run = self.fresh() if self.fresh is not None else None
        return run or self.run

    def input_of(self, page: Page) -> str:
        if self.input == "page":
            return page.input
        if self.input == "text":
            return page.text if page.text is not None else html_to_text(page.html or "")
        return page.html if page.html is not None else text_to_html(page.text or "")


def _label_str(label: Any) -> str:
    return str(getattr(label, "value", label))


@dataclass
class PageResult:
    id: str
    triple: Triple
    precision: float
    recall: float
    f1: float
    exact: bool
    pred_body: str
    gold_body: str
    seconds: float
    size: int
    error: str | None = None
    url: str | None = None
    # line-gold only: [number, gold label, predicted label, rule, text]
    leaked: list[list] = field(default_factory=list)
    lost: list[list] = field(default_factory=list)
    meta: dict[str, bool | None] = field(default_factory=dict)

    def to_json(self) -> dict:
        out = {"id": self.id, "precision": round(self.precision, 4), "recall": round(self.recall, 4),
               "f1": round(self.f1, 4), "exact": self.exact, "seconds": round(self.seconds, 6),
               "bytes": self.size}
        if self.url:
            out["url"] = self.url
        if self.error:
            out["error"] = self.error
        if self.leaked or self.lost:
            out["leaked_lines"] = len(self.leaked)
            out["lost_lines"] = len(self.lost)
        if self.meta:
            out["meta"] = self.meta
        return out


@dataclass
class CorpusResult:
    corpus: str
    kind: str
    mode: str
    system: str
    pages: list[PageResult]
    precision: float
    recall: float
    f1: float
    accuracy: float
    ci: dict[str, dict[str, float]]
    cpu_seconds: float
    bytes: int
    errors: int
    lines: dict | None = None
    meta: dict | None = None
    note: str = ""

    @property
    def pages_per_second(self) -> float:
        return len(self.pages) / self.cpu_seconds if self.cpu_seconds > 0 else float("inf")

    @property
    def mb_per_second(self) -> float:
        return self.bytes / 1e6 / self.cpu_seconds if self.cpu_seconds > 0 else float("inf")

    def to_json(self, with_pages: bool = True) -> dict:
        out: dict[str, Any] = {
            "corpus": self.corpus, "kind": self.kind, "input": self.mode, "system": self.system,
            "pages": len(self.pages), "precision": self.precision, "recall": self.recall,
            "f1": self.f1, "accuracy": self.accuracy, "ci95": self.ci,
            "cpu_seconds": self.cpu_seconds, "pages_per_cpu_second": self.pages_per_second,
            "mb_per_cpu_second": self.mb_per_second, "errors": self.errors,
        }
        if self.note:
            out["note"] = self.note
        if self.lines is not None:
            out["lines"] = self.lines
        if self.meta is not None:
            out["meta"] = self.meta
        if with_pages:
            out["per_page"] = [p.to_json() for p in self.pages]
        return out


def run_pages(system: System, pages: Sequence[Page], warmup: str = "corpus"
              ) -> list[tuple[Any, float, str | None, int]]:
    """(output, CPU seconds, error, input bytes) for each page; only the system's own call is
    timed. Before that, an untimed warm-up over every page (`corpus`: lazy imports, patterns
    compiled on first use; steady-state speed), or none (`none`)."""
    out = []
    clock = time.process_time
    inputs = [system.input_of(page) for page in pages]
    for x in inputs if warmup == "corpus" else ():
        try:
            system.run(x)
        except Exception:
            pass
    run = system.timed_runner() if warmup != "none" else system.run
    for x in inputs:
        t0 = clock()
        try:
            result, err = run(x), None
        except Exception as e:  # an extractor failing on a page is a result, not a crash
            result, err = None, f"{type(e).__name__}: {e}"[:300]
        out.append((result, clock() - t0, err, len(x.encode("utf-8"))))
    return out


def evaluate_corpus(corpus: Corpus, system: System | Callable[[str], Any] | None = None, *,
                    n_bootstrap: int = 1000, seed: int = 0, warmup: str = "corpus") -> CorpusResult:
    """Run `system` (default: `newsclean.extract`) on every page of `corpus` and score it. The
    speed is that of a warmed-up process (see `run_pages`)."""
    if system is None:
        system = newsclean_system(corpus.mode)
    elif not isinstance(system, System):
        system = System("custom", system)
    runs = run_pages(system, corpus.pages, warmup)
    results = []
    line_acc = _LineStats()
    meta_acc = _MetaStats()
    for page, (output, seconds, err, size) in zip(corpus.pages, runs):
        tag = page.source_tag
        pred = body_of(output)
        if page.gold is not None:
            pred = strip_source_tag(pred.strip(), tag)
        t = overlap(page.gold_body, pred)
        r = PageResult(id=page.id, triple=t, precision=page_precision(t),
                       recall=page_recall(t), f1=page_f1(t),
                       exact=exact_match(page.gold_body, pred), pred_body=pred,
                       gold_body=page.gold_body, seconds=seconds,
                       size=size, error=err, url=page.url)
        trace = getattr(output, "lines", None)
        if page.gold_lines is not None and trace is not None:
            r.leaked, r.lost = line_acc.add(page.gold_lines, trace)
        if page.gold is not None and output is not None and not isinstance(output, str):
            r.meta = meta_acc.add(page.gold, output)
        elif page.gold is not None and output is None:
            meta_acc.add(page.gold, None)
        results.append(r)
    triples = [r.triple for r in results]
    p, rc, f = macro_prf(triples)
    exact = [r.exact for r in results]
    return CorpusResult(
        corpus=corpus.name, kind=corpus.kind, mode=system.input if system.input != "page" else corpus.mode,
        system=system.name, pages=results, precision=p, recall=rc, f1=f,
        accuracy=sum(exact) / len(exact) if exact else 0.0,
        ci=bootstrap(triples, exact, n_bootstrap, seed),
        cpu_seconds=sum(r.seconds for r in results), bytes=sum(r.size for r in results),
        errors=sum(1 for r in results if r.error),
        lines=line_acc.summary() if line_acc.pages else None,
        meta=meta_acc.summary() if corpus.kind == "lines" and meta_acc.pages else None,
        note=system.note,
    )


# --------------------------------------------------------------------------------------------
# Line labels: what leaks into the body and what the body loses
# --------------------------------------------------------------------------------------------

NO_TRACE = "(none)"


class _LineStats:
    """Confusion of gold line labels against the labels of the `Article.lines` trace."""

    def __init__(self) -> None:
        self.pages = 0
        self.confusion: dict[str, Counter] = defaultdict(Counter)
        self.lost_rules: Counter = Counter()
        self.leak_rules: Counter = Counter()

    def add(self, gold_lines: list, trace: Iterable[Any]) -> tuple[list[list], list[list]]:
        self.pages += 1
        predicted = {}
        for t in trace:
            predicted[int(t.number)] = (_label_str(t.label),
                                                     str(getattr(t, "rule", "") or ""))
        leaked, lost = [], []
        for number, gold_label, text in gold_lines:
            pred_label, rule = predicted.get(int(number), (NO_TRACE, ""))
            self.confusion[gold_label][pred_label] += 1
            if gold_label != "body" and pred_label == "body":
                leaked.append([number, gold_label, pred_label, rule, text])
                self.leak_rules[rule or "?"] += 1
            elif gold_label == "body" and pred_label != "body":
                lost.append([number, gold_label, pred_label, rule, text])
                self.lost_rules[rule or "?"] += 1
        return leaked, lost

    def summary(self) -> dict:
        labels = sorted(set(self.confusion) | {p for row in self.confusion.values() for p in row},
                        key=_label_order)
        per_label = {}
        for label in labels:
            gold_n = sum(self.confusion.get(label, Counter()).values())
            pred_n = sum(row.get(label, 0) for row in self.confusion.values())
            hit = self.confusion.get(label, Counter()).get(label, 0)
            per_label[label] = {
                "gold": gold_n,
                "predicted": pred_n,
                "precision": hit / pred_n if pred_n else None,
                "recall": hit / gold_n if gold_n else None,
                "into_body": self.confusion.get(label, Counter()).get("body", 0) if label != "body" else None,
            }
        body_row = self.confusion.get("body", Counter())
        gold_body = sum(body_row.values())
        pred_body = sum(row.get("body", 0) for row in self.confusion.values())
        return {
            "pages": self.pages,
            "body_line_precision": body_row.get("body", 0) / pred_body if pred_body else None,
            "body_line_recall": body_row.get("body", 0) / gold_body if gold_body else None,
            "per_label": per_label,
            "confusion": {g: dict(row) for g, row in sorted(self.confusion.items(), key=lambda kv: _label_order(kv[0]))},
            "body_lost_to": dict(Counter({k: v for k, v in body_row.items() if k != "body"}).most_common()),
            "lost_by_rule": dict(self.lost_rules.most_common(15)),
            "leaked_by_rule": dict(self.leak_rules.most_common(15)),
        }


_LABEL_ORDER = [label.value for label in Label]


def _label_order(label: str) -> tuple[int, str]:
    return (_LABEL_ORDER.index(label) if label in _LABEL_ORDER else len(_LABEL_ORDER), label)


# --------------------------------------------------------------------------------------------
# Metadata: title, authors, editors, date, source
# --------------------------------------------------------------------------------------------

_MONTHS = {
    "jan": 1, "januari": 1, "january": 1, "feb": 2, "februari": 2, "february": 2, "peb": 2,
    "mar": 3, "maret": 3, "march": 3, "apr": 4, "april": 4, "mei": 5, "may": 5, "jun": 6,
    "juni": 6, "june": 6, "jul": 7, "juli": 7, "july": 7, "agu": 8, "agt": 8, "ags": 8,
    "agustus": 8, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "okt": 10,
    "oktober": 10, "oct": 10, "october": 10, "nov": 11, "nopember": 11, "november": 11,
    "des": 12, "desember": 12, "dec": 12, "december": 12,
}
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{1,2})(?:-(\d{1,2}))?\b")
_NUM_DATE = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
_NAMED_DATE = re.compile(r"\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")
_TIME = re.compile(r"\b(\d{1,2})[:.](\d{2})(?:[:.]\d{2})?\b")


def parse_gold_date(text: str | None) -> dict[str, int] | None:
    """The parts of a date as written on a page (`19/09/2019, 17:11 WIB`, `Selasa, 24 Jan 2023
    09:08 WIB`, `2019-11`): year, month, and day, hour and minute when given."""
    if not text:
        return None
    out: dict[str, int] = {}
    rest = text
    m = _ISO_DATE.search(text)
    if m:
        out = {"year": int(m[1]), "month": int(m[2])}
        if m[3]:
            out["day"] = int(m[3])
        rest = text[m.end():]
    else:
        m = _NUM_DATE.search(text)
        if m:
            out = {"year": int(m[3]), "month": int(m[2]), "day": int(m[1])}
            rest = text[m.end():]
        else:
            m = _NAMED_DATE.search(text)
            if m and m[2].lower() in _MONTHS:
                out = {"year": int(m[3]), "month": _MONTHS[m[2].lower()], "day": int(m[1])}
                rest = text[m.end():]
    if not out:
        return None
    t = _TIME.search(rest)
    if t:
        out["hour"], out["minute"] = int(t[1]), int(t[2])
    return out


def date_matches(gold: dict[str, int], published: Any) -> bool:
    """Year, month and day (those the gold gives) agree. The time of day is not compared: the
    `Article` may carry it converted to another zone."""
    if published is None:
        return False
    if isinstance(published, str):
        try:
            published = datetime.fromisoformat(published)
        except ValueError:
            return False
    return all(getattr(published, part, None) == gold[part]
               for part in ("year", "month", "day") if part in gold)


def source_matches(tag: str | None, source: str | None, location: str | None) -> bool:
    """Lenient dateline check: the case-folded word set of the gold tag (`Jakarta, CNN
    Indonesia`) equals that of the article's location plus source (`Jakarta` + `CNN
    Indonesia`); punctuation and order do not matter."""
    want = {w.casefold() for w in tokenize(tag)}
    got = {w.casefold() for w in tokenize(source) + tokenize(location)}
    return bool(want) and want == got


def same_names(gold: Sequence[str], pred: Sequence[Any] | None) -> bool:
    """The referee's check: the same names, case and order aside."""
    return sorted(x.strip().lower() for x in gold) == sorted(str(x).strip().lower() for x in (pred or []))


class _MetaStats:
    FIELDS = ("title", "authors", "editors", "date", "source")

    def __init__(self) -> None:
        self.pages = 0
        self.ok: Counter = Counter()
        self.n: Counter = Counter()
        self.spurious: Counter = Counter()
        self.unparsed_dates = 0

    def add(self, gold: dict, article: Any) -> dict[str, bool | None]:
        self.pages += 1
        get = (lambda name: getattr(article, name, None)) if article is not None else (lambda name: None)
        out: dict[str, bool | None] = {}
        # title: every page, exact after strip (a null gold title wants no title)
        out["title"] = (gold.get("title") or "").strip() == (get("title") or "").strip()
        for name in ("authors", "editors"):
            if gold.get(name):
                out[name] = same_names(gold[name], get(name))
            else:
                out[name] = None
                if get(name):
                    self.spurious[name] += 1
        parsed = parse_gold_date(gold.get("date"))
        if gold.get("date") and parsed is None:
            self.unparsed_dates += 1
        if parsed:
            out["date"] = date_matches(parsed, get("published"))
        else:
            out["date"] = None
            if get("published") is not None and not gold.get("date"):
                self.spurious["date"] += 1
        if gold.get("source_tag"):
            out["source"] = source_matches(gold["source_tag"], get("source"), get("location"))
        else:
            out["source"] = None
            if get("source"):
                self.spurious["source"] += 1
        for k, v in out.items():
            if v is not None:
                self.n[k] += 1
                self.ok[k] += bool(v)
        return out

    def summary(self) -> dict:
        out: dict[str, Any] = {}
        for k in self.FIELDS:
            out[k] = {"correct": self.ok[k], "of": self.n[k],
                      "accuracy": self.ok[k] / self.n[k] if self.n[k] else None}
            if k != "title":
                out[k]["spurious"] = self.spurious[k]
        out["notes"] = ("title: exact after strip, over all pages (no gold title wants none); "
                        "authors/editors: same names ignoring case and order, over pages whose gold "
                        "names someone; spurious = names/date/source given where the gold has none; "
                        "date: year/month/day of Article.published against the gold date as "
                        "written; source: word set of the gold source_tag vs Article.location + "
                        "Article.source, case-folded")
        if self.unparsed_dates:
            out["date"]["unparsed_gold"] = self.unparsed_dates
        return out


# --------------------------------------------------------------------------------------------
# newsclean as a system; HTML support is detected by trying
# --------------------------------------------------------------------------------------------


def _newsclean():
    import newsclean

    return newsclean


def _version(dist: str) -> str:
    try:
        from importlib.metadata import version

        return version(dist)
    except Exception:
        return "?"


_HTML_PROBE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Probe headline</title>"
    "<script>var probeScript = {value: 1};</script><style>.probeStyle{color:red}</style></head>"
    "<body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
    "<h1>Probe headline</h1><p>The first paragraph of the probe article has enough words to be "
    "read as a body paragraph by any extractor.</p><p>The second paragraph of the probe article "
    "says a little more about the same thing, in a full sentence.</p></article></body></html>"
)


def html_extract_function(extract: Callable[[str], Any] | None = None) -> Callable[[str], Any] | None:
    """The callable that takes HTML, or None when newsclean has none. A module-level
    `extract_html` wins; otherwise `extract` counts as HTML-capable when, given a small HTML
    page, it returns the paragraphs' text without markup, script or style."""
    if extract is None:
        nc = _newsclean()
        fn = getattr(nc, "extract_html", None)
        if callable(fn):
            return fn
        extract = nc.extract
    try:
        body = body_of(extract(_HTML_PROBE))
    except Exception:
        return None
    if "<" in body or "probeScript" in body or "probeStyle" in body or "first paragraph" not in body:
        return None
    return extract


def fresh_newsclean() -> Callable[[str], Any] | None:
    """`Extractor().extract` of a new extractor, when `newsclean.extract` is the library's
    own (not replaced by a test or a caller); else None."""
    nc = _newsclean()
    try:
        from newsclean import extractor as module
    except ImportError:
        return None
    if getattr(nc, "extract", None) is not getattr(module, "extract", None) or not hasattr(nc, "Extractor"):
        return None
    return nc.Extractor().extract


def newsclean_system(mode: str = "text", extract: Callable[[str], Any] | None = None) -> System:
    """newsclean as a `System` for `mode` input; the module's `extract` is looked up at call
    time so that a monkeypatched one is used."""
    fresh = None
    if extract is None:
        if mode == "html":
            fn = html_extract_function()
            if fn is None:
                raise RuntimeError("newsclean.extract does not take HTML")
            run = fn
        else:
            def run(x: str) -> Any:
                return _newsclean().extract(x)

            fresh = fresh_newsclean
    else:
        run = extract
    return System(f"newsclean ({mode})", run, input=mode, version=_version("newsclean"), fresh=fresh)


def extractor_from_spec(spec: str) -> Callable[[str], Any]:
    """`module:attr` -> a callable: the attribute itself, or the `.extract` method of an object
    such as an `Extractor` instance (default attr: `extract`)."""
    import importlib

    module_name, _, attr = spec.partition(":")
    obj: Any = importlib.import_module(module_name)
    for part in (attr or "extract").split("."):
        obj = getattr(obj, part)
    method = getattr(obj, "extract", None)
    if not isinstance(obj, type) and callable(method):
        return method
    if not callable(obj):
        raise TypeError(f"{spec} is neither callable nor has an extract method")
    return obj


# --------------------------------------------------------------------------------------------
# Other extractors, for the comparison
# --------------------------------------------------------------------------------------------

def text_to_html(text: str) -> str:
    """A page text as a minimal HTML page, one `<p>` per non-empty line: how the HTML-only
    extractors are given corpora that have no HTML (id-dev)."""
    body = "\n".join(f"<p>{html_lib.escape(line.strip())}</p>" for line in text.split("\n") if line.strip())
    return f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>\n{body}\n</body></html>"


# The C4 line filter, from its published description (Raffel et al. 2020, "Exploring the Limits
# of Transfer Learning with a Unified Text-to-Text Transformer", section 2.2) and the thresholds
# of the TensorFlow Datasets builder: keep lines that end in terminal punctuation (., !, ? or a
# closing quote; not an ellipsis) and have at least 5 words; drop lines that mention javascript or
# a cookie / terms / privacy notice; drop the whole page when a kept line holds "lorem ipsum" or a
# curly bracket, or when fewer than 3 sentences are left. The bad-words page filter is left out
# (its list is not shipped here) and sentences are counted by end marks, not with a tokenizer.
C4_END_MARKS = (".", "!", "?", '"', "\u201d")
C4_MIN_WORDS = 5
C4_MIN_SENTENCES = 3
C4_POLICY = ("terms of use", "privacy policy", "cookie policy", "uses cookies", "use of cookies",
             "use cookies")
_C4_CITATION = re.compile(r"\[\d*\]|\[edit\]|\[citation needed\]", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]+[\"'\u201d\u2019)]*(?=\s|$)")


def c4_filter(text: str, min_words: int = C4_MIN_WORDS, min_sentences: int = C4_MIN_SENTENCES) -> str:
    """The lines of `text` that a C4-style filter keeps, joined by newlines ('' when the page
    as a whole is dropped)."""
    kept = []
    sentences = 0
    for raw in text.splitlines():
        line = _C4_CITATION.sub("", raw.strip()).strip()
        if not line.endswith(C4_END_MARKS) or line.endswith("..."):
            continue
        if len(line.split()) < min_words:
            continue
        low = line.lower()
        if "lorem ipsum" in low or "{" in line:
            return ""
        if "javascript" in low or any(p in low for p in C4_POLICY):
            continue
        sentences += max(1, len(_SENTENCE_END.findall(line)))
        kept.append(line)
    if sentences < min_sentences:
        return ""
    return "\n".join(kept)


def _trafilatura_system(lang: str) -> System:
    import logging

    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)

    def run(markup: str) -> str:
        return trafilatura.extract(markup) or ""

    return System("trafilatura", run, input="html", version=_version("trafilatura"),
                  note="trafilatura.extract(html), default settings")


def _readability_system(lang: str) -> System:
    import logging

    from readability import Document

    logging.getLogger("readability").setLevel(logging.CRITICAL)

    def run(markup: str) -> str:
        return html_to_text(Document(markup).summary(html_partial=True))

    return System("readability-lxml", run, input="html", version=_version("readability-lxml"),
                  note="Document(html).summary(), text of its blocks")


def _justext_system(lang: str) -> System:
    import justext

    stoplist_name = "Indonesian" if lang == "id" else "English"
    stoplist = justext.get_stoplist(stoplist_name)

    def run(markup: str) -> str:
        paragraphs = justext.justext(markup.encode("utf-8"), stoplist, encoding="utf-8")
        return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)

    return System("justext", run, input="html", version=_version("justext"),
                  note=f"default settings, {stoplist_name} stoplist")


def _c4_system(lang: str) -> System:
    return System("c4-filter", c4_filter, input="text", version="-",
                  note=f"line filter on page text: terminal punctuation, >= {C4_MIN_WORDS} words, "
                       f"page needs >= {C4_MIN_SENTENCES} sentences")


COMPETITORS: dict[str, Callable[[str], System]] = {
    "trafilatura": _trafilatura_system,
    "readability-lxml": _readability_system,
    "justext": _justext_system,
    "c4-filter": _c4_system,
}


def competitor_systems(lang: str, names: Sequence[str] | None = None
                       ) -> tuple[list[System], dict[str, str]]:
    """The competitors that can be imported here, and {name: why not} for the others."""
    systems, missing = [], {}
    for name in names or COMPETITORS:
        factory = COMPETITORS.get(name)
        if factory is None:
            missing[name] = "unknown system"
            continue
        try:
            systems.append(factory(lang))
        except ImportError as e:
            missing[name] = f"not installed ({e.name or e}); pip install -e '.[compare]'"
    return systems, missing


def compare(corpora: Sequence[Corpus], systems_wanted: Sequence[str] | None = None,
            n_bootstrap: int = 200, seed: int = 0, log: Callable[[str], None] = print,
            extract: Callable[[str], Any] | None = None) -> dict:
    """Every system on every corpus, same pages and same metric. Each corpus is run with
    newsclean on page text (and on HTML when newsclean takes it and the corpus has HTML), the
    HTML extractors on the page HTML (on corpora without HTML, on the page text wrapped one
    `<p>` per line), the C4 filter on the page text."""
    out: dict[str, Any] = {"corpora": {}, "missing": {}}
    html_fn = html_extract_function(extract)
    for corpus in corpora:
        rows = []
        has_html = any(p.html for p in corpus.pages)
        systems = [newsclean_system("text", extract)]
        if html_fn is not None and has_html:
            systems.append(System("newsclean (html)", html_fn, input="html", version=_version("newsclean")))
        others, missing = competitor_systems(corpus.lang, systems_wanted)
        out["missing"].update(missing)
        systems += others
        text_corpus = Corpus(corpus.name, corpus.kind, "text", corpus.path, corpus.lang,
                             [Page(p.id, "text", p.text, p.html, p.gold_body, p.gold, p.url)
                              for p in corpus.pages if p.text is not None])
        base_speed = None
        for system in systems:
            log(f"  {corpus.name}: {system.name} ...")
            res = evaluate_corpus(text_corpus, system, n_bootstrap=n_bootstrap, seed=seed)
            fed = system.input
            if fed == "html" and not has_html:
                fed = "text as <p> html"
            row = {"system": system.name, "version": system.version, "input": fed,
                   "precision": res.precision, "recall": res.recall, "f1": res.f1,
                   "accuracy": res.accuracy, "ci95": res.ci, "errors": res.errors,
                   "pages": len(res.pages), "cpu_seconds": res.cpu_seconds,
                   "pages_per_cpu_second": res.pages_per_second,
                   "mb_per_cpu_second": res.mb_per_second, "note": system.note}
            if base_speed is None:
                base_speed = res.pages_per_second
            row["newsclean_speedup"] = (base_speed / res.pages_per_second
                                        if res.pages_per_second and math.isfinite(base_speed) else None)
            rows.append(row)
        label = corpus.name[:-5] if corpus.name.endswith("-text") else corpus.name
        out["corpora"][label] = rows
    return out


def _fmt_ratio(x: float | None) -> str:
    if x is None or not math.isfinite(x):
        return "-"
    return f"{x:.0f}" if x >= 10 else f"{x:.1f}" if x >= 1 else f"{x:.2f}"


def format_compare(result: dict, markdown: bool = False) -> str:
    headers = ["corpus", "system", "version", "input", "P", "R", "F1", "F1 95% CI", "exact",
               "pages/CPU-s", "MB/s", "newsclean x"]
    rows = []
    for corpus, entries in result["corpora"].items():
        for e in entries:
            ci = e["ci95"].get("f1") if e["ci95"] else None
            rows.append([corpus, e["system"], e["version"], e["input"], f"{e['precision']:.3f}",
                         f"{e['recall']:.3f}", f"{e['f1']:.3f}",
                         f"{ci['low']:.3f}-{ci['high']:.3f}" if ci else "-",
                         f"{e['accuracy']:.3f}", _fmt_rate(e["pages_per_cpu_second"]),
                         _fmt_rate(e["mb_per_cpu_second"], 2),
                         _fmt_ratio(e.get("newsclean_speedup"))])
    text = _table(headers, rows, markdown=markdown)
    if result.get("missing"):
        text += "\nskipped: " + "; ".join(f"{k}: {v}" for k, v in result["missing"].items())
    return text


# --------------------------------------------------------------------------------------------
# Speed
# --------------------------------------------------------------------------------------------

_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+")


def _vary(line: str, i: int) -> str:
    """Copy i of a paragraph: its sentences rotated by i, so copies are not identical."""
    sentences = _SENTENCE_SPLIT.split(line)
    if len(sentences) < 2 or i == 0:
        return line
    k = i % len(sentences)
    return " ".join(sentences[k:] + sentences[:k])


def scale_page(text: str, body_numbers: Iterable[int], factor: int) -> str:
    """`text` with its body paragraphs (the given line numbers) repeated `factor` times in all;
    the copies follow the last body line, so the page keeps its head and tail."""
    lines = text.split("\n")
    numbers = sorted(n for n in set(body_numbers) if 0 <= n < len(lines))
    if factor <= 1 or not numbers:
        return text
    body = [lines[n] for n in numbers]
    extra = []
    for i in range(1, factor):
        extra.extend(_vary(line, i) for line in body)
        extra.append("")
    last = numbers[-1]
    return "\n".join(lines[: last + 1] + [""] + extra + lines[last + 1 :])


def synthetic_page() -> tuple[str, list[int]]:
    """A made-up Indonesian news page (navigation, headline, byline, body, related links,
    footer) and its body line numbers, for the speed benchmark when no corpus is at hand."""
    head = ["Beranda", "Nasional", "Ekonomi", "Olahraga", "Teknologi", "",
            "Harga Cabai di Pasar Induk Turun Setelah Panen Raya di Tiga Kabupaten", "",
            "Penulis: Rina Wulandari | Editor: Agus Salim", "Senin, 3 Maret 2025 10:15 WIB", ""]
    body = [
        "JAKARTA, KOMPAS.com - Harga cabai rawit di sejumlah pasar induk turun tajam pekan ini. "
        "Pedagang menyebut pasokan dari daerah sentra kembali lancar setelah panen raya.",
        "Menurut catatan dinas perdagangan, harga rata-rata cabai rawit merah kini berada di "
        "kisaran Rp 38.000 per kilogram. Pekan lalu harga masih menyentuh Rp 52.000.",
        "Seorang pedagang, Slamet (46), mengatakan pembeli mulai kembali berbelanja dalam jumlah "
        "besar. \"Dua minggu lalu orang cuma beli seperempat kilo,\" ujarnya.",
        "Dinas memperkirakan harga akan tetap stabil hingga akhir bulan. Namun cuaca ekstrem di "
        "beberapa daerah masih bisa mengganggu distribusi dari petani ke pasar.",
        "Pemerintah daerah juga menyiapkan operasi pasar di enam kecamatan. Langkah itu diambil "
        "agar harga kebutuhan pokok lain tidak ikut naik menjelang bulan puasa.",
    ]
    tail = ["", "Baca juga: Harga Bawang Merah Naik Lagi", "Baca juga: Stok Beras Aman Hingga Lebaran",
            "", "Tag: cabai, harga pangan, pasar induk", "Bagikan: Facebook Twitter WhatsApp",
            "Copyright © 2025 Contoh Media. All rights reserved."]
    lines = head + [x for b in body for x in (b, "")] + tail
    numbers = [lines.index(b) for b in body]
    return "\n".join(lines), numbers


def typical_page(bench: Path | None) -> tuple[str, list[int], str]:
    """The median-size page of id-full-dev with its gold body lines, or the synthetic page."""
    if bench is not None and (bench / "id-full-dev" / "pages").is_dir():
        try:
            corpus = load_line_corpus(bench / "id-full-dev")
            pages = sorted(corpus.pages, key=lambda p: len(p.text or ""))
            page = pages[len(pages) // 2]
            numbers = [n for n, label, _ in page.gold["lines"] if label == "body"]
            return page.text or "", numbers, f"id-full-dev/{page.id} (median size)"
        except (OSError, ValueError, KeyError):
            pass
    text, numbers = synthetic_page()
    return text, numbers, "synthetic page"


def _time_calls(system: System, x: str, min_seconds: float = 0.3, max_reps: int = 200) -> float:
    """CPU seconds per call of the system on x: repeated until min_seconds of CPU time have
    passed, each time on a fresh runner (made outside the timing)."""
    system.run(x)  # warm-up
    reps, total = 0, 0.0
    while reps < max_reps and (total < min_seconds or reps == 0):
        run = system.timed_runner()
        t0 = time.process_time()
        run(x)
        total += time.process_time() - t0
        reps += 1
    return total / reps


def _peak_memory(fn: Callable[[str], Any], x: str) -> int:
    tracemalloc.start()
    try:
        fn(x)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


_COLD_START = """
import sys, time
t0 = time.process_time()
import newsclean
t1 = time.process_time()
newsclean.extract(sys.stdin.read())
t2 = time.process_time()
print(t1 - t0, t2 - t1)
"""


def cold_start(page: str) -> dict | None:
    """CPU seconds of `import newsclean` and of the first `extract` in a fresh interpreter
    (the cost a one-shot command pays), or None when it cannot be measured."""
    import subprocess

    nc = _newsclean()
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(Path(nc.__file__).resolve().parents[1]), env.get("PYTHONPATH", "")])
    try:
        done = subprocess.run([sys.executable, "-c", _COLD_START], input=page, capture_output=True,
                              text=True, env=env, timeout=300)
        imported, first = (float(x) for x in done.stdout.split())
    except (OSError, ValueError, subprocess.SubprocessError):
        return None
    return {"import_seconds": imported, "first_extract_seconds": first}


def speed_benchmark(bench: Path | None = None, sizes: Sequence[int] = (1, 10, 100),
                    extract: Callable[[str], Any] | None = None,
                    corpora: Sequence[str] = DEFAULT_CORPORA,
                    min_seconds: float = 0.3, log: Callable[[str], None] = print) -> dict:
    """Pages per CPU-second and MB/s on the corpora at hand, then time and peak memory
    (tracemalloc) of one page at 1x, 10x, 100x its body, in text mode and, when extract takes
    HTML, in HTML mode (the scaled page text wrapped one `<p>` per line)."""
    html_fn = html_extract_function(extract)
    systems = {"text": newsclean_system("text", extract)}
    if html_fn is not None:
        systems["html"] = newsclean_system("html", html_fn)
    out: dict[str, Any] = {"corpora": {}, "scaling": {}, "html_supported": html_fn is not None}
    for name in corpora:
        if name.endswith("html") and html_fn is None:
            out["corpora"][name] = {"skipped": "extract does not take HTML"}
            continue
        try:
            corpus = load_corpus(name, bench)
        except FileNotFoundError as e:
            out["corpora"][name] = {"skipped": str(e)}
            continue
        runs = run_pages(systems[corpus.mode], corpus.pages)
        dt = sum(run[1] for run in runs)
        size = sum(run[3] for run in runs)
        out["corpora"][name] = {"pages": len(runs), "mb": size / 1e6, "cpu_seconds": dt,
                                "pages_per_cpu_second": len(runs) / dt if dt else float("inf"),
                                "mb_per_cpu_second": size / 1e6 / dt if dt else float("inf")}
        log(f"  speed {name}: {out['corpora'][name]['pages_per_cpu_second']:.1f} pages/s")
    text, numbers, origin = typical_page(bench)
    out["typical_page"] = origin
    if extract is None:
        out["cold_start"] = cold_start(text)
    for mode, system in systems.items():
        rows = []
        for factor in sizes:
            page = scale_page(text, numbers, factor)
            if mode == "html":
                page = text_to_html(page)  # the scaled page text, one `<p>` per line
            nbytes = len(page.encode("utf-8"))
            seconds = _time_calls(system, page, min_seconds=min_seconds)
            peak = _peak_memory(system.run, page)
            rows.append({"factor": factor, "bytes": nbytes, "ms_per_page": seconds * 1000,
                         "mb_per_cpu_second": nbytes / 1e6 / seconds if seconds else float("inf"),
                         "peak_memory_mb": peak / 1e6})
            log(f"  speed {mode} {factor}x: {nbytes / 1000:.0f} kB, {seconds * 1000:.2f} ms")
        if len(rows) >= 2 and rows[0]["ms_per_page"] > 0 and rows[-1]["bytes"] > rows[0]["bytes"]:
            growth = (math.log(rows[-1]["ms_per_page"] / rows[0]["ms_per_page"])
                      / math.log(rows[-1]["bytes"] / rows[0]["bytes"]))
        else:
            growth = None
        out["scaling"][mode] = {"rows": rows, "growth_exponent": growth}
    if html_fn is None:
        out["scaling"]["html"] = "n/a: extract does not take HTML"
    return out


def format_speed(result: dict) -> str:
    lines = []
    rows = []
    for name, r in result["corpora"].items():
        if "skipped" in r:
            rows.append([name, "-", "-", "-", r["skipped"]])
        else:
            rows.append([name, str(r["pages"]), f"{r['mb']:.2f}", _fmt_rate(r["pages_per_cpu_second"]),
                         _fmt_rate(r["mb_per_cpu_second"], 2)])
    lines.append(_table(["corpus", "pages", "MB", "pages/CPU-s", "MB/CPU-s"], rows))
    lines.append("(warmed-up process: one untimed pass first, then a new Extractor for the timed pass)")
    cold = result.get("cold_start")
    if cold:
        lines.append(f"cold start in a fresh interpreter: import {cold['import_seconds'] * 1000:.0f} ms, "
                     f"first extract {cold['first_extract_seconds'] * 1000:.0f} ms")
    lines.append("")
    lines.append(f"page size growth (page: {result.get('typical_page')}):")
    for mode, s in result["scaling"].items():
        if isinstance(s, str):
            lines.append(f"{mode}: {s}")
            continue
        rows = [[mode, f"{r['factor']}x", f"{r['bytes'] / 1000:.1f}", f"{r['ms_per_page']:.2f}",
                 f"{r['mb_per_cpu_second']:.2f}", f"{r['peak_memory_mb']:.1f}"] for r in s["rows"]]
        lines.append(_table(["input", "size", "kB", "ms/page", "MB/CPU-s", "peak MB"], rows))
        if s["growth_exponent"] is not None:
            lines.append(f"{mode}: time grows as size^{s['growth_exponent']:.2f} "
                         "(1.0 = linear)")
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# Floors and the gate
# --------------------------------------------------------------------------------------------

FLOORS_NOTE = ("Minimum body F1 per corpus for the quality gate (newsclean-eval --gate). Raise "
               "with newsclean-eval --update-floors; lowering needs --allow-lower.")


def default_floors_path() -> Path:
    for base in (Path.cwd(), repo_root()):
        if base is not None and (base / "benchmarks" / "floors.json").is_file():
            return base / "benchmarks" / "floors.json"
    root = repo_root() or Path.cwd()
    return root / "benchmarks" / "floors.json"


def read_floors(path: Path) -> dict[str, float]:
    if not Path(path).is_file():
        return {}
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return {k: float(v) for k, v in data.items() if not k.startswith("_")}


def write_floors(path: Path, floors: dict[str, float]) -> None:
    data: dict[str, Any] = {"_note": FLOORS_NOTE}
    data.update({k: floors[k] for k in sorted(floors)})
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def floor_of(score: float) -> float:
    """A score rounded down to 3 decimals, so that the same run passes its own floor."""
    return math.floor(score * 1000 + 1e-9) / 1000


def update_floors(path: Path, scores: dict[str, float], allow_lower: bool = False
                  ) -> tuple[dict[str, float], list[str], bool]:
    """Set each floor to its current score (rounded down to 3 decimals). A floor that would go
    down stays unless `allow_lower`. Returns (floors, messages, every change allowed)."""
    floors = read_floors(path)
    messages, ok = [], True
    for name, score in sorted(scores.items()):
        new = floor_of(score)
        old = floors.get(name)
        if old is None or new > old:
            messages.append(f"{name}: floor {'-' if old is None else f'{old:.3f}'} -> {new:.3f}")
            floors[name] = new
        elif new < old:
            if allow_lower:
                messages.append(f"{name}: floor {old:.3f} -> {new:.3f} (lowered)")
                floors[name] = new
            else:
                messages.append(f"{name}: score {score:.4f} is below the floor {old:.3f}; "
                                "kept (lowering needs --allow-lower)")
                ok = False
        else:
            messages.append(f"{name}: floor {old:.3f} unchanged")
    write_floors(path, floors)
    return floors, messages, ok


def gate_corpora(bench: Path | None, names: Sequence[str] | None,
                 html_supported: bool) -> tuple[list[Corpus], list[str]]:
    """The gate's corpora that exist under `bench` (sh-html only when extract takes HTML),
    and a note for each one left out."""
    notes, corpora = [], []
    if bench is None:
        return [], ["no bench folder found (../shared/bench); nothing to gate"]
    for name in names or DEFAULT_CORPORA:
        name = canonical_name(name)
        if KNOWN_CORPORA.get(name, ("", "", "text"))[2] == "html":
            if not html_supported:
                notes.append(f"{name}: n/a (extract does not take HTML)")
                continue
        try:
            corpora.append(load_corpus(name, bench))
        except FileNotFoundError as e:
            notes.append(f"{name}: skipped ({e})")
    return corpora, notes


def run_gate(bench: Path | None, floors_path: Path, *, names: Sequence[str] | None = None,
             extract: Callable[[str], Any] | None = None, log: Callable[[str], None] = print,
             results: list[CorpusResult] | None = None) -> int:
    """Evaluate the gate corpora and compare body F1 with the floors: 0 when every corpus is
    at or above its floor and no page raised, 1 otherwise. No bench: nothing to check, 0."""
    html_fn = html_extract_function(extract)
    corpora, notes = gate_corpora(bench, names, html_fn is not None)
    for n in notes:
        log(n)
    if not corpora:
        return 0
    floors = read_floors(floors_path)
    failed = False
    rows = []
    for corpus in corpora:
        system = newsclean_system(corpus.mode, html_fn if corpus.mode == "html" else extract)
        res = evaluate_corpus(corpus, system, n_bootstrap=0, warmup="none")
        if results is not None:
            results.append(res)
        floor = floors.get(corpus.name)
        status = "ok"
        if res.errors:
            status = f"FAIL: extract raised on {res.errors} page(s)"
            first = next(r for r in res.pages if r.error)
            status += f", first {first.id}: {first.error[:120]}"
            failed = True
        elif floor is None:
            status = "no floor pinned (newsclean-eval --update-floors)"
        elif res.f1 + 1e-12 < floor:
            status = f"FAIL: below the floor by {floor - res.f1:.4f}"
            failed = True
        rows.append([corpus.name, str(len(res.pages)), f"{res.f1:.4f}",
                     "-" if floor is None else f"{floor:.3f}", status])
    log(_table(["corpus", "pages", "body F1", "floor", "status"], rows))
    log("gate: FAILED" if failed else "gate: passed")
    return 1 if failed else 0


# --------------------------------------------------------------------------------------------
# Reports
# --------------------------------------------------------------------------------------------


def _fmt_rate(x: float, digits: int = 1) -> str:
    if x is None or not math.isfinite(x):
        return "-"
    return f"{x:,.{digits}f}"


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]], markdown: bool = False) -> str:
    if markdown:
        out = ["| " + " | ".join(headers) + " |", "| " + " | ".join("---" for _ in headers) + " |"]
        out += ["| " + " | ".join(r) + " |" for r in rows]
        return "\n".join(out)
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    fmt = "  ".join(f"{{:<{w}}}" for w in widths)
    out = [fmt.format(*headers), fmt.format(*("-" * w for w in widths))]
    out += [fmt.format(*r) for r in rows]
    return "\n".join(line.rstrip() for line in out)


def _meta_cell(meta: dict | None, key: str) -> str:
    if not meta or not meta.get(key) or not meta[key]["of"]:
        return "-"
    return f"{meta[key]['correct']}/{meta[key]['of']}"


def format_results(results: Sequence[CorpusResult]) -> str:
    headers = ["corpus", "input", "pages", "P", "R", "F1", "F1 95% CI", "exact", "title",
               "authors", "editors", "date", "source", "pages/CPU-s", "MB/s", "errors"]
    rows = []
    for r in results:
        ci = r.ci.get("f1") if r.ci else None
        rows.append([r.corpus, r.mode, str(len(r.pages)), f"{r.precision:.3f}", f"{r.recall:.3f}",
                     f"{r.f1:.3f}", f"{ci['low']:.3f}-{ci['high']:.3f}" if ci else "-",
                     f"{r.accuracy:.3f}", _meta_cell(r.meta, "title"), _meta_cell(r.meta, "authors"),
                     _meta_cell(r.meta, "editors"), _meta_cell(r.meta, "date"),
                     _meta_cell(r.meta, "source"), _fmt_rate(r.pages_per_second),
                     _fmt_rate(r.mb_per_second, 2), str(r.errors)])
    text = [_table(headers, rows)]
    for r in results:
        if r.lines:
            text.append("")
            text.append(format_line_stats(r.corpus, r.lines))
        if r.errors:
            first = next(p for p in r.pages if p.error)
            text.append(f"{r.corpus}: extract raised on {r.errors} page(s); first {first.id}: {first.error}")
    return "\n".join(text)


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{x:.2f}"


def format_line_stats(name: str, lines: dict) -> str:
    rows = []
    for label, s in lines["per_label"].items():
        if not s["gold"] and not s["predicted"]:
            continue
        confused = Counter(lines["confusion"].get(label, {}))
        confused.pop(label, None)
        top = ", ".join(f"{k} {v}" for k, v in confused.most_common(3))
        into = s["into_body"]
        rows.append([label, str(s["gold"]), str(s["predicted"]), _pct(s["precision"]),
                     _pct(s["recall"]), "-" if into is None else f"{into}/{s['gold']}", top])
    out = [f"{name}: line labels (gold vs Article.lines), body lines P {_pct(lines['body_line_precision'])}"
           f" R {_pct(lines['body_line_recall'])}",
           _table(["gold label", "gold", "predicted", "P", "R", "into body", "mislabelled as"], rows)]
    if lines["body_lost_to"]:
        out.append("body lines lost to: " + ", ".join(f"{k} {v}" for k, v in lines["body_lost_to"].items()))
    if lines["lost_by_rule"]:
        out.append("  by rule: " + ", ".join(f"{k} {v}" for k, v in list(lines["lost_by_rule"].items())[:8]))
    if lines["leaked_by_rule"]:
        out.append("boilerplate kept as body, by rule: "
                   + ", ".join(f"{k} {v}" for k, v in list(lines["leaked_by_rule"].items())[:8]))
    return "\n".join(out)


def _short(text: str, width: int = 100) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _paragraph_diff(gold: str, pred: str, threshold: float = 0.5) -> tuple[list[str], list[str]]:
    """Predicted lines mostly absent from the gold (leaked) and gold lines mostly absent from
    the prediction (lost), by shingle overlap."""
    g_all, p_all = shingles(gold), shingles(pred)

    def missing(lines: Iterable[str], other: Counter) -> list[str]:
        out = []
        for line in lines:
            sh = shingles(line)
            if sh and sum(c for k, c in sh.items() if k in other) / sum(sh.values()) < threshold:
                out.append(line)
        return out

    pred_lines = [line for line in pred.split("\n") if line.strip()]
    gold_lines = [line for line in gold.split("\n") if line.strip()]
    return missing(pred_lines, g_all), missing(gold_lines, p_all)


def format_worst(result: CorpusResult, n: int, per_kind: int = 4, width: int = 100) -> str:
    worst = sorted(result.pages, key=lambda r: (r.f1, r.id))[:n]
    out = [f"{result.corpus}: {len(worst)} worst page(s) by body F1"]
    for r in worst:
        head = f"  {r.id}  F1 {r.f1:.3f}  P {r.precision:.3f}  R {r.recall:.3f}"
        if r.url:
            head += f"  {_short(r.url, 70)}"
        out.append(head)
        if r.error:
            out.append(f"    ! {r.error[:width]}")
        if r.leaked or r.lost:
            for number, gold_label, _, rule, text in r.leaked[:per_kind]:
                out.append(f"    + {number:>4} [{gold_label} kept as body; {rule or '?'}] {_short(text, width)}")
            if len(r.leaked) > per_kind:
                out.append(f"    + ... {len(r.leaked) - per_kind} more leaked line(s)")
            for number, _, pred_label, rule, text in r.lost[:per_kind]:
                out.append(f"    - {number:>4} [body lost as {pred_label}; {rule or '?'}] {_short(text, width)}")
            if len(r.lost) > per_kind:
                out.append(f"    - ... {len(r.lost) - per_kind} more lost line(s)")
        else:
            leaked, lost = _paragraph_diff(r.gold_body, r.pred_body)
            for text in leaked[:per_kind]:
                out.append(f"    + [not in gold] {_short(text, width)}")
            if len(leaked) > per_kind:
                out.append(f"    + ... {len(leaked) - per_kind} more leaked line(s)")
            for text in lost[:per_kind]:
                out.append(f"    - [missing] {_short(text, width)}")
            if len(lost) > per_kind:
                out.append(f"    - ... {len(lost) - per_kind} more lost line(s)")
    return "\n".join(out)


def json_safe(obj: Any) -> Any:
    """`obj` with infinite or NaN floats replaced by None, so that the JSON is strict."""
    if isinstance(obj, float):
        return obj if math.isfinite(obj) else None
    if isinstance(obj, dict):
        return {k: json_safe(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [json_safe(v) for v in obj]
    return obj


def write_json(path: str | Path, data: Any) -> None:
    Path(path).write_text(json.dumps(json_safe(data), indent=2, default=str, allow_nan=False) + "\n",
                          encoding="utf-8")


def environment() -> dict:
    return {
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d"),
        "newsclean": _version("newsclean"),
        "python": platform.python_version(),
        "machine": f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPU(s)",
    }


# --------------------------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="newsclean-eval",
        description="Score newsclean on gold corpora, benchmark it, compare it, gate on floors.",
        epilog="Corpora by name: id-dev, id-full (id-full-dev), id-full-html, sh-text, sh-html "
               "(under --bench), or a folder path in either gold format.")
    ap.add_argument("corpora", nargs="*", help="corpus names or folders (default: all found)")
    ap.add_argument("--bench", help="folder holding the corpora (default: ../shared/bench)")
    ap.add_argument("--input", choices=("text", "html"), help="input kind for `sh`, `id-full` or a folder")
    ap.add_argument("--json", metavar="PATH", help="write all results as JSON to PATH")
    ap.add_argument("--worst", type=int, default=0, metavar="N",
                    help="list the N lowest-F1 pages of each corpus with what leaked and what was lost")
    ap.add_argument("--bootstrap", type=int, default=1000, metavar="N",
                    help="bootstrap resamples for the confidence intervals (0: none; default 1000)")
    ap.add_argument("--seed", type=int, default=0, help="bootstrap seed (default 0)")
    ap.add_argument("--speed", action="store_true", help="run the speed benchmark")
    ap.add_argument("--sizes", default="1,10,100", help="page size factors for --speed (default 1,10,100)")
    ap.add_argument("--compare", action="store_true",
                    help="also run trafilatura, readability-lxml, jusText and a C4 filter")
    ap.add_argument("--systems", help="comma-separated competitors for --compare (default: all)")
    ap.add_argument("--markdown", action="store_true", help="print the --compare table as markdown")
    ap.add_argument("--gate", action="store_true", help="exit 1 when a body F1 is below its floor")
    ap.add_argument("--floors", help="floors file (default: benchmarks/floors.json)")
    ap.add_argument("--update-floors", action="store_true", help="raise the floors to the current scores")
    ap.add_argument("--allow-lower", action="store_true", help="let --update-floors lower a floor")
    ap.add_argument("--extractor", metavar="MODULE:ATTR",
                    help="evaluate this callable (or object with .extract) instead of newsclean.extract")
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    bench = find_bench(args.bench)
    if args.bench and bench is None:
        print(f"no such folder: {args.bench}", file=sys.stderr)
        return 2
    floors_path = Path(args.floors) if args.floors else default_floors_path()
    extract = extractor_from_spec(args.extractor) if args.extractor else None
    report: dict[str, Any] = {"environment": environment()}

    def log(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    if args.gate:
        results: list[CorpusResult] = []
        code = run_gate(bench, floors_path, names=args.corpora or None, extract=extract,
                        results=results)
        if args.json:
            report["gate"] = {"exit": code, "results": [r.to_json(with_pages=False) for r in results]}
            write_json(args.json, report)
        return code

    status = 0
    html_fn = html_extract_function(extract)
    corpora: list[Corpus] = []
    names = args.corpora or (list(DEFAULT_CORPORA) if not (args.speed and not args.update_floors
                                                         and not args.compare) else [])
    for name in names:
        cname = canonical_name(name, args.input)
        if KNOWN_CORPORA.get(cname, ("", "", args.input or "text"))[2] == "html" and html_fn is None:
            if not args.corpora:
                continue
            # Asked for by name: score what extract does with the raw HTML, as the referee does.
            print(f"{cname}: extract has no HTML front-end; the HTML is read as page text")
        try:
            corpora.append(load_corpus(name, bench, args.input))
        except FileNotFoundError as e:
            print(f"{name}: skipped ({e})")
    if not corpora and not args.speed:
        print("no corpus to evaluate (none found or none applicable; --bench DIR or a corpus folder)")
        return 2 if args.corpora else 0

    results = []
    for corpus in corpora:
        if extract is not None:
            run = html_fn if corpus.mode == "html" else extract
            system = newsclean_system(corpus.mode, run)
        elif corpus.mode == "html" and html_fn is None:
            system = newsclean_system(corpus.mode, lambda x: _newsclean().extract(x))
        else:
            system = newsclean_system(corpus.mode, html_fn if corpus.mode == "html" else None)
        results.append(evaluate_corpus(corpus, system, n_bootstrap=args.bootstrap, seed=args.seed))
    if results:
        print(format_results(results))
        report["results"] = [r.to_json() for r in results]
    if args.worst:
        for r in results:
            print()
            print(format_worst(r, args.worst))

    if args.update_floors:
        scores = {r.corpus: r.f1 for r in results if r.corpus in KNOWN_CORPORA and not r.errors}
        for r in results:
            if r.errors:
                print(f"{r.corpus}: not used for floors (extract raised on {r.errors} page(s))")
        _, messages, ok = update_floors(floors_path, scores, args.allow_lower)
        print(f"\nfloors ({floors_path}):")
        for m in messages:
            print("  " + m)
        status = 0 if ok else 1

    if args.compare:
        log("comparison:")
        comp_corpora = []
        seen = set()
        for c in corpora:
            base = c.name.replace("-html", "-text") if c.name == "sh-html" else c.name.replace("-html", "")
            if base in seen:
                continue
            seen.add(base)
            if c.mode == "html":
                try:
                    c = load_corpus(base, bench)
                except FileNotFoundError:
                    pass
            comp_corpora.append(c)
        wanted = args.systems.split(",") if args.systems else None
        comp = compare(comp_corpora, wanted, n_bootstrap=min(args.bootstrap, 200), seed=args.seed,
                       log=log, extract=extract)
        print()
        print(format_compare(comp, markdown=args.markdown))
        report["compare"] = comp

    if args.speed:
        sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
        log("speed:")
        sp = speed_benchmark(bench, sizes, extract=extract, log=log)
        print()
        print(format_speed(sp))
        report["speed"] = sp

    if args.json:
        write_json(args.json, report)
    return status


if __name__ == "__main__":
    sys.exit(main())
