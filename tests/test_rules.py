"""Every built-in rule against its own examples, rule naming, the first-characters dispatch of
`RuleSet` (it must never lose a match a rule would make on its own), and regular expressions
that stay fast on adversarial lines."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclean import Label, PredicateRule, RegexRule, builtin_rules
from newsclean.lines import split_lines
from newsclean.rules import RuleSet
from newsclean.rules.base import start_keys

ROOT = Path(__file__).resolve().parents[1]
RULES = builtin_rules()
REGEX_RULES = [r for r in RULES if isinstance(r, RegexRule)]
BUILTIN_SET = RuleSet(RULES)

by_rule = pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
by_regex_rule = pytest.mark.parametrize("rule", REGEX_RULES, ids=[r.name for r in REGEX_RULES])


def _reference_match(ruleset: RuleSet, line: str):
    """What `RuleSet.match` must answer, worked out the slow way: every rule in order, regular
    expressions before predicates, no dispatch and no memo."""
    for rule in ruleset.rules:
        if isinstance(rule, RegexRule) and rule.test(line):
            return rule
    for rule in ruleset.rules:
        if not isinstance(rule, RegexRule) and rule.test(line):
            return rule
    return None


# ------------------------------------------------------------------------- the rules themselves


def test_there_are_builtin_rules():
    assert len(RULES) >= 20
    assert all(isinstance(r.label, Label) for r in RULES)


@by_rule
def test_rule_examples(rule):
    assert rule.check_examples() == []


def test_rule_names_unique():
    names = [r.name for r in RULES]
    dupes = sorted({n for n in names if names.count(n) > 1})
    assert dupes == []


_DOTTED = re.compile(r"[a-z0-9_]+(?:\.[a-z0-9_]+)+")


@by_rule
def test_rule_name_dotted(rule):
    assert _DOTTED.fullmatch(rule.name), f"{rule.name!r} is not a dotted lower-case name"


@by_rule
def test_rule_documented_with_both_kinds_of_example(rule):
    assert rule.doc.strip(), "empty doc"
    assert len(rule.matches) >= 1, "no `matches` example"
    assert len(rule.ignores) >= 1, "no `ignores` example"


@by_rule
def test_ruleset_labels_every_match_example(rule):
    # An earlier rule may win, but some rule must label the line.
    for example in rule.matches:
        assert BUILTIN_SET.match(example) is not None, example


@by_rule
def test_dispatch_never_loses_a_match_example(rule):
    alone = RuleSet([rule])
    for example in rule.matches:
        assert alone.match(example) is rule, example
    for example in rule.ignores:
        assert alone.match(example) is None, example


@by_rule
def test_builtin_ruleset_agrees_with_reference_on_examples(rule):
    for example in (*rule.matches, *rule.ignores):
        assert BUILTIN_SET.match(example) is _reference_match(BUILTIN_SET, example), example


@by_regex_rule
def test_rule_that_can_start_anywhere_names_what_it_requires(rule):
    # The engine tries a rule only on lines whose first characters its pattern can begin with;
    # a pattern that can begin with (nearly) any letter runs on every line of every page unless
    # `requires` screens the lines first (one such rule once cost a tenth of the text mode's time).
    keys = start_keys(rule.scoped_pattern())
    firsts = None if keys is None else {key[0] for key in keys}
    if firsts is None or len(firsts) >= 36:
        assert rule.requires, f"{rule.name} can start with any character: give it `requires`"


# --------------------------------------------------------------------------------- start_keys


def test_start_keys_literal_prefix():
    assert start_keys("baca juga") == frozenset({("b", "a", "c")})
    assert start_keys("x") == frozenset({("x", "\0", "\0")})  # one character: anything may follow
    assert start_keys("x.y") == frozenset({("x", "\0", "\0")})  # after any character, anything


def test_start_keys_case_folds_ascii():
    assert start_keys("BACA") == frozenset({("b", "a", "c")})


def test_start_keys_alternation():
    assert start_keys("(?:baca|lihat)") == frozenset({("b", "a", "c"), ("l", "i", "h")})


@pytest.mark.parametrize("pattern", [".", ".+x", r"\S+", r"\W", "(?:a|.)b", "a?.", ""])
def test_start_keys_unknown_first_char_is_none(pattern):
    assert start_keys(pattern) is None


def test_start_keys_optional_prefix():
    assert start_keys(r"\(?baca") == frozenset({("(", "b", "a"), ("b", "a", "c")})


def test_start_keys_bad_pattern_is_none():
    assert start_keys("(unclosed") is None


# --------------------------------------------------------------------- dispatch vs. reference

_EXAMPLES = sorted({e for r in RULES for e in (*r.matches, *r.ignores)})


def _fixture_lines() -> list[str]:
    out: set[str] = set()
    for path in sorted((ROOT / "fixtures").glob("*.txt")):
        for line in split_lines(path.read_text(encoding="utf-8")):
            if len(line.norm) <= 120:
                out.add(line.norm)
    return sorted(out) or ["Baca juga: apa saja"]


_FIXTURE_LINES = _fixture_lines()

_CASES = (str, str.upper, str.lower, str.swapcase, str.title)
_PREFIXES = ("", "(", "( ", "« ", "- ", "#", "1 ", "\u00a0", '"', "“", "[", "*")
_SUFFIXES = ("", " x", ":", " " + "kata " * 50)
_MATCH_EXAMPLES = sorted({e for r in RULES for e in r.matches})

_line_core = st.one_of(
    st.sampled_from(_MATCH_EXAMPLES),
    st.sampled_from(_EXAMPLES),
    st.sampled_from(_FIXTURE_LINES),
    st.text(max_size=40),
)
_line = st.builds(
    lambda pre, core, case, post: pre + case(core) + post,
    st.sampled_from(_PREFIXES),
    _line_core,
    st.sampled_from(_CASES),
    st.sampled_from(_SUFFIXES) | st.text(max_size=12),
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_line)
def test_dispatch_agrees_with_reference(raw):
    """The dispatch on leading characters (and the memo) give the same answer as trying every
    rule in order, on normalised lines as the extractor produces them."""
    for line in split_lines(raw):
        assert BUILTIN_SET.match(line.norm) is _reference_match(BUILTIN_SET, line.norm), line.norm


@by_rule
def test_dispatch_keeps_variants_of_own_examples(rule):
    """Each rule alone, on its `matches` examples behind common prefixes ('(', '« ', '- ', ...)
    and in other letter cases: whenever the rule matches the line, the dispatch finds it."""
    alone = RuleSet([rule])
    lost = []
    for example in rule.matches:
        for pre in _PREFIXES:
            for case in _CASES:
                for post in _SUFFIXES:
                    for line in split_lines(pre + case(example) + post):
                        if rule.test(line.norm) and alone.match(line.norm) is not rule:
                            lost.append(line.norm)
    assert lost == []


def _non_ascii_folds() -> dict[str, str]:
    """ASCII letter -> a character outside ASCII that a case-insensitive pattern matches as that
    letter (with `regex`'s simple case folding: 'İ' for i, 'ſ' (long s) for s, Kelvin sign for k)."""
    letter = regex.compile(r"(?i:[a-z])", regex.V0)
    out: dict[str, str] = {}
    for cp in range(0x80, 0x30000):
        c = chr(cp)
        if letter.fullmatch(c):
            low = next(a for a in "abcdefghijklmnopqrstuvwxyz" if regex.fullmatch(f"(?i:{a})", c, regex.V0))
            out.setdefault(low, c)
    return out


_FOLDS = _non_ascii_folds()


def test_dispatch_keeps_non_ascii_case_folds():
    """'\u212a' (Kelvin sign) matches 'k' and '\u017f' (long s) matches 's' case-insensitively,
    so a rule matches such a line on its own; the dispatch on leading characters must not drop
    it. One test for all rules: the failure lists every (rule, line) the dispatch loses."""
    assert {"i", "k", "s"} <= set(_FOLDS)  # else this test checks nothing
    lost = []
    for rule in REGEX_RULES:
        if rule.case_sensitive:
            continue
        alone = RuleSet([rule])
        for example in rule.matches:
            for ascii_letter, other in _FOLDS.items():
                folded = regex.sub(ascii_letter, other, example, flags=regex.I)
                if folded != example and rule.test(folded) and alone.match(folded) is not rule:
                    lost.append((rule.name, folded))
    assert lost == []


# --------------------------------------------------------------------- user rules in a RuleSet


def test_ruleset_earlier_rule_wins_and_same_name_is_dropped():
    a = RegexRule(name="t.a.one", label=Label.AD, doc="a", pattern="foo", matches=("foo",), ignores=("bar",))
    b = RegexRule(name="t.a.two", label=Label.NAV, doc="b", pattern="fo", matches=("fo",), ignores=("bar",))
    a2 = RegexRule(name="t.a.one", label=Label.NAV, doc="a2", pattern="bar", matches=("bar",), ignores=("foo",))
    rs = RuleSet([a, b, a2])
    assert [r.name for r in rs] == ["t.a.one", "t.a.two"]
    assert rs.match("foo") is a
    assert rs.match("fox") is b
    assert rs.match("bar") is None


def test_ruleset_disable_by_dotted_prefix_only():
    a = RegexRule(name="t.rel.one", label=Label.AD, doc="a", pattern="foo", matches=("foo",), ignores=("x",))
    b = RegexRule(name="t.related.one", label=Label.AD, doc="b", pattern="bar", matches=("bar",), ignores=("x",))
    assert [r.name for r in RuleSet([a, b], disable=["t.rel"])] == ["t.related.one"]
    assert [r.name for r in RuleSet([a, b], disable=["t.rel.one"])] == ["t.related.one"]
    assert [r.name for r in RuleSet([a, b], disable=["t"])] == []
    assert [r.name for r in RuleSet([a, b], disable=["t.re"])] == ["t.rel.one", "t.related.one"]


def test_regex_rule_rejects_named_groups():
    with pytest.raises(ValueError):
        RegexRule(name="t.x.y", label=Label.AD, doc="d", pattern="(?P<g>x)", matches=("x",))


def test_check_examples_reports_wrong_examples():
    """check_examples must be able to fail, or the parametrized test above proves nothing."""
    bad = RegexRule(
        name="t.bad.rule", label=Label.AD, doc="d", pattern="foo", matches=("foo", "bar"), ignores=("foobar",)
    )
    errors = bad.check_examples()
    assert len(errors) == 2
    assert any("'bar'" in e for e in errors) and any("'foobar'" in e for e in errors)
    assert RegexRule(name="t.no.examples", label=Label.AD, doc="d", pattern="x").check_examples() != []


def test_max_chars_limits_rule():
    rule = RegexRule(name="t.long.line", label=Label.AD, doc="d", pattern="foo", matches=("foo",), max_chars=10)
    assert rule.test("foo")
    assert not rule.test("foo " + "x" * 20)
    assert RuleSet([rule]).match("foo " + "x" * 300) is None


def test_predicate_rule_in_ruleset_runs_after_regex_rules():
    pred = PredicateRule(
        name="t.pred.upper", label=Label.OTHER, doc="d", predicate=str.isupper, matches=("ABC",), ignores=("abc",)
    )
    reg = RegexRule(name="t.reg.abc", label=Label.AD, doc="d", pattern="abc", matches=("abc",), ignores=("x",))
    assert pred.check_examples() == []
    rs = RuleSet([pred, reg])
    assert rs.match("ABC") is reg  # regular expressions first, whatever the order given
    assert rs.match("XYZ") is pred
    assert rs.match("xyz") is None


# --------------------------------------------------------------------- catastrophic backtracking

_ADVERSARIAL = [
    "a" * 10_000,
    " " * 10_000 + "x",
    "1" * 10_000,
    "A " * 5_000,
    "(" * 10_000,
    "Baca juga: " + "x" * 10_000,
    "-" * 10_000,
    "date 2024-01-01 " * 500,
    "1 2 " * 2_500,
    "#a " * 3_333,
    "Senin, 5 Mei 2025 " * 555,
    "www." + "a." * 5_000,
    "© " * 5_000,
]


def _adversarial_for(rule: RegexRule) -> list[str]:
    """The generic strings plus each `matches` example followed by or repeated to 10k of the
    kind of text (single spaces, as lines are normalised) its pattern may loop over."""
    out = list(_ADVERSARIAL)
    for m in rule.matches:
        out.append((m + " ") * (10_000 // (len(m) + 1) + 1))
        out.append(m + " a" * 5_000 + "!")
        out.append(m + "a" * 10_000 + "!")
        out.append(m + " 1" * 5_000 + ".")
    return out


@by_regex_rule
def test_no_catastrophic_backtracking(rule):
    compiled = regex.compile(rule.scoped_pattern(), regex.V0)  # as RegexRule compiles it
    slow = []
    for text in _adversarial_for(rule):
        t0 = time.perf_counter()
        compiled.match(text)
        took = time.perf_counter() - t0
        if took >= 0.5:
            slow.append((round(took, 2), text[:40]))
    assert slow == []
