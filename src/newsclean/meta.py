"""Metadata parsers: publication dates, people named in bylines, datelines and photo credits."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta, timezone

import re

import regex

from .patterns import AGENCIES, BYLINE_CHANNEL, DATE, DATE_PARTS, MONTHS, NAME, NAME_SHORTEST, ROLE_AFTER_NAME, WEEKDAYS

_MONTH_NUMBER = {
    **dict.fromkeys(("styczeń", "stycznia", "ocak"), 1),
    **dict.fromkeys(("luty", "lutego", "şubat"), 2),
    **dict.fromkeys(("marzec", "marca", "mart", "mac"), 3),
    **dict.fromkeys(("kwiecień", "kwietnia", "nisan"), 4),
    **dict.fromkeys(("maj", "maja", "mayıs"), 5),
    **dict.fromkeys(("czerwiec", "czerwca", "haziran"), 6),
    **dict.fromkeys(("lipiec", "lipca", "temmuz", "julai"), 7),
    **dict.fromkeys(("sierpień", "sierpnia", "augusti", "ağustos", "ogos"), 8),
    **dict.fromkeys(("wrzesień", "września", "eylül"), 9),
    **dict.fromkeys(("październik", "października", "ekim"), 10),
    **dict.fromkeys(("listopad", "listopada", "kasım"), 11),
    **dict.fromkeys(("grudzień", "grudnia", "aralık", "disember"), 12),
    **dict.fromkeys(("januari", "january", "jan", "januar", "jänner", "janvier", "enero", "ene", "janeiro", "gennaio", "gen"), 1),
    **dict.fromkeys(("februari", "pebruari", "february", "feb", "februar", "février", "fevrier", "febrero", "fevereiro", "fev", "febbraio"), 2),
    **dict.fromkeys(("maret", "march", "mar", "märz", "mars", "marzo", "março", "maart", "mrt"), 3),
    **dict.fromkeys(("april", "apr", "avril", "abril", "abr", "aprile"), 4),
    **dict.fromkeys(("mei", "may", "mai", "mayo", "maio", "maggio", "mag"), 5),
    **dict.fromkeys(("juni", "june", "jun", "juin", "junio", "junho", "giugno", "giu"), 6),
    **dict.fromkeys(("juli", "july", "jul", "juillet", "julio", "julho", "luglio", "lug"), 7),
    **dict.fromkeys(("agustus", "august", "agu", "agt", "ags", "aug", "août", "aout", "agosto", "ago", "augustus"), 8),
    **dict.fromkeys(("september", "sept", "sep", "septembre", "septiembre", "setiembre", "setembro", "settembre"), 9),
    **dict.fromkeys(("oktober", "october", "okt", "oct", "octobre", "octubre", "outubro", "out", "ottobre", "ott"), 10),
    **dict.fromkeys(("november", "nopember", "nov", "novembre", "noviembre", "novembro"), 11),
    **dict.fromkeys(("desember", "december", "des", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dezembro", "dicembre"), 12),
}
_ZONE_HOURS = {
    "wib": 7, "wita": 8, "wit": 9, "utc": 0, "gmt": 0, "bst": 1, "cet": 1, "cest": 2,
    "et": -5, "est": -5, "edt": -4, "ct": -6, "cst": -6, "cdt": -5, "pt": -8, "pst": -8, "pdt": -7,
    "ist": 5.5, "sgt": 8, "myt": 8, "pht": 8, "hkt": 8, "jst": 9, "kst": 9, "aest": 10, "aedt": 11,
    # Canada's and the other North American zones
    "mst": -7, "mdt": -6, "ast": -4, "adt": -3, "nst": -3.5, "ndt": -2.5, "hst": -10,
    # spelled out, as Business Wire prints them
    "eastern daylight time": -4, "eastern standard time": -5, "central daylight time": -5, "central standard time": -6,
    "mountain daylight time": -6, "mountain standard time": -7, "pacific daylight time": -7, "pacific standard time": -8,
}
# Countries named for their (single) zone: Argentina, Mexico City, Colombia, Peru.
_COUNTRY_HOURS = {"AR": -3, "MX": -6, "CO": -5, "PE": -5}
# Public: the segmenter finds dates in lines with it too.
DATE_RE = regex.compile(DATE_PARTS, regex.I)
_TIME_RE = regex.compile(
    r"(?<![\d/])(?P<h>\d{1,2})(?:[:.]|h)(?P<mi>\d\d)(?:[:.](?P<s>\d\d))?(?!\d|[.,]\d)(?:\s?(?P<ap>[ap])\.?\s?m\b\.?|\s(?P<part>pagi|petang|malam)\b)?"
    # (a Latin American paper names the country for its zone after the clock: '05:12 a.m. AR')
    r"(?:(?<=m\.?)\s(?P<cc>(?-i:AR|MX|CO|PE))\b)?"
    # (the reader's own zone, as Reuters prints it: '5:48 PM GMT+2')
    r"(?:\s?(?:gmt|utc)(?P<goff>[+-]\d{1,2})(?::?(?P<goffm>\d\d))?|\s?(?P<zb>\()?(?P<z>(?:eastern|central|mountain|pacific) (?:daylight|standard) time|wib|wita|wit|utc|gmt|bst|cest|cet|edt|est|et|cdt|cst|ct|pdt|pst|pt|mdt|mst|adt|ast|ndt|nst|hst|ist|sgt|myt|pht|hkt|jst|kst|aest|aedt)\b(?(zb)\))|,\s?(?P<uk>uk)\b|\s?(?P<off>[+-]\d\d):?(?P<offm>\d\d))?",
    regex.I,
)
# What may stand between a time and the date it belongs to: a comma, a weekday.
_TIME_THEN_DATE = regex.compile(r"[\s,|·–—-]*(?:\p{L}+\.?,?\s*)?")
# The crawler that saved some pages glued " date 2024-11-06 " in front of the first line.
CRAWLER_DATE = regex.compile(r"date (\d{4}-\d\d(?:-\d\d)?)\s+")


# The American zones named without saying standard or daylight time ('9:12 a.m. ET').
_US_GENERIC_ZONES = frozenset(("et", "ct", "pt"))


def _us_daylight(day: date) -> bool:
    """Whether `day` falls in American daylight time: from the second Sunday of March to the
    first Sunday of November."""
    start = date(day.year, 3, 8 + (6 - date(day.year, 3, 8).weekday()) % 7)
    end = date(day.year, 11, 1 + (6 - date(day.year, 11, 1).weekday()) % 7)
    return start <= day < end


def _eu_summer(day: date) -> bool:
    """Whether `day` falls in European summer time: from the last Sunday of March to the last
    Sunday of October (British time, 'UK', is GMT or BST by it)."""
    start = date(day.year, 3, 31) - timedelta(days=(date(day.year, 3, 31).weekday() + 1) % 7)
    end = date(day.year, 10, 31) - timedelta(days=(date(day.year, 10, 31).weekday() + 1) % 7)
    return start <= day < end


def _zone_offset(t: regex.Match[str], day: date) -> float:
    if t["cc"]:
        return _COUNTRY_HOURS[t["cc"]]
    if t["goff"]:
        sign = -1 if t["goff"][0] == "-" else 1
        return int(t["goff"]) + sign * int(t["goffm"] or 0) / 60
    if t["z"]:
        zone = t["z"].lower()
        return _ZONE_HOURS[zone] + (1 if zone in _US_GENERIC_ZONES and _us_daylight(day) else 0)
    if t["uk"]:
        return 1 if _eu_summer(day) else 0
    sign = -1 if t["off"][0] == "-" else 1
    return int(t["off"]) + sign * int(t["offm"]) / 60


def parse_date(text: str, *, month_first: bool = False, default_zone: int = 7) -> datetime | None:
    """The first calendar date in `text` (with its time and zone when given), timezone-aware.
    Without a stated zone, `default_zone` hours from UTC is assumed (WIB for Indonesian pages)."""
    m = DATE_RE.search(text)
    if m is None:
        return None
    g = m.groupdict()
    try:
        if g["y1"]:
            y, mo, d = int(g["y1"]), _MONTH_NUMBER[g["m1"].lower().rstrip(".")], int(g["d1"])
        elif g["y2"]:
            y, mo, d = int(g["y2"]), _MONTH_NUMBER[g["m2"].lower().rstrip(".")], int(g["d2"])
        elif g["y3"] or g["y6"]:
            a, b = (int(g["a3"]), int(g["b3"])) if g["y3"] else (int(g["a6"]), int(g["b6"]))
            mo, d = (a, b) if month_first and a <= 12 else (b, a)
            y = int(g["y3"] or g["y6"])
            y += 2000 if y < 100 else 0  # '14/11/23
        elif g["y5"]:
            y, mo, d = int(g["y5"]), _MONTH_NUMBER[g["m5"].lower()], int(g["d5"])
        else:
            y, mo, d = int(g["y4"]), int(g["m4"]), int(g["d4"])
        hour = minute = second = 0
        offset = default_zone
        # A time belongs to the date it follows, not to a later one ('(modifica il ... 18:05)'),
        # unless the line prints the time first ('09:41 GMT, 14 November 2023 | Updated: ...').
        later = DATE_RE.search(text, m.end())
        before = None
        for before in _TIME_RE.finditer(text, 0, m.start()):
            pass
        if before is not None and _TIME_THEN_DATE.fullmatch(text, before.end(), m.start()):
            t = before
        else:
            t = _TIME_RE.search(text, m.end(), later.start() if later else len(text)) or before
        if t is not None:
            hour, minute, second = int(t["h"]), int(t["mi"]), int(t["s"] or 0)
            if t["ap"]:
                hour = hour % 12 + (12 if t["ap"].lower() == "p" else 0)
            elif t["part"] and t["part"].lower() != "pagi" and hour < 12:
                hour += 12  # Malay times of day on a 12-hour clock: '4:35 petang', '9:10 malam'
            zoned = t if t["goff"] or t["z"] or t["off"] or t["uk"] or t["cc"] else None
        else:
            # A date without its time takes the zone the line states further on ('Published
            # Oct. 7, 2025 Updated Oct. 8, 2025, 9:12 a.m. ET').
            zoned = next((z for z in _TIME_RE.finditer(text, m.end()) if z["goff"] or z["z"] or z["off"] or z["uk"]), None)
        if zoned is not None:
            offset = _zone_offset(zoned, date(y, mo, d))
        return datetime(y, mo, d, hour, minute, second, tzinfo=timezone(timedelta(hours=offset)))
    except (KeyError, ValueError):
        return None


# --- people -------------------------------------------------------------------------------

_AUTHOR_ROLES = {
    "penulis", "reporter", "rep", "pewarta", "kontributor", "oleh", "wartawan", "jurnalis",
    "laporan", "by", "author", "writer", "written by", "posted by", "words by", "story by",
    "reporting by", "writing by", "fotografer", "von", "par", "por", "door", "av", "autor", "autore", "autora", "opracowanie", "oprac.",
    "muhabir", "haber", "yazar", "text", "texto", "tekst", "testo", "laporan oleh", "interview",
}
_EDITOR_ROLES = {"editor", "red", "redaktur", "penyunting", "editing by", "edited by"}
# Reporters a wire story thanks at its end wrote parts of it, not the story: no authors.
# Nor are the experts who checked it (health sites: 'Medically reviewed by ... — Written by ...').
_CONTRIBUTOR_ROLES = {"additional reporting by", "reviewed by", "medically reviewed by", "fact checked by", "fact-checked by"}
_ROLE_SPLIT = regex.compile(
    r"(?:^|[|/•·]|\s)\s*(?P<role>(?:penulis|reporter|rep|pewarta|kontributor|oleh|wartawan|jurnalis|"
    r"fotografer|editor|red|redaktur|penyunting|author|writer|(?:written|posted|words|story|(?:additional\s+)?reporting|writing|editing|edited|(?:medically\s+)?reviewed|fact[- ]checked)\s+by|by|"
    r"von|par|por|door|av|autor|autore|autora|opracowanie|oprac\.|muhabir|haber|yazar|text|texto|tekst|testo|laporan(?:\s+oleh)?|interview(?=:))"
    r"(?:\s*[&/,]\s*(?:reporter|editor|penulis|redaktur))?)(?:\s+(?:magang|trainee|daerah|senior|foto|bahasa))?"
    r"(?:\s+(?:und|och|y|e|i|en|&)\s+(?:fotos?|bild(?:er)?|fotografie))?\s*:?\s+",
    regex.I,
)
# The outlet and the name apart by a comma or a slash, or by a space after the outlet's domain
# ('Laporan Reporter Tribunlampung.co.id Dimas Arya').
_LAPORAN = regex.compile(
    r"laporan\s+(?:wartawan|reporter|jurnalis|kontributor)\s+(?:[^,/]{2,60}(?:,|\s?/)|[^,/\s]{2,30}\.(?:co\.id|com|id)\s)\s*(?P<names>.+)$"
    r"|laporan\s*:?\s+(?P<names>[^|]{4,60}?)\s*\|\s*[\p{L} ]{2,30}$"
    r"|laporan\s+[\w-]{2,30}\.(?:co\.id|com|id),\s*(?P<names>.+)$",
    regex.I,
)
_NETWORK_TAIL = regex.compile(r"(?<=\p{Ll})\s+(?:Fox News|Fox Business|FOXBusiness|FOX Business|CNN|CBS News|NBC News|ABC News|CNBC)$")
_ROLE_BY = regex.compile(r"^(\p{Lu}\p{Ll}+(?:ed|ing)) By ")
# A writer's account on X printed with the name: 'Riley Castellano@RCastellanoNFL'.
HANDLE = regex.compile(r"\s?@\w{2,30}\b")
_ROLE_TAIL = regex.compile(r"(?<=\p{Ll})\s+(?:\p{Lu}[\p{L}-]*\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:correspondent|reporter|editor|writer|columnist)$")
# ... or a job in capitals run on after the name, where a comma would part them: 'By Name Staff
# Writer', 'Name Contributor', 'By Name Business Columnist', 'By Name Globe Staff,Updated ...'
_CAPITAL_ROLE = regex.compile(
    r"^(?P<name>(?:[Bb]y\s+)?(?![Bb]y\s)\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3}?)\s+"
    r"(?:(?:Senior|Staff|Contributing|Special|Freelance|Guest|Globe|Business|Sports|Politics|Political|Health|Science|"
    r"Technology|Tech|Metro|Food|Travel|Opinion|Education|Climate|Entertainment|Investigative)\s+)?"
    r"(?:Staff|Writer|Reporter|Contributor|Correspondent|Columnist)(?=\s*(?:,|$))"
)
# The place the writer files from after a slash, a US state's abbreviation behind it: 'By Name / Calder Falls, Wis.'
_PLACE_AFTER_SLASH = regex.compile(r"\s/\s\p{Lu}[\p{L}'’. -]{1,30},\s*(?:\p{Lu}\p{Ll}{1,4}\.|\p{Lu}\.\p{Lu}\.|\p{Lu}{2})$")
_AND_AGENCIES = regex.compile(rf"\s+(?:and\s+(?:news\s+)?agencies|(?:with|avec|con|mit|com)\s+(?:{AGENCIES}))$")
_STAMP_WORD = regex.compile(r"\s+(?:Updated|Published|Posted|updated|published|posted)(?=\s+(?:\p{Lu}\p{Ll}{2,8}\.?\s+)?\d)")
_GLUED_NAMES = regex.compile(r"(?<=\p{Ll}{3})(?=\p{Lu}\p{Ll})")
_USER_POST = regex.compile(r"tulisan dari (?P<names>.{2,60}?) tidak mewakili", regex.I)
# '<Name> - detikinet', '<Name> 02 Jun 2020, 19:15 WIB', 'Oleh <Name> pada ...'
# A name as bylines print it, with the lowercase particles of Dutch, German, French and
# Iberian names ('Marloes van Dijkhuizen', 'Jan de Vries'); not Italian 'di', which in an
# Indonesian byline is 'in' ('Reza Deni di Jakarta').
_PERSON = r"\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:van|von|de|der|den|du|da|del|della|dos|das|la|le|ter|ten|bin|binti)\s+){0,2}\p{Lu}[\p{L}.'’-]*){1,4}"
_NAME_BEFORE = regex.compile(
    # The byline word, when there, is never part of the name (atomic: 'Door Redactie' is no name).
    rf"(?>(?:(?i:(?:ditulis\s+)?oleh|by|(?:eine?\s(?:reportage|analyse|kommentar|kolumne|glosse|gastbeitrag|recherche|interview)\s)?von|par|por|door|av|a\s+cura\s+di|di|autor|autore|(?:dal(?:la)?\s+)?(?:nostr[oa]\s+)?(?:corrispondente|inviat[oa]))\s*:?\s+)?)(?P<names>{_PERSON}(?:\s*(?:,|&|\||\b(?:dan|and|und|et|y|e|en)\b)\s*{_PERSON})*)(?:,\s*Tim\s+\w+)?(?:\s*[-–|,]\s*{BYLINE_CHANNEL}|\s+(?i:pada|diperbarui|diterbitkan)\s+.+|(?:\s+|\s+[-–]\s+)(?=\d{{1,2}}\s+\p{{L}}+\.?\s+\d{{4}}|\p{{Lu}}\p{{Ll}}{{2,8}}\.?\s+\d{{1,2}},\s+\d{{4}}).*|\s+[-–|]\s+(?=\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b).*|\s*[·•|]\s*(?=(?i:{WEEKDAYS})|\d).*|\s/\s\p{{Lu}}{{2,8}}\s/\s.*|\s·\s\p{{Lu}}\p{{L}}+(?:\s\p{{Lu}}\p{{L}}+){{0,2}}\s·\s.*|\s+(?=(?i:{WEEKDAYS}),?\s+\d).*|\s*,\s*(?:{ROLE_AFTER_NAME}|correspondante?|envoyée? spéciale?|corresponsal|korrespondent(?:in)?|corrispondente)\b.*|\s+[-–|]\s+(?:\p{{Lu}}\p{{Ll}}+(?:\s\p{{Lu}}\p{{Ll}}+)?|\p{{Lu}}{{2,5}})|,\s*d[ao]\s+CNN(?:\s+Brasil)?(?:,\s*(?:em|de)\s+.+)?)?$"
)
_BRACKETED = regex.compile(r"\s*\([^()]*\)")
# A role word and the name after it with no colon, as label and value print side by side
# (Kompas AMP: 'Penulis Kontributor Kuningan, Asep Nurjaman Fadilah', 'Editor Yustinus Dwi Haryanto').
ROLE_THEN_NAME = regex.compile(r"(?:Penulis|Editor|Reporter|Pewarta|Kontributor|Penyunting|Redaktur)\s+\p{Lu}[^.!?:]{2,80}$")
_NAME_ROLE = regex.compile(rf"(?:(?i:by|von|par|por|door|oleh)\s+)?(?P<names>{NAME_SHORTEST})(?:\s+|\s*,\s*)(?P<role>{ROLE_AFTER_NAME})$")
# The word for 'and' between names, in the languages we read; the short ones in small letters
# only, so that initials ('John E. Smith') and first names ('Dan Evans') stay whole.
_NAME_SPLIT = regex.compile(r"\s*(?:,|&|;|\b(?:and|AND|dan|DAN|und|UND|et|ET|y|e|en|i|och|ve|oraz)\b)\s*")
_NOT_A_PERSON = regex.compile(
    r"\b(?:tim|team|redaksi|riset|cnn|cnbc|antara|staff|staf|desk|newsroom|associated press|reuters|afp|usa today|"
    # companies and bodies ('Arroyo Verde Energy' under 'News provided by')
    r"inc|corp|corporation|llc|ltd|plc|group|holdings|company|energy|logistics|partners|foundation|association|télévisions?|"
    # news agencies by their own word ('Anadolu Ajansı', 'Agencia EFE', 'Agenzia Nova', 'Agence France-Presse')
    r"ajansı|ajans|agencia|agenzia|agence|agentur|agência|agencja|newswire|getty|composite|guidelines|"
    r"kompas|tribun|detik|liputan6|okezone|kumparan|sindonews|tempo|republika|suara|"
    r"redactie|redaktion|rédaction|redacción|redação|redazione|redakcja|redaksjon|redaktionen)\b|\.(?:com|co|id)\b|^\W*$|\d"
    r"|^(?:kontributor|wartawan|reporter|koresponden|jurnalis|pewarta)\b"
    # a date's label alone on its line, over the date ('Published' / '12 March 2025', GOV.UK)
    r"|^(?:published|updated|posted|modified|last updated)$"
    # A job title on its own line under the name ('Political Correspondent').
    r"|\b(?:correspondent|reporter|editor|writer|columnist|critic|contributor|producer|presenter)$"
    # An affiliation after the name ('Faculty of Life Sciences', 'School of Law').
    r"|\b(?:faculty|school|department|university|college|institute|office|centre|center|fakultas|universitas)\b"
    # ... or the paper the writer works for, under the name ('Poughkeepsie Journal').
    r"|\b(?:journal|gazette|herald|tribune|enquirer|chronicle|courier|dispatch|newspaper|times|news|register|"
    r"sentinel|examiner|inquirer|telegraph|constitution)$|^the\s+\p{L}+\s+(?:journal|times|post|herald|tribune)\b"
    # Menu words that come in pairs of capitals ('Trending Tag', 'Berita Terkini').
    r"|\b(?:tag|tags|trending|news|berita|video|foto|live|update|terkini|populer|headline|indeks|kanal|topik|home)\b",
    regex.I,
)
_NAME_SHAPE = regex.compile(
    r"(?:[\p{Lu}][\p{L}'’.-]*|(?:bin|binti|van|von|de|da|dos|del|al|el|la|le)\b)"
    r"(?:\s+(?:[\p{Lu}][\p{L}'’.-]*|(?:bin|binti|van|von|de|da|dos|del|al|el|la|le)\b)){1,5},?$"
)


_ACRONYM = regex.compile(r"\b\p{Lu}{2,}\b")


def looks_like_name(text: str, *, single: bool = False) -> bool:
    """True for a bare personal name line: 2-6 capitalised words, no digits or organisation
    words, and no acronym among mixed-case words ('Lima PR Menanti Menteri BUMN Baru' is a headline).
    Two or three such names in capitals joined by 'and' ('ELENA MARCHETTI and JORDAN PIKE') count
    too; in Title Case that is as often a headline ('Mengenal Heat Exhaustion dan Cara ...').
    With `single`, one capitalised word also counts (many Indonesians go by one name), for
    places where only a name can stand, such as below a role line."""
    if single and text.isalpha() and 3 <= len(text) <= 20 and text.istitle():
        return _NOT_A_PERSON.search(text) is None
    if NAME_AND.search(text):
        parts = NAME_AND.split(text)
        return len(parts) <= 3 and all(p.isupper() and p.count(" ") <= 2 and looks_like_name(p) for p in parts)
    if len(text) > 60 or _NAME_SHAPE.match(text) is None or _NOT_A_PERSON.search(text):
        return False
    return not _ACRONYM.search(text) or text.isupper()


# Names joined by a word for "and" or an ampersand.
NAME_AND = regex.compile(r"\s+(?:and|dan|und|et|y|e|en)\s+|\s*&\s*")
_BY_ABROAD = regex.compile(r"(?i:by|von|par|por|door|av)\b")


def _without_base(names: list[str], by: str) -> list[str]:
    """'Von Anna Keller, München', 'By Jane Doe, Washington': one word after a full name in a
    byline of the European and English kind is the writer's base, not a co-author."""
    if len(names) > 1 and " " not in names[-1] and " " in names[-2] and _BY_ABROAD.match(by):
        return names[:-1]
    # German co-writers are joined by 'und': after a lone comma stands the base, in any words
    # ('Von Friederike Haase, Klein Wendemark').
    if len(names) == 2 and _VON.match(by) and " und " not in by:
        return names[:1]
    return names


