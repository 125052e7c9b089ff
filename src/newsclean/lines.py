"""Front-end for text input: split a page into `Line`s with the cheap features the later stages use."""

from __future__ import annotations

import re

# Zero-width and formatting characters that browsers do not show; soft hyphen too.
_INVISIBLE = re.compile("[\u200b-\u200f\u2060\ufeff\u00ad]")
# Space-like characters other than the plain space (the newline excepted: it separates lines).
_ODD_SPACES = "\t\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
_SPACE_RUN = re.compile(r"[^\S\n]{2,}|[^\S\n ]")


class Line:
    """One input line. `text` is the stripped line as shown (invisible characters removed, inner
    NBSP kept); `norm` is what rules match against (every space-like run is one plain space).
    `label` and `rule` are filled by the rule engine and the segmenter."""

    __slots__ = ("number", "text", "norm", "label", "rule")

    def __init__(self, number: int, text: str, norm: str) -> None:
        self.number = number
        self.text = text
        self.norm = norm
        self.label = None
        self.rule = ""

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Line({self.number}, {self.label}, {self.text[:40]!r})"


def split_lines(text: str) -> list[Line]:
    """The non-empty lines of `text`, numbered as in `text.split("\\n")`. A CR left by CRLF
    endings is stripped. Most pages need no normalising at all, which a few substring tests on
    the whole text tell before any line is looked at."""
    if _INVISIBLE.search(text):
        text = _INVISIBLE.sub("", text)
    odd = "  " in text or any(c in text for c in _ODD_SPACES)
    out: list[Line] = []
    for number, raw in enumerate(text.split("\n")):
        shown = raw.strip()
        if not shown:
            continue
        norm = _SPACE_RUN.sub(" ", shown) if odd else shown
        out.append(Line(number, shown, norm))
    return out
