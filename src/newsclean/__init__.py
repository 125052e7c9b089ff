"""newsclean: turn the raw text of a news page into a clean, typed article.

    >>> import newsclean
    >>> article = newsclean.extract(page_text)
    >>> article.title, article.authors, article.body
"""

from .extractor import Extractor, extract
from .model import Article, Caption, Label, LineTrace, Paragraph, ParagraphKind, RelatedLink
from .rules import PredicateRule, RegexRule, Rule, builtin_rules

__all__ = [
    "Article",
    "Caption",
    "Extractor",
    "Label",
    "LineTrace",
    "Paragraph",
    "ParagraphKind",
    "PredicateRule",
    "RegexRule",
    "RelatedLink",
    "Rule",
    "builtin_rules",
    "extract",
]
__version__ = "0.1.0"
