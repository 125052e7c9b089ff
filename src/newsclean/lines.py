"""Front-end for text input: split a page into `Line`s with the cheap features the later stages use."""

from __future__ import annotations

import regex

# Zero-width and formatting characters that browsers do not show; soft hyphen too.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f"), None)
_SPACES = regex.compile(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_NEEDS_NORM = regex.compile(r"[\u00a0\u2000-\u200f\u202f\u205f\u3000\u2060\ufeff\u00ad]|\s\s|\t")


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
    """The non-empty lines of `text`, numbered as in `text.split("\\n")`. A CR before the newline
    (CRLF) and lone CRs are treated as line ends' leftovers and dropped."""
    out: list[Line] = []
    for number, raw in enumerate(text.split("\n")):
        if _NEEDS_NORM.search(raw):
            shown = raw.translate(_INVISIBLE).strip()
            norm = _SPACES.sub(" ", shown).strip()
        else:
            shown = norm = raw.strip()
        if norm:
            out.append(Line(number, shown, norm))
    return out
