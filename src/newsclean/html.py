"""HTML front-end: render a page's HTML to the page text the rest of the engine reads.

The rendering follows what a browser shows: the `<title>` first (the engine uses it to find the
headline), then the visible text of the body with a line break around every block element.
Scripts, styles and other invisible content are dropped. HTML and page text share one engine;
what the markup adds is the address behind each link's text (related stories come with their
URLs) and, for each line, the region of the page it stands in where the markup names one
(`<figcaption>`, `<aside>`, `<footer>`, `<nav>`) and how much of it is link text, which decide
lines that no rule labels, and which lines stand in the element a page marks as the article's
text (`itemprop="articleBody"`), which bounds the body."""

from __future__ import annotations

import re
from typing import NamedTuple
from urllib.parse import urljoin

from lxml import etree
from lxml import html as lxml_html

_LOOKS_LIKE_HTML = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.I | re.S)
_INVISIBLE = {
    "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object",
    "embed", "select", "option", "input", "textarea", "head",
}
_BLOCKS = {
    "address", "article", "aside", "blockquote", "br", "dd", "details", "dialog", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
    "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
    "tr", "ul", "caption", "tbody", "thead", "tfoot", "center", "menu",
}
# Inside text nodes every whitespace run, newlines included, shows as one space; only block
# boundaries break lines. (NBSP is not collapsible whitespace in HTML and is kept.)
_WHITESPACE = re.compile(r"[ \t\n\r\f\v]+")
# Table cells sit side by side: a row reads as one line, its cells apart by a space.
_CELLS = {"td", "th"}
# Regions whose lines the markup itself marks as not the article's text. Each block boundary
# in the rendered text is followed by the code of the region it opens into.
ZONES = ("figcaption", "aside", "footer", "nav")
_ZONE_CODE = {tag: chr(1 + i) for i, tag in enumerate(ZONES)}
_CODE_ZONE = {code: tag for tag, code in _ZONE_CODE.items()}
_SPACES = re.compile(" {2,}")  # where cells, inline items and text nodes meet
# Where a link's text opens and closes in the rendered text (removed before lines are made).
_LINK_OPEN, _LINK_CLOSE = "\x05", "\x06"
_LINK_MARK = re.compile("([\x05\x06])")
# Where the element the page marks as the article's text (schema.org's `itemprop="articleBody"`)
# opens and closes in the rendered text.
_BODY_OPEN, _BODY_CLOSE = "\x0e", "\x0f"
# Links that lead nowhere another page could be read from.
_NOT_A_PAGE = ("#", "javascript:", "mailto:", "tel:", "whatsapp:", "data:")


class RenderedPage(NamedTuple):
    """An HTML page as the engine reads it. `links` maps the text of each link (whitespace
    collapsed) to its `href` as written in the page; the first link with a given text wins.
    `zones` has one entry per line of `text`: the page region the line stands in when the
    markup says what it is (`figcaption`, `aside`, `footer`, `nav`; the innermost wins), else None.
    `linked` has one entry per line too: the share of its visible characters that are link text.
    `marked` holds the numbers of the lines inside the element the page marks as the article's
    text (`itemprop="articleBody"`), empty when it marks none."""

    text: str
    links: dict[str, str]
    base: str | None  # the page's <base href>, against which relative links resolve
    zones: tuple[str | None, ...] = ()
    linked: tuple[float, ...] = ()
    marked: frozenset[int] = frozenset()


def looks_like_html(text: str) -> bool:
    """True when `text` starts as an HTML document does (a doctype or an html/head/body tag)."""
    return _LOOKS_LIKE_HTML.match(text, 0, 4096) is not None


def resolve_link(base: str | None, href: str) -> str:
    """`href` made absolute against `base`; as written when there is no base or either is not
    a well-formed URL ('http://[' raises in urljoin)."""
    if not base:
        return href
    try:
        return urljoin(base, href)
    except ValueError:
        return href


def html_to_text(markup: str) -> str:
    """The page text of an HTML document: its title, then its visible text, one block a line."""
    return render_html(markup).text


