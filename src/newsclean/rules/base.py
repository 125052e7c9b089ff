"""Rules: small named units that give one line a label, each with examples beside it.

A rule sees one normalised line (stripped, NBSP as space, zero-width characters removed, runs of
whitespace collapsed) and says whether it matches. `RuleSet` files each regular-expression rule
under the first three characters its matches can begin with (read from the pattern's parse tree),
so a line is tried only against the rules that could match it (most rules that share a line's first
two letters part at the third: 'berita', 'bereits', 'be the first'). Folding the rules into one alternation
was measured and is slower: the engine tries the branches one by one all the same, and the named
groups that tell which rule matched cost more than the Python calls they save.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

import regex

from ..model import Label

try:  # the standard library's regular-expression parser: re._parser from Python 3.11 on
    import re._constants as _sre
    import re._parser as _sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

# Lines longer than this are prose for all practical purposes; only rules that ask for it see them.
SHORT_LINE = 200


@dataclass(frozen=True)
class Rule:
    """Base of all rules. `name` is dotted (`pack.group.what`) and unique; `disable` takes a name
    or any dotted prefix of it. `matches` and `ignores` are lines the rule must and must not
    match; the test suite runs them for every rule. `closes` marks lines that only appear once
    the article is over (an author box, a comment form): the body never runs across them."""

    name: str
    label: Label
    doc: str
    matches: tuple[str, ...] = ()
    ignores: tuple[str, ...] = ()
    max_chars: int = SHORT_LINE
    closes: bool = False

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
    line). Case-insensitive unless `case_sensitive`. The pattern may not define named groups.
    `requires`: lower-case strings one of which every line the rule matches contains; lines
    without any are skipped before the pattern runs (a speed hint for patterns that can start
    anywhere, so that the engine's first-character dispatch cannot narrow them)."""

    pattern: str = ""
    case_sensitive: bool = False
    requires: tuple[str, ...] = ()
    _compiled: regex.Pattern[str] = field(init=False, repr=False, compare=False)
    _needs: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        compiled = regex.compile(self.scoped_pattern(), regex.V0)
        if compiled.groupindex:
            raise ValueError(f"rule {self.name}: named groups are reserved for the engine")
        object.__setattr__(self, "_compiled", compiled)
        # Plain substring tests, one per required string: quicker than a regular expression's
        # alternation of them (measured: 7 strings in 0.25 µs against 0.49 µs).
        object.__setattr__(self, "_needs", tuple(self.requires))

    def scoped_pattern(self) -> str:
        return self.pattern if self.case_sensitive else f"(?i:{self.pattern})"

    def test(self, line: str) -> bool:
        if self._needs:
            low = line.lower()
            if not any(s in low for s in self._needs):
                return False
        return len(line) <= self.max_chars and self._compiled.match(line) is not None

    def match_end(self, line: str) -> int | None:
        """Where the rule's match ends in `line` (what follows is, say, the linked headline)."""
        m = self._compiled.match(line)
        return None if m is None else m.end()


@dataclass(frozen=True)
class PredicateRule(Rule):
    """A rule decided by a plain Python function of the normalised line. Slower than a
    `RegexRule` (it runs once per line that no regular expression labelled), so keep it cheap."""

    predicate: Callable[[str], bool] = lambda line: False

    def test(self, line: str) -> bool:
        return len(line) <= self.max_chars and bool(self.predicate(line))


def _bucket(char: str) -> str:
    """Lines are dispatched on their first character: ASCII case-folded, all else in one bucket."""
    # Case-folding first sends 'İ' (Turkish), the Kelvin sign and the long s to the buckets of
    # 'i', 'k' and 's',
    # where case-insensitive rules that start with those letters are filed.
    low = char.casefold()[:1]
    return low if low < "\x80" else "\x80"


_WORD_BUCKETS = tuple("abcdefghijklmnopqrstuvwxyz0123456789_\x80")
_CATEGORY_BUCKETS = {
    _sre.CATEGORY_WORD: _WORD_BUCKETS,
    _sre.CATEGORY_DIGIT: tuple("0123456789\x80"),
    _sre.CATEGORY_SPACE: (" ", "\t"),
}
_UNICODE_PROPERTY = regex.compile(r"\\[pP]\{[^}]*\}")
_ANY = "\0"
_MEMO_CHARS = 200
_MEMO_LINES = 50_000
_Prefixes = set[tuple[str, ...]]


_DEPTH = 3  # characters of a line the dispatch looks at
_WIDE = 200


@functools.lru_cache(maxsize=4096)
def start_keys(pattern: str) -> frozenset[tuple[str, ...]] | None:
    """The buckets of the first three characters a match of `pattern` can begin with; `\\0`
    stands for any character or the end of the line (and so do all places after it). None when
    the first character can be anything. Worked out from the standard library's parse tree of the
    pattern (Unicode properties read as \\w, which keeps the answer a superset of the truth)."""
    try:
        tree = _sre_parse.parse(_UNICODE_PROPERTY.sub(r"\\w", pattern))
    except Exception:
        return None
    seq = list(tree)
    # A pattern that may open with most pairs of letters gains nothing from a third one, and
    # its three-letter prefixes run to tens of thousands: it is filed under its first two.
    two = _seq_prefixes(seq, 2)
    keys = set()
    for p in two if len(two) > _WIDE else _seq_prefixes(seq, _DEPTH):
        if not p or p[0] == _ANY:
            return None
        if _ANY in p:
            p = p[: p.index(_ANY)]
        keys.add(p + (_ANY,) * (_DEPTH - len(p)))
    return frozenset(keys)


