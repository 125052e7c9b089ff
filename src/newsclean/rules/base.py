"""Rules: small named units that give one line a label, each with examples beside it.

A rule sees one normalised line (stripped, NBSP as space, zero-width characters removed, runs of
whitespace collapsed) and says whether it matches. `RuleSet` compiles every regular-expression
rule into one alternation so that a page costs one C-level match per line, not one per rule.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

import regex

from ..model import Label

# Lines longer than this are prose for all practical purposes; only rules that ask for it see them.
SHORT_LINE = 200


@dataclass(frozen=True)
class Rule:
    """Base of all rules. `name` is dotted (`pack.group.what`) and unique; `disable` takes a name
    or any dotted prefix of it. `matches` and `ignores` are lines the rule must and must not
    match; the test suite runs them for every rule."""

    name: str
    label: Label
    doc: str
    matches: tuple[str, ...] = ()
    ignores: tuple[str, ...] = ()
    max_chars: int = SHORT_LINE

    def test(self, line: str) -> bool:  # pragma: no cover - abstract
        raise NotImplementedError

    def check_examples(self) -> list[str]:
        """Return one message per example the rule gets wrong (empty when all are right)."""
        errors = [f"{self.name}: should match {m!r}" for m in self.matches if not self.test(m)]
        errors += [f"{self.name}: should not match {m!r}" for m in self.ignores if self.test(m)]
        if not self.matches:
            errors.append(f"{self.name}: has no example it must match")
        return errors


@dataclass(frozen=True)
class RegexRule(Rule):
    """A rule whose pattern must match at the start of the line (add `$` to demand the whole
    line). Case-insensitive unless `case_sensitive`. The pattern may not define named groups."""

    pattern: str = ""
    case_sensitive: bool = False
    _compiled: regex.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        compiled = regex.compile(self.scoped_pattern(), regex.V0)
        if compiled.groupindex:
            raise ValueError(f"rule {self.name}: named groups are reserved for the engine")
        object.__setattr__(self, "_compiled", compiled)

    def scoped_pattern(self) -> str:
        return self.pattern if self.case_sensitive else f"(?i:{self.pattern})"

    def test(self, line: str) -> bool:
        return len(line) <= self.max_chars and self._compiled.match(line) is not None


@dataclass(frozen=True)
class PredicateRule(Rule):
    """A rule decided by a plain Python function of the normalised line. Slower than a
    `RegexRule` (it runs once per line that no regular expression labelled), so keep it cheap."""

    predicate: Callable[[str], bool] = lambda line: False

    def test(self, line: str) -> bool:
        return len(line) <= self.max_chars and bool(self.predicate(line))


def _is_selected(name: str, prefixes: Iterable[str]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


class RuleSet:
    """An ordered set of rules compiled for matching. Earlier rules win; a rule given later with
    the name of an earlier one is dropped, so user rules placed first override built-ins."""

    def __init__(self, rules: Iterable[Rule], disable: Sequence[str] = ()) -> None:
        chosen: dict[str, Rule] = {}
        for rule in rules:
            if rule.name not in chosen and not _is_selected(rule.name, disable):
                chosen[rule.name] = rule
        self.rules: tuple[Rule, ...] = tuple(chosen.values())
        regex_rules = [r for r in self.rules if isinstance(r, RegexRule)]
        self._regex = regex_rules
        self._predicates = [r for r in self.rules if not isinstance(r, RegexRule)]
        indexed = list(enumerate(regex_rules))
        self._short = self._combine(indexed)
        self._long = self._combine([(i, r) for i, r in indexed if r.max_chars > SHORT_LINE])

    @staticmethod
    def _combine(indexed: list[tuple[int, RegexRule]]) -> regex.Pattern[str] | None:
        if not indexed:
            return None
        # Group names carry the rule's position, so both patterns share one lookup.
        return regex.compile(
            "|".join(f"(?P<r{i}>{r.scoped_pattern()})" for i, r in indexed), regex.V0
        )

    def __iter__(self):
        return iter(self.rules)

    def match(self, line: str) -> Rule | None:
        """The first rule that matches the normalised line, or None. Regular-expression rules
        are tried in order before predicate rules."""
        n = len(line)
        pattern = self._short if n <= SHORT_LINE else self._long
        if pattern is not None:
            m = pattern.match(line)
            if m is not None:
                i = int(m.lastgroup[1:])
                if n <= self._regex[i].max_chars:
                    return self._regex[i]
                # The first match is a rule capped below this length: try the rest one by one.
                for rule in self._regex[i + 1 :]:
                    if rule.test(line):
                        return rule
        for rule in self._predicates:
            if rule.test(line):
                return rule
        return None