_DESK_PLACE = regex.compile(r"/\s*\p{Lu}[\p{L} .-]{1,30}$")
_VON = regex.compile(r"(?:eine?\s+\w+\s+)?von\s", regex.I)
_WEEKDAY_AFTER = regex.compile(rf"\s+(?i:{WEEKDAYS})$")
# Where the names of a byline end: at a bar before the outlet or the date ('By Jane Doe | NJ.com'),
# at the word that introduces the date ('By Jane Doe on Monday, ...', 'Von Anna Müller am 3. März'),
# or at the outlet the writer works for ('By JAMES CARTER FOR MAILONLINE').
# Particles of names ('van den', 'el', 'le') are not among those words.
_NAMES_END = regex.compile(
    r"\s+[|•·]\s+|\s+(?:on|at|pada|am|em|op)\s+(?=\p{Lu}|\d)|\s+On\s+(?=\d)|\s+(?i:for)\s+(?=\p{Lu})"
    r"|\s+-\s+(?=\p{Ll})"  # the site after a dash, in small letters: 'Margaux Delorme - franceinfo, France Télévisions'
    r"|\s*,\s*(?:peserta|mahasiswa|mahasiswi|magang)\b"  # 'Name, peserta Program Magang ... di detikcom'
)


def _clean_names(chunk: str) -> list[str]:
    names = []
    chunk = chunk.strip(" .:-–|/")
    bars = [p.strip() for p in chunk.split("|")]
    if len(bars) > 1 and all(looks_like_name(p) for p in bars):
        return bars  # several writers apart by bars, no outlet among them ('Galih Prasetyo | Novita Sari Dewi')
    chunk = _NAMES_END.split(chunk, 1)[0]
    chunk = _IN_PLACE_COUNTRY.sub("", chunk)  # 'Mateo Gallardo in Monterrey, Mexico': the country is no writer
    parts = []
    for part in _NAME_SPLIT.split(chunk):
        # Co-reporters apart by a slash ('Pewarta: Dimas Arya Pranata/Farah Nur Aini'); an outlet
        # and a name ('SURYA.co.id/Name') are no pair of names.
        halves = [h.strip() for h in part.split("/")]
        if len(halves) > 1 and all(looks_like_name(h) for h in halves):
            parts += halves
        elif len(halves) == 2 and looks_like_name(halves[0]) and _NOT_A_PERSON.search(halves[1]):
            parts.append(halves[0])  # the reporter and the partner outlet: 'Name/Merdeka.com'
        elif (team := _TEAM_DASH.match(part)) and _NOT_A_PERSON.search(team[1]):
            parts.append(part[team.end() :])  # the desk, then the person: 'Tim tvOne - Hadi Prasetyo'
        else:
            parts.append(part)
    for part in parts:
        part = _WEEKDAY_AFTER.sub("", part.strip(" .:-–|/()"))  # 'Name Sabtu 15 Juli 2023': the date's weekday
        part = _ROLE_BEFORE.sub("", part)  # 'FOCUS-online-Autorin Carina Wendler', 'SPIEGEL-Redakteur Max Huber'
        part = _IN_PLACE.sub("", part)  # where the reporter filed from: 'Lotte Verhaegen in Antwerp'
        if 2 <= len(part) <= 60 and not _NOT_A_PERSON.search(part) and any(c.isalpha() for c in part):
            if len(part) <= 5 and part.isupper() and " " not in part:
                continue  # a broadcaster or agency after the names: 'Von Anna Huber, BR'
            names.append(part)
    return names


