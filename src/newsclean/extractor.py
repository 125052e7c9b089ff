"""`Extractor` ties the stages together: lines -> rules -> segmenter -> `Article`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .html import looks_like_html, render_html, resolve_link
from .lines import split_lines
from .meta import CRAWLER_DATE
from .model import Article, Label
from .rules import Rule, RuleSet, builtin_rules
from .segment import Segmenter


_BULLETS = ("* ", "• ", "· ")
# What a line in a region of the page's markup is, when no rule says otherwise.
_ZONE_LABELS = {"figcaption": Label.CAPTION, "aside": Label.OTHER, "footer": Label.NAV, "nav": Label.NAV}
# A line nearly all link text, next to another such line, is an item of a link list.
_LINKED = 0.9


class Extractor:
    """An extractor with its own rule set. `rules` are tried before the built-in ones (a rule
    with a built-in rule's name replaces it); `disable` drops rules by name or dotted prefix."""

    def __init__(self, rules: Iterable[Rule] = (), disable: Sequence[str] = ()) -> None:
        self.ruleset = RuleSet([*rules, *builtin_rules()], disable=disable)
        self._by_name = {rule.name: rule for rule in self.ruleset}
        self._closing = frozenset(rule.name for rule in self.ruleset if rule.closes)

    def extract(self, text: str, *, url: str | None = None, lang: str | None = None) -> Article:
        """Extract the article from the text (or the HTML) of a news page. Any string is
        accepted; an HTML document is first rendered to its page text, and its related links
        keep their addresses. `lang` (an ISO 639-1 code) skips language detection; `url`, the
        page's own address, makes relative links absolute and supplies the language of its
        country's domain for pages too short to detect it."""
        if not isinstance(text, str):
            raise TypeError(
                f"extract() takes the page text as str, not {type(text).__name__}; "
                "decode bytes first, e.g. data.decode('utf-8', 'replace')"
            )
        links: dict[str, str] = {}
        link_base = url
        zones: tuple[str | None, ...] = ()
        linked: tuple[float, ...] = ()
        marked: frozenset[int] = frozenset()
        if looks_like_html(text):
            text, links, base, zones, linked, marked = render_html(text)
            if base:
                link_base = resolve_link(url, base)
        lines = split_lines(text)
        for line in lines:
            rule = self.ruleset.match(line.norm)
            if rule is None and line.norm[:2] in _BULLETS:
                rule = self.ruleset.match(line.norm[2:])  # '* Follow ...': a bullet before the words rules know
            elif rule is None and line.norm[:1] == "*" and line.norm[1:2].isalpha():
                rule = self.ruleset.match(line.norm[1:])  # '*Penulis: Name': a note's star glued to its words
            elif rule is None and line is lines[0] and (crawled := CRAWLER_DATE.match(line.norm)):
                rule = self.ruleset.match(line.norm[crawled.end() :])  # ' date 2019-10-08 ' glued to a widget line
            if rule is not None:
                line.label, line.rule = rule.label, rule.name
            elif zones and zones[line.number] is not None:
                zone = zones[line.number]
                line.label, line.rule = _ZONE_LABELS[zone], f"html.{zone}"
            elif linked and _in_link_list(linked, line.number):
                # A headline (four words or more) links to a story; shorter items are a menu.
                many = line.norm.count(" ") >= 3
                line.label, line.rule = (Label.RELATED, "html.link_list") if many else (Label.NAV, "html.link_menu")
        return Segmenter(
            lines, rules=self._by_name, closing=self._closing, url=url, lang=lang, links=links, link_base=link_base,
            marked=marked,
        ).article()


def _in_link_list(linked: tuple[float, ...], i: int) -> bool:
    return linked[i] >= _LINKED and (
        (i > 0 and linked[i - 1] >= _LINKED) or (i + 1 < len(linked) and linked[i + 1] >= _LINKED)
    )


# Built when the package is imported: compiling the rule packs is a one-time cost (about a
# fifth of a second) that would otherwise land on the first page extracted.
_DEFAULT = Extractor()


def extract(text: str, *, url: str | None = None, lang: str | None = None) -> Article:
    """Extract the article from `text` (the text of a news page) with the built-in rules."""
    return _DEFAULT.extract(text, url=url, lang=lang)
