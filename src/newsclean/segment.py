"""Segmenter: decides the lines no rule labelled, finds the body span and reads the metadata.

Passes over one list of `Line`s, each a short function:
  1. features  - prose or not, from length, punctuation and stop-word share (context-free);
  2. context   - name lines above a role line, bullet-separated widget lists, captions by their
                 credit, adjacent repeats, headline lists under a related-stories header;
  3. span      - the body is the best-scoring run of lines (maximum-sum subarray: prose gains,
                 furniture costs; widgets between paragraphs capped, menu runs and teaser lists
                 penalised), anchored below the headline the browser title repeats and above
                 the first comment marker, carried across inserted widgets and into a list the
                 prose leads into, started at a dateline when the page prints one and
                 after a description that repeats the lede above the headline;
  4. head/body/tail - title, subtitle, bylines and captions above; paragraph kinds inside;
                 sign-offs, credits and leftovers below;
  5. article   - metadata parsed from the labelled lines.
Every decision writes the step's name into `Line.rule`, so `Article.lines` explains itself.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime

import regex

from . import lang as langs
from .html import resolve_link
from .lines import Line
from .meta import (
    CRAWLER_DATE,
    NAME_AND,
    DATE_RE,
    HANDLE,
    ROLE_THEN_NAME,
    byline_people,
    clean_credit,
    credit_tail,
    looks_like_name,
    parse_date,
    signoff_name,
    split_dateline,
    split_lead_dateline,
)
from .patterns import AGENCIES, MONTHS, ROLE_AFTER_NAME, WEEKDAYS
from .rules import RegexRule, Rule
from .model import Article, Caption, Label, LineTrace, Paragraph, ParagraphKind, RelatedLink

L = Label
_OPEN_QUOTES = "'‘\"“«"
_CLOSE_QUOTES = "'’\"”»"
_QUOTE_CHARS = frozenset(_OPEN_QUOTES + _CLOSE_QUOTES)
# The most lines a newsletter box holds between its opening and closing lines, plus one.
_BOX_LINES = 5
# The address field of a sign-up form: 'Your Email', 'Enter email address', 'E-Mail-Adresse'.
_FORM_FIELD = regex.compile(
    r"(?:your |enter (?:your )?)?(?:e-?mail(?: address)?|e-mail-adresse|adresse e-?mail|correo electrónico|endereço de e-?mail|alamat email)\s*\*?$",
    regex.I,
)
_SUPPORT_PITCH = regex.compile(r"\b(?:support|donat|contribut|member|journalism|funded|dukung)", regex.I)
_PITCH = regex.compile(
    r"e-?mail|newsletter|inbox|privacy|datenschutz|confidentialit|privacidad|privacidade|langgan|abbona|illimitat|unlimited access|"
    r"subscri|abonn|suscri|iscri|inscri|sign(?:ing)? up|unsubscribe|anmeld|senza limiti|sin límites|sem limites|"
    # how often the letter comes: 'Chaque semaine, nos meilleurs articles sur le sujet'
    r"chaque (?:semaine|jour|matin|soir)|every (?:week|day|morning)|jeden (?:tag|morgen)|jede woche|cada (?:semana|día|dia)|mailbox|elke (?:ochtend|dag|week)|"
    r"ogni (?:settimana|giorno)|setiap (?:hari|minggu|pekan)|"
    r"weekly|daily|monthly|roundup|stay informed|täglich|wöchentlich|codziennie|skrzyn|varje (?:dag|vecka|morgon)|quotidien|hebdomadaire|semanal|"
    r"correo|postfach|cada mañana|jeden morgen|chaque matin|ogni mattina|elke ochtend|weekday|digest|your guide to",
    regex.I,
)
# Labels whose lines give the Article nothing (bylines and dates are read by their own passes).
_NOTHING_TO_READ = frozenset({L.NAV, L.AD, L.SHARE, L.SUBSCRIBE, L.PROMO, L.COMMENT, L.DUP, L.OTHER, L.BYLINE, L.DATE, L.SIGNOFF})
# Blocks dropped between paragraphs (quiz boxes, ad slots, image widgets): however long, they
# cost no more than a few lines. Share bars and link lists are not among them: at length they
# are where the article has ended.
_WIDGET = {L.AD, L.PROMO, L.PAGINATION, L.DUP, L.OTHER, L.CAPTION, L.CREDIT}
# What stands between a page's headline block and its article: sharing, the lead photo, ads.
_HEADER_WIDGETS = {L.SHARE, L.CAPTION, L.CREDIT, L.DUP, L.AD, L.NAV, L.COMMENT, L.OTHER}
# Lines the body may be carried across when prose continues right after them.
_BRIDGEABLE = {L.RELATED, L.AD, L.SUBSCRIBE, L.SHARE, L.PROMO, L.PAGINATION, L.DUP, L.OTHER, L.CAPTION, L.CREDIT}
# Boilerplate that marks where one part of a page ends: the body does not run across it cheaply.
# Page-break markers ('2 dari 6 halaman') and follow-us calls sit between paragraphs, so they
# are not among them.
_HARD = {L.NAV, L.COPYRIGHT, L.COMMENT, L.TAGS}
_META = {L.BYLINE, L.DATE, L.CAPTION, L.CREDIT, L.DUP, L.SIGNOFF}
_END_PUNCT = frozenset('.!?"”’…:;)\'»。！？」』')
# Scripts written without spaces: their length stands in for a word count.
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}]")
# What kind of item a caption or a list entry is, printed in front of it: 'Foto: <caption>
# (<credit>)' (CNBC Indonesia), 'Video: <headline>'.
_MEDIA_LABEL = regex.compile(
    r"^(?:(?:video|foto|photos?|image|infografis|infographic|galeri|gallery|podcast)\s*:|(?:image|media) caption|[↑▲△⬆]|"
    r"item \d+ of \d+|\[\d+/\d+\]|\d+ of \d+\s*\|)\s*(?=\S)"  # (a gallery's counter: 'Item 1 of 2', '[1/2]', '1 of 3 |')
    r"|^facebook twitter pinterest\s+(?=\S)",  # (the share buttons over a photo, the Guardian in 2019)
    regex.I,
)
_PLAIN_SPACES = dict.fromkeys(map(ord, "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t"), " ")
_SIGNED_OFF = frozenset('.!?"”’…')
_CLOSERS = "\"”’'»)*"  # closing quotes and brackets, and the end mark some papers print ("...terjaga.***")
_DIGITS = regex.compile(r"\d+")
_QUESTION_CARD = regex.compile(r"[^?!.]{8,150}\?\s+\p{Lu}")  # a question, then its answer, on one line
_FIGURE_ROW = regex.compile(r"\S:\s*(?:rp\.?\s?|\$|€|£)?\d", regex.I)  # 'label: <figure>'

_PRICE_ONLY = regex.compile(
    r"(?i)(?:mulai|hanya|from|only|ab|dès|desde)?\s*(?:rp\.?|idr|usd|\$|€|£)\s?[\d.,]+(?:\s*(?:ribu|juta|rb))?\s*(?:/|per)\s*\p{L}+\.?$"
)
_BRACKETED_CREDIT = regex.compile(r"\(\p{L}[\p{L} .'’&/-]{1,30}\)$")
_QUOTE_CLOSERS = "\"”“«»"  # the closing quotation marks of English, German and French
_STOPS = (".", "!", "?", "…", "。", "！", "？")
_GLUED = regex.compile(r"\p{Ll}\p{Lu}")
# Hashtags, handles and links: their capitals inside words are no sign of a glued menu.
_TAGS_AND_LINKS = regex.compile(r"(?<!\S)\S*[#@/]\S*")
# A label, then a list of four names or more apart by commas: 'Cadangan: A B, C D, E F, G H'.
_ROSTER = regex.compile(r"[^:,]{2,30}:\s+[^,:]+(?:,[^,:]+){3,}$")
_LIST_ITEM = regex.compile(r"(?:\d{1,2}[.)]|[-•*·▪●–]|[a-z][.)])\s+\S")
# A turn of an interview printed as questions and answers: 'Q: Favorite books?', 'A: ...'.
_INTERVIEW_TURN = regex.compile(r"(?:q|a|p|r|question|answer|pregunta|respuesta|frage|antwort|tanya|jawab)\s?:\s+\S", regex.I)
# The signature under an embedded post: '— Rep. Ilhan Omar (@Ilhan) November 19, 2019'.
_EMBED_SIGNATURE = regex.compile(rf"[—–-]\s*[^()]{{1,80}}\(@\w{{1,30}}\)\s+(?:{MONTHS})\s+\d{{1,2}},?\s+\d{{4}}$", regex.I)
# A row's shape: its words (each run of them) as 'w', its punctuation as printed.
# (units and signs stuck to a figure, '57%' or '€12', are part of it)
_ROW_SHAPE = regex.compile(r"[\p{L}\p{N}'’.%€$£]+(?:\s+[\p{L}\p{N}'’.%€$£]+)*")
# An entry of a schedule that starts with its date: 'June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre'.
# A row of a fact box under its heading ('Price: £54.99', 'Weight: 71 g'); a contact block is
# no part of the article.
_FACT_ROW = regex.compile(
    r"(?!(?i:phone|tel|telepon|e-?mail|fax|web|website|address|alamat|contact|kontak)\b)[\p{Lu}\d][\p{L}\d ()'’/&-]{0,30}:\s+\S"
)
# An item of a list of amounts the prose announces, a recipe's ingredients: '400 ml santan kental'.
_AMOUNT_ITEM = regex.compile(r"\d{1,4}(?:[.,/]\d{1,3})?\s?\p{L}")
_DATED_ITEM = regex.compile(rf"(?:{MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?\s*(?:[-–—]{{1,2}}|:)\s+\S", regex.I)
# A match result, one per line in the tables sports reports end with: 'Everton vs Liverpool 0-0'.
_RESULT = regex.compile(r"\S.{0,60}?\s(?:vs?\.?|versus)\s.{1,60}?\s\d{1,3}\s?[-–:]\s?\d{1,3}\.?$", regex.I)
# Seven or more words in Latin letters (of a line that has no small letter).
_SHOUTED = regex.compile(r"(?:[^\p{Latin}]*\p{Latin}++){7}")
_PAGE_OF = regex.compile(r"(\d+)\s*(?:dari|of|/)\s*(\d+)")
_DIGITS = regex.compile(r"\d+")
_TAGS_LABEL = regex.compile(
    r"^(?:(?:trending )?tags?(?: terkait)?|topik(?: terkait)?|kumpulan berita terkait|kata kunci|keywords?|topics|filed under|posted in|categories|category|label|"
    r"schlagw(?:ö|oe)rter|schlagworte|themen|mots[- ]cl[ée]s|sujets(?: liés)?|étiquettes|etiquetas|temas|assuntos|tópicos|argomenti|"
    r"trefwoorden|meer over|mehr lesen über|thèmes liés|tagi|tematy|taggar|ämnen|etiketler|konular)(?!\p{L})\s*:?\s*",
    regex.I,
)
_TAG_SEPARATOR = regex.compile(r"[,;|#]")
_QUOTE = regex.compile(r"[\"“”«„'‘]")
_SEPARATOR = {"-", "•", "·", "|", "–", "—", "*"}
# An agency alone in brackets closing a caption: '... Manggarai, Jakarta Selatan. (ANTARA)' (after
# a paragraph's full stop it signs the story off, so only a caption's is read as its credit).
# An outlet standing alone over CNN's lone dash: a short name in capitals ('CNN', 'CNN Business').
_OUTLET_ALONE = regex.compile(rf"(?:{AGENCIES}|\p{{Lu}}{{2,6}}(?: \p{{Lu}}\p{{L}}+)?)")
_AGENCY_CLOSING = regex.compile(rf"\s*\(((?:{AGENCIES})(?:\s+(?:photo|foto))?)\)\.?$")
_SHOUTED_LABEL = regex.compile(r"(?:PHOTO|IMAGE|PICTURE):\s+\p{Lu}")
_CAPTION_WORD = regex.compile(r"(?:ilustrasi|foto|photo|gambar|image|video|tangkapan layar|screenshot|infografis|infographic)\b", regex.I)
# The kind of picture a caption names, alone ('Illustratiebeeld.', 'Archiefbeeld', 'Symbolbild') or
# first ('Ilustrasi kebakaran rumah').
_PICTURE_KIND = regex.compile(r"(?:illustratiebeeld|archiefbeeld|archieffoto|symbolbild|archivbild|ilustrasi|illustration|file photo)\b\.?", regex.I)
# Widgets printed in a stack with the byline; they do not push it away from the headline.
_BESIDE_BYLINE = frozenset({L.BYLINE, L.DATE, L.SHARE, L.COMMENT})
# Byline rules that name the role; they are trusted anywhere on the page.
_EXPLICIT_ROLES = {"id.byline.role_colon", "id.byline.name_then_role", "id.byline.laporan_wartawan"}
_PLACE_BEFORE_DATE = regex.compile(
    rf"(?!(?i:updated|published|posted|diperbarui|diterbitkan|actualizado|publicado|aktualisiert)\b)"
    rf"(\p{{Lu}}\p{{Ll}}+(?:-\p{{Lu}}\p{{Ll}}+)?(?:\s\p{{Lu}}\p{{Ll}}+)?)\s[-–|●•·]\s+(?:(?i:{WEEKDAYS}),?\s+)?(?:\d|(?i:{MONTHS})\s+\d)"
)
# ... or after it, in capitals (The Hindu): 'Updated - March 12, 2025 10:05 am IST - CHENNAI'.
_PLACE_AFTER_DATE = regex.compile(r"(?r)\d\s?(?:[ap]\.?m\.?)?(?:\s\p{Lu}{2,5})?\s[-–|]\s(\p{Lu}{3,}(?:\s\p{Lu}{3,})?)$")
# A credit line that says what it credits ('Bild: BR/Name', 'Photograph: Name'): a photo, whose
# caption stands above it where the caption comes first.
_CREDIT_LABEL = regex.compile(r"(?i)(?:(?:(?:photo|image|picture) credits?|foto|photo|photograph|image|picture|bild|credit|fotoğraf)\s*:|fot\.\s|credit\.{3})")
# One token under a linked headline: a duration, a count, or a brand set in mixed case.
_CARD_DETAIL = regex.compile(r"(?:\d{1,2}:\d{2}(?::\d{2})?|[\d.,]+|\p{Ll}+\p{Lu}\w*|\p{Lu}+\p{Ll}+\p{Lu}\w*)$")
# A headline that ends on a quotation: "Steeds meer dorpen beginnen eigen winkel: 'Zonder ...'".
_QUOTED_HEADLINE = regex.compile(r":\s*['‘\"“„«][^'’\"”»]{3,}['’\"”»]$")
# A credit that opens a caption, in capitals (Kompas until 2016): 'KOMPAS.COM/RUSTAM LAODE Sejumlah siswa ...'
# (the domain may be in small letters: 'KOMPAS.com/MARSELINUS DODO Siswa ...').
_SITE_SLASH = r"(?:[\p{Lu}\d-]+\.)*[\p{Lu}\d-]{3,}(?:\.(?i:com|co\.id|id))?\s?/\s?"
_CREDIT_HEAD = regex.compile(rf"(?P<credit>{_SITE_SLASH}\p{{Lu}}[\p{{Lu}}'’.-]*(?:\s\p{{Lu}}[\p{{Lu}}'’.-]*){{0,3}})\s+(?=\p{{Lu}}\p{{Ll}})")
# ... or the site and the photographer in mixed case, where only the page's byline tells where
# the name ends: 'KOMPAS.com/Kontributor Tegal, Bagus Wicaksono Aji Petugas Dinas ...'.
_SITE_CREDIT = regex.compile(_SITE_SLASH)
_CAPTION_AFTER = regex.compile(r"\s+(?=\p{Lu}\p{Ll})")
# ... and on a page that credits so, a handout's source in capitals: 'DOK SD INPRES OENESU Kondisi ...'
# (three words at least: a paragraph may open on two acronyms, 'DPR RI Minta ...').
_CAPS_CREDIT_HEAD = regex.compile(r"\p{Lu}{2,}(?:\s\p{Lu}{2,}){2,5}\s+(?=\p{Lu}\p{Ll}+\s)")
# A list item's view count glued to its headline: '... tembus Rp60.000 5.904 views'.
# A list item's link residue after its headline ('... akibat rob news-read-1331847').
# Mojok closes with a link and a pointer to the section: 'BACA JUGA <headline> dan liputan
# menarik lainnya di rubrik LIPUTAN.'
_RUBRIC_TAIL = regex.compile(r"\s+dan (?:\p{Ll}+ ){1,3}lainnya di (?:rubrik|kanal|kolom) \S.{0,30}$")
# A link's tag in capitals after its headline: '... amber alert [LATEST]' (the Express).
_LINK_TAG = regex.compile(r"\s+\[\s?\p{Lu}{2,12}\s?\]\|?$")
_VIEW_COUNT = regex.compile(r"\s+(?:[\d.,]+\s*(?:views?|kali dibaca|x dilihat|dilihat|dibaca)|\w+-read(?:-\d+)?|read-\d+|-\s+\d+\s+komentar)$", regex.I)
# Labels that close a list of stories below the article: the article's own end, a widget's
# notice, a follow or share bar (footers start with them).
# The category line of a related-post card ('In "Tents & Shelters"', Jetpack's wording).
_CARD_CATEGORY = regex.compile(r"(?:in|dalam|dans|en)\s+[\"“„«][^\"“”„«»]{1,40}[\"”“»]$", regex.I)
# The author after a date: 'Posted on May 3, 2025 by Laura Bennett', 'Publié le 3 mai 2025 par ...'.
_DATE_BY = regex.compile(r"\s(?:by|par|por|von|door|di|av)\s+(?=\p{Lu})(?!.*\s(?:by|par|por|von|door|di|av)\s)")
# A trail of one- or two-word crumbs: 'Beranda / Jateng', 'Home › News › Local'.
_BREADCRUMB = regex.compile(r"[\p{L}\d&'’.-]+(?: [\p{L}\d&'’.-]+){0,2}(?: [/›»>|] [\p{L}\d&'’.-]+(?: [\p{L}\d&'’.-]+){0,2})+$")
_OUTLET_AFTER = regex.compile(r"\s*\((?:the )?\p{Lu}[^()]{1,40}\)$", regex.I)
_NAME_JOIN = regex.compile(r"\s*(?:,|\||&|\b(?:and|dan|und|et|y|e|en)\b)\s*")
_ITEM_COUNT = regex.compile(r"\s\(\d{1,5}\)$")
_PUBLISHED_STAMP = regex.compile(
    r"(?:published|first published|originally published|first posted|diterbitkan|publié|publicado|veröffentlicht|pubblicato|gepubliceerd|publicerad|opublikowano)\b"
    # (McClatchy closes with it: 'This story was originally published March 5, 2024 at 5:00 AM.')
    r"|this (?:story|article) was (?:originally|first) published\b",
    regex.I,
)
# ... printed second on a line that opens with the last edit: 'Updated <time>|Published <time>'.
_PUBLISHED_SECOND = regex.compile(r"[|·,/]\s*(?:" + _PUBLISHED_STAMP.pattern + ")", regex.I)
# A time alone on its line, with its zone maybe ('8:05 AM MYT', '10:35 WIB'), and any clock time.
_CLOCK_LINE = regex.compile(r"\d{1,2}[:.]\d\d(?:\s?[ap]\.?m\.?)?(?:\s\p{Lu}{2,5})?$", regex.I)
_CLOCK = regex.compile(r"\d{1,2}[:.]\d\d")
_FIRST_PUBLISHED = regex.compile(r"(?:first|originally) published\b|diterbitkan pertama\b", regex.I)
_UPDATED = regex.compile(
    r"(?:last |zuletzt |dernière )?(?:updated|update|atualizad[oa]|actualizad[oa]|aktualisiert|mis à jour|modifié|bijgewerkt|"
    r"aggiornat[oa]|diperbarui|güncelle\w*|aktualizacja|uppdaterad|dikemaskini|обновлено)\b",
    regex.I,
)


def _updated_first(norm: str) -> bool:
    """Whether a date line gives the time of the last edit before any other time: 'Diperbarui
    ...', 'oleh <Name> diperbarui 05 Des 2024' (not '14 November 2023 | Updated: ...')."""
    m = _UPDATED.search(norm)
    return m is not None and not any(c.isdigit() for c in norm[: m.start()])