_GLUED_BY = regex.compile(r"^By(?=\p{Lu}\p{Ll})")
# (or in small letters, glued: 'Magdalena Krzyżanowska/gp', TVN24)
_EDITOR_CODE = regex.compile(rf"(?<=\p{{Ll}})(?:\s*/\s*(?!(?:{AGENCIES})$)\p{{Lu}}{{2,4}}|/\p{{Ll}}{{1,4}})$")
# A place as names are written: 'Monterrey', 'Calder Falls' (datelines read it too).
_PLACE = r"\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}"
# Where a reporter filed from, after the name: 'Lotte Verhaegen in Antwerp', '... in Monterrey, Mexico'.
_IN_PLACE = regex.compile(rf"\s+in\s+{_PLACE}$")
_IN_PLACE_COUNTRY = regex.compile(rf"(?<=\p{{L}})\s+in\s+{_PLACE},\s+{_PLACE}(?=\s*(?:,|;|\band\b|$))")
_ROLE_BEFORE = regex.compile(
    r"^(?:unse?re[mr]?\s+)?\S*(?i:redakteur|autor|reporter|korrespondent|chefreporter|volontär)(?:in)?\s+(?=\p{Lu})"
)
_TEAM_DASH = regex.compile(r"(.{2,30}?)\s+[-–]\s+(?=\p{Lu})")
_TABLE_COLON = regex.compile(r"\s*\|\s*:\s*\|\s*")


