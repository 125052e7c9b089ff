"""Built-in rule packs and the rule types users build their own rules from."""

from __future__ import annotations

from .base import PredicateRule, RegexRule, Rule, RuleSet

__all__ = ["PredicateRule", "RegexRule", "Rule", "RuleSet", "builtin_rules"]


def builtin_rules() -> list[Rule]:
    """Every built-in rule, in matching order: site-independent rules first, then the packs."""
    from . import english, indonesian, multilingual, neutral

    return [*neutral.RULES, *indonesian.RULES, *english.RULES, *multilingual.RULES]