_DURATION = regex.compile(r"\d{1,2}:\d{2}(?::\d{2})?$")
# Roles in a byline block that write nothing: the name above them is no author.
_OTHER_ROLE = regex.compile(
    r"(?:fotograf|fotografer|fotografin|photographer|photography|foto|photo|grafik|graphics|illustration|ilustrasi|video|kamera|camera)$",
    regex.I,
)
_QUOTE_OPENERS = frozenset("\"“‘'«„")
# The rule for a screen reader's counts in a link box ('list 1 of 3'): the box goes on past them.
_LIST_COUNTER = "en.other.list_counter"
_LIST_ENDS = {L.OTHER, L.PAGINATION, L.SIGNOFF, L.SUBSCRIBE, L.SHARE}
_TEASER_QUOTE = regex.compile(r"(?:(?i:video|foto)\s+|(?:\p{Ll}+\s+){1,2})[\"“'‘]([^\"“”'‘’]{5,200})[\"”'’]\s*:?$")
_DESK = regex.compile(r"(?:kontributor|wartawan|reporter|koresponden)\s+[\p{L} ]{2,30},\s*", regex.I)
# Initials that close an Indonesian article: '... kata dia. (mdk/yan)', '(ant)'.
# ("(mcr12/jpnn)": JPNN numbers its correspondents; beritajatim sets them in square brackets: '[fa/dwi]')
_INITIALS = r"\([a-z]{2,5}\d{0,3}(?:\s*/\s*[a-z]{2,5}\d{0,3}){0,3}\)|\[[a-z]{2,5}(?:/[a-z]{2,5}){0,3}\]"
_INITIALS_END = regex.compile(rf"(?:{_INITIALS})\.?$")
# A writer's greeting that closes a post or a column: 'Salam lestari.', 'Wassalam.'
_CLOSING_GREETING = regex.compile(r"(?:Salam|Wassalam)(?:\s\p{Ll}+){0,2}[.!]?$")
# A reporter's mark glued to a paragraph's end: initials, a star, or (Tribun) a correspondent's
# number and the site: '(cr31/tribun-medan.com)'.
_SIGNED_MARK = regex.compile(
    rf"\s*(?:{_INITIALS}|\((?:\*|[a-z]{{2,5}}\d{{0,3}}\s*/\s*[\w.-]+\.(?:com|co\.id|id)|[\w.-]+\.(?:com|co\.id|id)\s*/\s*[a-z]{{2,5}}\d{{0,3}})\))$"
)
_NAME_DESK = regex.compile(r"(.{5,60}?)\s+[-–]\s+(?:\p{Lu}\p{Ll}+|\p{Lu}{2,5})$")  # (or the outlet's initials: '... - RTP')
# A paper's or agency's name after a dash, glued to the paragraph's last sentence: '... depan. – UTUSAN'.
_DASH_SIGNOFF = regex.compile(r"(?r)[.!?”\"]\s+[-–—]\s?\p{Lu}[\p{L}/.]*(?:\s\p{Lu}[\p{L}/.]*){0,2}$")
# A writer's name and the paper they write for, a comma between: 'Kaitlin Reyes, Indianapolis Star'.
# The last word of a newspaper's name: 'Indianapolis Star', 'Des Moines Register'.
_PAPER_WORD = (
    r"(?:Star|Register|Times|Post|Journal|Herald|Tribune|Gazette|Press|Chronicle|Dispatch|Examiner|Inquirer|Sentinel|Bee|"
    r"Globe|Courant|Observer|Enquirer|Telegraph|Republic|Record|Review|Courier|Democrat|Citizen|Leader|Statesman|"
    r"Tennessean|Oklahoman|Star-Telegram|Courier-Journal|Journal-Constitution)"
)
# A writer's role alone on its line, under the name: 'Local Democracy Reporter'.
_ROLE_LINE = regex.compile(rf"{ROLE_AFTER_NAME}$")
_NAME_PAPER = regex.compile(rf"([^,]{{4,50}}),\s+(?:The\s+)?\p{{Lu}}[\p{{L}}.-]*(?:\s+\p{{Lu}}[\p{{L}}.-]*){{0,3}}\s+(?:{_PAPER_WORD}|News)$")
_NUMBERED = regex.compile(r"(\d{1,2})\.\s")
_LIST_MARK = regex.compile(r"(?:\d{1,2}[.)]|[-–•·*])\s")
_NAME_BAR = regex.compile(r"\s*[|/]\s*")
_COUNT_LINE = regex.compile(r"(?:telah )?(?:dibaca|dilihat|viewed|read)\s+[\d.,]+\s*(?:kali|x|times)$", regex.I)
# A photographer's bare name in brackets closing a 'Foto: <caption>' line: '(Ardian Pratomo)'.
_BRACKETED_NAME = regex.compile(r"\s\((\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3})\)$")
_RANK = regex.compile(r"\d{1,2}[.)]\s+(?=\p{Lu})")
_CITED_SOURCE = regex.compile(r"\p{Ll}[.!?]\s*\([^()]{2,40}\)$")
# Bare labels over lists of videos or photo galleries, whose titles are other stories.
_MEDIA_HEADERS = frozenset(
    {"video", "videos", "audio", "podcast", "foto", "galeri", "galeri foto", "video terbaru", "infografis", "infographic", "video ad feedback",
     "guarda il video"}
)
_TWO_SENTENCES = regex.compile(r"[\p{Ll}\d]{2}[.!?]\s+\p{Lu}")  # (a sentence may end in a figure: "... per Mei 2023. Apa ...")
# An interview's turns open with the speaker's name, or initials, and a colon ('Ulrike Marten: ...').
_SPEAKER = regex.compile(r"\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}: \S")
_HAS_YEAR = re.compile(r"(?:1[89]|20)\d\d").search  # every date form carries a year
# Hours from UTC of the pages that print no zone: Indonesian ones are on WIB, Malay ones on
# Malaysian time; elsewhere a date without a zone is taken as UTC.
_DEFAULT_ZONE = {"id": 7, "ms": 8}
# A credit that names who made or gave the photo; 'Image copyright X' under a paragraph (BBC)
# may have its caption below.
# Labels over a field's value in a page's header: the value under them is no headline.
_FIELD_LABELS = frozenset(
    ("from:", "source:", "sumber:", "by:", "author:", "authors:", "published by:", "organisation:", "organization:", "news provided by")
)
_NAMED_CREDIT = regex.compile(r"(?:courtesy\b|(?:(?:staff|file) )?(?:photo(?:graph)?s?|illustration|image) by\s|©\s?\p{L})", regex.I)
# A photo's label alone on its line, between the caption and the credit (VIVA): 'Photo :'.
_BARE_PHOTO_LABEL = regex.compile(r"(?:photo|foto|image|gambar)\s*:?$", regex.I)
# A photo's '©' mark: the sign and a name or 'Outlet/Name', no year and no rights notice.
_SIGNED_PHOTO = regex.compile(r"©\s?(?!.*\b(?:rights|rechte|droits|derechos|diritti|reserv|vorbehalten))[\p{L}.'’&-]+(?:[ /][\p{L}.'’&-]+){0,4}$", regex.I)
# A newspaper's name as a byline prints it under the writer's: 'USA TODAY', 'Des Moines Register'.
# (not '<Word> News' alone, which is as often a section: 'Business News')
# (the bar that parts it from the date may close it: 'Chicago Tribune |')
_OUTLET_LINE = regex.compile(rf"(?:USA TODAY(?: NETWORK)?|(?:The )?(?:\p{{Lu}}[\p{{L}}.'’-]+ ){{1,3}}{_PAPER_WORD})(?: \|)?$")
# A summary's point: a short label, a dash, a sentence ('Tap kartu tetap berlaku - KAI Commuter memastikan ...').
_LABELLED_POINT = regex.compile(r"\p{Lu}[^.!?:\n]{2,60}?\s[-–—]\s\p{Lu}.{10,}[.!?]$")
_CAPTION_BUTTONS = frozenset({"show caption", "hide caption", "toggle caption"})
# Widgets a page drops between its paragraphs, and prints again and again.
_DROPPED_IN = frozenset({L.RELATED, L.AD, L.PROMO, L.SUBSCRIBE, L.SHARE})
# A caption's topic in capitals and its dash ('DEALER SEPI - ').
_TOPIC_DASH = regex.compile(r"[\p{Lu}\d ]+\s[-–—]\s")
# Widgets whose next line is their photo's caption or their embed's placeholder: a zoom button,
# the consent box over an embed.
_CAPTIONED_WIDGETS = frozenset({"any.dup.image_widget", "en.consent.cookies"})
_PHOTO_BUTTON = regex.compile(r"(?:lihat|view)\s(?:foto|photo)s?$", regex.I)
_VIEWER_COUNT = regex.compile(r"\d{1,3}\s*(?:/|of)\s*\d{1,3}$")
# The source line under a chart's title ('Sumber: Otoritas Jasa Keuangan (OJK)', 'Source: BLS').
_CHART_SOURCE = regex.compile(r"(?:sumber|source|sources|fonte|quelle|fuente|źródło|kaynak)\s*:\s*[^.!?]{2,80}$", regex.I)
# A site's name as its logo prints it: 'tvOnenews.com', 'Kompas.id'.
_SITE_NAME = regex.compile(r"[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|id|net|org|tv|news|co\.uk)$", regex.I)
_DOMAIN_LANGUAGES = {"id": "id", "my": "ms", "de": "de", "at": "de", "fr": "fr", "es": "es", "br": "pt", "pt": "pt",
                     "it": "it", "nl": "nl", "pl": "pl", "se": "sv", "tr": "tr", "uk": "en", "us": "en"}


def _truncated(text: str) -> bool:
    """Cut off by the site: a letter, then '..', '...' or '…' (maybe after a space: 'hopes …')."""
    if not text.endswith(("..", "…")):
        return False
    kept = text.rstrip(".…")
    return len(text) - len(kept) <= 3 and kept.rstrip(" ")[-1:].isalpha() and len(kept) - len(kept.rstrip(" ")) <= 1


# A photo credit closing a line: the photographer's name first ('(Ika Yuniati/Solopos)') or an
# organisation in capitals first ('(NASA/JPL-Caltech/ASU)'). Reporters' sign-offs put the site
# first ('(Tribunnews.com/Name)').
_PHOTO_CREDIT_END = regex.compile(
    r"\((?:(?:\p{Lu}[\p{L}'’.-]*\s){1,3}\p{Lu}[\p{L}'’.-]*\s?/\s?[\p{L}][\w.-]{1,30}(?:\s\p{Lu}[\w.-]{1,30}){0,3}"
    r"|\p{Lu}{2,}[\p{L}\d.&-]*(?:\s?/\s?[\p{L}\d.&-]+(?:\s[\p{Lu}\d.&-]+){0,3}){1,3})\)\.?$"
)


def _signed_off(text: str) -> bool:
    # (a photo's credit in brackets closes a caption, not the article: '(PRNewsfoto/Arroyo Verde Energy)')
    return (
        text[-1:] in ")."
        and (_INITIALS_END.search(text) is not None or signoff_name(text) is not None)
        and credit_tail(text) is None
    )


def _is_result(text: str) -> bool:
    return text.rstrip(".")[-1:].isdigit() and _RESULT.match(text) is not None


def _ends_sentence(text: str) -> bool:
    return text.rstrip(_CLOSERS)[-1:] in _STOPS


def _domain_language(url: str | None) -> str | None:
    if not url:
        return None
    host = url.split("//", 1)[-1].split("/", 1)[0].split(":", 1)[0]
    return _DOMAIN_LANGUAGES.get(host.rsplit(".", 1)[-1].lower())


def _words(text: str) -> set[str]:
    return set(text.lower().split())


def _desk_name(text: str) -> str:
    """The name on a Kompas name line that carries the writer's desk: 'Kontributor Maumere, Name'."""
    m = _DESK.match(text)
    return text[m.end() :] if m else text


def _similar(a: str, b: str) -> bool:
    """Near-repeats: one contains the other, or they share most of their words."""
    if len(a) < 12 or len(b) < 12 or len(a) > 4 * len(b) or len(b) > 4 * len(a):
        return False
    la, lb = a.lower(), b.lower()
    if la in lb or lb in la:
        return min(len(la), len(lb)) >= 12
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    shared = len(wa & wb)
    small, large = sorted((len(wa), len(wb)))
    # Decks and ledes retell the headline with many of its words: most of both must match.
    return small >= 4 and shared >= 0.75 * small and shared >= 0.6 * large