def byline_people(text: str) -> tuple[list[str], list[str]]:
    """Authors and editors named in one byline line, in order of appearance."""
    authors: list[str] = []
    editors: list[str] = []
    text = text.lstrip("*")  # a note's star: '*Penulis: Name'
    text = _GLUED_BY.sub("By ", text, count=1)  # 'ByMaya Ellison,' (Forbes)
    text = HANDLE.sub("", text)  # 'Riley Castellano@RCastellanoNFL': the writer's account on X is no name
    text = _ROLE_TAIL.sub("", text)  # 'Tamsin Polglase South-west correspondent' (the Guardian, 2019): the job is no name
    text = _CAPITAL_ROLE.sub(r"\g<name>", text, count=1)
    text = _PLACE_AFTER_SLASH.sub("", text)
    text = _STAMP_WORD.sub(" ", text)  # 'By Umair Irfan Updated Nov 13, 2019': the word is the date's
    text = _AND_AGENCIES.sub("", text)  # 'Helena Marsh and agencies', 'Piet Dekker with AP': the wires are no writer
    text = _ROLE_BY.sub(lambda m: f"{m[1]} by ", text)  # 'Edited By Name' (CBS): the capital makes no name of the role
    text = _NETWORK_TAIL.sub("", text)  # 'By A , B Fox News': the network glued to the last name
    if text[:4] == "and ":
        text = text[4:]  # the second writer on a line of their own: 'and Felix Otieno'
    if text[:5].lower() == "oleh ":
        text = _GLUED_NAMES.sub(", ", text)  # Liputan6's light pages run the writers together: 'oleh Nurul FadhilahBayu Adi'
    text = _EDITOR_CODE.sub("", text)  # the editor's initials after the writer: 'Dinda Permatasari / HS'
    if text[:1] == "(" and text.rstrip(". ")[-1:] == ")" and " by " in text:
        text = text.rstrip(". ")[1:-1]  # a wire's credits in brackets: '(Reporting by A; Editing by B)'
    text = _BRACKETED.sub("", text).strip(" ,;")  # 'Claire Dubois (Lyon, correspondante)'
    text = _TABLE_COLON.sub(": ", text)  # Grid's 'Penulis | : | Name'
    # (a role word first, no colon: only the role split reads it)
    role_first = ROLE_THEN_NAME.match(text) is not None
    m = None if role_first else _NAME_ROLE.match(text)
    if m:
        role = m["role"].split()[-1].lower()  # the rank before it says nothing of the role
        return ([], [m["names"]]) if role in _EDITOR_ROLES else ([m["names"]], [])
    m = None if role_first else _LAPORAN.match(text) or _USER_POST.search(text) or _NAME_BEFORE.match(text)
    if m:
        return _without_base(_clean_names(m["names"]), text), []
    roles = list(_ROLE_SPLIT.finditer(text))
    for i, r in enumerate(roles):
        end = roles[i + 1].start() if i + 1 < len(roles) else len(text)
        chunk = text[r.end() : end]
        if r["role"].lower().startswith("laporan"):
            chunk = _DESK_PLACE.sub("", chunk)  # ('Laporan: Diki Hidayat/Cianjur': the desk's town)
        names = _without_base(_clean_names(chunk), r["role"])
        role = regex.sub(r"\s+", " ", r["role"].lower())
        parts = {p.strip() for p in regex.split(r"[&/,]", role)}
        if parts & _AUTHOR_ROLES or any(p.endswith(" by") and p not in _EDITOR_ROLES | _CONTRIBUTOR_ROLES for p in parts):
            authors += names
        if parts & _EDITOR_ROLES:
            editors += names
    return authors, editors


# (the paper may follow the name, in lower case as reporters sign: '(Made Sueca/balipost)'; a
# photo's credit spells its outlet as printed, 'Reed Saxon / Associated Press')
_SIGNOFF = regex.compile(
    r"\((?:[^()/]{2,40}/)?(?P<name>[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){1,4})(?:\s?/\s?\p{Ll}[\p{Ll}.]{1,20})?\)\s*$"
)


def signoff_name(text: str) -> str | None:
    """The full name in a closing sign-off: '(Angkasa Yudhistira)', '... (SURYA.co.id/Nama Lengkap)',
    '(Made Sueca/balipost)'."""
    m = _SIGNOFF.search(text)
    if m and not _NOT_A_PERSON.search(m["name"]):
        return m["name"]
    return None


# --- datelines ----------------------------------------------------------------------------

