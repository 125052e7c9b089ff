"""The typed result of an extraction: `Article` and the pieces it is made of."""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict, computed_field


class Label(str, Enum):
    """What one line of a page is. The first group is content, the rest boilerplate."""

    TITLE = "title"
    SUBTITLE = "subtitle"
    BYLINE = "byline"
    DATE = "date"
    BODY = "body"
    SIGNOFF = "signoff"
    CAPTION = "caption"
    CREDIT = "credit"
    RELATED = "related"
    AD = "ad"
    SHARE = "share"
    SUBSCRIBE = "subscribe"
    NAV = "nav"
    PAGINATION = "pagination"
    COPYRIGHT = "copyright"
    TAGS = "tags"
    PROMO = "promo"
    COMMENT = "comment"
    DUP = "dup"
    OTHER = "other"


class ParagraphKind(str, Enum):
    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST_ITEM = "list_item"
    QUOTE = "quote"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Paragraph(_Frozen):
    """One block of the article body, in reading order."""

    text: str
    kind: ParagraphKind = ParagraphKind.PARAGRAPH


class Caption(_Frozen):
    """A photo or video caption; `credit` is the photographer or agency when the page gives one."""

    text: str
    credit: str | None = None


class RelatedLink(_Frozen):
    """A link to another story ("Baca juga: ..."); `url` only when the input carries one."""

    title: str
    url: str | None = None


class LineTrace(NamedTuple):
    """How one input line was decided: its 0-based number in `text.split("\\n")`, its stripped
    text, the label given, and the rule or segmenter step (`seg.*`) that gave it. A named tuple
    (a JSON array when dumped) because a page has hundreds of them."""

    number: int
    text: str
    label: Label
    rule: str


class Article(_Frozen):
    """A news article extracted from a page. Every field is empty (or None) when not found."""

    # `body` is computed: it appears in dumps and is ignored (recomputed) when a dump is read back.
    model_config = ConfigDict(frozen=True, extra="ignore")

    title: str | None = None
    subtitle: str | None = None
    authors: list[str] = []
    editors: list[str] = []
    published: datetime | None = None
    source: str | None = None
    location: str | None = None
    paragraphs: list[Paragraph] = []
    captions: list[Caption] = []
    related: list[RelatedLink] = []
    tags: list[str] = []
    page_count: int | None = None
    copyright: str | None = None
    language: str | None = None
    lines: list[LineTrace] = []

    @computed_field  # type: ignore[prop-decorator]
    @property
    def body(self) -> str:
        """The paragraphs' text joined by a blank line."""
        return "\n\n".join(p.text for p in self.paragraphs)