class Segmenter:
    """Decides every line of one page and builds the `Article`."""

    def __init__(
        self,
        lines: list[Line],
        *,
        rules: dict[str, Rule] | None = None,
        closing: frozenset[str] = frozenset(),
        url: str | None = None,
        lang: str | None = None,
        links: Mapping[str, str] | None = None,
        link_base: str | None = None,
        marked: frozenset[int] = frozenset(),
    ) -> None:
        self.lines = lines
        self.marked = marked  # numbers of the lines the page's markup marks as the article's text
        self.links = links or {}  # link text -> href, from an HTML page
        self.link_base = link_base
        self.rules = rules or {}
        self.closing = closing  # names of the rules whose lines only follow an article
        # The cleaned lines, not the raw text: zero-width characters inside words hide them.
        # A page too short to tell takes the language of its country's domain, when known.
        self.lang = lang or langs.detect("\n".join(line.norm for line in lines)) or _domain_language(url)
        self.crawler_date: str | None = None
        self.dateline: tuple[str, str] | None = None  # (source, location) printed apart from the body
        self.good: list[bool] = []
        self.nwords: list[int] = []
        self.body_start = 0
        self.body_end = -1
        self._shape_memo: dict[int, bool] = {}
        self.echo_title: int | None = None
        self.cut_open: set[int] = set()  # the first words of a paragraph, last in a cut text, and its subheading
        self._cuts: dict[int, int | None] = {}
        self._titles: dict[tuple[int, str], str | None] = {}
        self.title_index: int | None = None
        self.roles: dict[int, str] = {}  # bare name line -> the role line that credits it
        self._credited: list[str] | None = None  # the people the page's bylines name, read when first needed
        self.outlets: list[str] = []  # the outlets the page names outside a dateline

    # -- 1. features ---------------------------------------------------------------------
    def _features(self) -> None:
        lang = self.lang
        # Indonesian and Malay news prose is dense with names and numbers: fewer function words.
        short_min = 0.08 if lang in ("id", "ms") else 0.12
        good, nwords = [], []
        first = self.lines[0]
        m = CRAWLER_DATE.match(first.norm)
        if m:  # a crawler's ' date 2024-11-06 ' glued in front of the page: metadata, not text
            self.crawler_date = m[1]
            first.norm = first.norm[m.end() :] or first.norm
            first.text = first.text[first.text.find(m[1]) + len(m[1]) :].strip() or first.text
        for line in self.lines:
            norm = line.norm
            n = norm.count(" ") + 1
            cjk = not norm.isascii() and _CJK.search(norm, 0, 40) is not None
            if cjk:
                n = max(n, len(norm) // 2)
            nwords.append(n)
            if line.label is not None or n < 6:
                # (in scripts without spaces a short line that ends a sentence is one)
                good.append(line.label is None and cjk and n >= 3 and norm[-1] in "。！？")
                continue
            ends = norm[-1] in _END_PUNCT or (norm[-1].isalpha() and _DASH_SIGNOFF.search(norm) is not None)
            if n >= 30 or (ends and n >= 8) or (n >= 14 and ", " in norm):
                # Function words mark prose; long sentences full of names need fewer of them, and
                # a line of two sentences is prose however full of names and figures it is.
                good.append(
                    lang is None
                    or n >= 60
                    or langs.stop_ratio(norm, lang) >= (short_min if n < 20 else 0.05)
                    or (n >= 12 and _TWO_SENTENCES.search(norm) is not None)
                )
            else:
                good.append(False)
        self.good, self.nwords = good, nwords

    # -- 2. context ------------------------------------------------------------------------
    def _context(self) -> None:
        lines, good = self.lines, self.good
        n = len(lines)
        truncated = []
        glued_credits = False  # a caption on the page opens with its credit
        for i, line in enumerate(lines):
            norm = line.norm
            if line.rule == "en.other.author_sentence" and 0 < i < n - 1 and good[i - 1] and good[i + 1]:
                # 'X was a columnist for ...' between two paragraphs tells of a journalist in
                # the story; an author box stands after the article, not inside it.
                line.label, line.rule = None, ""
                good[i] = _ends_sentence(norm) and self.nwords[i] >= 8
            if line.label is None:
                if norm[-1] in ".…" and _truncated(norm) and self.nwords[i] <= 16 and len(norm) <= 120:
                    truncated.append(i)
                # Menus pasted without spaces: 'Tentang KamiPedoman Media SiberKetentuan ...'
                if (
                    3 <= self.nwords[i] <= 40
                    and not _ends_sentence(norm)
                    and len(_GLUED.findall(norm)) >= 3
                    and len(_GLUED.findall(_TAGS_AND_LINKS.sub(" ", norm))) >= 3
                ):
                    self._set(line, L.NAV, "seg.glued_menu")
                    good[i] = False
                elif self.nwords[i] >= 6 and (
                    self._cut(i) is not None or (_CAPTION_WORD.match(norm) and self._cut(i, weak=True) is not None)
                ):
                    self._set(line, L.CAPTION, "seg.caption_credit")
                    good[i] = False
                elif self.nwords[i] >= 6 and _SHOUTED_LABEL.match(norm) and _ends_sentence(norm):
                    # 'PHOTO: <caption>' (ABC News): the label in capitals says what the line is
                    self._set(line, L.CAPTION, "seg.labelled_caption")
                    good[i] = False
                elif self.nwords[i] >= 6 and self._credit_opening(norm) is not None:
                    self._set(line, L.CAPTION, "seg.credit_first_caption")
                    good[i] = False
                    glued_credits = True
            elif line.rule == "id.byline.role_word":
                self._pair_role(i)
        if glued_credits:
            for i, line in enumerate(lines):
                if line.label is None and self.nwords[i] >= 6 and _CAPS_CREDIT_HEAD.match(line.norm):
                    self._set(line, L.CAPTION, "seg.caps_credit_caption")
                    good[i] = False
        # A caption printed twice (image widgets, buttons and credits may stand between the copies): the
        # second copy is dup. When only the second copy carries the credit the pair is marked:
        # in the body the first is the caption (Tribun), above it a deck that the photo's
        # caption repeats (CNN Indonesia); the head pass tells them apart.
        for i in range(n - 1):
            a = lines[i]
            if a.label not in (None, L.CAPTION) or self.nwords[i] < 4:
                continue
            j = i + 1
            # (and a widget's button: a photo's 'Buy Now', BLOX)
            while j < n and j <= i + 3 and (lines[j].label in (L.CREDIT, L.DUP) or (lines[j].label is L.OTHER and self.nwords[j] <= 3)):
                j += 1
            if j >= n:
                break
            b = lines[j]
            if b.label not in (None, L.CAPTION):
                continue
            a_norm, b_norm = a.norm, b.norm
            if a_norm[:1] in "[Ii0123456789" or b_norm[:1] in "[Ii0123456789":  # a gallery prints each copy with its own counter
                a_norm, b_norm = _MEDIA_LABEL.sub("", a_norm, count=1), _MEDIA_LABEL.sub("", b_norm, count=1)
            if a_norm[:20].lower() != b_norm[:20].lower() or not _similar(a_norm, b_norm):
                continue
            if _LIST_ITEM.match(a_norm) and _LIST_ITEM.match(b_norm) and not b_norm.startswith(a_norm):
                continue  # two items of a list that open alike ('- Kendaraan dari arah ...')
            a_figures, b_figures = _DIGITS.findall(a_norm), _DIGITS.findall(b_norm)
            if a_figures != b_figures[: len(a_figures)] and b_figures != a_figures[: len(b_figures)]:
                continue  # a caption printed twice keeps its figures: these are items of a price list
            a_tail = self._cut(i, weak=True) is not None
            # The copy may add only a bracketed source: 'Pelatih ... di Kroasia (PSSI)'.
            b_tail = self._cut(j, weak=True) is not None or (
                b.norm.startswith(a.norm) and b.norm[len(a.norm) :].lstrip().startswith("(")
            )
            if a.norm == b.norm and not a_tail and self._headline_shaped(i):
                continue  # a headline printed twice: the title pass decides
            if b_tail and not a_tail and not _ends_sentence(a.norm) and self._finishes(a.norm, b.norm, self._cut(j, weak=True)):
                # A heading the photo's caption repeats as its sentence ('Infografis ...' over
                # 'Infografis ... Anjlok. (Liputan6.com/Name)'): the full copy is the caption.
                self._set(a, L.OTHER, "seg.caption_heading")
                self._set(b, L.CAPTION, "seg.caption_repeated")
                good[i] = good[j] = False
                continue
            if b_tail and not a_tail and a.label is None:
                self._set(a, L.CAPTION, "seg.caption_pair")
                self._set(b, L.DUP, "seg.caption_pair_credit")
            else:
                if a.label is None:
                    self._set(a, L.CAPTION, "seg.caption_repeated")
                self._set(b, L.DUP, "seg.caption_repeat")
            good[i] = good[j] = False
        # The line below a credit-only line is the caption it belongs to (Tribun prints the
        # credit first); a caption above its credit is found by the repeat that follows it, or
        # by the dash that hangs the credit from it ('- ANTARA FOTO/Name', VIVA): a short
        # sentence right above such a credit is its caption, and the line below is not.
        # A stock-photo credit marks an illustration, which has no caption: prose follows it.
        # Credit-first is how Indonesian and Malay sites print it; elsewhere the caption comes
        # first, so below a credit only a line that does not read as prose is taken.
        credit_first = self.lang in ("id", "ms")
        for i, line in enumerate(lines[:-1]):
            if (
                line.label is L.CREDIT
                and i >= 2
                and lines[i - 1].label is None
                and _BARE_PHOTO_LABEL.match(lines[i - 1].norm)
                and lines[i - 2].label is None
                and self.nwords[i - 2] >= 3
            ):
                # a bare label between the caption and its credit ('<caption>' / 'Photo :' / '- VIVA/Name')
                self._set(lines[i - 1], L.OTHER, "seg.photo_label")
                self._set(lines[i - 2], L.CAPTION, "seg.caption_over_label")
                good[i - 1] = good[i - 2] = False
                continue
            above = lines[i - 1] if i > 0 else None
            if (
                line.label is L.COPYRIGHT
                and not credit_first
                and _SIGNED_PHOTO.match(line.norm)
                and above is not None
                and above.label is None
                and line.number - above.number == 1
                and (self.nwords[i - 1] >= 3 or _PICTURE_KIND.match(above.norm))
                and good[i + 1]
            ):
                # '© Tobias Haberland' right under a line, the article going on below: a
                # photographer's mark, no copyright notice (those name a year or the rights,
                # and close the page)
                self._set(line, L.CREDIT, "seg.copyright_credit")
            if (
                line.label is L.CREDIT
                and line.norm[:1] == "("
                and above is not None
                and above.label is None
                and (good[i - 1] or (self.nwords[i - 1] >= 4 and _ends_sentence(above.norm)))
                and lines[i + 1].label is not None
                and signoff_name(line.norm) is not None
            ):
                # '(Tribunnews.com/Name)' alone under a paragraph, widgets below it: the reporter
                # signs the article off (a photo's credit has its caption on one side)
                self._set(line, L.SIGNOFF, "seg.signoff_credit")
                continue
            hung = line.label is L.CREDIT and (line.norm[:1] in "-–—" or (not credit_first and _CREDIT_LABEL.match(line.norm)))
            # (a line right above a credit, no blank line between: past one the credit's photo has no caption)
            right_above = line.label is L.CREDIT and above is not None and above.label is None and line.number - above.number == 1
            if (
                hung
                and above is not None
                and above.label is None
                and 2 <= self.nwords[i - 1] <= 30
                # (a caption may close on a quotation without a full stop: '... in Frankfurt: »Ein Ergebnis ...«')
                and (_ends_sentence(above.norm) or above.norm[-1] in _QUOTE_CLOSERS)
                # (a paragraph of several sentences past a blank line is no caption)
                and (line.number - above.number == 1 or not _TWO_SENTENCES.search(above.norm))
            ):
                self._set(above, L.CAPTION, "seg.caption_above_credit")
                good[i - 1] = False
            elif hung and (credit_first or line.norm[:1] in "-–—"):
                pass  # a credit hung from its caption by a dash ('- ANTARA FOTO/Name') follows a sentence
            elif (
                right_above
                and not credit_first
                and 3 <= self.nwords[i - 1] <= 30
                and not _LIST_ITEM.match(above.norm)  # a listicle's numbered heading
                and (
                    # Where the caption comes first, a phrase right above a credit line is its
                    # caption ('Henk Bruins (links) en vrijwilliger Anouk Drenth bij de kassa'), and
                    # so is one sentence between a widget (an ad slot) and the credit (CNN).
                    not good[i - 1]
                    or (i >= 2 and lines[i - 2].label in _BRIDGEABLE and not _TWO_SENTENCES.search(above.norm))
                )
            ):
                self._set(above, L.CAPTION, "seg.caption_above_credit")
                good[i - 1] = False
            elif right_above and not credit_first and self.nwords[i - 1] <= 2 and _PICTURE_KIND.match(above.norm):
                # a caption that only says what the picture is, over its credit ('Illustratiebeeld.' / '© BELGA')
                self._set(above, L.CAPTION, "seg.caption_above_credit")
                good[i - 1] = False
            elif (
                right_above
                and not credit_first
                and _NAMED_CREDIT.match(line.norm)
                and 3 <= self.nwords[i - 1] <= 30
                and not _TWO_SENTENCES.search(above.norm)
                and not _LIST_ITEM.match(above.norm)
            ):
                # a sentence right above a credit that says what it is ('Courtesy of Name'),
                # however much it reads as prose, is the photo's caption (WIRED)
                self._set(above, L.CAPTION, "seg.caption_above_credit")
                good[i - 1] = False
            elif (
                right_above
                and credit_first
                and 4 <= self.nwords[i - 1] <= 40
                and _ends_sentence(above.norm)
                and lines[i + 1].label is None
                and not good[i + 1]
                and self.nwords[i + 1] <= 10
                and not _ends_sentence(lines[i + 1].norm)
                and lines[i + 1].norm[:1].isupper()
                and i + 2 < n
                and lines[i + 2].label is None
                and (good[i + 2] or self.nwords[i + 2] >= 8)
            ):
                # Where the credit comes first, the line below it is its caption; but a short line
                # without a full stop over prose there is a subheading, and the sentence above the
                # credit the caption (Grid, lines without blank ones between them).
                self._set(above, L.CAPTION, "seg.caption_above_credit")
                good[i - 1] = False
            elif (
                right_above
                and line.norm[:1] == "("
                and 8 <= self.nwords[i - 1] <= 30
                and not _ends_sentence(above.norm)
                and not _LIST_ITEM.match(above.norm)
            ):
                # A credit in brackets right under a long line without a full stop credits that
                # caption ('... menu andalan Soto Mbah Darmi' / '(credit: instagram.com/...)', KLY);
                # a subheading over a photo is shorter.
                self._set(above, L.CAPTION, "seg.caption_above_credit")
                good[i - 1] = False
            elif (
                right_above
                and lines[i + 1].number - line.number > 1
                and 3 <= self.nwords[i - 1] <= 40
                # (a headline-shaped line over a credit is a subheading over a photo without
                # caption, unless it says what it shows: 'Infografis Panduan Bayar Zakat ...')
                and (not self._headline_shaped(i - 1) or _CAPTION_WORD.match(above.norm))
            ):
                # Caption and credit set together, the article going on after a blank line: the
                # line above is the caption ('Layar pergerakan saham ... Jakarta.' / 'Foto: ...').
                self._set(above, L.CAPTION, "seg.caption_above_credit")
                good[i - 1] = False
            # (a stock library credits an illustration, which has no caption, where the credit
            # comes first; elsewhere a line under it that reads as no prose is its caption, BBC)
            elif (
                line.label is L.CREDIT
                and (line.rule != "any.credit.stock_photo" or not credit_first)
                and not hung
                # (under a caption printed twice the credit is that caption's)
                and not (above is not None and above.rule == "seg.caption_repeat" and line.number - above.number == 1)
            ):
                j = i + 1
                # A caption that repeats the credit at its end is the credit's, however long.
                if lines[j].label is None and (
                    (
                        3 <= self.nwords[j] <= 30
                        and not _LIST_ITEM.match(lines[j].norm)
                        and (credit_first or not (good[j] or self._title_cased(j)))  # (a product's heading under its photo)
                        and not lines[j].norm.endswith(":")  # prose opening a list, body resuming
                        # (a topic in capitals glued under the credit opens its caption, not the
                        # article, on a later page without a dateline too: 'BUS BANDARA - ...', Tribun)
                        and (not self._opens_article(j) or self._topic_under_credit(i, j))
                        # a credit in brackets, or one with blank lines on both sides, set alone
                        # marks a photo without caption
                        and not (
                            lines[j].number - line.number > 1
                            and (line.norm[:1] == "(" or above is None or line.number - above.number > 1)
                        )
                    )
                    or (len(line.norm) >= 8 and lines[j].norm.endswith(line.norm))
                ):
                    self._set(lines[j], L.CAPTION, "seg.next_to_credit")
                    good[j] = False
            elif line.label is L.PAGINATION and lines[i + 1].label is None and lines[i + 1].norm in ("12", "1 2"):
                # Two pages: 'Halaman' / '12' (alone, '12' is as often a count of shares).
                self._set(lines[i + 1], L.PAGINATION, "seg.page_numbers")
            elif line.label is L.PAGINATION:
                # Page numbers one per line near the pager's label ('1', '2', ... in order), a
                # line or two of the next page's opening between them at most.
                first = next((j for j in range(i + 1, min(i + 4, n)) if lines[j].norm == "1"), None)
                if first is not None:
                    k = first
                    while k < n and lines[k].label is None and lines[k].norm == str(k - first + 1):
                        k += 1
                    if k - first >= 2:
                        for j in range(first, k):
                            self._set(lines[j], L.PAGINATION, "seg.page_numbers")
                        for j in range(i + 1, first):
                            if lines[j].label is None:
                                # the next page's opening, printed under its button (VIVA)
                                self._set(lines[j], L.OTHER, "seg.next_page_preview")
                                good[j] = False
                else:
                    # ... or right above a 'next' button: '1' / '2' / 'Selanjutnya' (Suara's page 1)
                    k = i - 1
                    while k > 0 and lines[k].label is None and lines[k].norm.isdecimal() and lines[k - 1].norm == str(int(lines[k].norm) - 1):
                        k -= 1
                    if k < i - 1 and lines[k].norm == "1" and lines[k].label is None:
                        for j in range(k, i):
                            self._set(lines[j], L.PAGINATION, "seg.page_numbers")
        for i in range(1, n - 1):
            # Gannett sets a photo's caption under the buttons that fold it ('Show Caption' /
            # 'Hide Caption'), its credit on the line below.
            if lines[i].rule == "en.other.widget_notice" and lines[i].norm.lower() in _CAPTION_BUTTONS:
                j = i + 1
                while j < n and lines[j].rule == "en.other.widget_notice":
                    j += 1
                if j < n and lines[j].label is None and self.nwords[j] >= 4:
                    self._set(lines[j], L.CAPTION, "seg.caption_under_button")
                    good[j] = False
                    k = j + 1
                    if k < n and lines[k].label is None and self.nwords[k] <= 8 and not _ends_sentence(lines[k].norm) and lines[k].norm[:1].isupper():
                        self._set(lines[k], L.CREDIT, "seg.credit_under_caption")
                        good[k] = False
            # A chart dropped into the text: its label, its title and its source line ('Databoks' /
            # 'Nilai Ekspor Kopi Indonesia (2021-2025)' / 'Sumber: BPS'), the article going on below.
            elif (
                lines[i].label is None
                and ":" in lines[i].norm[:12]
                and _CHART_SOURCE.match(lines[i].norm)
                and lines[i - 1].label is None
                and 3 <= self.nwords[i - 1] <= 20
                and not _ends_sentence(lines[i - 1].norm)
                and lines[i + 1].label is None
            ):
                self._set(lines[i], L.CREDIT, "seg.chart_source")
                self._set(lines[i - 1], L.CAPTION, "seg.chart_title")
                good[i] = good[i - 1] = False
                if i >= 2 and lines[i - 2].label is None and self.nwords[i - 2] == 1 and not good[i - 2]:
                    self._set(lines[i - 2], L.OTHER, "seg.chart_label")
        # A caption over its credit may be printed twice, the bare copy right above it.
        for i in range(1, n):
            if lines[i].rule == "seg.caption_above_credit" and lines[i - 1].label is None and lines[i - 1].norm == lines[i].norm:
                self._set(lines[i - 1], L.DUP, "seg.caption_repeat")
                good[i - 1] = False
        self._bullet_lists()
        self._truncated_teasers(truncated)

    def _opens_article(self, j: int) -> bool:
        """Whether line j opens the article with its dateline. A caption may open with a topic
        in capitals that reads as a place ('PINDAH LAPAK - Pedagang ...', Tribun since 2020):
        then the dateline that names the site, a few lines further down, opens the article."""
        dl = split_dateline(self.lines[j].norm)
        if dl is None:
            return False
        if dl[0] is not None:
            return True
        for k in range(max(0, j - 40), j):
            above = split_dateline(self.lines[k].norm) if self.lines[k].label is None else None
            if above is not None and above[0] is not None and self.good[k]:
                return False  # the article opened above: this is a caption's topic inside it
        for k in range(j + 1, min(j + 7, len(self.lines))):
            below = split_dateline(self.lines[k].norm) if self.lines[k].label is None else None
            if below is not None and below[0] is not None:
                return False
        return True

    def _topic_under_credit(self, credit: int, j: int) -> bool:
        """Whether line j, right under a photo credit with no blank line between, opens with a
        caption's topic."""
        return self.lines[j].number - self.lines[credit].number == 1 and self._caption_topic(j)

    def _caption_topic(self, j: int) -> bool:
        """Whether line j opens with a caption's topic in capitals and a dash, in the dress of a
        dateline that names no source ('BUS BANDARA - ...', Tribun); a dateline's place may
        end in a full stop instead ('JAKARTA. ', Kontan)."""
        if self.lang != "id" or _TOPIC_DASH.match(self.lines[j].norm) is None:
            return False
        dl = split_dateline(self.lines[j].norm)
        return dl is not None and dl[0] is None and dl[1] is not None and dl[1].isupper()

    @staticmethod
    def _finishes(heading: str, caption: str, cut: int | None) -> bool:
        """Whether a caption (its credit starting at `cut`) is a heading made a sentence: the
        heading's words, a few more at most, and a full stop."""
        if not caption.startswith(heading):
            return False
        rest = caption[len(heading) : cut].rstrip()
        return rest.endswith(".") and len(rest.split()) <= 4

    def _credit_opening(self, text: str, caps: bool = False) -> int | None:
        """Where a caption starts behind the photo's credit printed in front of it (Kompas until
        2016): the site and the photographer in capitals, or as a byline of the page names them;
        with caps, a handout's source in capitals too."""
        # (a credit in front starts with the site and its slash, whatever follows)
        if (site := _SITE_CREDIT.match(text)) is not None:
            if (head := _CREDIT_HEAD.match(text)) is not None:
                return head.end()
            if self._credited is None:
                self._credited = [name for line in self.lines if line.label is L.BYLINE for name in sum(byline_people(line.norm), [])]
            # (a contributor's place may stand before the name: 'Kontributor Tegal, Name')
            for name in self._credited:
                at = text.find(name, site.end(), site.end() + 40 + len(name))
                if at >= 0 and (gap := _CAPTION_AFTER.match(text, at + len(name))) is not None:
                    return gap.end()
        if caps and (head := _CAPS_CREDIT_HEAD.match(text)) is not None:
            return head.end()
        return None

    def _cut(self, i: int, weak: bool = False) -> int | None:
        """Where line i's trailing photo credit starts (see `credit_tail`), computed once."""
        key = i if not weak else ~i
        if key not in self._cuts:
            if self.nwords[i] < 3:
                self._cuts[key] = None
            elif weak and self._cut(i) is not None:
                self._cuts[key] = self._cuts[i]
            else:
                self._cuts[key] = credit_tail(self.lines[i].norm, weak=weak)
        return self._cuts[key]

    def _pair_role(self, i: int) -> None:
        """A role line ('Penulis', 'Editor', 'Tim Redaksi') credits bare name lines: Liputan6
        prints the role first and the name below it, Kompas the name(s) first and the role
        below; the page's own order is read off the lines around the role."""
        lines = self.lines
        role = lines[i].norm.lower().rstrip(" :")

        def is_name(j: int, single: bool = False) -> bool:
            if not (0 <= j < len(lines) and lines[j].label is None):
                return False
            name = _desk_name(lines[j].norm)
            # (co-writers on one line apart by commas: 'Raditya Cahyo Nugroho, Sekar Ayuningtyas Harahap')
            parts = [p.strip() for p in name.split(",") if p.strip()]
            if 2 <= len(parts) <= 3:
                return all(looks_like_name(p) for p in parts)
            return looks_like_name(name, single=single)

        if is_name(i + 1, single=True) and not is_name(i - 1):
            # Several writers under one role, up to the next role line ('Penulis' / 'A' / 'B' /
            # 'Editor', Tempo): with no role below them, only the first name is sure.
            end = i + 2
            while end < min(i + 5, len(lines)) and is_name(end):
                end += 1
            if end >= len(lines) or lines[end].rule != "id.byline.role_word":
                end = i + 2
            for j in range(i + 1, end):
                self._set(lines[j], L.BYLINE, "seg.name_below_role")
                self.roles[j] = role
            return
        j = i - 1
        # (one word may be a name too, between two role lines: 'Name' / 'Penulis' / 'Sukmawati' / 'Editor')
        single = i >= 2 and lines[i - 2].rule == "id.byline.role_word"
        # (names stacked line under line, or the same name again; past a blank line another name-like
        # line belongs to something else, such as the tags over an author card)
        while (
            j >= i - 4
            and is_name(j, single=single and j == i - 1)
            and (j == i - 1 or lines[j + 1].number - lines[j].number == 1 or lines[j].norm == lines[j + 1].norm)
        ):
            self._set(lines[j], L.BYLINE, "seg.name_above_role")
            self.roles[j] = role
            j -= 1

    def _truncated_teasers(self, cut: list[int]) -> None:
        """Headlines of other stories cut off mid-word ('Houston's economy might not be as hot
        as it looks — and...', '기적적 독도행 ‘어서와’, 노르웨..'): two or more within a few lines of
        each other are a link list, in any language. One alone may be a quote trailing off."""
        lines = self.lines
        for a, b in zip(cut, cut[1:]):
            # Prose may trail off too ('... which is …'): cut after a space, the lines stand together.
            spaced = lines[a].norm.rstrip(".…")[-1:] == " " or lines[b].norm.rstrip(".…")[-1:] == " "
            if b - a <= (1 if spaced else 6):
                for k in (a, b):
                    if lines[k].label is None:
                        self._set(lines[k], L.RELATED, "seg.truncated_teasers")
                        self.good[k] = False

    def _bullet_lists(self) -> None:
        """Three or more items each behind a lone '-' line form a link widget, not prose; so do
        fewer when each item asks a question and answers it ('- ' / 'Berapa harga ...? Badan
        Pangan ...', merdeka's question cards)."""
        lines = self.lines
        i, n = 0, len(lines)
        while i < n:
            j = i
            items = []
            while j + 1 < n and lines[j].norm in _SEPARATOR and lines[j + 1].norm not in _SEPARATOR:
                items.append(j + 1)
                j += 2
            # (a footer's legal links, one or two words each, are no such widget; in a text cut
            # off inside the widget the last card is cut before its question mark)
            asked = items and all(_QUESTION_CARD.match(lines[k].norm) or k == n - 1 > items[0] for k in items)
            if (len(items) >= 3 or asked) and sum(self.nwords[k] for k in items) >= 4 * len(items):
                for k in items:
                    if lines[k].label is None:
                        self._set(lines[k], L.RELATED, "seg.bullet_list")
                        self.good[k] = False
                i = j
            i += 1

    # -- 3. body span ----------------------------------------------------------------------
    def _weight(self, i: int) -> float:
        line = self.lines[i]
        if self.good[i]:
            return 1.0 + min(len(line.norm), 600) / 150
        label = line.label
        if label is not None and line.rule in self.closing:
            return -4.0
        if line.rule == "any.nav.separator":
            return -0.3  # bullets and bars between list items are layout, not a boundary
        if label is None:
            n = self.nwords[i]
            if n >= 5 and _ends_sentence(line.norm):
                return 0.2
            if self._amount(i) and (self._amount(i - 1) or self._amount(i + 1)):
                return 0.0  # an item of a list of amounts, a recipe's ingredients: content
            return -0.25 if n >= 3 else -0.6
        if label in _HARD or label is L.DATE:
            return -2.0  # a date inside a run of prose starts another story (teaser lists)
        if label is L.SUBSCRIBE:
            return -1.0  # follow-us calls sit between paragraphs and also open page footers
        return -0.5

    def _amount(self, i: int) -> bool:
        """Whether line i is an amount and what it is of ('400 ml santan kental', '2 siung bawang
        putih'): an item of a list of amounts. (A listicle's headline, '15 Amazing Images of
        Stars', is title-cased.)"""
        if not 0 <= i < len(self.lines) or not self.lines[i].norm[:1].isdigit():
            return False
        if self.lines[i].label is not None or not 2 <= self.nwords[i] <= 10:
            return False
        norm = self.lines[i].norm
        return _AMOUNT_ITEM.match(norm) is not None and not _ends_sentence(norm) and not self._capitalised(norm, 0.6)

    def _teasers(self, weights: list[float]) -> None:
        """Lists of other stories print a headline and its teaser sentence, again and again. Three
        or more such pairs in a row weigh as furniture, teaser prose included. (Numbered
        headings are left alone: listicles alternate the same way.)"""
        lines, n = self.lines, len(self.lines)
        i = 0
        while i < n - 1:
            j = i
            while (
                j + 1 < n
                and self.good[j + 1]
                and lines[j].label is None
                and not self.good[j]
                and self._headline_shaped(j)
                and not _LIST_ITEM.match(lines[j].norm)
                # (a teaser is a sentence, and says more than its headline)
                and self.nwords[j] < self.nwords[j + 1] <= 60
                and _ends_sentence(lines[j + 1].norm)
                and not lines[j + 1].norm.endswith(";")  # an item of the article's own list
            ):
                j += 2
            if j - i >= 6:
                for k in range(i, j):
                    weights[k] = -1.5
                i = j
            else:
                i += 1

    @staticmethod
    def _best_run(weights: list[float], lo: int, hi: int | None = None) -> tuple[float, int, int]:
        """The maximum-sum run of `weights[lo:hi]`: (score, first, last)."""
        best, best_s, best_e = 0.0, -1, -1
        run, start = 0.0, lo
        for i in range(lo, len(weights) if hi is None else hi):
            w = weights[i]
            if run <= 0:
                run, start = w, i
            else:
                run += w
            if run > best:
                best, best_s, best_e = run, start, i
        return best, best_s, best_e

    @staticmethod
    def _first_block(weights: list[float], lo: int) -> tuple[float, int, int]:
        """Like `_best_run` from `lo`, but stops at the end of the first block that scores at
        least 3: once the running sum falls 6 below that block's score, or back to zero."""
        best, best_s, best_e = 0.0, -1, -1
        run, start = 0.0, lo
        for i in range(lo, len(weights)):
            w = weights[i]
            if run <= 0:
                if best >= 3:
                    break
                run, start = w, i
            else:
                run += w
            if run > best:
                best, best_s, best_e = run, start, i
            elif best >= 3 and best - run > 6:
                break
        return best, best_s, best_e

    def _echo_title(self) -> int | None:
        """A line that the browser title (the first line of a whole page) repeats, as in
        'Headline - Site' above and 'Headline' later: where the article starts."""
        if self.lines[0].label is not None:  # an ad or menu line that happens to come first
            return None
        first = self.lines[0].norm.lower()
        words = first.split()
        if len(words) < 4:
            return None
        prefix = " ".join(words[:3])
        for i in range(1, len(self.lines)):
            low = self.lines[i].norm.lower()
            if low.startswith(prefix) and first.startswith(low) and len(low) >= 15 and self.lines[i].label is None:
                return i
        return None

    def _opens_on_headline(self) -> bool:
        """Whether the text starts at the headline, its date or byline right below it (a page
        head saved from the headline down): the headline is known, as if the browser title
        echoed it."""
        return (
            len(self.lines) > 4
            and self.lines[0].label is None
            and self.nwords[0] >= 4
            and self._headline_shaped(0)
            and any(self.lines[k].label in (L.DATE, L.BYLINE) for k in range(1, 4))
        )

    def _weights(self) -> list[float]:
        """Each line's weight for the body run, in its context."""
        weights = [self._weight(i) for i in range(len(self.lines))]
        # A widget dropped between paragraphs (a quiz box, a link list, an ad block) costs as
        # much as a few of its lines, however long it is: the article goes on below it.
        run = 0
        listed = False
        for i, line in enumerate(self.lines):
            # Inline 'Baca juga: <headline>' links count as widgets too, and so do the ranks and
            # headlines listed under a bare header ('MOST READ' / '1' / <headline> / '2' / ...,
            # Mirror); the header keeps its own weight, so that a list closing the article does
            # not carry the body on to whatever teaser follows it.
            # A newsletter box too: its sign-up form, consent text and error messages.
            soft = (
                line.label in _WIDGET
                or line.label is L.SUBSCRIBE
                or line.rule in ("any.nav.separator", "seg.bullet_list")
                or (line.label is L.RELATED and not line.rule.startswith("seg.") and self.nwords[i] >= 4)
            )
            if line.label is L.RELATED:
                listed = self.nwords[i] < 4
            elif listed and line.label is None and not self.good[i] and (self.nwords[i] <= 3 or self._headline_shaped(i)):
                soft = True
            else:
                listed = False
            if soft:
                run += 1
            elif run and line.label is None and self.nwords[i] <= 3 and not self.good[i]:
                pass  # a widget's button ('Show me') goes on with the widget
            else:
                run = 0
            if run > 3:
                weights[i] = 0.0
        # Three or more short lines in a row are a menu or a tag list, not in-body text.
        run = 0
        for i in range(len(weights) + 1):
            if (
                i < len(weights)
                and self.nwords[i] <= 4
                and not self.good[i]
                and self.lines[i].label not in _WIDGET
                and self.lines[i].label is not L.SUBSCRIBE  # a newsletter form is a widget, weighed above
            ):
                run += 1
                continue
            if run >= 3:
                # (an article's own list is no menu: the prose announces it, or it is numbered)
                lead = self.lines[i - run - 1] if i - run > 0 else None
                # (or its items are amounts: a recipe's ingredients under 'Bahan:', the label
                # maybe inside the run)
                listed = (lead is not None and lead.label is None and lead.norm.endswith(":") and self.nwords[i - run - 1] >= 4) or (
                    sum(_LIST_ITEM.match(self.lines[k].norm) is not None for k in range(i - run, i)) >= 0.8 * run
                ) or sum(self._amount(k) for k in range(i - run, i)) >= 0.6 * run or any(
                    self.lines[k].norm.endswith(":") and self._amount(k + 1) for k in range(i - run, i - 1)
                ) or (
                    # (or the run opens on its own lead-in, 'Beberapa penyebabnya meliputi:', over
                    # items in small letters, which menus and tag lists never print)
                    self.lines[i - run].label is None
                    and self.lines[i - run].norm.endswith(":")
                    and self.nwords[i - run] >= 2
                    and sum(self.lines[k].norm[:1].islower() for k in range(i - run + 1, i)) >= 0.6 * (run - 1)
                )
                for k in range(i - run, i):
                    weights[k] = min(weights[k], 0.0 if listed else -1.0)
            run = 0
        # Under a bare link header ('Related Articles') a headline that asks a question is no prose.
        listed = False
        for i, line in enumerate(self.lines):
            if line.label is L.RELATED and self._related_title(line) is None:
                listed = True
            elif listed and line.label is None and self._headline_shaped(i):
                weights[i] = min(weights[i], -0.25)
            else:
                listed = False
        self._teasers(weights)
        return weights

    def _span(self) -> tuple[int, int] | None:
        """The first and last line of the body, or None when the page has no run of prose."""
        weights = self._weights()
        best, s, e = self._best_run(weights, 0)
        opening = self._cut_opening()
        if s < 0 or best < 1.5 or (opening is not None and s == e < opening[0]):
            # (a lone line of prose above the dateline is the header's: a long caption, a deck)
            return opening
        # A short run in the page's header (a summary's points, a deck) is no article: the
        # article opens under the byline and the date below it.
        if (k := self._article_below(s, e)) is not None:
            _, fs, fe = self._first_block(weights, k)
            s, e = k, max(fe, k)
        # Comment threads, disclaimers and link lists can outweigh a short article; when the
        # headline is known, the article is the first solid block of prose below it.
        # (a text that opens on the headline has no browser title above it: a subheading
        # that repeats the headline's first words is no echo of it)
        title = 0 if self._opens_on_headline() else self._echo_title()
        self.echo_title = title or None
        if title is not None and (s <= title or s > title + 40):
            first, fs, fe = self._first_block(weights, self._header_end(title))
            if fs >= 0 and first >= 0.3 * best and first >= 1.5:
                s, e = fs, fe
        # Readers' comments come after the article: the first comment marker that follows some
        # prose closes the region where the article can be, whatever outweighs it further down.
        lo = title + 1 if title is not None else 0
        prose = 0
        for k in range(lo, len(self.lines)):
            prose += self.good[k]
            if self.lines[k].label is L.COMMENT and prose >= 3:
                if s > k:
                    first, fs, fe = self._best_run(weights, lo, k)
                    if fs >= 0 and first >= 1.5:
                        s, e = fs, fe
                break
        s, e = self._closed_run(weights, s, e)
        # A byline or date among the first lines of the run closes the header: the deck and
        # captions above it are not body, the prose below it is.
        for k in range(min(e, s + 10), s - 1, -1):
            if (
                self.lines[k].label in (L.DATE, L.BYLINE)
                and sum(self.good[s:k]) <= 2
                and sum(self.good[k + 1 : e + 1]) >= 2
            ):
                s = k + 1
                break
        # The body opens with prose; short lines before it belong to the header.
        while s < e and not self.good[s]:
            s += 1
        # A page that starts straight with sentences (a clean article text) has no header.
        if 0 < s <= 3 and all(
            self.lines[k].label is None and self.nwords[k] >= 4 and _ends_sentence(self.lines[k].norm) for k in range(s)
        ):
            s = 0
        s, e = self._bridge(weights, s, e)
        listed = self._list_after(e)
        if listed > e:  # the article may go on below its list, with prose that reads as little
            while listed + 1 < len(weights) and weights[listed + 1] > 0:
                listed += 1
            s, e = self._bridge(weights, s, listed)
        # A short closing sentence right above the reporter's sign-off ends the article, and so
        # does a closing question or exclamation last in the text ('Tertarik meminangnya?'), a
        # short sentence alone last in the text right under the body (an article's text alone), or
        # one that carries the sign-off itself ('Selamat mencoba! (*)').
        k = e + 1
        while k < len(self.lines) and k <= e + 4 and self._inline_widget(k):
            k += 1  # (links or an ad may stand between the body and its last sentence)
        if k < len(self.lines) and self.lines[k].label is None and _SIGNED_MARK.search(self.lines[k].norm):
            if _ends_sentence(_SIGNED_MARK.sub("", self.lines[k].norm)):
                e = k
                k += 1
        if k < len(self.lines) and self.lines[k].label is None and _CLOSING_GREETING.match(self.lines[k].norm):
            # a writer's closing greeting right under the last paragraph ('Salam lestari.', Kompasiana)
            e = k
            k += 1
        first = k
        while k < len(self.lines) and self.lines[k].label is None and k <= first + 1 and _ends_sentence(self.lines[k].norm):
            k += 1
        if k > first and (
            # (or right above the pager of an article's page: 'Rawan kecelakaan.' / 'Halaman')
            (k < len(self.lines) and self.lines[k].label in (L.SIGNOFF, L.PAGINATION))
            or (k == len(self.lines) and (self.lines[k - 1].norm[-1] in "?!" or (first == e + 1 and k == first + 1)))
            # ('Selamat mencoba!' right above the site's follow calls)
            or (k < len(self.lines) and self.lines[k - 1].norm[-1] == "!" and self.lines[k].label is L.SUBSCRIBE)
        ):
            e = k - 1
        e = self._through_cut(s, e)
        # JPNN prints a one-sentence summary between the reporter's sign-off and the credits
        # ('... (mcr12/jpnn)' / <summary> / 'Redaktur : Name'): the article ends at the sign-off.
        if (
            s < e
            and e + 1 < len(self.lines)
            and self.lines[e + 1].label is L.BYLINE
            and _INITIALS_END.search(self.lines[e - 1].norm) is not None
            and _signed_off(self.lines[e - 1].norm)
            and not _TWO_SENTENCES.search(self.lines[e].norm)
        ):
            e -= 1
        # A short sentence right under the body and right over the editor's line closes the
        # article ('Wallahu a'lam.' / 'Editor : Name').
        if (
            e + 2 < len(self.lines)
            and self.lines[e + 1].label is None
            and self.nwords[e + 1] <= 6
            and _ends_sentence(self.lines[e + 1].norm)
            and self.lines[e + 1].norm[:1].isupper()
            and self.lines[e + 2].label is L.BYLINE
        ):
            e += 1
        # A page of a long article may end on a subheading, its section going on on the next
        # page (Tribun): a short heading right under the body, right over the pager.
        if (
            e + 2 < len(self.lines)
            and self._short_heading(e + 1)
            and self.lines[e + 2].label is L.PAGINATION
            and self.lines[e + 2].number - self.lines[e + 1].number <= 2
        ):
            e += 1
        # A dateline opens the body: start there (also when it sits on its own short line).
        self.outlets = self._outlets()
        prose, item, opening = 0, -1, None
        for k in range(max(0, s - 20), e + 1):
            line = self.lines[k]
            if k > s and self.good[k - 1]:
                prose += 1
                if prose > 8:
                    break  # deep in the article a line in that dress is something else ('VIDÉO. ...')
            if line.label is not None:
                continue
            if k < s and any(self.lines[x].label in _HARD for x in range(k, s)):
                continue  # a dateline above menus or comments belongs to another block
            dl = split_dateline(line.norm, lang=self.lang, outlets=self.outlets)
            # A dateline opens a paragraph, or stands alone on a short line (CNN Indonesia);
            # 'SOLOPOS.COM - <photo> (credit)' is a caption in the same dress.
            # (inside the run, what follows it is a sentence: 'Angkatan Pertahanan Awam Malaysia (APM) –
            # 12 anggota' is a list's item)
            if k > s and dl is not None and dl[2] and dl[2].count(" ") < 3:
                continue
            # (a short first sentence behind the site's name counts: 'TRIBUNNEWS.COM - Aktris X tengah berbahagia.')
            if dl is not None and (
                self.good[k] or self.nwords[k] >= 8 or (not dl[2] and len(line.norm) <= 64) or (dl[0] is not None and _ends_sentence(dl[2]))
            ):
                # (a caption in that dress ends in its photo's credit; a long one names no place:
                # 'SOLOPOS.COM - <caption of two sentences> (Istimewa/Dinas Perdagangan Solo)')
                if (self.nwords[k] < 20 or dl[1] is None) and self._cut(k, weak=True) is not None:
                    continue
                if dl[0] is None and not self._opens_article(k):
                    continue  # a caption's topic in capitals, the dateline naming the site below it
                above = k - 1
                while above > s and self._inline_widget(above):
                    above -= 1  # (a link dropped between the announcing line and its list)
                if k > s and ((self.lines[above].norm.endswith(":") and self.good[above]) or item == above):
                    item = k  # an item of the list the prose announces ('Cirebon - Kertajati berangkat ...')
                    continue
                opening = k
                break
        if opening is None:
            self._dateline_above(s)
        else:
            s = opening
        s, e = self._marked_span(s, e)
        return self._skip_description(s, e), e

    def _through_cut(self, s: int, e: int) -> int:
        """Where the body s..e ends when the text is a page head cut off below it: the run may
        stop short of the article's last lines, which the cut left too short to weigh."""
        # A text cut off mid-sentence (a saved page head) ends in the middle of a paragraph: a
        # last line of words right after the body (or after a 'Baca juga' link, an ad or a photo
        # dropped into the text below it) is that paragraph's beginning, and so are the
        # subheading it opened and a short paragraph or two above them ('Modusnya sederhana.').
        last = len(self.lines) - 1

        def dropped(k: int) -> bool:
            line = self.lines[k]
            return self._inline_widget(k) or (
                line.label in _BRIDGEABLE and line.label is not L.RELATED and line.rule not in self.closing
            )

        def short_paragraph(k: int) -> bool:
            norm = self.lines[k].norm
            return self.lines[k].label is None and self.nwords[k] <= 8 and _ends_sentence(norm) and norm.lstrip("\"“'‘«„")[:1].isupper()

        def numbered(k: int) -> bool:
            # (a listicle's numbered heading may run longer: '1. Tali sling jembatan tak kuat menahan batang kayu')
            norm = self.lines[k].norm
            return self.lines[k].label is None and _NUMBERED.match(norm) is not None and self.nwords[k] <= 15 and not _ends_sentence(norm)

        def subheading(k: int) -> bool:
            return self._short_heading(k) or numbered(k)

        between = range(e + 1, last)
        # (a photo or an ad may stand between the subheading and the paragraph under it; a
        # line that ends in ':' announces a widget's buttons: 'Deel artikel:')
        above = next((k for k in range(last - 1, e, -1) if not dropped(k)), None)
        headed = above is not None and (
            (subheading(above) and not self.lines[above].norm.endswith(":")) or short_paragraph(above)
        )
        if (
            e < last <= e + 10
            and self.lines[last].label is None
            # (under a photo's button stands its caption, and what follows a line that only
            # follows an article is no part of it)
            and not (self.lines[last - 1].rule in _CAPTIONED_WIDGETS or self.lines[last - 1].rule in self.closing)
            and not (self.lines[last - 1].label is L.OTHER and _PHOTO_BUTTON.match(self.lines[last - 1].norm))
            # (under an embedded post's header stands the post's text, or, a few words cut short,
            # the line that names its account: 'Sebuah kiriman dibagikan o'; under that line the
            # article goes on)
            and not (
                self.lines[last - 1].rule == "any.other.social_embed" and "@" not in self.lines[last - 1].norm and self.nwords[last] < 5
            )
            # (nor is one of the page's widgets printed again and cut: 'Advertis', 'Baca berita')
            and not (
                len(self.lines[last].norm) >= 3
                and any(
                    self.lines[k].label in _DROPPED_IN and self.lines[k].norm.lower().startswith(self.lines[last].norm.lower())
                    for k in range(last)
                )
            )
            # (a section's heading and its first numbered item: 'Penyebab Anak Demam' / '1. Kadar hormon turun')
            and sum(self._short_heading(k) and not numbered(k) for k in between) <= 1
            and sum(numbered(k) for k in between) <= 1
            # (a bulleted headline is a link's, cut short: '- Harga Beras Premium di Pasa'; a
            # dash before a quotation opens a speaker's turn: '– Vi hade ingen information')
            and not (self._bulleted_headline(last) and self._title_cased(last))
            # (deep in the article a topic in capitals and a dash, no outlet named, opens a photo's
            # caption: 'DEALER SEPI - Suasana dealer ...', Tribun)
            and not (self._caption_topic(last) and sum(self.good[s : e + 1]) >= 2)
            and sum(short_paragraph(k) for k in between) <= 2
            and (
                (last <= e + 2 and self.nwords[last] >= 6)
                # (or below links dropped into the text, and the subheading the paragraph opened)
                or (
                    self.nwords[last] >= 6
                    and all(
                        # (a video box's header that announces its clip: 'Jangan Lewatkan Video Terbaru:';
                        # under a bare 'Baca Juga' stands a headline)
                        dropped(k) or subheading(k) or short_paragraph(k) or (self.lines[k].label is L.RELATED and self.lines[k].norm.endswith(":"))
                        for k in between
                    )
                )
                # a few words cut short, right under the body or below the widgets after it
                # (not a headline under a bare 'Baca Juga': headlines are title-cased, and so
                # are the first words of a paragraph that opens on a name, under its subheading)
                or (
                    self._cut_short(last)
                    and (
                        last == e + 1
                        or (last <= e + 3 and not self._title_cased(last))
                        # (under a link with its own headline, an ad or a photo a paragraph may
                        # open on a name: 'Kepala Bidang Usah'; not under a pager, and no more a
                        # word or a topic in capitals, a photo's in that dress: 'KEMBALI BEROPERASI - Petu')
                        or (
                            last <= e + 6
                            and self.nwords[last] >= 2
                            and all(dropped(k) and self.lines[k].label is not L.PAGINATION for k in between)
                            and split_dateline(self.lines[last].norm) is None
                        )
                        or (headed and all(dropped(k) or subheading(k) or short_paragraph(k) for k in between))
                    )
                )
            )
        ):
            if all(self.lines[k].label in _BRIDGEABLE or subheading(k) or short_paragraph(k) for k in between):
                e = last
        # ... or in the next row of the list the run ends on, rows alike in their first words
        # ('Harga emas 250 gram: Rp 606.765.000' / 'Harga emas 500 gram:')
        elif (
            last == e + 1 > 2
            and self.lines[last].label is None
            and not _ends_sentence(self.lines[last].norm)
            and self.nwords[last] >= 2
            and len({tuple(self.lines[k].norm.split()[:2]) for k in (e - 1, e, last)}) == 1
        ):
            e = last
        # ... or in the middle of a list the prose leads into, or of the paragraph after it: the
        # lead-in, its items or table rows and what the cut left of the text are the article's.
        # (the lead-in may be the last line of the run: its items weigh too little to join it;
        # or a label under the sentence that announces the list: 'Berikut bahan dan cara
        # membuatnya.' / 'Bahan:')
        lead = next(
            (
                k
                for k in range(max(s, e - 3), min(last, e + 8))
                if self.lines[k].label is None
                and self.lines[k].norm.endswith(":")
                and (self.nwords[k] >= 4 or (k > e and self.good[e] and self._short_heading(k)))
            ),
            None,
        )
        # (the cut may fall in a link or a photo dropped in under the list, or leave a word
        # alone: the line above is its last; a table's row may end in a figure's sign, '6% 5%',
        # an item may announce more: 'Kualitas A (daun atas):')
        item = last
        # (share buttons and follow calls close the article instead; under a link, a bulleted
        # headline among them, the last item may be whole: '... sebanyak 71.918 rekening.')
        while item > e and (
            (dropped(item) and self.lines[item].label not in (L.SHARE, L.SUBSCRIBE))
            or (item == last and self.nwords[item] == 1 and not _ends_sentence(self.lines[item].norm))
            or self._bulleted_headline(item)
        ):
            item -= 1
        if (
            lead is not None
            and lead < item <= e + 20
            and self.lines[item].label is None
            and self.nwords[item] >= 2
            and (
                item < last
                or ((self.lines[item].norm[-1].isalnum() or self.lines[item].norm[-1] in "%):") and not _ends_sentence(self.lines[item].norm))
            )
            and all(dropped(k) or self._short_heading(k) for k in range(e + 1, lead))
            and all(self.lines[k].label is None or self.lines[k].label in _BRIDGEABLE for k in range(lead + 1, item))
        ):
            # (under a bare header that opens a box of links only headlines follow, unless the
            # text goes on under them; share buttons and a newsletter's box close the list)
            header = next((k for k in range(lead + 1, item) if self.lines[k].label is L.RELATED and not self._inline_widget(k)), None)
            closed = next((k for k in range(lead + 1, item) if self.lines[k].label in (L.SHARE, L.SUBSCRIBE)), None)
            if closed is not None:
                # (when a sentence announces it: a label over the page's tags announces none)
                items = [k for k in range(lead + 1, closed) if self.lines[k].label is None]
                if items and self.good[lead]:
                    e = max(items[-1], e)
            elif header is None or any(self.good[header + 1 : item + 1]):
                e = item
            else:
                e = max(k for k in range(lead, header) if self.lines[k].label is None)
        # ... or below a box of links dropped into the text: the headlines it lists are
        # title-cased, the paragraph's first words under them are not, unless a subheading much
        # shorter than the headlines opened it ('Baca juga:' / two headlines / 'Tiga Rute Awal').
        def listed(k: int) -> bool:
            tokens = self.lines[k].norm.split()
            return (
                # (a figure counts as a capital: 'Survei: 6 dari 10 Anak Habiskan Lebih dari 4 Jam ...')
                sum(w[:1].isupper() or w[:1].isdigit() for w in tokens) >= 0.6 * len(tokens)
                and self._headline_shaped(k)
                # (with no header over them, headlines are longer than subheadings)
                and (self.nwords[k] > 8 or any(self.lines[x].label is L.RELATED for x in range(e + 1, k)))
            )

        between = range(e + 1, last)
        # (a short paragraph may end the text above the box: 'Setiap kelompok wajib memenuhi sejumlah syarat.')
        words = [k for k in between if self.lines[k].label is None and not short_paragraph(k)]
        heading = None
        if len(words) >= 2 and (
            (self._short_heading(words[-1]) and self.nwords[words[-1]] <= 0.6 * min(self.nwords[k] for k in words[:-1]))
            # (or a listicle's numbered heading under headlines that are not numbered)
            or (numbered(words[-1]) and not any(_NUMBERED.match(self.lines[k].norm) for k in words[:-1]))
        ):
            heading = words.pop()
        if (
            e < last <= e + 10
            and self.lines[last].label is None
            and not _ends_sentence(self.lines[last].norm)
            and self.lines[last].norm.lstrip("\"“'‘«„")[:1].isupper()
            and (
                (heading is None and self.nwords[last] >= 6 and not self._title_cased(last) and self.lines[last - 1].label is None)
                or (heading is not None and self.nwords[last] >= 2)
            )
            and 1 <= len(words) <= 5
            and all(listed(k) for k in words)
            and all(
                dropped(k) or (self.lines[k].label is L.RELATED and self.lines[k].rule not in self.closing)
                for k in between
                if self.lines[k].label is not None
            )
        ):
            e = last
            self.cut_open = {last} if heading is None else {heading, last}
        elif (
            e == last
            and self.nwords[last] >= 6
            and not _ends_sentence(self.lines[last].norm)
            and not self._title_cased(last)
            and last > 1
            and self.lines[last - 1].label is None
            and self._title_cased(last - 2)
        ):
            # (the run may take such a box in whole: the cut paragraph under it, and a subheading
            # much shorter than the headline above it, are the article's all the same)
            self.cut_open = {last}
            if self._short_heading(last - 1) and self.nwords[last - 1] <= 0.6 * self.nwords[last - 2]:
                self.cut_open.add(last - 1)
        return e

    def _article_below(self, s: int, e: int) -> int | None:
        """The line that opens the article below run s..e, when the run is a few lines of the
        page's header (a summary's points, a deck: no byline or date above them, no dateline
        in them) and only the header's byline, date, share buttons and lead photo stand between:
        a line that opens with a dateline naming the outlet, or the first line of prose."""
        if sum(self.good[s : e + 1]) > 4 or any(self.lines[k].label in (L.BYLINE, L.DATE) for k in range(s)):
            return None
        if any(self.lines[k].label is None and split_dateline(self.lines[k].norm, lang=self.lang) for k in range(s, e + 1)):
            return None
        signed = False
        for k in range(e + 1, min(e + 16, len(self.lines))):
            line = self.lines[k]
            if line.label in (L.BYLINE, L.DATE):
                signed = True
            elif line.label is None:
                dl = split_dateline(line.norm, lang=self.lang)
                if signed and (self.good[k] or (dl is not None and dl[0] is not None and self.nwords[k] >= 8)):
                    return k
                if self.good[k] or dl is not None or self.nwords[k] > 15:
                    return None
            elif line.label not in _HEADER_WIDGETS:
                return None
        return None

    def _cut_opening(self) -> tuple[int, int] | None:
        """A page head cut off inside the article's first paragraph has no run of prose: the
        dateline that names the outlet ('Jakarta, CNN Indonesia --'), on its own line or opening
        one, and the words after it at the very end of the text are the article's beginning; a
        text that is nothing but such words, a line or two, is that beginning too."""
        last = len(self.lines) - 1
        if last <= 1 and all(line.label is None for line in self.lines) and sum(self.nwords) >= 8:
            # (a headline over those words is the title's)
            return (1, 1) if last == 1 and self.nwords[1] >= 8 and self._headline_shaped(0) and not self.good[0] else (0, last)
        for k in range(last, max(-1, last - 3), -1):
            line = self.lines[k]
            if line.label is not None:
                return None
            dl = split_dateline(line.norm, lang=self.lang)
            if dl is None or dl[0] is None:
                continue
            words = len(dl[2].split()) + sum(self.nwords[j] for j in range(k + 1, last + 1))
            return (k, last) if words >= 6 else None
        return None

    def _outlets(self) -> list[str]:
        """The names of outlets the page prints outside a dateline: the site's after the headline
        in the browser title ('<headline> | Warta Ekonomi') and those in its photo credits
        ('Foto: Yudha Pranata/Lampung Geh', a partner's)."""
        lines, names = self.lines, []
        if self.echo_title is not None:
            names.append(lines[0].norm[len(lines[self.echo_title].norm) :].strip(" |-–—"))
        for k, line in enumerate(lines):
            if line.label is L.CAPTION and (cut := self._cut(k, weak=True)) is not None:
                credit = clean_credit(line.norm[cut:]).rsplit(":", 1)[-1]
                names += (part.strip() for part in credit.split("/"))
        return [name for name in dict.fromkeys(names) if len(name) >= 3]

    def _marked_span(self, s: int, e: int) -> tuple[int, int]:
        """Where the markup marks the article's text (`itemprop="articleBody"`), the body keeps
        inside it: a standfirst above it or a teaser or newsletter box below it is not the text.
        And it goes on to the last prose inside it: structured parts (a menu's headings and
        items, a recipe's steps) weigh too little for the run but are the article's. Lines that
        only follow an article stop it."""
        lines, marked = self.lines, self.marked
        if not marked:
            return s, e
        inside = [k for k in range(s, e + 1) if lines[k].number in marked]
        if not inside or sum(self.good[k] for k in inside) < 2:
            return s, e
        s, e = inside[0], inside[-1]
        last, k = e, e + 1
        while k < len(lines) and lines[k].number in marked:
            line = lines[k]
            if line.label in _HARD or line.label in (L.SIGNOFF, L.BYLINE) or line.rule in self.closing:
                break
            if self.good[k]:
                last = k
            k += 1
        return s, last

    def _header_end(self, title: int) -> int:
        """The first line below the header that opens under the headline at `title`: past the
        byline or date that closes it when no more than a deck stands between them (a deck is
        one block of prose, and no article; the headline printed again is none)."""
        lines, headline = self.lines, self.lines[title].norm
        for k in range(min(len(lines) - 1, title + 12), title, -1):
            if lines[k].label in (L.DATE, L.BYLINE):
                if sum(self.good[j] and lines[j].norm != headline for j in range(title + 1, k)) <= 1:
                    return k + 1
        return title + 1

    def _short_heading(self, k: int) -> bool:
        """An unlabelled line short enough to be a subheading ('Mesin Pengering Rusak')."""
        norm = self.lines[k].norm
        if (numbered := _NUMBERED.match(norm)) is not None:
            norm = norm[numbered.end() :]  # a numbered one: '3. Kabupaten Banyumas'
        return self.lines[k].label is None and self.nwords[k] <= 8 and norm[:1].isupper() and not _ends_sentence(norm)

    def _dateline_above(self, s: int) -> None:
        """CNN prints the dateline over three lines above the body: the place, the outlet and a
        lone dash ('Baltimore' / 'CNN' / '—'), or over two when the story has no place; a
        newsletter box may stand between the dash and the text. Read as one, it gives the
        source and location."""
        lines = self.lines
        d = s - 1
        while d > s - 3 and d > 0 and lines[d].label in (L.SUBSCRIBE, L.AD, L.PROMO):
            d -= 1
        if d < 2 or lines[d].norm not in ("—", "–", "-", "--"):
            return
        place, outlet = lines[d - 2], lines[d - 1]
        if outlet.label is not None or self.nwords[d - 1] > 3:
            return
        if place.label is None and self.nwords[d - 2] <= 3:
            dl = split_dateline(f"{place.norm} ({outlet.norm}) — x")
            if dl is not None and dl[0] and dl[1]:
                self.dateline = (dl[0], dl[1])
                for k in (d - 2, d - 1, d):
                    self._set(lines[k], L.OTHER, "seg.dateline_lines")
        elif _OUTLET_ALONE.fullmatch(outlet.norm):
            self.dateline = (outlet.norm, None)
            for k in (d - 1, d):
                self._set(lines[k], L.OTHER, "seg.dateline_lines")

    def _title_cased(self, i: int) -> bool:
        return self._capitalised(self.lines[i].norm, 0.6)

    @staticmethod
    def _capitalised(text: str, share: float) -> bool:
        """Whether at least `share` of the words in `text` start with a capital."""
        words = text.split()
        return sum(w[:1].isupper() for w in words) >= share * len(words)

    def _cut_short(self, i: int) -> bool:
        """A last line that stops mid-sentence right under the body, so short that only its first
        words made it into the saved page ('Keduanya disebut sulit mendapatkan ti', 'Di Jakar')."""
        norm = self.lines[i].norm
        # (a quotation may be what it opened: '“Kami tidak menolak, teta'; or a list's item: '3. Memakai n', '- Nil')
        opening = _LIST_MARK.sub("", norm).lstrip("\"“'‘«„")[:1]
        # (or cut after an opening phrase's comma, 'Sementara itu,', or a name's after its title:
        # 'Kepala Desa Pasirkembang, Oman Sukarna,'; a photo's place may end so: 'Telaga Ngasem di Kalurahan Jepitu,')
        commas = norm[-1] == "," and (self.nwords[i] <= 2 or "," in norm[:-1])
        return opening.isupper() and not _ends_sentence(norm) and (norm[-1].isalpha() or commas) and not norm.isupper()

    def _closed_run(self, weights: list[float], s: int, e: int) -> tuple[int, int]:
        """Author boxes and readers' comments only follow an article, so the run cannot cross
        one, however much prose (teasers, comments) lies beyond: it ends above the first such
        line when a paragraph's worth of prose comes before it, and starts below it otherwise."""
        lo = s
        for k in range(s, e + 1):
            line = self.lines[k]
            if line.label is None or (line.rule not in self.closing and not self._closing_byline(k, s)):
                continue
            best, fs, fe = self._best_run(weights, lo, k)
            if fs >= 0 and best >= 1.5:
                return (s if lo == s else fs), fe
            lo = k + 1
        if lo == s:
            return s, e
        best, fs, fe = self._best_run(weights, lo, e + 1)
        return (fs, fe) if fs >= 0 and best >= 1.5 else (s, e)

    def _closing_byline(self, k: int, s: int) -> bool:
        """A byline under a paragraph's worth of prose with a link widget's header right below
        it ('Written by Jane Doe on November 14, 2019' / 'Related stories'): the article ends
        there, and the teasers below are other stories'."""
        lines = self.lines
        return (
            lines[k].label is L.BYLINE
            and k + 1 < len(lines)
            and lines[k + 1].label is L.RELATED
            and self._related_title(lines[k + 1]) is None
            and sum(self.good[s:k]) >= 3
        )

    def _skip_description(self, s: int, e: int) -> int:
        """Pages that print the article's opening as a description above the headline (Kontan
        AMP: lede, headline, lede again): the body starts at the second copy, and the line
        between is left to the header as its headline."""
        lines = self.lines
        if s + 2 > e or lines[s + 1].label is not None or self.good[s + 1] or not self._headline_shaped(s + 1):
            return s
        first, again = lines[s].norm, lines[s + 2].norm
        shared = min(len(first), len(again))
        if self.nwords[s] < 12 or shared < 60 or first[:shared] != again[:shared]:
            return s
        self._set(lines[s], L.DUP, "seg.description_copy")
        return s + 2

    def _bridge(self, weights: list[float], s: int, e: int) -> tuple[int, int]:
        """Prose that a few inserted widget lines ('Baca juga', an ad, a follow-us call, a short
        link list) cut off from the run still belongs to it: extend the run over up to eight such
        lines when prose worth at least a paragraph lies beyond them, on either side."""
        lines, n = self.lines, len(self.lines)

        def crossable(k: int) -> bool:
            line = lines[k]
            if line.label is L.DATE and k >= 2:
                # the date of a link card dropped into the text ('Читайте также' / headline / date)
                above = lines[k - 1]
                return above.label is L.RELATED or (
                    above.label is None and lines[k - 2].label is L.RELATED and self._headline_shaped(k - 1)
                )
            if line.label is None and _CARD_DETAIL.match(line.norm) and any(
                lines[j].label is L.RELATED for j in range(max(0, k - 3), k)
            ):
                return True  # a video card's channel and duration under its headline
            if line.label is None and self.nwords[k] >= 4 and weights[k] <= 0 and self._cut(k, weak=True) is not None:
                return True  # a photo's caption, its credit at the end ('... (Solopos/Name)')
            if line.label is None:  # the headlines listed under a 'Baca Juga' header, a numbered subheading
                # (not a line the reporter signed off: the article ends there)
                shaped = (
                    self._headline_shaped(k) or _NUMBERED.match(line.norm) is not None or subheading(k) or button(k)
                    # (a short sentence of its own over the next paragraph, links maybe between: 'Butuh dukungan pusat.')
                    or (self.nwords[k] <= 6 and _ends_sentence(line.norm) and self._prose_below(k))
                )
                return weights[k] <= 0 and shaped and not _signed_off(line.norm)
            return widget(k)

        def widget(k: int) -> bool:
            return lines[k].label in _BRIDGEABLE and lines[k].rule not in self.closing

        def subheading(k: int) -> bool:
            # a short line over a paragraph ('Bursa Asia Kompak Menguat', 'Sampai kapan?'), maybe
            # with links or calls dropped between them; right under a link list's header it is a list item
            norm = lines[k].norm
            if self.nwords[k] > 8 or (_ends_sentence(norm) and norm[-1] != "?") or not norm[:1].isupper():
                return False
            j = k + 1
            # (a photo may stand between them: its zoom button and its caption with the credit)
            while j < n and j <= k + 4 and (
                self._inline_widget(j)
                or lines[j].label is L.DUP
                or (lines[j].label is None and self.nwords[j] >= 4 and self._cut(j, weak=True) is not None)
            ):
                j += 1
            # (right under a bare link header it is the list's item; under a link with its own
            # headline it is the article's subheading)
            return j < n and self.good[j] and (j == k + 1 or lines[k - 1].label is not L.RELATED or self._inline_widget(k - 1))

        def short(k: int) -> bool:
            return 0 <= k < n and lines[k].label is None and self.nwords[k] <= 3 and not self.good[k]

        def button(k: int) -> bool:
            # the buttons under a widget's own text ('Ultra HD', 'Full HD', 'Mittel', 'Klein')
            j = k - 1
            while j > k - 4 and short(j):
                j -= 1
            return short(k) and (short(k - 1) or short(k + 1)) and j >= 0 and lines[j].label is L.OTHER

        def prose_run(k: int, step: int) -> tuple[int, float]:
            gain, last = 0.0, None
            while 0 <= k < n and weights[k] > 0:
                gain += weights[k]
                last = k
                k += step
            return (last if last is not None else -1), gain

        for step in (1, -1):
            while True:
                edge = e if step == 1 else s
                if step == 1 and _signed_off(lines[edge].norm) and not (edge and lines[edge - 1].rule == "any.dup.image_widget"):
                    # the reporter's sign-off ends the article: what follows is another block
                    # (under a zoom widget the name in brackets is the photographer's)
                    break
                k, gap, widgets, heads, header = edge + step, 0.0, 0, 0, False
                # The items of a list the last line announces ('Berikut harga ...:') do not use up
                # the reach; nor do bulleted or numbered items.
                announced = step == 1 and lines[edge].norm.endswith(":")
                if step == -1 and (lead := self._list_above(edge)) is not None:
                    # (going up, a list's short items and the prose line that announces them,
                    # and the subheading over that section: 'İŞTE YENİ TARİFE')
                    k, heads = lead - 1, 1
                    if k >= 0 and lines[k].label is None and self.nwords[k] <= 6 and not self.good[k] and not _ends_sentence(lines[k].norm):
                        k -= 1
                while 0 <= k < n and gap < 8 and abs(k - edge) <= 16 and crossable(k):
                    widgets += lines[k].label is not None
                    header = header or (lines[k].label is L.RELATED and self._related_title(lines[k]) is None)
                    heads += step == 1 and lines[k].label is None and subheading(k)
                    item = lines[k].label is None and (
                        (announced and not widgets) or _LIST_ITEM.match(lines[k].norm) is not None or button(k)
                    )
                    # (links with their own headline, dropped in together, use up half a line each;
                    # so do a bare link header and the headline right under it: one link on two lines)
                    linked = lines[k].label is L.RELATED and (
                        self._inline_widget(k) or (step == 1 and k + 1 < n and lines[k + 1].label is None)
                    )
                    under_header = (
                        step == 1 and lines[k].label is None and lines[k - 1].label is L.RELATED and not self._inline_widget(k - 1)
                    )
                    gap += 0.5 if linked or under_header else not item
                    k += step
                if (widgets == 0 and heads == 0) or not 0 <= k < n:
                    break
                last, gain = prose_run(k, step)
                if step == 1 and last < 0 and lines[k].label is None and lines[k].norm.endswith(":"):
                    last = k  # (a line that announces a list, too short to weigh: 'Berikut daftar harga ...:')
                if step == 1 and last >= 0 and lines[last].norm.endswith(":"):
                    # prose that announces a list or a table: the items count with it
                    listed = self._list_after(last)
                    if listed > last:
                        last, gain = listed, max(gain, 1.5)
                        while last + 1 < n and weights[last + 1] > 0:
                            last += 1  # (and the prose that goes on below the list)
                # Short sentences close by count too: a last line of the article after up to four
                # widget lines (an ad, a follow-us call, a "Baca juga" or two, a "Lire aussi").
                # (across a bare link header only with full stops: a headline under it may ask a question)
                whole = gap <= 4 and all(
                    _ends_sentence(lines[x].norm) and not (header and lines[x].norm[-1] in "?!")
                    for x in range(k, last + step, step)
                )
                if last < 0 or (gain < 1.5 and not whole):
                    break
                if step == 1:
                    e = last
                else:
                    s = last
        return s, e

    def _list_above(self, s: int) -> int | None:
        """The line that announces a list of short items right above line s ('They are:' /
        'Chester' / 'Telford' / ...), when there is one."""
        lines, k, items = self.lines, s - 1, 0
        # (widgets may stand among the items and under the list: links, an ad, a 'continue' button)
        while k >= 0 and s - k <= 16:
            line = lines[k]
            if line.label is None and line.norm.endswith(":"):
                break
            if line.label is None and self.nwords[k] <= 6 and not self.good[k]:
                items += 1
            elif line.label not in _BRIDGEABLE or line.rule in self.closing:
                return None
            k -= 1
        if items >= 3 and k >= 0 and lines[k].label is None and self.nwords[k] >= 2 and lines[k].norm.endswith(":"):
            return k
        return None

    def _list_after(self, e: int) -> int:
        """A numbered or bulleted list, a table of match results, a schedule of dates or the quick
        questions that end an interview, when the prose leads into them, belong to the body,
        though their short items weigh too little for the run: extend the end over them. Up to
        two other lines (a link, a price, a match day) may stand between items. So does a table
        printed a row per line, its rows alike in shape ('England (Group A): 10th appearance')."""
        lines, n = self.lines, len(self.lines)
        # (a table the line announces may come first and the list go on below it)
        announced = lines[e].norm.endswith(":")
        # (by a sentence, not a link's headline; Indonesian and Malay pages list names bare,
        # line under line, where English pages print their menus so)
        told = announced and self.good[e] and self.lang in ("id", "ms")
        tabled = self._table_after(self._tweet_after(e))
        e = self._fact_box_after(tabled, 2 if tabled > e else 3)  # (a box under a table: see there)
        end, k, gap, items = e, e + 1, 0, 0
        # A widget (a link with its headline, an ad, a follow call) may stand before the list a
        # line announces ('... berikut:') or between its items (the run may end on the first);
        # a bare header opens other stories.
        lead_in = announced or lines[e].norm.endswith(":") or _LIST_ITEM.match(lines[e].norm) is not None
        widgets = 0
        while k < n and gap <= 2:
            line = lines[k]
            if (lead_in or items) and self._inline_widget(k) and widgets < 6:
                widgets += 1  # (links dropped in count as no gap: a few may stand together)
                k += 1
                continue
            if line.rule != "any.nav.url_only" and (
                line.label in _HARD or line.label in (L.RELATED, L.SUBSCRIBE) or line.rule in self.closing
            ):
                break
            if line.label is None and (
                (_LIST_ITEM.match(line.norm) and not self._bulleted_headline(k))
                or (lead_in and self.nwords[k] <= 12 and _FACT_ROW.match(line.norm))  # 'Golongan I: Rp101.500'
                or (lead_in and self.nwords[k] <= 8 and self._amount(k))
                # (short names one per line under the line that announces them: 'yakni:' / 'Pasar Johar')
                or (
                    told
                    and self.nwords[k] <= 5
                    and not _ends_sentence(line.norm)
                    and line.norm[:1].isupper()
                    and (k == e + 1 or line.number - lines[k - 1].number <= 2)
                )
                or _is_result(line.norm)
                or _DATED_ITEM.match(line.norm)
                or _INTERVIEW_TURN.match(line.norm)
            ):
                items += 1
                end, gap = k, 0
            else:
                gap += 1
            k += 1
        return self._fact_box_after(end, 2) if items >= 2 else e

    def _fact_box_after(self, e: int, least: int = 3) -> int:
        """A fact box closing a review, a guide or a match report: a short heading
        ('Specifications', 'Susunan Pemain') over three or more 'Label: value' rows, maybe on
        the article's last page (past the pager's 'N dari N halaman'). A row is short, or lists
        names apart by semicolons (a team's line-up). Under a box or a table another needs only
        two rows (the statistics, then the two teams' line-ups)."""
        lines, n = self.lines, len(self.lines)
        k = e + 1
        while k < n and k <= e + 3 and (lines[k].label is L.PAGINATION or self._inline_widget(k)):
            k += 1  # (a link or an ad may stand above it too)
        # (the heading may name the match: 'Susunan pemain Persita vs Bali United')
        if k < n and lines[k].label is None and self.nwords[k] <= 6 and not _ends_sentence(lines[k].norm):
            k += 1
        rows, last = 0, e
        while k < n:
            if (
                lines[k].label is None
                and (self.nwords[k] <= 12 or lines[k].norm.count(";") >= 2)
                and _FACT_ROW.match(lines[k].norm)
            ):
                rows, last = rows + 1, k
            elif not (rows and self._inline_widget(k)):  # (a link dropped between two rows)
                break
            k += 1
        return self._fact_box_after(last, 2) if rows >= least else e

    def _prose_below(self, k: int) -> bool:
        """Whether a paragraph follows line k, widget lines dropped into the text aside."""
        j = k + 1
        while j < len(self.lines) and j <= k + 4 and self._inline_widget(j):
            j += 1
        return j < len(self.lines) and self.good[j]

    def _inline_widget(self, k: int) -> bool:
        """A widget line dropped into the text: a link with its own headline, an ad, a follow or
        share call."""
        line = self.lines[k]
        return (
            line.label in (L.RELATED, L.SUBSCRIBE, L.AD, L.SHARE)
            and line.rule not in self.closing
            and (line.label is not L.RELATED or self._related_title(line) is not None)
        )

    def _tweet_after(self, e: int) -> int:
        """A post embedded at the end of the article ('<text>' / '— Name (@handle) November 19,
        2019') is quoted in it: extend the end over its text and signature."""
        lines = self.lines
        for k in range(e + 1, min(e + 6, len(lines))):
            if self._inline_widget(k):
                continue  # (a link dropped in between)
            if lines[k].label is not None:
                return e
            if _EMBED_SIGNATURE.match(lines[k].norm):
                return k
        return e

    def _table_after(self, e: int) -> int:
        lines, n = self.lines, len(self.lines)
        k = e + 1
        while k < n and k <= e + 2 and self._inline_widget(k):
            k += 1  # a link or an ad set between the prose and its table
        if k < n and lines[k].label is None and self.nwords[k] <= 8 and not self.good[k]:
            # the table's heading, unless it is shaped as the row under it (links aside)
            below = k + 1
            while below < n and below <= k + 3 and self._inline_widget(below):
                below += 1
            if below >= n or _ROW_SHAPE.sub("w", lines[below].norm) != _ROW_SHAPE.sub("w", lines[k].norm):
                k += 1
        shape, end, last, rows = None, k, e, 0
        while end < n:
            if self._inline_widget(end):
                end += 1  # a link dropped under the heading or between two rows
                continue
            if not (lines[end].label is None and 3 <= self.nwords[end] <= 20):
                break
            row = _ROW_SHAPE.sub("w", lines[end].norm)
            if shape is None:
                shape = row
            elif row != shape:
                break
            last, rows = end, rows + 1
            end += 1
        if shape is None or rows < 3 or not any(c in shape for c in ":()–-@|/,"):
            return e
        return last

    # -- 4. head, body, tail -----------------------------------------------------------------
    def _head(self, start: int) -> None:
        lines = self.lines
        self._names_with_outlets(start)
        head = [i for i in range(start) if lines[i].label is None]
        title_i = self._pick_title(head, start)
        if title_i is not None and self._lede_sentence(title_i, start):
            # A page head that opens with a sentence of the article (a summary, no headline).
            self._set(lines[title_i], L.SUBTITLE, "seg.lede_sentence")
            title_i = None
        elif title_i is not None and self._lede_opening(title_i, start):
            # A deck that is the lede cut before its date (Tribun): the headline stands above it.
            above = next((k for k in range(title_i - 1, max(-1, title_i - 3), -1) if lines[k].label is None), None)
            if above is not None and self._headline_shaped(above):
                self._set(lines[title_i], L.SUBTITLE, "seg.lede_deck")
                title_i = above
        if title_i is not None:
            self._set(lines[title_i], L.TITLE, "seg.title")
            # The browser title, the headline with the site behind it, can read as a name and
            # an outlet ('Harga Gabah Anjlok, Petani Pilih Tunda Panen | Republika.id').
            low = lines[title_i].norm.lower()
            for k in range(min(3, title_i)):
                copy = lines[k].norm.lower()
                if lines[k].label is L.BYLINE and copy.startswith(low) and copy[len(low) : len(low) + 3].strip() in ("|", "-", "–", "—"):
                    self._set(lines[k], L.DUP, "seg.title_repeat")
        self.title_index = title_i
        subtitle_done = False
        for i in range(title_i + 1 if title_i is not None else start, min(start, (title_i or 0) + 6)):
            if lines[i].rule == "seg.caption_pair" and not self.nwords[i] < 6:
                # The deck (or the headline again, as image alt text), and below it the photo
                # caption that repeats it with a credit.
                repeat = title_i is not None and _similar(lines[i].norm, lines[title_i].norm)
                if repeat:
                    self._set(lines[i], L.DUP, "seg.title_repeat")
                else:
                    self._set(lines[i], L.SUBTITLE, "seg.subtitle_captioned")
                for k in range(i + 1, min(i + 5, start)):
                    if lines[k].rule == "seg.caption_pair_credit":
                        self._set(lines[k], L.CAPTION, "seg.caption_of_deck")
                        break
                subtitle_done = not repeat
                break
        if title_i is not None and not subtitle_done:
            subtitle_done = self._summary(title_i, start) or self._labelled_points(title_i, start)
        last_title = title_i
        # A page's first line is the browser title; when the headline comes again further down,
        # the menus between them stand before the article's header (no byline among them).
        echo = None
        if title_i == 0:
            echo = next((k for k in head if k > 0 and _similar(lines[k].norm, lines[0].norm)), None)
        # Without a headline, only the line just above the metadata block over the body can
        # be its lead or deck.
        lead = start
        while lead > 0 and lines[lead - 1].label in _META:
            lead -= 1
        lead -= 1
        last_related = -99
        for i in head:
            line = lines[i]
            if line.label is not None:
                continue
            for k in range(max(0, i - 7, last_related + 1), i):
                if lines[k].label is L.RELATED:
                    last_related = k
            if (title_i is None or i < title_i) and self.nwords[i] <= 2:
                self._set(line, L.NAV, "seg.above_title")  # menu entries
                continue
            if title_i is None or i < title_i:
                # (three words are a menu's section: 'Politics & Policy', under a 'Latest stories' item)
                if i - last_related <= 7 and self.nwords[i] > 3 and self._after_link_header(i) and self._headline_shaped(i):
                    self._set(line, L.RELATED, "seg.related_list")
                elif title_i is not None and _similar(line.norm, lines[title_i].norm):
                    self._set(line, L.DUP, "seg.title_repeat")
                elif title_i is None and self.nwords[i] >= 6 and (
                    _PHOTO_CREDIT_END.search(line.norm) or self._cut(i, weak=True) is not None
                ):
                    # the lead photo's, headline not in the text (a line ending in its credit is
                    # no lead, however close above the body: IDN Times' page heads)
                    self._set(line, L.CAPTION, "seg.head_caption")
                elif title_i is None and i == lead and self.nwords[i] >= 8:
                    self._set(line, L.SUBTITLE if not subtitle_done else L.CAPTION, "seg.lead_without_title")
                    subtitle_done = True
                elif (copy := self._captioned_copy(i)) is not None:
                    # the lead photo's caption printed twice (alt text, then the caption over its credit)
                    self._set(line, L.DUP, "seg.caption_copy")
                    self._set(lines[copy], L.CAPTION, "seg.head_caption")
                else:
                    self._set(line, L.NAV, "seg.above_title")
                continue
            if (
                i - last_related <= 7
                and self._after_link_header(i)
                and self._headline_shaped(i)
                and not _similar(line.norm, lines[title_i].norm)
            ):
                # A playlist or link widget between the byline and the body ('Up Next').
                self._set(line, L.RELATED, "seg.related_list")
            elif i - last_related <= 2 and _CARD_DETAIL.match(line.norm):
                self._set(line, L.OTHER, "seg.related_card")
            elif i - last_related <= 4 and self.nwords[i] <= 4 and not self.good[i] and self._after_link_header(i):
                # the topics a 'Trending' bar lists under the headline ('Monsoon Tracker'), no writers
                self._set(line, L.OTHER, "seg.trending_topics")
            elif _similar(line.norm, lines[title_i].norm):
                self._set(line, L.DUP, "seg.title_repeat")
                last_title = i
            elif (
                (desk := _NAME_DESK.match(line.norm))
                and looks_like_name(desk[1])
                and i + 1 < start
                and lines[i + 1].label is L.DATE
            ):
                self._set(line, L.BYLINE, "seg.name_desk")  # 'Fathurrahman Aditya - Sepakbola' over the date
            elif lines[i - 1].rule == "en.byline.by_alone" and looks_like_name(line.norm):
                self._set(line, L.BYLINE, "seg.name_after_by")
            elif (
                (paper := _NAME_PAPER.match(line.norm))
                and looks_like_name(paper[1])
                and (i - last_title <= 4 or self._over_date(i, start))
            ):
                self._set(line, L.BYLINE, "seg.name_paper")  # 'Kaitlin Reyes, Indianapolis Star' (Gannett)
            elif i + 1 < len(lines) and _OTHER_ROLE.match(lines[i + 1].norm):
                self._set(line, L.OTHER, "seg.credited_other")  # a photographer's name over the role
            elif (
                ROLE_THEN_NAME.match(line.norm)
                and (i - last_title <= 4 or self._over_date(i, start))
                and (names := sum(byline_people(line.norm), []))
                and all(looks_like_name(x) for x in names)
            ):
                self._set(line, L.BYLINE, "seg.role_then_name")  # 'Penulis Kontributor Kuningan, Asep Nurjaman Fadilah'
            elif (
                (
                    # (the writer's account on X may follow the name: 'Tanya Okafor @TOkaforCNBC')
                    looks_like_name(HANDLE.sub("", line.norm))
                    and (self.nwords[i] <= 5 or NAME_AND.search(line.norm))
                    and (
                        (i - last_title <= 4 and (echo is None or i > echo) and not self._signed_above(i, last_title))
                        or self._over_date(i, start)
                    )
                )
                or self._names_over_date(i, start)  # ('Ni Kadek Ayu Lestari, I Gede Wira Sanjaya')
                # two writers stacked over the date, a name on each line ('Amelia Teo' / 'Raj Nadarajan', CNA)
                or (
                    self.nwords[i] <= 4
                    and looks_like_name(line.norm)
                    and lines[i + 1].number - line.number == 1
                    and self.nwords[i + 1] <= 4
                    and looks_like_name(lines[i + 1].norm)
                    and self._over_date(i + 1, start)
                )
                # a name over its role, writers stacked one by one ('Megan Lyall' / 'News reporter', Sky)
                or (i + 1 < len(lines) and lines[i + 1].rule == "en.byline.role_description" and looks_like_name(line.norm))
                # one name alone between the headline and the date ('Syamsuddin', SINDOnews)
                or (i == title_i + 1 and lines[i + 1].label is L.DATE and looks_like_name(line.norm, single=True))
            ) and not self._subject_named(i, start):
                self._set(line, L.BYLINE, "seg.bare_name")
            elif i - title_i <= 4 and self._mostly_date(line.norm):
                # A date without a time under the headline (no rule takes a bare date: pages
                # print them in lists too); here it is the publication date.
                self._set(line, L.DATE, "seg.head_date")
            elif (
                not subtitle_done
                and self.nwords[i] >= 6
                and (i - title_i <= 4 or self._deck_over_photo(i, title_i) or self._deck_under_photo(i, start))
                and not line.norm[0].islower()  # a deck is a sentence ('id pompa mobile, banjir jakarta' lists keywords)
                and self._cut(i, weak=True) is None
                and not _CREDIT_HEAD.match(line.norm)
            ):
                if self._foreign_line(i):
                    # a stock photo's alt text in its agency's English ('Tired little girl yawning ...')
                    self._set(line, L.OTHER, "seg.foreign_alt_text")
                else:
                    self._set(line, L.SUBTITLE, "seg.subtitle")
                subtitle_done = True
            elif lines[i - 1].label is L.SUBTITLE and self._summary_point(i, start):
                self._set(line, L.SUBTITLE, "seg.summary")
            elif (
                self._cut(i, weak=True) is not None
                or self.nwords[i] >= 8
                or _CREDIT_HEAD.match(line.norm)
                or (_CAPTION_WORD.match(line.norm) and _BRACKETED_NAME.search(line.norm))
            ):
                self._set(line, L.CAPTION, "seg.head_caption")
            elif lines[i - 1].label is L.CAPTION and self.nwords[i] <= 3 and _BRACKETED_CREDIT.match(line.norm):
                # the photographer or agency in brackets under the lead caption ('(fotogramma)', Repubblica)
                self._set(line, L.CREDIT, "seg.head_credit")
            else:
                self._set(line, L.NAV, "seg.head_furniture")

    def _subject_named(self, i: int, start: int) -> bool:
        """Whether the name on line i, two words or more, recurs in the prose that opens the
        body: then it names the story's subject (a person's tag under the date, KapanLagi), not
        its writer, whom the copy does not name."""
        name = self.lines[i].norm
        if " " not in name:
            return False
        for k in range(start, min(start + 3, len(self.lines))):
            at = self.lines[k].norm.find(name) if self.good[k] else -1
            # (not in a photo's credit: a reporter may have taken the picture, '(MI/Name)')
            if at == 0 or (at > 0 and self.lines[k].norm[at - 1] not in "/("):
                return True
        return False

    def _names_with_outlets(self, start: int) -> None:
        """Gannett's byline block: each writer's name over the paper they write for, the
        date below the last pair ('Trevor Lindqvist' / 'USA TODAY' / 'Maren Olufsen' / 'Des
        Moines Register'). Read before the headline is looked for: a paper's name over the date
        reads as a headline."""
        lines = self.lines
        for i in range(start - 1):
            if (
                lines[i + 1].label is None
                and _OUTLET_LINE.match(lines[i + 1].norm)
                and (lines[i].label is L.BYLINE or (lines[i].label is None and self.nwords[i] <= 4 and looks_like_name(lines[i].norm)))
                and any(lines[k].label is L.DATE for k in range(i + 2, min(i + 8, start)))
            ):
                # (the name may come with its 'By': 'By Sigrid Hallberg-Moe' / 'The Minnesota Star Tribune')
                if lines[i].label is None:
                    self._set(lines[i], L.BYLINE, "seg.name_outlet")
                self._set(lines[i + 1], L.OTHER, "seg.outlet")
        # An aggregator prints the paper's name over the headline that the byline names again
        # (Yahoo: 'Des Moines Register' above, 'Tessa Lindqvist, Des Moines Register' below).
        papers = {
            paper[0][len(paper[1]) :].strip(" ,")
            for i in range(start)
            if lines[i].label is None and (paper := _NAME_PAPER.match(lines[i].norm)) and looks_like_name(paper[1])
        }
        for i in range(start):
            if lines[i].label is None and lines[i].norm in papers:
                self._set(lines[i], L.OTHER, "seg.outlet")

    def _dated_below(self, i: int, end: int) -> bool:
        """Whether a date stands within ten lines under line i, before `end`."""
        return any(self.lines[k].label is L.DATE for k in range(i + 1, min(i + 11, end)))

    def _signed_above(self, i: int, title_i: int) -> bool:
        """Whether a byline and then a date stand between the headline and line i: a name
        under them is the lead photo's title ('Peternak Telur Blitar') or a series kicker
        ('Krisis Air Bersih'), not one more writer. The date may close the byline's own line
        ('Penulis: Name | Editor: Name | Selasa, 12 September 2023 - 15:20 WIB', Solopos)."""
        lines = self.lines
        byline = next((k for k in range(title_i + 1, i) if lines[k].label is L.BYLINE), None)
        return byline is not None and (
            DATE_RE.search(lines[byline].norm) is not None
            or any(lines[k].label is L.DATE for k in range(byline + 1, i))
        )

    def _deck_over_photo(self, i: int, title_i: int) -> bool:
        """Whether line i is the deck printed after the date, byline and share bar, right above
        the lead photo's caption with its credit (Merkur): a credited caption is whole on its
        own, so the prose above it is not more of it."""
        lines = self.lines
        return (
            i + 1 < len(lines)
            and all(lines[k].label in _NOTHING_TO_READ for k in range(title_i + 1, i))
            and self._cut(i + 1) is not None
        )

    def _deck_under_photo(self, i: int, start: int) -> bool:
        """Whether line i is the summary printed between the lead photo's caption, closed by its
        credit, and the body (ANTARA): the credit ends that caption, so the line below is not
        more of it."""
        return i + 1 == start and self.lines[i - 1].label is L.CAPTION and self._cut(i - 1) is not None

    def _paragraphs_follow(self, i: int, e: int) -> bool:
        """Whether two paragraphs of prose follow line i before the body ends; a page head cut
        off in a paragraph below it had more to come."""
        found = 0
        for k in range(i + 1, e + 1):
            if k == len(self.lines) - 1 and self.nwords[k] >= 8 and self._cut_short(k):
                return True
            if self.good[k]:
                found += 1
                if found == 2:
                    return True
            elif self.lines[k].label in _HARD:
                return False
        return False

    def _summary_point(self, i: int, start: int) -> bool:
        """Whether line i goes on the deck above it as another point of a summary printed
        under the headline (Daily Mail, elDiario): deck-like lines, one after another, up to the
        byline."""
        lines = self.lines
        k = i
        while k < start and lines[k].label is None:
            if k > i and looks_like_name(lines[k].norm) and self._over_date(k, start):
                return True  # (the writer's bare name over the date, not read yet)
            if self.nwords[k] < 6 or self._cut(k, weak=True) is not None:
                return False
            k += 1
        return k < start and lines[k].label in (L.BYLINE, L.DATE)

    def _summary(self, title_i: int, start: int) -> bool:
        """A bullet summary under its header ('Baca 10 detik', 'Key Points') below the headline
        (right below it, or past the byline, date and lead photo) is the subtitle, one line per
        bullet."""
        lines = self.lines
        for k in range(title_i + 1, start):
            if lines[k].rule == "any.other.summary_header":
                j = k + 1
                if j + 1 < start and lines[j].label is None and self.nwords[j] <= 3 and self.nwords[j + 1] >= 4:
                    self._set(lines[j], L.OTHER, "seg.summary_label")  # 'AI-assisted summary' under the header
                    k = j
                    j += 1
                while j < start and lines[j].label is None and self.nwords[j] >= 4 and j <= k + 6:
                    if j + 1 < len(lines) and lines[j + 1].label is L.DATE and not _ends_sentence(lines[j].norm):
                        break  # the byline over the date, past the last point
                    self._set(lines[j], L.SUBTITLE, "seg.summary")
                    j += 1
                return j > k + 1
        return False

    def _labelled_points(self, title_i: int, start: int) -> bool:
        """A summary box without its header, each point a short label, a dash and a sentence,
        under the headline's block ('Lima stasiun jadi lokasi awal - Gerbang face recognition
        dipasang di ...', IDN Times): two or more such lines in a row are the subtitle."""
        lines = self.lines

        def point(x: int) -> bool:
            return lines[x].label is None and self.nwords[x] <= 40 and _LABELLED_POINT.match(lines[x].norm) is not None

        k = next((x for x in range(title_i + 1, start) if point(x)), None)
        if k is None:
            return False
        j = k
        while j < start and point(j):
            j += 1
        if j - k < 2:
            return False
        for x in range(k, j):
            self._set(lines[x], L.SUBTITLE, "seg.summary")
        return True

    def _after_link_header(self, i: int) -> bool:
        """Whether line i is in a list under a bare related-stories header ('HEADLINE HARI INI'),
        the header at most a few list lines above."""
        for k in range(i - 1, max(-1, i - 8), -1):
            line = self.lines[k]
            if line.label is L.RELATED:
                return line.rule.endswith("widget_header") or line.rule == "seg.related_list"
            if line.label in _HARD:
                return False
        return False

    def _over_date(self, i: int, start: int) -> bool:
        """Whether line i sits right over the date line, or over the credit lines over it
        ('Name' / 'Editor: Name' / date, Suara)."""
        k = i + 1
        while k < start and self.lines[k].rule == "id.byline.role_colon":
            k += 1
        return k < start and self.lines[k].label is L.DATE

    def _names_over_date(self, i: int, start: int) -> bool:
        """Writers' names right over the date line: several apart by commas, bars or 'and'
        ('A B, C D'), or any with their paper in brackets ('A B and C D (The Jakarta Post)')."""
        if i + 1 >= start:
            return False
        below = self.lines[i + 1]
        if below.label is not L.DATE and not (below.label is None and self._mostly_date(below.norm)):
            return False
        norm = _OUTLET_AFTER.sub("", self.lines[i].norm)
        parts = _NAME_JOIN.split(norm)
        return (len(parts) > 1 or norm != self.lines[i].norm) and all(looks_like_name(p) for p in parts)

    def _pick_title(self, head: list[int], start: int) -> int | None:
        """The headline among the unlabelled lines above the body. Scored: a line the browser
        title repeats (with its ' - Site' tail) wins; so does one followed by a byline or date;
        every unlabelled line between it and the body costs, as menus and link lists do."""
        lines = self.lines
        # (a line of three words or fewer up there is a menu's item, however often the page
        # repeats it: 'Bursa & Valas' in the menu and again as the kicker over the headline;
        # and a text that opens inside a list of headlines has none)
        in_list = len(lines) > 3 and all(
            lines[k].label is None and self.nwords[k] > 3 and lines[k + 1].number - lines[k].number == 1 for k in range(3)
        )
        browser_titles = [] if in_list else [
            (k, lines[k].norm.lower()) for k in range(min(3, len(lines))) if self.nwords[k] > 3 and not self._after_link_header(k)
        ]
        best, best_score = None, -99.0
        between = 0.0
        # The headline sits close above the body; far up only the line the browser title
        # echoes can win, so the search looks at a window and that line.
        window = head[-40:]
        if self.echo_title is not None and self.echo_title in head and self.echo_title not in window:
            window.insert(0, self.echo_title)
        head = window
        listed = self._contents_entries(head)
        # (the points of a summary under its header are no headline, the last one without its full stop)
        for i in head:
            if i and lines[i - 1].rule == "any.other.summary_header":
                k = i
                while k < start and k - i < 6 and lines[k].label is None:
                    listed.add(k)
                    k += 1
        # (nor the value under a field's label: 'From:' / 'Environment Agency and Oliver Drayton MP', GOV.UK;
        # a rule may know the label for furniture: 'News provided by' / 'Arroyo Verde Energy', PR Newswire)
        listed.update(
            i for i in head if i and lines[i - 1].label in (None, L.NAV) and lines[i - 1].norm.lower() in _FIELD_LABELS
        )
        # (nor a video's title in a player's playlist, its running time next to it: 'Up Next' / ... / '01:31')
        listed.update(i for i in head if any(0 <= k < len(lines) and _DURATION.match(lines[k].norm) for k in (i - 1, i + 1)))
        # (nor the label right over a photo's zoom button: the picture's alt text, 'Zentra Fold 2' / 'Perbesar';
        # nor a date that no rule took, '3 Jul 2025' under 'Published On 3 Jul 2025')
        listed.update(
            i for i in head if (i + 1 < start and lines[i + 1].rule == "any.dup.image_widget") or self._mostly_date(lines[i].norm)
        )
        shaped = {i for i in head if i not in listed and self._headline_shaped(i)}
        # A headline written as sentences ('Millbrook stopped charging late fees. The books came
        # back.') is no headline by its shape, but the browser title that repeats it says it is;
        # so does Title Case over the byline, which no prose is written in ('I Spent a Weekend as
        # a Professional Line Sitter. It Paid Better Than My Day Job.', Vice).
        for i in head:
            if i not in shaped and i not in listed and 3 <= self.nwords[i] <= 30:
                low = lines[i].norm.lower()
                if any(k != i and low in b and len(b) - len(low) <= 60 for k, b in browser_titles) or (
                    self.nwords[i] >= 6
                    and self._capitalised(lines[i].norm, 0.75)
                    and not self._blurb(lines[i].norm)
                    and any(lines[k].label in (L.BYLINE, L.DATE) for k in range(i + 1, min(i + 4, start)))
                ):
                    shaped.add(i)
        # Repeats of a headline share its first or its last three words; bucket by both so
        # that only likely pairs are compared.
        echo_keys: dict[tuple[str, ...], list[int]] = {}
        for k in [*shaped, *(k for k in range(head[0] if head else start, start) if lines[k].label is L.DUP)]:
            for key in self._ends_key(k):
                echo_keys.setdefault(key, []).append(k)
        for i in reversed(head):
            if i in listed:
                continue  # (a summary's points and a contents box belong to the article's header)
            if i not in shaped:
                # (a writer's name stands between the headline and the body as a byline does)
                between += 0.5 if self.nwords[i] >= 8 or self.good[i] or looks_like_name(lines[i].norm) else 1.0
                continue
            norm = lines[i].norm
            low = norm.lower()
            score = -between
            # (three words or fewer before a colon are a topic's name, 'Brandon Nicholas Salim: Video')
            echoed = [
                b
                for k, b in browser_titles
                if k != i and low in b and len(b) - len(low) <= 60 and (self.nwords[i] > 3 or b[b.find(low) + len(low) :][:1] != ":")
            ]
            if echoed:
                score += 6.0
                # 'Kicker: Headline | Site': the part after the colon is the headline.
                b = echoed[0]
                at = b.find(low)
                if b[max(0, at - 2) : at] == ": ":
                    score += 1.5
                elif b[at + len(low) : at + len(low) + 1] == ":":
                    score -= 1.5
            elif echoes := [
                k for key in self._ends_key(i) for k in echo_keys.get(key, ()) if k != i and _similar(norm, lines[k].norm)
            ]:
                score += 2.0  # headlines are echoed: image alt text, sticky header, zoom widget
                # ... and so are photo captions, the credit under one copy (the two copies close
                # together: far below, a zoom widget repeats the headline as its photo's alt text)
                if any(
                    lines[x].label is L.CREDIT
                    for k in (i, *(k for k in echoes if abs(k - i) <= 6 or lines[k].rule != "any.dup.image_widget"))
                    for x in range(k + 1, min(k + 3, len(lines)))
                ):
                    score -= 4.0
                elif (i + 1 in echoes or i - 1 in echoes) and any(
                    lines[x].label in (L.BYLINE, L.DATE) and any(j in shaped for j in range(head[0], x)) for x in range(head[0], i)
                ):
                    # ... or printed twice in a row below the date that closes a headline's block
                    # above them: the lead photo's alt text and caption
                    score -= 3.0
            under_header = self._after_link_header(i)
            for k in range(i + 1, min(i + 5, start)):
                # (a date under an item of a link list dates the next item: 'More From Forbes')
                if lines[k].label in (L.BYLINE, L.DATE) and not (under_header and lines[k].label is L.DATE):
                    score += 3.0
                    break
                if k in shaped and self.nwords[k] >= 6 and lines[k].label is None and lines[k - 1].label is not None:
                    break  # (another headline stands between, set apart from this line: the date is its)
            stop = langs.stop_ratio(norm, self.lang)
            if stop == 0 and self.nwords[i] <= 5:
                score -= 2.0  # menu entries: capitalised words and no function words
            if self._names_over_date(i, start):
                score -= 4.0  # the writers' names, apart by commas, over the date
            # Headlines are terse and one sentence; a deck below them reads like prose.
            score -= 2.5 * stop + (2.0 if _TWO_SENTENCES.search(norm) else 0.0) + 0.08 * max(0, self.nwords[i] - 10)
            if score > best_score:
                best, best_score = i, score
            # A long line passed on the way up may be the deck under the headline; the items of
            # a list under a bare link header ('Terkait') are a widget between them, which costs
            # nothing more than its header.
            if not under_header:
                between += 0.5 if self.nwords[i] >= 10 else 1.0
        if (
            best is not None
            and best + 1 in shaped
            and self.nwords[best] <= 5
            and self.nwords[best + 1] >= 2 * self.nwords[best]
            and not lines[best + 1].norm.endswith(".")
            and not _similar(lines[best].norm, lines[best + 1].norm)
            # (the browser title repeats the headline, not its kicker)
            and not any(k != best and lines[best].norm.lower() in b for k, b in browser_titles)
        ):
            # A kicker over the headline, a few words on a topic ('Il voto al Consiglio Ue' over
            # 'Bruxelles dice addio alle bustine monouso: ... L’Italia chiede più tempo'); a deck
            # under a short headline ends with its full stop.
            best += 1
        elif best is not None and (above := self._line_above_deck(best)) in shaped:
            # Two headline-like lines in a row: the first is the headline and the one below it
            # the deck, when the deck is the longer (a kicker above a headline is too short to
            # be taken), or when the pair stands alone right above the byline (headline, deck,
            # byline) and the first line reads as a sentence, not a list of sections. (A comment
            # counter may stand between them: 'New, 23 comments', The Verge.)
            alone_above_byline = (
                best + 1 < len(lines)
                and lines[best + 1].label is L.BYLINE
                # (a kicker in capitals may stand over the pair: 'BIN THERE, DONE THAT', The Sun)
                and (above == 0 or above - 1 not in shaped or (lines[above - 1].norm.isupper() and self.nwords[above - 1] <= 5))
                # (a headline of names and figures has no function word, but its clauses a comma:
                # 'Jembatan Gantung Cibeber Putus, Ratusan Pelajar Cianjur Terpaksa Memutar 7 Kilometer')
                and (langs.stop_ratio(lines[above].norm, self.lang) > 0 or ", " in lines[above].norm)
            )
            if (
                6 <= self.nwords[above]
                and (self.nwords[above] < self.nwords[best] or alone_above_byline)
                and not _similar(lines[above].norm, lines[best].norm)
            ):
                best = above
        elif (
            best is not None
            and best >= 2
            and best - 2 in shaped
            and best + 1 < start
            and (
                lines[best + 1].label in (L.BYLINE, L.DATE)
                or (looks_like_name(lines[best + 1].norm) and self._over_date(best + 1, start))
            )
            and lines[best - 1].label is None
            and best - 1 not in shaped
            and self.nwords[best - 1] >= 10
            and self.nwords[best - 2] >= 8
            and self.nwords[best] >= 8
            and lines[best].number - lines[best - 2].number == 2
        ):
            # A summary of two points under the headline, the first too long for a headline and
            # the second without its full stop, right over the byline (elDiario): the line over
            # the summary is the headline.
            best -= 2
        if best is not None:
            # A headline printed twice above the body (image alt, sticky header): take the first
            # copy, unless that copy is the browser title with the site's name behind it, or a
            # link far up in a menu of headlines while the byline stands under the later copy.
            signed = any(lines[k].label in (L.BYLINE, L.DATE) for k in range(best + 1, min(best + 5, start)))
            for i in head:
                if i >= best:
                    break
                if self._headline_shaped(i) and _similar(lines[i].norm, lines[best].norm):
                    low_i, low_best = lines[i].norm.lower(), lines[best].norm.lower()
                    # A copy that adds words (the site's name around it, as browser titles and
                    # share widgets print it) or the first line of a whole page (the browser
                    # title, often rewritten) is not the headline as displayed.
                    longer = len(low_i) > len(low_best) + 10 or low_i.startswith(low_best)
                    # (a page head that opens with the headline has its date under the first
                    # copy, none under the image's alt text further down)
                    if (i == 0 and best > 8 and (signed or not self._dated_below(i, best))) or (signed and best - i > 20):
                        continue  # the browser title of a whole page, or a menu's link to the article
                    # (a text that opens on the headline over its date starts with no browser title)
                    if low_i == low_best or ((i > 0 or self._opens_on_headline()) and not longer):
                        return i
                    # (the later copy with the site's address glued on is the picture's alt text:
                    # '<headline> Mojok.co')
                    tail = low_best[len(low_i) :].split()
                    if low_best.startswith(low_i) and len(tail) == 1 and "." in tail[0]:
                        return i
        return best

    def _line_above_deck(self, i: int) -> int:
        """The line above line i, past a comment counter printed between headline and deck."""
        k = i - 1
        while k > 0 and self.lines[k].label is L.COMMENT and self.nwords[k] <= 4:
            k -= 1
        return k

    def _lede_sentence(self, i: int, start: int) -> bool:
        """Whether line i is a sentence of the article's opening printed again with its full
        stop inside a paragraph ('IHSG ditutup melemah ... 4.879,1' / 'IHSG ditutup melemah ...
        4.879,1. Sementara ...'): a headline is not written into the text that way."""
        norm = self.lines[i].norm
        if len(norm) < 30:
            return False
        sentence = norm + "."
        return any(
            self.lines[k].norm.startswith(sentence) and self.good[k]
            for k in range(start, min(start + 6, len(self.lines)))
        )

    def _lede_opening(self, i: int, start: int) -> bool:
        """Whether line i is how the first paragraph opens, its dateline apart, up to a comma
        ('Perumda ... IPA II Panaikang' / 'MAKASSAR - Perumda ... IPA II Panaikang, Rabu ...')."""
        norm = self.lines[i].norm
        if len(norm) < 30:
            return False
        for k in range(start, min(start + 6, len(self.lines))):
            text = self.lines[k].norm
            dl = split_dateline(text, lang=self.lang)
            rest = dl[2] if dl is not None else text
            if rest.startswith(norm) and rest[len(norm) : len(norm) + 1] == ",":
                return True
        return False

    def _ends_key(self, i: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
        words = self.lines[i].norm.lower().split()
        return ("^", *words[:3]), ("$", *words[-3:])

    def _headline_shaped(self, i: int) -> bool:
        shaped = self._shape_memo.get(i)
        if shaped is None:
            shaped = self._shape_memo[i] = self._headline_shape(i)
        return shaped

    def _headline_shape(self, i: int) -> bool:
        norm = self.lines[i].norm.lstrip("-–•·*+ ")
        n = self.nwords[i]
        rank = _RANK.match(norm) if norm[:1].isdigit() else None
        if rank:  # '1. Kessler Whitford': a list's rank is no word of the headline, and a
            norm, n = norm[rank.end() :], n - 1  # ranked headline is longer than a search term
            if n < 4:
                return False
        return (
            3 <= n <= 30
            and 15 <= len(norm) <= 250
            and not _ends_sentence(norm.rstrip("?!"))
            and norm[-1] not in ";,:"  # a list's item runs on to the next; a line ending in ':' announces one
            and not (n >= 24 and not self._capitalised(norm, 0.4))  # a long line in small letters is prose, cut or not
            # (a script without capitals, Japanese or Arabic, may start a headline with any letter)
            and (norm[0].isupper() or norm[0].isdigit() or norm[0] in "\"“'‘«„‚‹»「『【£$€¥" or (norm[0].isalpha() and not norm[0].islower()))
            # Longer Title Case lines are headlines; names joined by 'and' are a byline.
            and ((n > 4 and not NAME_AND.search(norm)) or not looks_like_name(norm))
            and not self._mostly_date(norm)
            and self._cut(i, weak=True) is None  # a photo credit at the end: a caption
            # Three sentences make a blurb, and two that end in '!' a call to action, not a headline;
            # a verse or quotation ends with its source in brackets ('... pakai.(QS.An-Nahl:14)').
            and not self._blurb(norm)
            and not (norm[-1] == ")" and _CITED_SOURCE.search(norm))
            and not _COUNT_LINE.match(norm)  # 'Dibaca 24.512 kali': a view count
            and not _ITEM_COUNT.search(norm)  # 'Panes y masas (21)': a category and its posts
            and not _BREADCRUMB.match(norm)  # 'Beranda / Jateng' 
            and not _PRICE_ONLY.match(norm)  # 'Mulai Rp 50.000 per bulan': a subscription's price
            # a writer's name and the paper or outlet: 'Meredith Okafor-Hayes, The Atlanta Journal-Constitution'
            and not ((sign := _NAME_PAPER.match(norm) or _NAME_DESK.match(norm)) and looks_like_name(sign[1]))
            and not _ROLE_LINE.match(norm)
        )

    @staticmethod
    def _blurb(norm: str) -> bool:
        """Three sentences, or two ending in '!' (a call to action), in one line."""
        m = _TWO_SENTENCES.search(norm)
        return m is not None and (norm[-1] == "!" or _TWO_SENTENCES.search(norm, m.end() - 1) is not None)

    @staticmethod
    def _mostly_date(norm: str) -> bool:
        # A printed date is at most some 30 characters: a longer line cannot be mostly one.
        if len(norm) > 80 or not _HAS_YEAR(norm):
            return False
        m = DATE_RE.search(norm)
        return m is not None and m.end() - m.start() >= 0.4 * len(norm)

    def _body(self, s: int, e: int) -> None:
        lines = self.lines
        self._subscribe_boxes(s, e)
        related_list = media = contents = False
        entries = 0
        seen: set[str] = set()
        # Credits of the photos above the body: a line that ends with one of them is a caption.
        photo_credits = {
            clean_credit(lines[k].norm[cut:])
            for k in range(s)
            if lines[k].label is L.CAPTION and (cut := self._cut(k, weak=True)) is not None
        }
        headline = lines[self.title_index].norm.lower() if self.title_index is not None else None
        self._widget_buttons(s, e)
        self._premium_teasers(s, e)
        for i in range(s, e + 1):
            line = lines[i]
            if line.rule == "any.nav.url_only" and s < i < e:
                self._set(line, L.BODY, "seg.body_url")  # an address the article cites
                continue
            if line.rule == "any.other.summary_header" and s < i < e and self.good[i - 1]:
                # 'Summary' right under a paragraph is a section of the article, not a box of points
                self._set(line, L.BODY, "seg.section_heading")
                continue
            if line.rule == "any.other.contents":
                contents, entries = True, 0
            if contents and entries >= 2 and line.number - lines[i - 1].number > 1:
                contents = False  # the list ends at a blank line: its first entry again opens the text
            if contents and line.label is None and not self.good[i] and self.nwords[i] <= 12:
                self._set(line, L.NAV, "seg.contents_entry")  # a table of contents' entries
                entries += 1
                continue
            contents = contents and line.label is not None
            if line.rule == _LIST_COUNTER:
                continue  # (a screen reader's count between a box's headlines leaves the box open)
            if line.label is not None:
                if (
                    line.rule == "id.subscribe.follow"
                    and s < i < e
                    and lines[i - 1].norm.endswith(":")
                    and self.good[i - 1]
                    and _ends_sentence(line.norm)
                    and lines[i + 1].label is None
                ):
                    # the first step of a list the text announces ('Unduh atau perbarui aplikasi
                    # Access by KAI ke versi terbaru.'), not the site's call to get its app
                    self._set(line, L.BODY, "seg.list_step")
                    continue
                if related_list and line.label is L.BYLINE and lines[i - 1].rule == "seg.related_list":
                    self._set(line, L.OTHER, "seg.card_byline")  # a listed story's writer: 'By Name'
                    continue
                # A video player's label is followed by its one title, then the player's details.
                media = line.label is L.OTHER and line.norm.lower() in _MEDIA_HEADERS
                related_list = media or (
                    line.label is L.RELATED and self._related_title(line) is None and not self._caption_button(i)
                )
                continue
            if (
                related_list
                and not self.good[i]
                and line.norm[:1].isalpha()
                and self._kicker(i)
                # (a subheading with the article going on under it is no listed headline)
                and (i + 2 >= len(lines) or lines[i + 2].label is not None or not self.good[i + 2])
                and i not in self.cut_open
            ):
                self._set(line, L.NAV, "seg.kicker")  # a listed story's section over its headline
                continue
            # Under a bare header only headlines follow; one may end in '?' or '!' and read as
            # prose, but it keeps the capitals of a headline.
            if (
                related_list
                and (
                    not self.good[i]
                    # (a headline in sentence case, no full stop, reads as prose: 'Pensioner fined £150 for feeding pigeons from her balcony')
                    or (self.nwords[i] >= 7 and not _ends_sentence(line.norm) and line.norm[-1] not in ",;:")
                    or (line.norm[-1] in "?!" and self._title_cased(i))
                    or _QUOTED_HEADLINE.search(line.norm)
                    # (a question right under the header is its headline in any case: 'İlgili Haber')
                    or (line.norm[-1] == "?" and lines[i - 1].label is L.RELATED and self.nwords[i] <= 15)
                )
                and self._headline_shaped(i)
                and not self._subheading_after_list(i, e)
                and not self._continues_numbering(i, s)
                and not self._subheading_under_video(i)
                and i not in self.cut_open
            ):
                self._set(line, L.RELATED, "seg.related_list")
                related_list = not media
                continue
            if _DURATION.match(line.norm) and lines[i - 1].label in _WIDGET:
                self._set(line, L.OTHER, "seg.media_duration")  # a video player's length under its button
                below = lines[i + 1] if i + 1 < len(lines) else None
                if (
                    below is not None
                    and below.label is None
                    and below.number - line.number == 1
                    and self.nwords[i + 1] <= 12
                    and not _ends_sentence(below.norm)
                ):
                    self._set(below, L.OTHER, "seg.media_title")  # ... and the clip's title under it
                continue
            if (
                self.nwords[i] <= 6
                and not self.good[i]
                and not _ends_sentence(line.norm)
                and s < i < e
                and lines[i + 1].label is L.PROMO
                and line.number - lines[i - 1].number > 1
                and lines[i + 1].number - line.number == 1
                and (i + 2 > e or (lines[i + 2].number - lines[i + 1].number > 1 and not self.good[i + 2]))
            ):
                # the name over the site's own call, the two set apart as one box between the
                # paragraphs ('Hoegeng Awards 2025' / 'Usulkan polisi teladan di sekitarmu. Klik di sini')
                self._set(line, L.PROMO, "seg.promo_title")
                continue
            if self.nwords[i] <= 3 and not self.good[i] and lines[i - 1].label is L.OTHER and lines[i - 1].norm.endswith(":"):
                self._set(line, L.OTHER, "seg.widget_value")  # a widget's field and its value: '- Source:' / 'CNN'
                continue
            in_card = related_list or lines[i - 1].rule == "seg.related_list"
            if in_card and lines[i - 1].label is not None and _CARD_DETAIL.match(line.norm):
                # A card's channel and duration under its headline ('kumparanNEWS', '01:12'); a
                # subheading ('Makhluk Sosial') goes on with the article.
                self._set(line, L.OTHER, "seg.related_card")
                continue
            related_list = False
            if line.norm.isupper() and not _ends_sentence(line.norm) and _SHOUTED.match(line.norm):
                # Links to other stories set in capitals between paragraphs (Fox News), shaped
                # like headlines; an article's own subheadings in capitals are shorter, and a
                # sentence in capitals (an announcement, a question) ends like one.
                self._set(line, L.RELATED, "seg.shouted_link")
                continue
            if headline is not None and len(line.norm) == len(headline) and line.norm.lower() == headline:
                self._set(line, L.DUP, "seg.title_repeat")  # the headline again, as image alt text
                continue
            if self._bulleted_headline(i) and (self._bulleted_headline(i - 1) or self._bulleted_headline(i + 1)):
                self._set(line, L.RELATED, "seg.bulleted_headlines")
                continue
            if s < i < e and self.nwords[i] <= 10 and _PICTURE_KIND.match(line.norm) and not _ends_sentence(line.norm):
                # a stock picture's caption with no credit names itself ('Ilustrasi kebakaran rumah')
                self._set(line, L.CAPTION, "seg.illustration_caption")
                continue
            cut = self._cut(i, weak=True)
            if cut is not None and (
                (i + 1 <= e and lines[i + 1].label in (L.CREDIT, L.DUP))
                or line.norm[:cut].rstrip()[-1:] not in _SIGNED_OFF
                or _CAPTION_WORD.match(line.norm)
                or lines[i - 1].rule == "any.dup.image_widget"  # the caption under a zoom widget
                or (i < e and (_PHOTO_CREDIT_END.search(line.norm) or self._paragraphs_follow(i, e)))
                or clean_credit(line.norm[cut:]) in photo_credits  # the lead photo's credit again
            ):
                # A photo caption inside the body; a reporter's '(Site/Name)' sign-off follows
                # a finished sentence instead, at the end of the article. A photographer's or
                # an organisation's credit, or any credit with paragraphs still to come,
                # credits a photo.
                self._set(line, L.CAPTION, "seg.body_caption")
                continue
            prev = lines[i - 1]
            if (
                line.number - prev.number == 1
                and prev.label is L.RELATED
                and (
                    prev.rule == "seg.link_block"
                    or (not prev.rule.startswith("seg.") and self._related_title(prev) is None and not self._caption_button(i - 1))
                )
                and not _ends_sentence(line.norm)
                and self._headline_shaped(i)
                and not self._subheading_under_video(i)
                and not self._subheading_under_link(i)
            ):
                # The headlines set line under line below a bare 'Baca Juga:' between paragraphs (JPNN)
                self._set(line, L.RELATED, "seg.link_block")
                continue
            if self._bare_link(i, s, e):
                # Older Tribun pages drop links to other stories between paragraphs with no
                # 'Baca juga': a headline far longer than a subheading, prose on both sides.
                self._set(line, L.RELATED, "seg.bare_link")
                continue
            if line.norm[0] in _QUOTE_OPENERS and self._pull_quote(i, s):
                self._set(line, L.DUP, "seg.pull_quote")
                continue
            if self.nwords[i] >= 8:
                # Pages that print the body twice; short lines (sources, labels) may recur. An
                # article may repeat a sentence of its own (the same question to each person
                # interviewed, the same step in each part of a guide): a repeated sentence is
                # dropped only with a repeated neighbour, as when a whole passage comes twice.
                if line.norm in seen and (
                    not (_ends_sentence(line.norm) or line.norm.endswith(":"))
                    or lines[i - 1].norm == line.norm
                    or lines[i - 1].rule == "seg.body_repeat"
                    or (i < e and lines[i + 1].norm in seen)
                ):
                    self._set(line, L.DUP, "seg.body_repeat")
                    continue
                seen.add(line.norm)
            self._set(line, L.BODY, "seg.body")

    def _subheading_under_video(self, i: int) -> bool:
        """A video box's header announces a clip that the text does not show ('Jangan Lewatkan
        Video Terbaru:', 'Simak video pilihan berikut ini:'): a short line under it with a
        paragraph right below is the article's next subheading, not the clip's title."""
        lines = self.lines
        return (
            lines[i - 1].label is L.RELATED
            and lines[i - 1].norm.endswith(":")
            and "video" in lines[i - 1].norm.lower()
            and i + 1 < len(lines)
            and lines[i + 1].label is None
            # (a paragraph dense with names and figures may read as no prose; it is one all the same)
            and (self.good[i + 1] or (self.nwords[i + 1] >= 12 and _ends_sentence(lines[i + 1].norm)))
        )

    def _subheading_under_link(self, i: int) -> bool:
        """A link box between paragraphs may end right over the article's next subheading
        (CNN: 'Related article' / headline / 'A crowded shoreline'): a line of a few words,
        far shorter than the headline above it, with a paragraph right below."""
        lines = self.lines
        return (
            self.nwords[i] <= 4
            and self.nwords[i - 1] >= 2 * self.nwords[i] + 4
            and i + 1 < len(lines)
            and lines[i + 1].label is None
            and self.good[i + 1]
        )

    def _foreign_line(self, i: int) -> bool:
        """A line in English on a page in another language: none of the page language's
        function words, and English ones in their usual share."""
        norm = self.lines[i].norm
        return (
            self.lang is not None
            and self.lang != "en"
            and langs.stop_ratio(norm, self.lang) == 0
            and langs.stop_ratio(norm, "en") >= 0.2
        )

    def _premium_teasers(self, s: int, e: int) -> None:
        """A box that sells a premium story between paragraphs: the product's name in capitals
        ('INSIGHT'), the story's headline, then the paywall's pitch. The headline links to
        another story; the name is the box's label."""
        lines = self.lines
        for k in range(max(s, 2), e + 1):
            if lines[k].label not in (L.PROMO, L.SUBSCRIBE):
                continue
            label, title = lines[k - 2], lines[k - 1]
            if (
                label.label is None
                and title.label is None
                and self.nwords[k - 2] <= 3
                and label.norm.isupper()
                and label.norm.replace(" ", "").isalpha()  # a word, not a ticker's price ('BNSJ 4.580 +6,02%')
                and self.nwords[k - 1] >= 4
                and self._headline_shaped(k - 1)
            ):
                self._set(label, L.OTHER, "seg.premium_label")
                self._set(title, L.RELATED, "seg.premium_teaser")

    def _pull_quote(self, i: int, s: int) -> bool:
        """A quotation set large between paragraphs, repeating words of one just above it (a
        text may quote the same words again further on, as a guide repeats a prayer)."""
        # (the words, not their last stop: 'thermostat,” she said' is quoted as 'thermostat.”')
        norm = self.lines[i].norm
        quote = norm.strip("\"“”‘’'«» ").rstrip(".!?…,;: ")
        if len(quote) < 20 or self.nwords[i] > 40 or norm[-1] not in "\"”’'»":
            return False  # (only the quotation stands on the line: no 'she said' after it)
        return any(
            self.lines[k].label is L.BODY and quote in self.lines[k].norm and len(self.lines[k].norm) > len(norm) + 10
            for k in range(max(s, i - 6), i)
        )

    def _caption_button(self, k: int) -> bool:
        """A bare link header set right under a caption, without a colon, is the caption's own
        button ('Read More' unfolds it, AP): no list of links follows it."""
        line = self.lines[k]
        return (
            line.label is L.RELATED
            and k > 0
            and self.lines[k - 1].label is L.CAPTION
            and line.number - self.lines[k - 1].number == 1
            and not line.norm.endswith(":")
        )

    def _bare_link(self, i: int, s: int, e: int) -> bool:
        norm = self.lines[i].norm
        return (
            self.lang in ("id", "ms")
            and s < i < e
            and self.nwords[i] >= 9
            and not _ends_sentence(norm)
            and self._title_cased(i)
            and _LIST_ITEM.match(norm) is None
            # (names listed apart by semicolons, or by commas after a label: a line-up, no headline)
            and norm.count(";") < 2
            and _ROSTER.match(norm) is None
            and not self._sibling_item(i)
            and not self.lines[i - 1].norm.endswith(":")  # the heading of a table the prose announces
            # (past ten words no subheading is so long; shorter, prose must stand on both sides,
            # links dropped in apart)
            and (self.nwords[i] >= 11 or (self.good[self._past_links(i, -1)] and self.good[self._past_links(i, 1)]))
        )

    def _sibling_item(self, i: int) -> bool:
        """Whether line i is one of a run of 'label: value' items starting with the same word,
        printed one under the other ('Zona I (...): Rp...' / 'Zona II (...): Rp...'): a table, not links."""
        lines = self.lines
        norm = lines[i].norm
        if ":" not in norm:
            return False
        first = norm.split(None, 1)[0]
        # (links dropped between two items aside)
        return any(
            0 <= k < len(lines)
            and ":" in lines[k].norm
            and lines[k].norm.split(None, 1)[0] == first
            and (abs(lines[k].number - lines[i].number) <= 2 or abs(k - i) > 1)
            for k in (self._past_links(i, -1), self._past_links(i, 1))
        )

    def _past_links(self, i: int, step: int) -> int:
        """The first line from i in the direction of `step` that is no link or call dropped in."""
        k = i + step
        while 0 < k < len(self.lines) - 1 and self._inline_widget(k):
            k += step
        return k

    def _widget_buttons(self, s: int, e: int) -> None:
        """Three or more one- and two-word lines right under a widget's text are its buttons
        ('Ultra HD', 'Full HD', 'Mittel', 'Klein'); a subheading stands alone over prose."""
        lines = self.lines
        i = s + 1
        while i <= e:
            j = i
            while j <= e and lines[j].label is None and self.nwords[j] <= 2 and not _ends_sentence(lines[j].norm):
                j += 1
            # (not when the widget was dropped into a list of such items: 'Chester' / 'Telford' / ad / 'Wrexham',
            above = i - 2
            while above > s and lines[above].label in _WIDGET:
                above -= 1
            # nor a list the prose announces right under the widget: 'They are:' / 'Chester' / ...)
            listed = (lines[above].label is None and self.nwords[above] <= 2 and not _ends_sentence(lines[above].norm)) or lines[i].norm.endswith(":")
            if j - i >= 3 and lines[i - 1].label in _WIDGET and not listed:
                for k in range(i, j):
                    self._set(lines[k], L.OTHER, "seg.widget_buttons")
            i = j + 1

    def _subscribe_boxes(self, s: int, e: int) -> None:
        """A newsletter box set between paragraphs opens and closes with lines the rules know
        ('skip past newsletter promotion' ... 'after newsletter promotion', 'Newsletter' ...
        'Privacy notice'); its pitch in between reads like prose, so the brackets decide it,
        as long as every line of the pitch speaks of mail, newsletters or privacy (paragraphs
        between a 'follow us' line and a newsletter box are not part of it). A fundraising box
        ('Your support helps us ...' ... 'Your support makes all the difference.') likewise, its
        pitch speaking of support. The box may open just above the run and close just below it."""
        lines = self.lines
        i = max(0, s - 1)
        while i <= e:
            label = lines[i].label
            if label is not L.SUBSCRIBE and label is not L.PROMO:
                i += 1
                continue
            if lines[i].norm.lower().startswith("skip past "):
                # The Guardian names both ends of its box: whatever lies between is the box.
                end = next((k for k in range(i + 1, min(i + 12, e + 1)) if lines[k].norm.lower().startswith("after ")
                            and lines[k].label is label), None)
                if end is not None:
                    for k in range(i + 1, end):
                        if lines[k].label is None:
                            self._set(lines[k], label, "seg.subscribe_box")
                    i = end + 1
                    continue
            pitch = _PITCH if label is L.SUBSCRIBE else _SUPPORT_PITCH
            if label is L.SUBSCRIBE and _FORM_FIELD.match(lines[i].norm) and i + 1 < len(lines) and lines[i + 1].label is L.SUBSCRIBE:
                # A sign-up form (its address field and the button) has the letter's name and its
                # pitch right above it ('Inside Congress' / 'Your guide to ...' / 'Your Email').
                top = i - 1
                if top >= s and lines[top].label is None and pitch.search(lines[top].norm):
                    if top - 1 >= s and lines[top - 1].label is None and self.nwords[top - 1] <= 4 and not self.good[top - 1]:
                        top -= 1
                    for x in range(top, i):
                        self._set(lines[x], label, "seg.subscribe_box")
            elif (
                label is L.SUBSCRIBE
                and i - 1 >= s
                and i + 1 < len(lines)
                and lines[i + 1].label is L.SUBSCRIBE
                and lines[i - 1].label is None
                and self.nwords[i - 1] <= 10
                and not _ends_sentence(lines[i - 1].norm)
                # (the last of a list of headlines over a paywall's notice is no pitch)
                and (lines[i - 2].label is not None or _ends_sentence(lines[i - 2].norm))
                # (a call to sign up, not to follow: a subheading may stand over 'Ikuti kami di')
                and _PITCH.search(lines[i].norm) is not None
            ):
                # A box's pitch over its call and button: 'Catch up on the day's biggest business
                # stories' / 'Subscribe to Axios Markets for free' / 'Subscribe'.
                self._set(lines[i - 1], label, "seg.subscribe_box")
            j = i + 1
            # (and close just below it)
            last = min(e + 1, len(lines) - 1)
            while j <= last and j - i <= _BOX_LINES and lines[j].label is None:
                j += 1
            if (
                i + 1 < j <= last
                and j - i <= _BOX_LINES
                and lines[j].label is label
                # (or is one of its buttons: 'Show me'); a poll's question and answers may say anything
                and (
                    lines[i].rule == "id.promo.quiz"
                    # (the letter's name: 'Morning Briefing', '« Chaleur humaine »')
                    or all(pitch.search(lines[k].norm) or (self.nwords[k] <= 4 and not self.good[k]) for k in range(i + 1, j))
                )
            ):
                for k in range(i + 1, j):
                    self._set(lines[k], label, "seg.subscribe_box" if label is L.SUBSCRIBE else "seg.promo_box")
            i = j

    def _continues_numbering(self, i: int, s: int) -> bool:
        """'3. Pemkab Cianjur ...' after the article's own '1.' and '2.' headings is its next one."""
        m = _NUMBERED.match(self.lines[i].norm)
        if m is None or m[1] == "1":
            return False
        before = f"{int(m[1]) - 1}."
        return any(self.lines[k].label is L.BODY and self.lines[k].norm.startswith(before) for k in range(s, i))

    def _subheading_after_list(self, i: int, e: int) -> bool:
        """A link list inside the body often ends right where the article resumes under a
        subheading ('Leggi anche' + two headlines, then 'Chi paga il servizio' and prose). The
        subheading is told from one more headline by its length: much shorter than the item
        above it, and followed by a paragraph (up to three inserted widget lines aside)."""
        n = self.nwords[i]
        k = i - 1
        if self.lines[k].rule in ("seg.related_card", "seg.card_byline"):
            k -= 1  # the item's duration, channel or writer stands between
        if self.lines[k].rule != "seg.related_list":
            return False
        # On a page that sets its blocks apart by blank lines, a list printed line under line
        # ends at a blank line (Liputan6, merdeka since 2025): a short last item before it is
        # still an item, and the line after it may be as long as a headline.
        lines = self.lines
        tight = k > 0 and lines[k].number - lines[k - 1].number == 1
        gap_before = lines[i].number - lines[i - 1].number > 1
        gap_after = i + 1 < len(lines) and lines[i + 1].number - lines[i].number > 1 and not self._inline_widget(i + 1)
        if tight and not gap_before and gap_after:
            return False
        if not ((tight and gap_before and n <= 8) or (n <= 6 and n <= 0.6 * self.nwords[k])):
            return False
        j = i + 1
        while j <= min(e, i + 4) and self.lines[j].label is not None:
            j += 1
        if j > e or self.lines[j].label is not None:
            return False
        # (a paragraph dense with names and figures may read as no prose; the line that
        # announces a list under the subheading neither: both are no headline)
        return self.good[j] or (
            not self._headline_shaped(j)
            and (self.nwords[j] >= 12 or (self.lines[j].norm.endswith(":") and self.nwords[j] >= 5))
        )

    def _bulleted_headline(self, i: int) -> bool:
        """'- Rupiah Menguat ke Rp 16.020 per Dolar AS Sore Ini': a bullet and a title-cased
        headline, the form of 'more stories' lists dropped between paragraphs."""
        if not 0 <= i < len(self.lines):
            return False
        norm = self.lines[i].norm
        if norm[:2] not in ("- ", "• ", "· ", "– ") or self.lines[i].label not in (None, L.RELATED):
            return False
        words = norm[2:].split()
        if not 3 <= len(words) <= 20 or _ends_sentence(norm) or _FIGURE_ROW.search(norm):
            return False  # ('- R-1/TR daya 900 VA: Rp 1.361,40 per kWh': a row of figures, no headline)
        # An article's own list follows a colon ('berikut spesifikasinya:', 'the steps are:'),
        # whatever the case of its items (specifications are all units and figures), maybe
        # under the short headings of its groups ('Pelanggan Rumah Tangga').
        k = i - 1
        while k >= 0 and (
            self.lines[k].norm[:2] in ("- ", "• ", "· ", "– ")
            or self._inline_widget(k)
            or (self.lines[k].label is None and self.nwords[k] <= 6 and not _ends_sentence(self.lines[k].norm) and not self.lines[k].norm.endswith(":"))
        ):
            k -= 1
        if k >= 0 and self.lines[k].norm.endswith(":"):
            return False
        return k >= 0 or sum(w[:1].isupper() or w[:1].isdigit() for w in words) >= 0.6 * len(words)

    def _tail(self, e: int) -> None:
        lines = self.lines
        related_list = tag_list = False
        # The site's own name and menu words, as printed above the headline, link to no story.
        menu = {lines[k].norm for k in range(self.title_index or 0) if lines[k].label is L.NAV}
        headline = lines[self.title_index].norm.lower() if self.title_index is not None else None
        for i in range(e + 1, len(lines)):
            line = lines[i]
            if line.rule == _LIST_COUNTER:
                continue
            if line.label is not None:
                # Link lists run on across the dates, separators and comment counts printed
                # with each item. A header opens a list ('Video' over video teasers too); a
                # link that carries its own headline ('Baca juga: ...', 'Artikel ini telah
                # tayang di ...') does not.
                if line.label is L.RELATED:
                    # (an item with its own label, 'VIDEO: <title>', leaves an open list open)
                    related_list = related_list or line.rule.startswith("seg.") or self._related_title(line) is None
                elif line.label is L.OTHER and line.norm.lower() in _MEDIA_HEADERS:
                    related_list = True
                elif line.label is L.COMMENT and self.nwords[i] <= 2 and line.norm.islower() and related_list:
                    pass  # a card's comment icon and count ('comment', '0 komentar'); a header is capitalised
                elif (
                    line.label in _HARD
                    or line.label in _LIST_ENDS
                    or line.rule in self.closing
                    # paid teasers follow ('Contenus sponsorisés', 'Paid Partner Content')
                    or (line.label is L.AD and any(w in line.norm.lower() for w in ("sponsor", "paid", "promosi")))
                ):
                    related_list = False  # footers: legal links, notices; the article's own end
                # A bare tags header ('TOPIK TERKAIT', 'Tags:') lists its tags one per line.
                tag_list = line.label is L.TAGS and not self._tags(line.norm)
                continue
            # (the tags end at a blank line: what follows is the next widget)
            if tag_list and self.nwords[i] <= 4 and not _ends_sentence(line.norm) and line.number - lines[i - 1].number == 1:
                self._set(line, L.TAGS, "seg.tag_list")
                continue
            tag_list = False
            if i <= e + 3 and line.norm.isupper() and self._names_in_capitals(line.norm):
                self._set(line, L.SIGNOFF, "seg.signoff_name")  # Tempo signs off in capitals: 'RINA WIDIASTUTI | SUKARDI'
            elif self.nwords[i] <= 2 and line.norm[-1] != ")":
                self._set(line, L.NAV, "seg.tail_furniture")
                if _SITE_NAME.match(line.norm):
                    related_list = False  # the footer's logo: its tagline is no headline
            elif line.norm[-1] == ")" and self.nwords[i] <= 6 and signoff_name(line.norm):
                self._set(line, L.SIGNOFF, "seg.signoff")
            elif related_list and _CARD_CATEGORY.match(line.norm):
                self._set(line, L.OTHER, "seg.card_category")
            elif related_list and self._kicker(i):
                self._set(line, L.NAV, "seg.kicker")  # the topic over the next headline
            elif (
                self.nwords[i] >= 3
                and line.norm not in menu
                and not self._in_menu(i)
                and (
                    (related_list and self._headline_shaped(i))
                    # (a headline of two sentences keeps the capitals of a headline: 'A Hurricane Is
                    # Heading for the Gulf Coast. Here's What to Know.')
                    or (related_list and self.nwords[i] <= 20 and _TWO_SENTENCES.search(line.norm) and self._title_cased(i))
                    or (self._dated_headline(i) and (self._dated_headline(i + 2) or self._dated_headline(i - 2)))
                )
            ):
                # (headlines each over its date form a list under any header: 'Opini', 'Kolom Pakar')
                related_list = True
                if headline is not None and _VIEW_COUNT.sub("", line.norm).lower() == headline:
                    self._set(line, L.DUP, "seg.title_repeat")  # the article itself, listed among the popular
                else:
                    self._set(line, L.RELATED, "seg.related_list")
            elif self.good[i]:
                self._set(line, L.OTHER, "seg.prose_outside_body")
            else:
                self._set(line, L.NAV, "seg.tail_furniture")

    def _contents_entries(self, head: list[int]) -> set[int]:
        """The subheadings a table of contents or a key-points box lists over the article
        ('I punti chiave' / 'Quanto costano i rincari' / ...), printed line under line: none
        is the headline."""
        lines, out = self.lines, set()
        for i in range(head[0], head[-1]) if head else ():
            if lines[i].rule != "any.other.contents":
                continue
            k = i + 1
            while k < len(lines) and lines[k].label is None and self.nwords[k] <= 12 and not self.good[k] and (
                lines[k].number - lines[k - 1].number <= 2
            ):
                out.add(k)
                k += 1
        return out

    def _captioned_copy(self, i: int) -> int | None:
        """The copy of line i printed a few lines below it with a photo credit right under
        the copy: a caption, printed as the image's text and again as its caption."""
        lines = self.lines
        if self.nwords[i] < 4:
            return None
        for k in range(i + 1, min(i + 4, len(lines) - 1)):
            if lines[k].norm == lines[i].norm and lines[k].label is None:
                return k if lines[k + 1].label is L.CREDIT else None
        return None

    def _in_menu(self, i: int) -> bool:
        """A footer menu's header or item: two or more lines of a word or two, printed right
        under or right over the line ('MNC Portal Indonesia' / 'Okezone' / 'Sindonews',
        'Tutorial' / 'Syarat & Ketentuan' / 'Kebijakan Privasi' / 'Kontak Kami'), itself short
        (the last headline of a list may stand right over the footer's menu). (A rank's figure
        or a category over each headline of a link list stands alone.)"""
        lines = self.lines
        if self.nwords[i] > 5:
            return False

        def short(k: int) -> bool:
            return (
                0 <= k < len(lines)
                and self.nwords[k] <= 2
                and lines[k].label in (None, L.NAV)
                and any(c.isalpha() for c in lines[k].norm)
            )

        for step in (1, -1):
            a, b = i + step, i + 2 * step
            if (
                short(a) and short(b)
                and abs(lines[a].number - lines[i].number) == 1
                and abs(lines[b].number - lines[a].number) == 1
            ):
                return True
        return False

    def _dated_headline(self, i: int) -> bool:
        """An unlabelled headline with its date on the next line, as link cards print them."""
        lines = self.lines
        if not 0 <= i < len(lines) - 1 or lines[i].label not in (None, L.RELATED):
            return False
        below = lines[i + 1]
        return (below.label is L.DATE or (below.label is None and self._mostly_date(below.norm))) and self._headline_shaped(i)

    @staticmethod
    def _names_in_capitals(norm: str) -> bool:
        """One or more names in capitals, apart by bars or slashes ('LARASATI DYAH UTAMI | SUKARDI');
        a one-word name only beside another (alone, a word in capitals is as often a place)."""
        parts = _NAME_BAR.split(norm)
        if len(parts) == 1:
            return looks_like_name(norm)
        return all(looks_like_name(p, single=True) or (p.isalpha() and 3 <= len(p) <= 20 and looks_like_name(p.title(), single=True)) for p in parts)

    def _kicker(self, i: int) -> bool:
        """A short topic line set over a headline in a list of stories ('Unfall auf der A3' over
        'Lkw-Fahrer nach Auffahrunfall bei Deggendorf schwer verletzt'): at most four words, the
        headline right below it half as long again (the card's date may stand between them)."""
        j = i + 1
        if j + 1 < len(self.lines) and self.lines[j].label in (None, L.DATE) and self._mostly_date(self.lines[j].norm):
            j += 1
        return (
            self.nwords[i] <= 4
            and j < len(self.lines)
            and self.lines[j].label is None
            and 2 * self.nwords[j] >= 3 * self.nwords[i]
            and not _ends_sentence(self.lines[i].norm)
            and self._headline_shaped(j)
        )

    @staticmethod
    def _set(line: Line, label: Label, rule: str) -> None:
        line.label, line.rule = label, rule

    # -- 5. article ------------------------------------------------------------------------
    def article(self) -> Article:
        lines = self.lines
        if not lines:
            return Article.model_construct(language=self.lang)
        self._features()
        self._context()
        span = self._span()
        if span is None:
            for line in lines:
                if line.label is None:
                    self._set(line, L.OTHER, "seg.no_body")
            self.body_start = len(lines)
            self._head(len(lines))
        else:
            s, e = span
            self.body_start, self.body_end = s, e
            self._head(s)
            self._body(s, e)
            self._tail(e)
        return self._build()

    def _build(self) -> Article:
        lines = self.lines
        title = subtitle = copyright_ = None
        published = None
        source = location = None
        paragraphs: list[Paragraph] = []
        captions: list[Caption] = []
        related: list[RelatedLink] = []
        seen_related: set[str] = set()
        seen_captions: set[tuple[str, str | None]] = set()
        tags: list[str] = []
        pages = None
        zone = _DEFAULT_ZONE.get(self.lang, 0)
        month_first = self.lang == "en"
        last_credit: str | None = None
        for idx, line in enumerate(lines):
            label = line.label
            if label in _NOTHING_TO_READ:
                last_credit = None
                continue
            text = line.text
            if label is L.BODY:
                if not paragraphs and source is None and location is None:
                    # Matched on a copy with every space-like character as a plain space (same
                    # length), so the rest of the paragraph keeps its NBSPs.
                    plain = text.translate(_PLAIN_SPACES)
                    dl = split_dateline(plain, lang=self.lang, outlets=self.outlets)
                    if dl is None and (lead := split_lead_dateline(plain)) is not None and not self._interview(idx):
                        dl = (None, *lead)
                    if dl is not None:
                        source, location = dl[0], dl[1]
                        text = text[len(text) - len(dl[2]) :].strip()
                        if not text:
                            continue
                paragraphs.append(Paragraph.model_construct(text=text, kind=self._kind(idx)))
            elif label is L.TITLE and title is None:
                title = text
            elif label is L.SUBTITLE and (subtitle is None or line.rule == "seg.summary"):
                subtitle = text if subtitle is None else f"{subtitle}\n{text}"
            elif label is L.CAPTION:
                cut = credit_tail(text, weak=True)
                credit = None
                if last_credit and text.rstrip().endswith(last_credit):
                    credit, text = last_credit, text.rstrip()[: -len(last_credit)].rstrip()
                elif cut is not None:
                    credit = clean_credit(text[cut:])
                    text = text[:cut].rstrip(" -–—|/")
                elif (opening := self._credit_opening(text, caps=line.rule == "seg.caps_credit_caption")) is not None:
                    credit, text = text[:opening].strip(), text[opening:]
                elif _CAPTION_WORD.match(text) and (named := _BRACKETED_NAME.search(text)):
                    credit, text = named[1], text[: named.start()].rstrip()  # 'Foto: <caption> (Name)'
                elif agency := _AGENCY_CLOSING.search(text):
                    credit, text = agency[1], text[: agency.start()]
                elif idx > 0 and lines[idx - 1].label is L.CREDIT:
                    credit = clean_credit(lines[idx - 1].text)
                elif idx + 1 < len(lines) and lines[idx + 1].label is L.CREDIT:
                    credit = clean_credit(lines[idx + 1].text)
                elif idx + 2 < len(lines) and lines[idx + 1].rule == "seg.photo_label" and lines[idx + 2].label is L.CREDIT:
                    credit = clean_credit(lines[idx + 2].text)  # past the bare 'Photo :' label (VIVA)
                elif (
                    idx + 2 < len(lines)
                    and lines[idx + 1].rule == "seg.caption_repeat"
                    and lines[idx + 2].label is L.CREDIT
                    and lines[idx + 2].number - lines[idx + 1].number == 1
                ):
                    credit = clean_credit(lines[idx + 2].text)  # under the caption's second copy
                else:
                    # Tribun prints the caption again with its credit on the next line (so do
                    # Malaysian papers, the bare copy first).
                    for k in range(idx + 1, min(idx + 4, len(lines))):
                        if lines[k].rule in ("seg.caption_pair_credit", "seg.caption_repeat"):
                            copy = lines[k].text
                            paired = lines[k].rule == "seg.caption_pair_credit" and copy.startswith(text)
                            tail = len(text) if paired else credit_tail(copy, weak=True)
                            credit = clean_credit(copy[tail:]) if tail is not None else None
                            break
                caption = (_MEDIA_LABEL.sub("", text, count=1), credit or None)
                if caption not in seen_captions:  # (a caption printed twice, once with its 'Foto:' label, is one)
                    seen_captions.add(caption)
                    captions.append(Caption.model_construct(text=caption[0], credit=caption[1]))
            elif label is L.CREDIT:
                last_credit = line.text.strip()
                continue
            elif label is L.RELATED:
                title_ = self._related_title(line)
                if title_ and title_ not in seen_related:
                    seen_related.add(title_)
                    related.append(RelatedLink.model_construct(title=title_, url=self._link(title_, line)))
            elif label is L.PAGINATION:
                # (an image viewer's counters over the headline, '1/2', '2/2', count photos, not pages)
                if not (self.title_index is not None and idx < self.title_index and _VIEWER_COUNT.match(line.norm)):
                    pages = max(pages or 0, self._page_count(line.norm))
            elif label is L.COPYRIGHT and copyright_ is None:
                copyright_ = text
            elif label is L.TAGS:
                tags += self._tags(line.norm)
            if label is not L.CREDIT:
                last_credit = None
        authors, editors = self._credits()
        # The writer's full name signing the article off is a writer's, byline or not (with a
        # byline, only the name in brackets alone on its line: '(Rahman Asmardika)',
        # '(Tribunnews.com/Name)'; a paragraph or a footer link may close on anything in brackets).
        for line in reversed(lines):
            if line.label in (L.SIGNOFF, L.BODY):
                if line.rule == "seg.signoff_name" and not authors:
                    authors += _NAME_BAR.split(line.norm)
                elif (
                    (not authors or (line.label is L.SIGNOFF and line.norm[:1] == "("))
                    and (name := signoff_name(line.norm))
                    and name not in authors
                    and looks_like_name(name)
                ):
                    authors.append(name)
                break
        published, date_line = self._published(month_first, zone)
        if location is None and source is None and self.dateline is not None:
            source, location = self.dateline
        if source is None:
            # The site's name over its writers ('REPUBLIKA.CO.ID, oleh A, B') is the dateline's source.
            for line in lines[: self.body_start]:
                if line.rule == "id.byline.site_oleh":
                    source = line.text.split(",", 1)[0].strip()
                    break
        if source is not None and source in authors:
            # a partner's posts on a platform name the outlet where a member's name their writer
            # ('Tulisan dari Lampung Geh tidak mewakili ...', kumparan): the dateline's source writes none
            authors.remove(source)
        if location is None and source is None:
            # In place of a dateline, where the writers filed from: 'Reporting from Tres Pozos, Ariz.'
            filed = next((x for x in lines[: self.body_start] if x.rule == "en.byline.reporting_from"), None)
            if filed is not None:
                location = filed.text.split(None, 2)[2]
        if location is None and source is None and date_line is not None:
            # Without a dateline, some sites put the place on the date line: 'Teruel - 14 may 2024'
            # (on a byline it is the writer's name: 'Rahmat Hidayatullah • 18 Juli 2025 15:37'),
            # also on the edit's when the first publication is stamped under the article.
            for k in [date_line, *(k for k in range(self.body_start) if lines[k].label is L.DATE)]:
                if lines[k].label is L.DATE:
                    m = _PLACE_BEFORE_DATE.match(lines[k].norm) or _PLACE_AFTER_DATE.search(lines[k].norm)
                    if m:
                        location = m[1]
                        break
        if published is None and self.crawler_date:
            published = parse_date(self.crawler_date, default_zone=zone)
        trace = [
            LineTrace(x.number, x.text, x.label, x.rule) for x in lines
        ]
        return Article.model_construct(
            title=title,
            subtitle=subtitle,
            authors=authors,
            editors=editors,
            published=published,
            source=source,
            location=location,
            paragraphs=paragraphs,
            captions=captions,
            related=related,
            tags=tags,
            page_count=pages if pages and pages > 1 else None,  # (one page is no pagination: an image viewer's '1/1')
            copyright=copyright_,
            language=self.lang,
            lines=trace,
        )

    def _interview(self, i: int) -> bool:
        """Whether the body paragraph after line i opens with a speaker's name and a colon too:
        then the first one's 'ZEIT ONLINE: ' is the interviewer's label, not a place."""
        nxt = next((x for x in self.lines[i + 1 :] if x.label is L.BODY), None)
        return nxt is not None and _SPEAKER.match(nxt.norm) is not None

    def _credits(self) -> tuple[list[str], list[str]]:
        """Authors and editors from the byline lines near the article; a credit with an explicit
        role ('Editor', 'Author', 'Penulis:') further down the page (author boxes) fills a role
        the lines near the article left empty."""
        near: tuple[list[str], list[str]] = ([], [])
        far: tuple[list[str], list[str]] = ([], [])
        top, bottom = self._credit_zone()
        for idx, line in enumerate(self.lines):
            if line.label is not L.BYLINE:
                # A date line that names its author: 'Posted on November 14, 2023 by Laura Bennett'.
                if line.label is L.DATE and top <= idx <= bottom and (by := _DATE_BY.search(line.norm)):
                    a = byline_people(line.norm[by.start() :])[0]
                    near[0].extend(x for x in a if x not in near[0])
                continue
            role = self.roles.get(idx)
            if role is not None:
                names = [x.strip() for x in _desk_name(line.norm.rstrip(",")).split(",") if x.strip()]
                a, ed = ([], names) if role in ("editor", "penyunting", "redaktur") else (names, [])
            else:
                a, ed = byline_people(line.norm)
                if line.rule == "seg.name_paper":
                    a, ed = [_NAME_PAPER.match(line.norm)[1]], []
                if not a and not ed and line.rule == "seg.bare_name" and self.nwords[idx] == 1:
                    a = [line.norm]  # a writer who goes by one name ('Syamsuddin')
            explicit = role is not None or line.rule in _EXPLICIT_ROLES
            target = near if top <= idx <= bottom else far if explicit else None
            if target is not None:
                target[0].extend(x for x in a if x not in target[0])
                target[1].extend(x for x in ed if x not in target[1])
        return near[0] or far[0], near[1] or far[1]

    def _credit_zone(self) -> tuple[int, int]:
        """Bylines count from a few lines above the headline (or the body) down to a few lines
        below the body, not past a link list's header; further away they belong to link lists
        ('Tech News 15 Feb 2016').
        Above the headline, the date, share and comment widgets stacked with the byline do not
        count towards those few lines (Merkur prints date, author and buttons over the title)."""
        title = self.title_index
        lines = self.lines
        end = bottom = max(self.body_end, self.body_start)
        for k in range(end + 1, min(len(lines), end + 13)):
            if lines[k].label is L.RELATED and self._related_title(lines[k]) is None and not any(self.good[end + 1 : k]):
                break  # (a link list's header: the bylines under it are its stories')
            bottom = k
        if title is None:
            return self.body_start - 12, bottom
        top, left = title, 3
        while top > 0 and left > 0:
            top -= 1
            if self.lines[top].label not in _BESIDE_BYLINE:
                left -= 1
        return top, bottom

    def _published(self, month_first: bool, zone: int) -> tuple[datetime | None, int | None]:
        """The publication time and its line: the first date printed between the headline and
        the body (dates also sit on byline lines); without a headline, the date closest above
        the body; else the first date anywhere. Dates in link lists elsewhere are not it."""
        lines = self.lines
        title = self.title_index
        dated = [
            i for i, x in enumerate(lines)
            if x.label is L.DATE or (x.label is L.BYLINE and DATE_RE.search(x.norm) is not None)
        ]
        start = self.body_start
        if title is not None:
            picks = [i for i in dated if title < i < start]
        else:
            picks = [i for i in dated if i < start][-1:]
        # The time of the last edit only when no other is printed (above it, as some pages do),
        # its word on the line or alone on the line above ('Updated' / 'Mar 12, 2025, 07:48 PM').
        def kind(i: int) -> int:
            if _FIRST_PUBLISHED.match(lines[i].norm):
                return 0
            edited = i > 0 and self.nwords[i - 1] <= 2 and _UPDATED.fullmatch(lines[i - 1].norm.rstrip(" :")) is not None
            return 2 if edited or _updated_first(lines[i].norm) else 1

        picks.sort(key=kind)
        if picks and kind(picks[0]) == 2:
            # only the last edit above the body: a stamp that says it is the first publication,
            # printed under the article (The Hindu), comes first
            picks = [i for i in dated if i >= start and _PUBLISHED_STAMP.match(lines[i].norm)][:1] + picks
        for i in picks or dated:
            norm = lines[i].norm
            # ('Updated: <time> | Originally published: <time>': the first publication's)
            # ('Updated <time>|Published <time>': the publication's, printed second)
            first = _FIRST_PUBLISHED.search(norm) or (_PUBLISHED_SECOND.search(norm) if _updated_first(norm) else None)
            stamp = norm[first.start() :] if first else norm
            if first and DATE_RE.search(stamp) is None and (day := DATE_RE.search(norm)) is not None:
                # ('Updated January 14, 2025 — 6.48pm first published at 5.00am': the same day, earlier)
                stamp = f"{day[0]} {stamp}"
            if i + 1 < len(lines) and _CLOCK_LINE.match(lines[i + 1].norm) and not _CLOCK.search(stamp):
                # ('Saturday, 22 Mar 2025' / '8:05 AM MYT': the time on the line under the date, The Star)
                stamp = f"{stamp} {lines[i + 1].norm}"
            when = parse_date(stamp, month_first=month_first, default_zone=zone)
            if when is not None:
                return when, i
        return None, None

    def _kind(self, i: int) -> ParagraphKind:
        norm = self.lines[i].norm
        if _LIST_ITEM.match(norm) or _is_result(norm) or _DATED_ITEM.match(norm):
            return ParagraphKind.LIST_ITEM
        if not self.good[i] and self.nwords[i] <= 14 and not _ends_sentence(norm) and not norm.endswith((",", ":")):
            return ParagraphKind.HEADING
        if norm[0] in "\"“«„" and norm[-1] in "\"”»" and _QUOTE.search(norm, 1, len(norm) - 1) is None:
            return ParagraphKind.QUOTE
        return ParagraphKind.PARAGRAPH

    _QUOTED = regex.compile(r"['‘\"“]([^'‘’\"“”]{8,200})['’\"”]\s*(?:\p{L}+\s+){0,3}\p{L}*\s*:?\s*$")
    # (the title in quotes ends at its closing quote: '... dengan judul "X". Baca selengkapnya di sini.')
    _SYNDICATED = regex.compile(r"dengan judul\s+([\"“][^\"“”]{4,300}[\"”]|.+?)\s*(?:[,.]\s*(?:https?://|klik|baca)|$)", regex.I)

    def _related_title(self, line: Line) -> str | None:
        """The headline a related line links to: what follows the words its rule matched
        ('Baca juga: <title>'); None for a bare widget header ('Baca Juga', 'Berita Terkait').
        Asked of the same line by several passes: computed once for its rule."""
        key = (line.number, line.rule)
        if key not in self._titles:
            self._titles[key] = self._find_related_title(line)
        return self._titles[key]

    def _find_related_title(self, line: Line) -> str | None:
        m = self._SYNDICATED.search(line.text)
        if m is None and line.rule == "id.related.syndication" and "judul" not in line.norm.lower():
            return None  # 'Artikel ini telah tayang di detikJatim. Baca selengkapnya di sini!': no title
        if m:
            title = m[1].strip()
            # (the title in quotes: 'dengan judul "<title>", Klik untuk baca: ...')
            if len(title) > 2 and title[0] in "\"“'‘" and title[-1] in "\"”'’":
                title = title[1:-1].strip()
            return title
        rule = self.rules.get(line.rule)
        rest = line.norm
        if isinstance(rule, RegexRule):
            found = rule.match_end(rest)
            rest = rest[found:] if found is not None else rest
        title = rest.strip(" \t-–—•·|:.…→➔")
        if title[:1].islower() and rest.rstrip().endswith(":"):
            return None  # a teaser's header with the headline below it: 'Simak juga video pilihan berikut ini:'
        if not title:
            # 'Simak Video "<headline>":' - the rule took the whole line; the headline is quoted.
            quoted = self._QUOTED.search(line.norm)
            title = quoted[1] if quoted else ""
        else:
            if not title.startswith(("Photos:", "PHOTOS:")):  # (in English that opens a gallery's headline)
                title = _MEDIA_LABEL.sub("", title, count=1)
            rank = _RANK.match(title) if line.rule == "seg.related_list" else None
            if rank:
                title = title[rank.end() :]
            title = _VIEW_COUNT.sub("", title)
            title = _RUBRIC_TAIL.sub("", title)
            title = _LINK_TAG.sub("", title)
            if title.endswith(" read") and self._capitalised(title[:-5], 0.6):
                title = title[:-5]  # a link's residue after a Title Case headline (Okezone)
        quoted = _TEASER_QUOTE.match(title)
        if quoted:  # 'Simak juga video "<title>":' - the headline is the quoted part
            title = quoted[1]
        if title[:1] in _OPEN_QUOTES and title[-1:] in _CLOSE_QUOTES and _QUOTE_CHARS.isdisjoint(title[1:-1]):
            # (the quotes may hold the kind of item too: 'Simak Video "Video: <title>":')
            title = _MEDIA_LABEL.sub("", title[1:-1].strip(), count=1)
        for close, open_ in ((")", "("), ("]", "[")):
            if title.endswith(close) and open_ not in title:
                title = title[:-1].rstrip(" .")  # ('[Headline. Deck.]': the deck's full stop goes too)
        return title if len(title) >= 8 and " " in title else None

    def _link(self, title: str, line: Line) -> str | None:
        """The address behind a related line: the link whose text is its headline or the
        whole line ('Baca juga: <a>headline</a>' or a link around all of it)."""
        if not self.links:
            return None
        href = self.links.get(" ".join(title.split())) or self.links.get(line.norm)
        if href is None:
            return None
        return resolve_link(self.link_base, href)

    @staticmethod
    def _page_count(norm: str) -> int:
        m = _PAGE_OF.search(norm)
        if m:
            return int(m[2])
        digits = _DIGITS.findall(norm)
        if len(digits) == 1 and len(digits[0]) > 1 and digits[0].startswith("12"):
            return max(int(c) for c in digits[0])  # '1234': the numbers printed without spaces
        return max((int(d) for d in digits), default=0)

    @staticmethod
    def _tags(norm: str) -> list[str]:
        body = _TAGS_LABEL.sub("", norm)
        return [t.strip(" #") for t in _TAG_SEPARATOR.split(body) if t.strip(" #")]