_MEDIA = (
    r"[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?i:com|co\.id|co|id|net|tv|news)\b"
    r"|CNN\s+Indonesia|CNBC\s+Indonesia|IDN\s+Times|ANTARA(?:\s+News)?|Antaranews|KOMPAS|TEMPO|Republika|Bisnis|Tribun\w*"
    # Papers whose name in capitals reads like a place: 'PIKIRAN RAKYAT - ' is the source.
    r"|PIKIRAN\s+RAKYAT|MEDIA\s+INDONESIA|JAWA\s+POS|SUARA\s+MERDEKA|POS\s+KOTA|HARIAN\s+JOGJA|KONTAN"
    # Brands that print themselves alone before the dash: 'VIVA – ', 'JPNN - ', and any one
    # word in capitals ending in 'NEWS' ('PRFMNEWS - ', Pikiran Rakyat's network): no place is so named.
    # (RRI's news agency: 'KBRN, Jember: ')
    r"|KBRN|VIVA(?:\s(?:Otomotif|Militer|Bola|Sport|Showbiz|Lifestyle|Digital|Tekno|Bisnis|Edukasi|Trending|Berita))?|JPNN|OKEZONE|SINDONEWS|INEWS|\p{Lu}{2,}NEWS\b"
    # (and a brand that runs capitals into a word, as no place is written: 'IDXChannel - ')
    r"|\p{Lu}{2,}\p{Lu}\p{Ll}{3,}\b"
    # (or a word in capitals that is a paper's name: 'JATIMTIMES - ', 'TIMESINDONESIA, MALANG – ')
    r"|\p{Lu}{2,}TIMES\b|TIMES\p{Lu}{3,}\b"
)
# (a hyphen glued to a place in capitals counts too: 'TRIBUN-TIMUR.COM, MAKASSAR- Harga ...')
_DASH = r"(?:\s+-{1,2}|\s*--|\s*[–—−]|(?<=\p{Lu})-(?=\s))\s*"  # (Gannett sets a minus sign: "DES MOINES, Iowa − ")
# A place in capitals, maybe after an abbreviation ('ST. PAUL', 'FT. MYERS').
_CAPS_PLACE = r"(?:(?:ST|FT|MT|PT)\.\s+)?\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,2}"
# A place as a name is written: 'Bologna', 'Henstedt-Ulzburg', 'Frankfurt am Main'.
_TITLE_PLACE = r"\p{Lu}\p{Ll}{2,}(?:-\p{Lu}?\p{Ll}+)*(?:\s(?:am|an der|im|in der|bei|sul|sur|de|del)\s\p{Lu}\p{Ll}+)?"  # a lone hyphen needs a space before it: "Layang-Layang"
DATELINE = regex.compile(
    # A site's regional edition follows its domain ('GenPI.co Jatim - '); a domain in capitals
    # may run straight into the text, the way Akurat prints it bold ('AKURAT.CO Pemerintah ...').
    rf"(?:(?P<src_a>(?:{_MEDIA})(?:(?<=\.(?i:com|co|id))\s\p{{Lu}}\p{{Ll}}{{2,8}}(?={_DASH}))?)(?:,\s*(?P<loc_a>{_PLACE}))?"
    rf"(?:{_DASH}(?P<loc_a2>\p{{Lu}}{{2,}}(?:\s+\p{{Lu}}{{2,}})?))?(?:{_DASH}|\.\s+|(?<=\.(?:CO|COM|ID))\s+(?=\p{{Lu}})|(?<=,\s*\p{{Lu}}\p{{Ll}}+):\s+(?=\p{{Lu}}))"
    # Press releases put the date between the place and the wire: 'ISTANBUL, 23 Februari 2016
    # (Antara/PRNewswire) --', 'NEW YORK, Nov. 18, 2019 /PRNewswire/ --'; a story from two cities
    # names both: 'BRUSSELS/ANTWERP, Oct 7 (Reuters) - '.
    rf"|(?P<loc_b>{_PLACE}(?:/{_PLACE}){{0,2}}(?:,\s*{_PLACE})?)(?:,\s*(?i:{DATE}|{MONTHS}\s+\d{{1,2}}))?\s*(?:\((?P<src_b>[^()]{{2,30}})\)|/(?P<src_g>[^/]{{2,30}})/){_DASH}"
    # After a place, an outlet's name in capitals needs no domain: 'Jakarta, VIVA --' (a weekday
    # there is the day of the report: 'JEDDAH, RABU -').
    rf"|(?P<loc_c>{_PLACE}),\s*(?P<src_c>{_MEDIA}|(?!(?i:{WEEKDAYS})\b)\p{{Lu}}{{3,}}(?:\s\p{{Lu}}{{2,}})?){_DASH}"
    # ('ST. PAUL — ': an abbreviation's dot does not end the place)
    # (a label in capitals is no place: 'VIDÉO. ', 'ENTRETIEN. ')
    rf"|(?!(?:VIDÉO|VIDEO|PHOTOS?|FOTO|ENTRETIEN|TÉMOIGNAGE|INFO|EXCLUSIF|REPORTAGE|INFOGRAFIS|UPDATE|LIVE|ANALYSE)\b)"
    # (the day as a word in capitals, 'JEDDAH, RABU -'; two letters are a US state: 'NAPERVILLE, IL —')
    # (La Nación ends it with a full stop and a dash: 'TANDIL.- ')
    rf"(?P<loc_d>{_CAPS_PLACE})(?:,\s*(?P<day_d>\p{{Lu}}{{3,}}))?(?:{_DASH}|\.[-–]\s*|(?<!\b(?:ST|FT|MT|PT))\.\s+)"
    rf"|(?P<loc_e>\p{{Lu}}\p{{Ll}}+(?:\s+\p{{Lu}}\p{{Ll}}+)?){_DASH}"
    # Russian agencies: the place, the day, then the agency after the dash ('МОСКВА, 14 мая - РИА Новости. ').
    rf"|(?P<loc_r>\p{{Lu}}{{2,}}(?:[\s-]\p{{Lu}}{{2,}}){{0,2}}),\s*\d{{1,2}}\s+\p{{Ll}}{{3,9}}\.?{_DASH}(?P<src_r>\p{{Lu}}[\p{{L}}-]+(?:\s\p{{Lu}}[\p{{L}}-]+){{0,2}})\.\s+(?=\p{{Lu}})"
    # A release on the company's own site: the place in capitals, its country or state, the date
    # and the dash, no wire ('AARHUS, Denmark, March 4, 2025 – ').
    # Or the place and its state alone, as AP prints it: 'BLOOMINGTON, Minn. — '.
    rf"|(?P<loc_j>{_CAPS_PLACE},\s*{_PLACE})(?:,\s*(?i:{DATE}|{MONTHS}\s+\d{{1,2}}(?:,\s*\d{{4}})?))?{_DASH}"
    rf"|(?P<loc_k>{_CAPS_PLACE}|{_TITLE_PLACE}),\s*(?i:{DATE}|{MONTHS}\s+\d{{1,2}}(?:,\s*\d{{4}})?){_DASH}"
    # A wire story: the agency in brackets first, then the place and a short date ('(ANSA) - SIENA, 17 NOV - ').
    rf"|\((?P<src_i>{AGENCIES})\)\s*[-–—]\s*(?P<loc_i>\p{{Lu}}{{2,}}(?:\s\p{{Lu}}{{2,}}){{0,2}}),\s*\d{{1,2}}\s+\p{{Lu}}{{3,4}}\.?{_DASH}"
    # An agency in brackets needs no dash: '(CNN) President ...', 'Hong Kong (CNN Business) A ...'.
    rf"|(?:(?P<loc_h>{_PLACE})\s+)?\((?P<src_h>CNN(?: Business)?|{AGENCIES})\)\s+(?=\p{{Lu}})"
    # Some page texts lose the dash: 'Liputan6.com, Jakarta Sebagai umat ...'
    rf"|(?P<src_f>[\p{{L}}\d-]+\.(?i:com|co\.id|id)),\s*(?P<loc_f>\p{{Lu}}\p{{Ll}}+)\s+(?=\p{{Lu}}\p{{Ll}})"
    # ... or stand alone on their line, the text below ('TVRINews, Ambon')
    rf"|(?P<src_m>{_MEDIA}),\s*(?P<loc_m>{_TITLE_PLACE}|{_CAPS_PLACE})$"
    # A wire that gives the day and no place: 'Nov. 12 (UPI) -- '
    rf"|(?i:{MONTHS})\.?\s\d{{1,2}}\s\((?P<src_v>UPI|{AGENCIES})\){_DASH})",
    regex.V0,
)


# Malaysian papers end the place with a colon ('KUALA PERLIS: '); elsewhere a word in capitals
# and a colon is a label or an acronym ('NASA: ...', 'UPDATE: ...'), so this form is asked for.
_COLON_DATELINE = regex.compile(r"(?P<loc>\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,2}):\s+(?=\S)")
# German regional papers end the place with a full stop ('Henstedt-Ulzburg. Als im Januar ...');
# elsewhere a word and a full stop opens prose as often ('Endlich. ...'), so this form is asked for.
_DOT_DATELINE = regex.compile(rf"(?P<loc>{_TITLE_PLACE})\.\s+(?=\p{{Lu}})")


# The article's first paragraph alone may open with the place and a colon in any language
# ('Jakarta: Badan ...', medcom; 'PUNE: Nearly ...', Indian papers): anywhere else 'Word: '
# is a label, and so are these words there.
_LEAD_COLON_DATELINE = regex.compile(
    r"(?!(?i:update|updated|breaking|exclusive|watch|read|listen|photos?|videos?|note|editor|correction|warning|spoiler|"
    r"source|sumber|catatan|baca|foto|penulis|reporter|live|opinion|analysis|review|question|answer|tanya|jawab|"
    r"info|informasi|pengumuman|perhatian|peringatan|jadwal|lokasi|waktu|tempat|harga|tips|cara|resep|bahan|keterangan|"
    r"kesimpulan|intinya|disclaimer|summary|ringkasan|highlights?|dear|atenção|atención|attention|achtung|attenzione|uwaga|dikkat|"
    r"penting|important|nb)\b)"
    # (two words only with a word that opens city names: 'Abu Dhabi: ', 'New Delhi: '; 'Hollywood Nation: ' is a show's)
    rf"(?P<loc>{_CAPS_PLACE}|(?:(?:New|San|Santa|Los|Las|Abu|Kuala|Hong|Tel|Cape|Port|Saint|Buenos|Sao|São|Addis|Phnom|Kota|Johor|Navi|Ras)\s)?{_TITLE_PLACE}):\s+(?=\p{{Lu}}\S*\s+(?:\S+\s+){{6}})"
)