def render_html(markup: str) -> RenderedPage:
    """Render an HTML document to its page text and collect the addresses of its links."""
    try:
        root = lxml_html.document_fromstring(markup)
    except (etree.ParserError, ValueError):
        return RenderedPage("", {}, None)
    parts: list[str] = []
    zones = [""]  # codes of the open regions, innermost last
    links: dict[str, str] = {}
    title = root.find(".//title")
    if title is not None and title.text:
        parts.append(_WHITESPACE.sub(" ", title.text))
        parts.append("\n")
    base = root.find(".//base[@href]")
    body = root.find("body")
    # An inline element just closed with no text after it: a word that opens the next one
    # capitalised is a new item that CSS sets apart ('<span>Tommy Kurnia</span><span>Author</span>').
    glued = False
    marked_body = None  # the open element marked as the article's text
    # Comments and processing instructions come as events of their own; only their tail shows
    # ('had suffered<!-- --> months of ...', as React servers print text).
    events = ("start", "end", "comment", "pi")
    for event, el in etree.iterwalk(body if body is not None else root, events=events):
        if not isinstance(el.tag, str):
            if el.tail:
                parts.append(_WHITESPACE.sub(" ", el.tail))
            continue
        tag = el.tag
        if event == "start":
            if tag in _INVISIBLE:
                # Skip the subtree, but keep the text that follows the element.
                if el.tail:
                    parts.append(_WHITESPACE.sub(" ", el.tail))
                el.clear(keep_tail=True)
                continue
            if tag == "a":
                href = (el.get("href") or "").strip()
                if href and not href.lower().startswith(_NOT_A_PAGE):
                    shown = el.text_content() if len(el) else el.text or ""
                    links.setdefault(" ".join(shown.split()), href)
            if tag in _ZONE_CODE:
                zones.append(_ZONE_CODE[tag])
            if tag in _BLOCKS:
                parts.append("\n" + zones[-1])
            elif tag in _CELLS:
                parts.append(" ")
            elif glued and _opens_new_item(parts[-1] if parts[-1] != _LINK_CLOSE else parts[-2], el.text):
                parts.append(" ")
            glued = False
            if marked_body is None and el.get("itemprop") == "articleBody":
                marked_body = el
                parts.append(_BODY_OPEN)
            if tag == "a":
                parts.append(_LINK_OPEN)
            if el.text:
                parts.append(_WHITESPACE.sub(" ", el.text))
        else:
            if tag == "a":
                parts.append(_LINK_CLOSE)
            if el is marked_body:
                marked_body = None
                parts.append(_BODY_CLOSE)
            if tag in _ZONE_CODE and len(zones) > 1:
                zones.pop()
            if tag in _BLOCKS:
                parts.append("\n" + zones[-1])
            elif tag in _CELLS:
                parts.append(" ")
            if el.tail and tag not in _INVISIBLE:
                parts.append(_WHITESPACE.sub(" ", el.tail))
            glued = tag not in _BLOCKS and not el.tail and bool(parts)
    text, line_zones, linked, marked = _lines("".join(parts))
    return RenderedPage(text, links, base.get("href") if base is not None else None, line_zones, linked, marked)


def _opens_new_item(before: str, text: str | None) -> bool:
    """Whether `text`, set right after the element that ended with `before`, starts a new
    item: a capital or a digit after a word ('Gayuh Tri Pinjungwati' + '02 Jun 2020'). A single
    letter before it is a drop cap and belongs to the word."""
    if not text or len(before) < 2 or not before[-2:].isalnum():
        return False
    first = text[0]
    return first.isupper() or (first.isdigit() and before[-1].isalpha())


def _unlink(line: str) -> tuple[str, float]:
    """The line without its link marks, and the share of its visible characters inside links."""
    if _LINK_OPEN not in line:
        return line.replace(_LINK_CLOSE, ""), 0.0
    inside = total = depth = 0
    for piece in _LINK_MARK.split(line):
        if piece == _LINK_OPEN:
            depth += 1
        elif piece == _LINK_CLOSE:
            depth = max(0, depth - 1)
        else:
            size = len(piece) - piece.count(" ")
            total += size
            if depth:
                inside += size
    return _LINK_MARK.sub("", line), (inside / total if total else 0.0)


def _lines(text: str) -> tuple[str, tuple[str | None, ...], tuple[float, ...], frozenset[int]]:
    """The non-empty lines of the rendered text, the region of each, its share of link text and
    the numbers of the lines in the marked article text. A line that opens with a colon finishes
    the one above: the label and the value of a credit sit in blocks of their own
    ('<div>Penulis</div><div>: Masriadi</div>') that the page's CSS shows side by side."""
    out: list[str] = []
    zones: list[str | None] = []
    linked: list[float] = []
    marked: list[int] = []
    inside = False
    for line in text.split("\n"):
        zone = _CODE_ZONE.get(line[:1])
        line, share = _unlink(line[1:] if zone else line)
        opened = inside
        if _BODY_OPEN in line or _BODY_CLOSE in line:
            # (the marks stand where the element's text starts and ends, inside its lines)
            opened = (inside and not line.startswith(_BODY_CLOSE)) or _BODY_OPEN in line
            inside = line.rfind(_BODY_OPEN) > line.rfind(_BODY_CLOSE)
            line = line.replace(_BODY_OPEN, "").replace(_BODY_CLOSE, "")
        line = _SPACES.sub(" ", line.strip())
        if not line:
            continue
        if line[0] == ":" and out and not out[-1].endswith(":"):
            out[-1] += line
        else:
            if opened:
                marked.append(len(out))
            out.append(line)
            zones.append(zone)
            linked.append(share)
    return "\n".join(out), tuple(zones), tuple(linked), frozenset(marked)
