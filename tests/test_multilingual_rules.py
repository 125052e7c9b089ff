"""The multilingual boilerplate pack (`newsclean.rules.multilingual`): every rule's own examples
hold, names are unique and well formed, and no pattern backtracks badly on long lines."""

from __future__ import annotations

import collections
import time

import pytest

from newsclean.model import Label
from newsclean.rules import RuleSet
from newsclean.rules.base import RegexRule
from newsclean.rules.multilingual import RULES

LANGS = {"de", "fr", "es", "pt", "it", "nl", "pl", "sv", "tr", "ms", "ru"}
GROUPS = {
    "related", "ad", "share", "subscribe", "consent", "comment", "newsletter", "popular",
    "author", "copyright", "nav", "pagination", "date", "widget",
}


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_rule_examples(rule):
    assert rule.check_examples() == []


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_rule_is_well_formed(rule):
    assert isinstance(rule, RegexRule)
    lang, group, what = rule.name.split(".")
    assert lang in LANGS and group in GROUPS and what
    assert rule.doc and "\n" not in rule.doc
    assert len(rule.matches) >= 2 and len(rule.ignores) >= 2


def test_names_are_unique():
    counts = collections.Counter(r.name for r in RULES)
    assert [n for n, c in counts.items() if c > 1] == []


def test_every_language_covers_the_main_groups():
    have = collections.defaultdict(set)
    for r in RULES:
        lang, group, _ = r.name.split(".")
        have[lang].add(group)
    for lang in LANGS:
        assert {"related", "ad", "share", "subscribe", "newsletter", "consent", "comment",
                "popular", "author", "copyright"} <= have[lang], lang


def test_labels_follow_the_groups():
    expected = {
        "related": {Label.RELATED}, "popular": {Label.RELATED}, "ad": {Label.AD},
        "share": {Label.SHARE}, "subscribe": {Label.SUBSCRIBE}, "newsletter": {Label.SUBSCRIBE},
        "consent": {Label.OTHER}, "comment": {Label.COMMENT}, "copyright": {Label.COPYRIGHT},
        "author": {Label.BYLINE, Label.OTHER}, "nav": {Label.NAV},
        "pagination": {Label.PAGINATION}, "date": {Label.DATE}, "widget": {Label.OTHER},
    }
    for r in RULES:
        assert r.label in expected[r.name.split(".")[1]], r.name


def test_pack_compiles_into_one_ruleset_and_keeps_its_answers():
    ruleset = RuleSet(RULES)
    for rule in RULES:
        for line in rule.matches:
            assert ruleset.match(line) is not None, (rule.name, line)


@pytest.mark.parametrize(
    "line",
    [
        "a " * 300,
        "Von " + "Anna " * 150,
        "Por " + "Ana-María " * 60 + "!",
        "- " * 150 + "x",
        "Lesen Sie auch" + " -" * 200,
        "Kommentare " + "(1) " * 100,
        "Oleh " + "Ahmad bin " * 60,
    ],
)
def test_no_slow_patterns_on_adversarial_lines(line):
    ruleset = RuleSet(RULES)
    start = time.perf_counter()
    for _ in range(20):
        ruleset.match(line)
        for rule in RULES:
            rule.test(line[: rule.max_chars])
    assert (time.perf_counter() - start) / 20 < 0.01