def _seq_prefixes(seq: list, k: int) -> _Prefixes:
    """Every way the sequence can begin, cut at `k` buckets (shorter when it can end sooner)."""
    if k <= 0 or not seq:
        return {()}
    (op, arg), rest = seq[0], seq[1:]
    out: _Prefixes = set()
    for head in _item_prefixes(op, arg, k):
        if len(head) >= k or head[-1:] == (_ANY,):
            out.add(head[:k])
        else:
            out.update(head + tail for tail in _seq_prefixes(rest, k - len(head)))
    return out


def _item_prefixes(op, arg, k: int) -> _Prefixes:
    if op is _sre.LITERAL:
        return {(_bucket(chr(arg)),)}
    if op is _sre.IN:
        out: set[str] = set()
        for iop, iarg in arg:
            if iop is _sre.LITERAL:
                out.add(_bucket(chr(iarg)))
            elif iop is _sre.RANGE and iarg[1] - iarg[0] < 128:
                out.update(_bucket(chr(c)) for c in range(iarg[0], iarg[1] + 1))
            elif iop is _sre.CATEGORY and iarg in _CATEGORY_BUCKETS:
                out.update(_CATEGORY_BUCKETS[iarg])
            else:
                return {(_ANY,)}
        return {(b,) for b in out}
    if op is _sre.BRANCH:
        return set().union(*(_seq_prefixes(list(alt), k) for alt in arg[1]))
    if op is _sre.SUBPATTERN:
        return _seq_prefixes(list(arg[3]), k)
    if op is getattr(_sre, "ATOMIC_GROUP", None):
        return _seq_prefixes(list(arg), k)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
        # Every number of repetitions the prefix can see: a prefix still short of `k` after
        # `low` or more of them may go on with what follows the repeat.
        low, high, inner = arg[0], arg[1], list(arg[2])
        out: _Prefixes = set()
        frontier: _Prefixes = {()}
        for reps in range(k + 1):
            if reps >= low:
                out |= frontier
            if reps == high or not frontier:
                break
            grown: _Prefixes = set()
            for head in frontier:
                for tail in _seq_prefixes(inner, k - len(head)):
                    p = head + tail
                    (out if len(p) >= k or p[-1:] == (_ANY,) else grown).add(p)
            frontier = grown
        return out
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return {()}
    return {(_ANY,)}


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
        self._regex = [r for r in self.rules if isinstance(r, RegexRule)]
        self._predicates = [r for r in self.rules if not isinstance(r, RegexRule)]
        self._starts = [start_keys(r.scoped_pattern()) for r in self._regex]
        # Rule positions by the start they can have; rules that can start anywhere are always in.
        self._anywhere = [i for i, keys in enumerate(self._starts) if keys is None]
        self._by_start: dict[tuple[str, ...], list[int]] = {}
        for i, keys in enumerate(self._starts):
            for key in keys or ():
                self._by_start.setdefault(key, []).append(i)
        self._by_key: dict[tuple[str, bool], tuple[RegexRule, ...]] = {}
        # Menus, footers and widget labels repeat from page to page of a site, so short lines
        # are remembered; the memory is dropped whole when it grows past its bound.
        self._seen: dict[str, Rule | None] = {}

    def _candidates(self, start: str, long: bool) -> tuple[RegexRule, ...]:
        """The rules, in order, that can match a line whose first characters fall in the buckets
        `start` spells (three of them, `_ANY` past the end of the line)."""
        key = (start, long)
        found = self._by_key.get(key)
        if found is None:
            first, second, third = start
            ids = set(self._anywhere)
            ids.update(self._by_start.get((first, second, third), ()))
            ids.update(self._by_start.get((first, second, _ANY), ()))
            ids.update(self._by_start.get((first, _ANY, _ANY), ()))
            found = self._by_key[key] = tuple(
                self._regex[i] for i in sorted(ids) if not long or self._regex[i].max_chars > SHORT_LINE
            )
        return found

    def __iter__(self):
        return iter(self.rules)

    def match(self, line: str) -> Rule | None:
        """The first rule that matches the normalised line, or None. Regular-expression rules
        are tried in order before predicate rules."""
        n = len(line)
        if n > _MEMO_CHARS:
            return self._match(line, n)
        try:
            return self._seen[line]
        except KeyError:
            if len(self._seen) >= _MEMO_LINES:
                self._seen.clear()
            rule = self._seen[line] = self._match(line, n) if n else None
            return rule

    def _match(self, line: str, n: int) -> Rule | None:
        low = None
        head = line[:_DEPTH]
        start = head.lower() if head.isascii() else "".join(map(_bucket, head))
        if n < _DEPTH:
            start += _ANY * (_DEPTH - n)
        for rule in self._candidates(start, n > SHORT_LINE):
            if n > rule.max_chars:
                continue
            if rule._needs:
                if low is None:
                    low = line.lower()
                for s in rule._needs:
                    if s in low:
                        break
                else:
                    continue
            if rule._compiled.match(line) is not None:
                return rule
        for rule in self._predicates:
            if rule.test(line):
                return rule
        return None