# ... or with a place and its country as names are written and a long dash ('Mombasa, Kenya – ',
# Al Jazeera), which opens no sentence there.
_LEAD_PLACE_COUNTRY = regex.compile(
    rf"(?P<loc>{_TITLE_PLACE}(?:\s{_TITLE_PLACE})?,\s{_TITLE_PLACE}(?:\s{_TITLE_PLACE})?)\s[–—]\s(?=\p{{Lu}}|\d)"
)


def split_lead_dateline(text: str) -> tuple[str, str] | None:
    """(location, rest) when the article's first paragraph opens with a place and a colon, or
    with a place, its country and a long dash."""
    m = _LEAD_COLON_DATELINE.match(text) or _LEAD_PLACE_COUNTRY.match(text)
    return (m["loc"], text[m.end() :]) if m is not None else None


# After an outlet the page names elsewhere, the place and the dash: 'Warta Ekonomi, Jakarta - '.
_PLACE_AFTER_OUTLET = regex.compile(rf",\s*(?P<loc>{_PLACE}){_DASH}")


def split_dateline(
    text: str, *, lang: str | None = None, outlets: Sequence[str] = ()
) -> tuple[str | None, str | None, str] | None:
    """(source, location, rest) when `text` opens with a dateline such as 'JAKARTA, KOMPAS.com - ',
    'Jakarta (ANTARA) - ' or 'Liputan6.com, Jakarta - '; None otherwise. The forms only some
    papers print are read for their language (`lang`): a place in capitals and a colon in Malay
    ('KUALA PERLIS: '), a place and a full stop in German ('Henstedt-Ulzburg. '). An outlet's
    name written as words ('Warta Ekonomi, Jakarta - ') reads as two names either way round:
    it counts when the page names that outlet elsewhere (`outlets`: its browser title, its
    photo credits)."""
    special = _COLON_DATELINE if lang == "ms" else _DOT_DATELINE if lang == "de" else None
    if special is not None and (c := special.match(text)) is not None:
        return None, c["loc"], text[c.end() :]
    m = DATELINE.match(text)
    if m is None:
        for outlet in outlets:
            if text.startswith(outlet) and (after := _PLACE_AFTER_OUTLET.match(text, len(outlet))) is not None:
                return outlet, after["loc"], text[after.end() :]
        return None
    g = m.groupdict()
    rest = text[m.end() :]
    if g["src_a"]:
        source, location = g["src_a"], g["loc_a"] or g["loc_a2"]
    elif g["src_b"] or g["src_g"]:
        # (Business Wire joins the place to the wire by dashes: 'DALLAS--(BUSINESS WIRE)--')
        source, location = g["src_b"] or g["src_g"], g["loc_b"].rstrip("-–—")
    elif g["src_c"]:
        source, location = g["src_c"], g["loc_c"]
    elif g["src_h"]:
        source, location = g["src_h"], g["loc_h"]
    elif g["src_i"]:
        source, location = g["src_i"], g["loc_i"]
    elif g["src_v"]:
        source, location = g["src_v"], None
    elif g["src_f"] or g["src_m"]:
        source, location = g["src_f"] or g["src_m"], g["loc_f"] or g["loc_m"]
    elif g["loc_d"]:
        source, location = None, g["loc_d"]
    elif g["src_r"]:
        source, location = g["src_r"], g["loc_r"]
    elif g["loc_j"] or g["loc_k"]:
        source, location = None, g["loc_j"] or g["loc_k"]
    else:
        source, location = None, g["loc_e"]
        # 'Jakarta - ' (detik) opens a sentence (or stands on a line of its own); a name before
        # a dash and a site ('Larasati Widyaningrum - Bisnis.com') is a byline.
        if rest and (not rest[:1].isupper() or rest.count(" ") < 3):
            return None
    return source, location, rest


# --- photo credits ------------------------------------------------------------------------

def _tail_pattern(body: str) -> regex.Pattern[str]:
    # (?r): searched from the end of the line backwards, so one attempt decides a line.
    return regex.compile(rf"(?r)\s*(?:{body})\s*\.?\s*$", regex.I)


_STOCK_AFTER = _tail_pattern(r"(?<=[.!?]\s)(?-i:Shutterstock|iStock(?:photo)?|Pixabay|Freepik|Unsplash|Pexels)(?:\.com)?(?:/[\p{L} .-]{1,30})?")
# Each form of trailing credit is keyed by a character it cannot do without and the most
# characters its match can hold after the last such character (a few more for a closing dot), so
# a line is only searched with the forms whose character stands near enough to its end. The ':'
# form can hold its own colons: it is keyed by the words it needs instead (see credit_tail).
# A credit hung from the caption by a dash or an en dash: an agency, or a photo's word and whose
# it is (Malaysian papers: '... pada Selasa. - Foto Bernama', '... hari ini. – GAMBAR IHSAN JBPM'),
# or JIBI's handouts: '... (12/5/2025). - Istimewa'.
# Who a Dutch 'Beeld' credit names: a photographer or an agency, maybe both ('ANP / Robin van Lonkhuijsen').
_NL_CREDITED = r"\p{Lu}[\p{L}'’.-]*(?:\s(?:\p{Lu}[\p{L}'’.-]*|van|de|der|den|ter|\/))*"
_DASHED_CREDIT = _tail_pattern(
    rf"(?<=\s)[-–]\s*(?:{AGENCIES})(?:\s*[-–/]\s*[^-–]{{2,40}})?"
    r"|(?<=[.!?]\s)[-–]\s*(?:foto|gambar)\s+[^-–/.!?]{2,40}|(?<=[.!?)]\s)[-–]\s*(?:istimewa|ist\.?)"
    # ANSA's rights mark after its captions: '... in una foto d'archivio - RIPRODUZIONE RISERVATA'
    r"|(?<=\S\s)[-–]\s*(?-i:RIPRODUZIONE RISERVATA)"
)
_CREDIT_FORMS: tuple[tuple[str, int, regex.Pattern[str]], ...] = (
    (")", 4, _tail_pattern(
        r"\((?:foto|photo|picture|fotoğraf|sumber(?: foto| gambar)?|ilustrasi|image|credit|kredit|prnewsfoto)\b\s*:?[^()]{1,80}\)|\(video\s*:\s*[^()]{2,60}\)"
        r"|\((?:ist|istimewa|(?:dok\.?|dokumentasi)(?:\s[^()]{1,40})?|net|internet|pixabay|freepik|shutterstock|istock(?:photo)?|getty images)\)"
        # a screenshot's source, or a social-media account: '(Tangkapan Layar YouTube Kemenhub)', '(X/@akun)'
        r"|\((?:tangkapan layar|screenshot)\b[^()]{1,80}\)|\((?:x|instagram|tiktok|twitter|youtube|facebook|threads)\s*/\s*@[\w.]{2,40}\)"
        # (all in small letters it is the desk's sign-off: '(antara/jpnn)')
        rf"|\((?!(?-i:[a-z]{{2,7}}(?:/[a-z]{{2,7}}){{1,3}})\))(?:antara foto|{AGENCIES})\s*/[^()]{{1,60}}\)"
        rf"|(?-i:\p{{Lu}}[\p{{L}}'’-]+(?:\s+\p{{Lu}}[\p{{L}}'’-]+){{1,3}})\s*\((?:{AGENCIES})\)"
        # a handout passed on by an agency: '(Tuolara County Sheriff’s Office via AP)'
        rf"|\([^()]{{2,60}}\svia (?:{AGENCIES})\)"
    )),
    # (the desk's initials in small letters sign the story off: '[fa/dwi]', beritajatim)
    # (nor a link's tag, a word in capitals after a headline with no full stop: '... amber alert
    # [LATEST]', the Express; after a sentence it credits: '... kereta jarak jauh. [ANTARA]')
    ("]", 4, _tail_pattern(r"\[(?!(?-i:[a-z]{2,7}(?:/[a-z]{2,7}){0,3})\])(?!(?<=[\p{L}\d'’\"”]\s\[)\s?(?-i:\p{Lu}{2,12})\s?\])[^\[\]]{2,60}\]")),
    # After a caption's date, the photographer alone in brackets ('... Jumat (15/10/2021). (Wahyu Tri Hapsari)');
    # after any other sentence the name in brackets signs the story off.
    (")", 40, _tail_pattern(r"(?<=\(\d{1,2}/\d{1,2}/\d{2,4}\)(?:\s\p{Ll}+)?\.\s)\((?-i:\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3})\)")),
    # A '©' before a bar starts the credit ('... ein. © Malte Jensen | dpa').
    # (after a label the label opens the credit: '... (stock image). Credit: © Name / site')
    ("©", 90, _tail_pattern(r"(?<=[\s/])(?<!(?:credit|photo|foto|bild|image)s?:\s)©[^©!?]{2,80}")),
    # The photographer after the caption's last sentence: '... on Oct. 9. Photo by Marcus Lindqvist for Slate'
    (" by ", 80, _tail_pattern(r"(?<=[.!?]\s)(?-i:Photo|Photograph|Picture|Illustration|Supplied) by\s(?-i:\p{Lu})[^.!?]{2,60}$")),
    # Who passed the photo on and where, after the caption's last sentence: '... on Tuesday. Hardin
    # County Sheriff's Office via Facebook', '... in 1911. Name via Wikimedia Commons under CC BY-SA 4.0'
    (" via ", 90, _tail_pattern(
        r"(?<=[.!?]\s)(?-i:\p{Lu}[\p{L}'’.-]*(?:\s(?:\p{Lu}[\p{L}'’.-]*|of|the|and|for|de|van))*)\svia\s(?-i:\p{Lu})[\p{L}\d .-]{1,60}$"
    )),
    # Whose photo it is, after the caption's last sentence: '... the gateway. Courtesy of the Dyfed Hillforts Project'
    ("Courtesy", 70, _tail_pattern(r"(?<=[.!?]\s)(?-i:Courtesy) of\s[^.!?]{2,60}$")),
    # The photographer and the agency after the caption's last sentence: '... last season. Lon Harwick/Imagn Images'
    ("/", 60, _tail_pattern(r"(?<=[.!?]\s)(?-i:\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3})/(?-i:\p{Lu})[\p{L}]+(?:\s(?-i:\p{Lu})[\p{L}]+){0,2}$")),
    # The photographer in capitals and their address (AJC): '... until bacteria levels drop. ALYSSA WREN / AWREN@AJC.COM'
    ("@", 90, _tail_pattern(r"(?<=[.!?]\s)(?-i:\p{Lu}[\p{Lu}'’.-]+(?:\s\p{Lu}[\p{Lu}'’.-]+){1,3})\s/\s[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")),
    # The photographer 'for' the paper after the caption's last sentence: '... the bench. Gabriel Santangelo for NY Post'
    (" for ", 60, _tail_pattern(r"(?<=[.!?]\s)(?-i:\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3})\sfor\s(?:the\s)?(?-i:\p{Lu})[\p{L}'’. ]{1,30}$")),
    # (De Telegraaf sets a circled C: '... in Haarlem. Ⓒ Michel van Bergen')
    ("Ⓒ", 90, _tail_pattern(r"(?<=\s)Ⓒ[^Ⓒ!?]{2,80}")),
    # After a bar only a credit that says so ('| ANTARA FOTO/Name'): 'Headline | Site' is how
    # browser titles end.
    ("|", 90, _tail_pattern(rf"\|\s*(?=[^|]*(?:/|foto|photo|dok\b|dokumentasi|istimewa|\b(?:{AGENCIES})\b))[^|]{{2,80}}")),
    (":", 160, _tail_pattern(
        # ('Ilustrasi Foto: Name/JPNN.com': an illustration's photo, the word is the credit's)
        # ('... residents say. ST PHOTO: KEVIN LIM': the outlet's initials may come first;
        # '... near Shrewsbury. File pic: Fernleigh': so may 'file', an archive picture's)
        # ('Ilustrasi Anak Kurang Tidur/Foto: Getty Images/iStockphoto': detik's network glues it with a slash)
        r"(?<=[.!?)\s]|\p{L}/)(?:ilustrasi\s+|file\s+|(?-i:\p{Lu}{2,6})\s)?(?:(?:photo|image|picture)\s+credits?|kredit foto|sumber foto|foto|photo|photograph|image|credit|bild|picture|pics?|screenshot|illustration|graphic|fotoğraf|dok(?:umentasi)?)\s*:\s*(?:[^.!?]|\.\s*(?=\p{Lu})){1,80}"
    )),
    # The photographer and the agency joined by a dash with no spaces, after the caption's last
    # sentence: '... this year. Mark Delaney—Bloomberg/Getty Images' (Fortune, Time)
    # CNN Brasil sets the credit after a bullet: '... na quinta-feira (21) • Divulgação/Corpo de Bombeiros'
    ("•", 80, _tail_pattern(r"(?<=\S\s)•\s[^•/]{2,40}/[^•]{2,40}$")),
    ("—", 90, _tail_pattern(r"(?<=[.!?]\s)(?-i:\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,3})—(?-i:\p{Lu})[^—.!?]{1,60}$")),
    ("/", 50, _tail_pattern(
        # German credits put the agency first: '... Hinterstetten. dpa/Markus Fendt', 'IMAGO/imagebroker'
        r"(?<=[.!?]\s)(?:dpa|imago|picture alliance|afp|ap|reuters|epa)\s*/\s*[^/.!?]{2,40}|"
        # Pikiran Rakyat's network: a slash after the caption's last sentence ('... Bandung. /Dok. Perumda')
        r"(?<=[.!?)]\s)/\s?(?-i:\p{Lu})[^/!?]{1,40}(?:/[^/.!?]{2,40})?"
        r"|(?<=[.!?)\s])sumber\s*:\s*[\w.-]+\.(?:com|co\.id|id)\s*/\s*[^/.!?]{2,40}"
        # the site and the photographer after the caption's last sentence: '... (14/7/2025). tirto.id/Name',
        # '... Kamis (5/9/2024). KOMPAS.com/ASEP NURJAMAN FADILAH'
        r"|(?<=[.!?)]\s)[\p{L}\d][\p{L}\d-]*\.(?:com|co\.id|id|net)\s*/\s*[\p{L} .'’-]{2,40}"
        # (a name after the slash may carry a middle initial: '- Harian Jogja/Bayu R. Wicaksono')
        r"|(?<=\s)[-–—]\s*(?:(?:foto|photo)\s*:\s*)?[^-–—/.!?]{2,40}(?:/(?:[^-–—/.!?]|(?<=\s(?-i:\p{Lu}))\.){2,40}){1,2}(?:/[\d/]+)?"
        rf"|(?-i:(?:\p{{Lu}}\.|\p{{Lu}}[\p{{L}}'’-]*)(?:\s+(?:\p{{Lu}}\.|[\p{{L}}'’-]+)){{0,4}})\s*/\s*(?:{AGENCIES})(?:\s+file)?"
        r"|(?-i:\p{Lu}{3,}(?:[ .]\p{Lu}+)*)\s*/\s*[\p{L} .'’-]{2,40}(?:/[\p{L}\d/]{1,20}|/(?i:file photo|pool|handout))?"
        # (two capitals after the caption's last sentence: Le Parisien's '... jeudi dernier. LP/Marine Legrand')
        r"|(?<=[.!?]\s)(?-i:\p{Lu}{2})\s*/\s*(?-i:\p{Lu})[\p{L} .'’-]{2,40}"
        # an agency's regional desk after the caption's last sentence: '... (20/1/2025). ANTARA Jatim/Name/um'
        r"|(?<=[.!?)]\s)(?-i:\p{Lu}{3,}\s\p{Lu}\p{Ll}+)\s*/\s*[\p{L} .'’-]{2,40}(?:/[\p{L}\d/]{1,20})?"
        r"|(?<=\s)(?:foto|photo)\s*/\s*[\p{L}\d .'’-]{2,40}(?:/[\p{L}\d. '’-]{1,40})?"
        # After the caption's last sentence, the photographer and the paper: '... Hélène Rougier / Le Figaro'.
        r"|(?<=[.!?»”]\s)(?:(?:photo|illustration|image|video|graphic|animation)(?: by)?\s+)?(?-i:\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}\s/\s\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})"
    )),
    # Malaysian papers end a caption with the word and the name, no colon: '... malam tadi. FOTO Aizuddin Saad'.
    ("FOTO ", 60, _tail_pattern(r"(?<=[.!?]\s)(?-i:FOTO|GAMBAR|PHOTO)\s+(?-i:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4})")),
    ("Foto ", 60, _tail_pattern(r"(?<=[.!?]\s)(?-i:Foto)\s+(?-i:\p{Lu}[\p{L}'’.-]*(?:\s+(?:van|de|der|den|ter|\p{Lu}[\p{L}'’.-]*)){1,4})")),
    # A paper's regional desk glued to the name of who is pictured: 'Ketua Komisi B, Sutrisno Adiwibowo/RMOLJateng'.
    ("/", 30, _tail_pattern(r"(?<=,\s(?-i:\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,3}))/(?-i:\p{Lu})[\p{L}\d]{1,20}")),
    # French regional papers (EBRA) the same way: '... de matinée. Photo Le DL/Clément Vaudaine', '... Photo SDIS 38',
    # '... Photo d’archives Le Dauphiné Libéré'.
    ("Photo ", 70, _tail_pattern(
        r"(?<=[.!?]\s)(?-i:Photo)\s+(?:d['’]archives\s+)?(?-i:(?:\p{Lu}[\p{L}\d'’.-]*|\d+)(?:[ /](?:\p{Lu}[\p{L}\d'’.-]*|\d+)){0,5})"
    )),
    # The New York Times: '... in 10 years.Credit...Rosalind Ek for The New York Times', 'Credit... Doug Mills/The New York Times'.
    ("Credit...", 90, _tail_pattern(r"(?<=[.!?”\"’)]|\s)(?-i:Credit)\.{3}\s?\S[^.!?]{1,80}")),
    # A stock library in capitals glued to the caption's last word: 'Ilustrasi bawang putihSHUTTERSTOCK'.
    ("STOCK", 40, _tail_pattern(r"(?<=\p{Ll}|[.!?]\s?)(?-i:SHUTTERSTOCK|ISTOCKPHOTO|ISTOCK)(?:/[\p{L} .-]{1,30})?")),
    # ... or after the caption's last sentence, as the library writes its name: 'Ilustrasi garam. Shutterstock'.
    ("stock", 50, _STOCK_AFTER),
    ("abay", 45, _STOCK_AFTER),
    ("reepik", 45, _STOCK_AFTER),
    ("nsplash", 45, _STOCK_AFTER),
    ("exels", 45, _STOCK_AFTER),
    # A handout photo's credit glued to the caption: '... Kamis (2/10/2025).DOK. BPBD SIKKA'.
    # A screenshot's source, glued to the caption or after it: '... 17.00 WIB.Tangkapan layar Instagram @akun'.
    ("layar", 80, _tail_pattern(r"(?<=[.!?)]\s?)(?-i:Tangkapan [Ll]ayar|TANGKAPAN LAYAR)\b[^.!?]{0,70}")),
    # (an office named in full in capitals runs longer: '... kabin.DOK. DINAS BINA MARGA DAN BINA KONSTRUKSI SULSEL')
    ("DOK.", 90, _tail_pattern(
        r"(?<=[.!?)\s])dok\.\s*[\p{L}\d .'’-]{2,40}|(?<=[.!?)\s]|\p{Ll})(?-i:DOK\.\s*[\p{Lu}\d .'’&-]{2,80})"
    )),
    ("Dok.", 50, _tail_pattern(r"(?<=[.!?)\s])dok\.\s*[\p{L}\d .'’-]{2,40}")),
    # A credit in brackets that says whose the photo is: '(Courtesy: Geauga County Sheriff's Office)', '(Supplied: NSW RFS)',
    # or names the agency alone: '... withdrawn since 2019 (PA)' (after a full stop, '... d'Arbia.
    # (ANSA).', the agency signs off the story instead).
    ("(", 80, _tail_pattern(
        r"(?<=\s)\((?:photo |image )?(?:courtesy(?: of)?|via|provided by|submitted by|supplied)\b\s*:?\s*(?-i:\p{Lu})[^()]{1,70}\)"
        # Polish papers: '... na drzwiach pływalni (Fot. Marta Wierzbicka)'; a photographer for a
        # paper: '... in Frederick, Md. (Maren Ostby for The Washington Post)'
        r"|(?<=\s)\((?-i:\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3})\sfor\s(?:the\s)?(?-i:\p{Lu})[^()]{1,40}\)"
        r"|(?<=\s)\((?:fot\.|fot:|foto:)\s*(?-i:\p{Lu})[^()]{1,60}\)"
        # the ABC's own desks, after the caption's sentence: '(ABC Illawarra: Rhys Gatward)', '(ABC News)'
        r"|(?<=[.!?]\s)\((?-i:ABC)(?: [\p{L} ]{2,30})?(?::\s*(?-i:\p{Lu})[^()]{1,50})?\)"
        rf"|(?<=[^.!?\s]\s)\((?:{AGENCIES})(?:\s+(?:photo|images?|wire|media))?\)"
        # Malaysian papers name the source and 'pic': '... food containers. (Bernama pic)', '(Facebook pic)' (FMT)
        r"|(?<=\s)\((?-i:\p{Lu})[\p{L}.&'’-]{1,20}(?:\s(?-i:\p{Lu})[\p{L}.&'’-]{1,20}){0,2}\s(?:pic|pix|file pic)\)"
        # a station's call letters glued to the caption's full stop (Gray's stations): '... on Tuesday.(WSAZ)'
        r"|(?<=\p{Ll}[.!?])\((?-i:\p{Lu}{3,5})\)"
    )),
    ("-", 66, _DASHED_CREDIT),
    # French papers' 'DR' (rights reserved) after the caption's last sentence: '... en 2023. DR';
    # Indonesian handouts the same way: '... 14 Maret 2024. Istimewa'
    ("DR", 3, _tail_pattern(r"(?<=[.!?]\s)(?-i:DR)")),
    ("Istimewa", 9, _tail_pattern(r"(?<=[.!?]\s)(?-i:Istimewa)")),
    # Dutch papers: 'Beeld' and the photographer or agency after the last sentence ('... meer. Beeld Rosa Alink')
    ("Beeld ", 60, _tail_pattern(rf"(?<=[.!?]\s)(?-i:Beeld\s{_NL_CREDITED})")),
    ("–", 66, _DASHED_CREDIT),
)
# Most lines hold no key near their end: one search over the reach of all forms but ':' tells
# (with the standard library's engine, which scans a set of plain strings several times faster).
_NEAR_REACH = max(reach for key, reach, _ in _CREDIT_FORMS if key != ":")
_ANY_KEY = re.compile("|".join(re.escape(key) for key in dict.fromkeys(k for k, _, _ in _CREDIT_FORMS if k != ":")))
# What a form cannot match without, checked before its costly search from the end: prose is
# full of hyphens and colons, seldom of a credit's word before a colon or a dash after a space.
# (Searched in lower case: the standard engine is slow to ignore case in an alternation.)
_FORM_NEEDS = {
    ":": re.compile(r"(?:foto|photo|image|credit|screenshot|illustration|graphic|fotoğraf|bild|pic|dok)\w*\s*:"),
    "-": re.compile(r"\s[-–]"),
    "–": re.compile(r"\s[-–]"),
    " by ": re.compile(r"(?:photo|photograph|picture|illustration|supplied) by "),
    " for ": re.compile(r"[.!?] \S+ \S+(?: \S+){0,2} for \S"),
    "—": re.compile(r"\S—\S"),
}
# Reporters' and editors' initials in brackets ('(mdk/yan)') sign an article off; they credit no photo.
_WEAK_CREDIT_TAIL = _tail_pattern(
    # (in small letters it is an agency's and a desk's sign-off too: '(antara/jpnn)'; a paper's
    # code in capitals over a photographer's initials credits a photo: '(BP/eka)')
    r"\((?!(?-i:\p{Lu}?\p{Ll}{1,6})(?:/[a-z]{2,7}){1,3}\))(?:[^()/]{2,40}/[^()]{2,50}|[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|id))\)"
    r"|(?<=[.)])[\p{L}\d-]+\.(?:com|co\.id|id)\s*/\s*[\p{L} .'’-]{2,40}"
)


def credit_tail(text: str, *, weak: bool = False) -> int | None:
    """Where a caption's trailing photo credit starts, or None. The weak form '(Site/Name)' is
    also how reporters sign off, so it only counts when the caller allows it."""
    # Credits are short: only the end of the line is searched.
    start = max(0, len(text) - 160)
    tail = text[start:]
    if ":" not in tail and _ANY_KEY.search(text, max(0, len(text) - _NEAR_REACH)) is None:
        return None
    n = len(tail)
    m = None
    low = None  # the screens search the end of the line in lower case, made once when first needed
    for key, reach, pattern in _CREDIT_FORMS:
        at = tail.rfind(key)
        if at < 0 or n - at > reach:
            continue
        if key == "/" and n - at > 46 and not tail[at + 1 :].rstrip(" .").isdigit():
            continue  # only the digits of a date may follow the last slash that far
        needs = _FORM_NEEDS.get(key)
        if needs is not None:
            if low is None:
                low = text[max(0, start - 1) :].lower()
            if needs.search(low) is None:
                continue
        m = pattern.search(text, start)
        if m is not None:
            break
    if m is None and weak and "/" in tail and (n - tail.rfind(")") <= 4 or n - tail.rfind("/") <= 46):
        m = _WEAK_CREDIT_TAIL.search(text, start)
    if m is None or m.start() < 8 or not any(c.isalpha() for c in text[m.start() :]):
        return None
    return m.start()


_INITIALS_END = regex.compile(r"(?:/[a-z]{2,4}|(?:^|\s)\p{Lu})\.$")


def clean_credit(credit: str) -> str:
    """The credit as printed, without the brackets, bar or dash that set it off; a label such
    as 'Foto:' or '©' stays, it says what kind of credit it is."""
    c = credit.strip()
    # (the full stop after initials is theirs: 'ANTARA FOTO/Name/nym.', 'M. G.')
    if _INITIALS_END.search(c) is None:
        c = c.rstrip(".")
    c = c.strip("|-–—/•").strip()
    if c[:1] in "([" and c[-1:] in ")]":
        c = c[1:-1].strip()
    return c
