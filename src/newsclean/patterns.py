"""Pattern pieces shared by rules and by the metadata parsers (dates, credits, datelines)."""

from __future__ import annotations

import re

ID_MONTHS = (
    r"januari|jan|februari|pebruari|feb|maret|mar|april|apr|mei|juni|jun|juli|jul|agustus|agu|"
    r"agt|ags|aug|september|sept|sep|oktober|okt|oct|november|nopember|nov|desember|des|dec"
)
EN_MONTHS = (
    r"january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|"
    r"september|sept|sep|october|oct|november|nov|december|dec"
)
# German, French, Spanish, Portuguese, Italian and Dutch names not already above.
EU_MONTHS = (
    r"januar|jänner|februar|märz|mai|oktober|dezember|janvier|février|fevrier|mars|avril|juin|"
    r"juillet|août|aout|septembre|octobre|novembre|décembre|decembre|enero|febrero|marzo|abril|mayo|"
    r"junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|"
    r"maio|junho|julho|setembro|outubro|novembro|dezembro|gennaio|febbraio|aprile|maggio|giugno|"
    r"luglio|settembre|ottobre|dicembre|maart|augustus|mrt|okt|dez|déc|ene|abr|ago|dic|fev|out|"
    r"gen|mag|giu|lug|ott"
)
# Polish (both cases), Swedish, Turkish and Malay names not already above.
MORE_MONTHS = (
    r"styczeń|stycznia|luty|lutego|marzec|marca|kwiecień|kwietnia|maj|maja|czerwiec|czerwca|lipiec|lipca|"
    r"sierpień|sierpnia|wrzesień|września|październik|października|listopad|listopada|grudzień|grudnia|"
    r"augusti|ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|mac|julai|ogos|disember"
)
MONTH_NAMES = rf"(?:{ID_MONTHS}|{EN_MONTHS}|{EU_MONTHS}|{MORE_MONTHS})"
MONTHS = rf"{MONTH_NAMES}\.?"
WEEKDAYS = (
    r"(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|montag|dienstag|mittwoch|"
    r"donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|"
    r"martes|miércoles|jueves|viernes|sábado|domingo|segunda-feira|terça-feira|quarta-feira|"
    r"quinta-feira|sexta-feira|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|maandag|dinsdag|"
    r"woensdag|donderdag|vrijdag|zaterdag|zondag)\.?"
)
ZONE = r"(?:(?:gmt|utc)[+-]\d{1,2}(?::?\d\d)?|(?:eastern|central|mountain|pacific) (?:daylight|standard) time|wib|wita|wit|utc|gmt|et|est|edt|ct|cst|cdt|pt|pst|pdt|mst|mdt|adt|ast|ndt|nst|hst|bst|cet|cest|ist|sgt|myt|pht|hkt|jst|kst|aest|aedt|[+-]\d\d:?\d\d)"
# (Sky News names the country after a comma: '14:05, UK')
TIME = rf"\d{{1,2}}(?:[:.]|h)\d\d(?:[:.]\d\d)?(?:\s?[ap]\.?\s?m\.?|\s?uhr|h\b\.?|\s(?:pagi|petang|malam)\b)?(?:\s?{ZONE}|,\s?uk\b)?"
# A calendar date in the forms news pages print: 5 Mei 2025, May 5, 2025, 05/05/2025, 2025-05-05.
# The date parser reads the parts by these group names; rules, which may not name groups, get
# the same pattern with plain groups.
DATE_PARTS = (
    rf"(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\.?(?:\s+de)?\s+(?P<m1>{MONTHS})(?:\s+de|,)?\s+(?P<y1>\d{{4}})"
    rf"|(?P<m2>{MONTHS})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})"
    r"|(?P<a3>\d{1,2})[/.](?P<b3>\d{1,2})[/.](?P<y3>\d{4}|\d{2}(?!\d))"
    # with hyphens, as NU.nl prints older stories: '07-10-25, 14:32'
    r"|(?<![\d-])(?P<a6>\d{1,2})-(?P<b6>\d{1,2})-(?P<y6>\d{4}|\d{2})(?![\d-])"
    r"|(?P<y4>\d{4})-(?P<m4>\d\d)-(?P<d4>\d\d)"
    # Folha de S.Paulo: '14.nov.2023'.
    rf"|(?P<d5>\d{{1,2}})\.(?P<m5>{MONTH_NAMES})\.(?P<y5>\d{{4}})"
)
DATE = "(?:" + re.sub(r"\(\?P<\w+>", "(?:", DATE_PARTS) + ")"
# A line that states when the article appeared, optionally with a site or verb in front and a
# view counter behind: "Kompas.com - 19/09/2019, 17:11 WIB", "Diperbarui 14 Maret 2019 21:18 WIB".
DATE_PREFIX = (
    # (a dash may open it, set under the writer's name: '- Senin, 6 Juni 2022 | 13:27 WIB', Pikiran Rakyat)
    r"(?:[-–]\s)?(?:(?:[a-z][\w-]*+(?:\.[\w-]++)*?\.(?:com|co\.id|id|net)\s*[-–|,]\s*)|(?:\p{L}++(?:-\p{L}++)?(?:\s\p{L}++(?:-\p{L}++)?)?\s[-–|]\s)|(?:diperbarui|diterbitkan|dipublikasikan|"
    r"terbit|tayang|update|updated|last updated|last modified|published|posted|publikasi|dibuat|publié|mis à jour|"
    r"veröffentlicht|aktualisiert|stand|publicad[oa]|actualizad[oa]|atualizad[oa]|pubblicato|aggiornato|"
    r"gepubliceerd|bijgewerkt|giriş(?: tarihi)?|yayınlanma(?: tarihi)?|yayın tarihi|güncelleme|opublikowano|aktualizacja|"
    r"publicerad|uppdaterad|dikemaskini)\s*:?\s*(?:on\s+|le\s+|am\s+|el\s+|em\s+|il\s+|op\s+)?|(?:on|pada|le)\s+)?"
)
DATE_SEP = r"\s*(?:[,|/\-–—•·@]|//)?\s*"  # (The Register: 'Tue 6 May 2025 // 10:42 UTC')
DATE_WITH_TIME = (
    rf"{DATE_PREFIX}(?:{WEEKDAYS},?\s*)?{DATE}{DATE_SEP}(?:(?:pukul|jam|at|à|um|a las|às|alle|om|kl\.?|klockan|godz\.?|saat)\s+)?{TIME}"
)
TIME_FIRST = rf"{DATE_PREFIX}{TIME}{DATE_SEP}(?:{WEEKDAYS},?\s*)?{DATE}"
# A date without a time: English pages print one alone ('November 20, 2019'), Indonesian ones only
# as page furniture; elsewhere it is taken after the word that says it is the publication's.
DATE_ONLY = (
    rf"{DATE_PREFIX}(?:{WEEKDAYS},?\s*)?{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    # Day first (the BBC, the Guardian) only with the English names no other language we read
    # spells so: '19 June 2025' ('19 Juni 2025' is a date in an Indonesian list).
    r"|\d{1,2}\s+(?:january|february|march|may|june|july|august|october|december)\s+\d{4}"
    # A date of any form after the word that says it is the publication's: 'Veröffentlicht am 18.06.2025'.
    rf"|(?:veröffentlicht am|published(?: on)?|publicado el|publié le|pubblicato il|gepubliceerd op|diterbitkan)\s*:?\s*{DATE}"
)
# ... or a reading time ('17 Juli 2025 15:20 WIB · 5 menit baca').
VIEWS = (
    r"(?:\s*[|•·]\s*[\d.,]+\s*(?:views|kali dibaca|dibaca|x dibaca)"
    r"|\s*[|•·]\s*\d{1,3}\s*(?:menit baca|mins? read|minutes? read|min\.? lesezeit|min de lecture|min de lectura|min di lettura|min\.? leestijd)"
    r"|\s*[|•·]?\s*(?:lesedauer|reading time|temps de lecture|tiempo de lectura)\s*:?\s*\d{1,3}\s*\p{L}{1,8}\.?"
    # (or the bar alone, the count behind it not in the page text: 'Kamis, 05 November 2015 11:52 |')
    r"|\s*[|•·](?=\s*$))?"
)

# Photo agencies and credit words that mark the end of a caption or a credit-only line.
AGENCIES = (
    r"AFP|AP|AP Photo|REUTERS|Reuters|ANTARA|ANTARA FOTO|EPA|EPA-EFE|Getty Images|Xinhua|"
    r"Shutterstock|iStockphoto|iStock|Pexels|Unsplash|Freepik|Bloomberg|Anadolu|Kyodo|Yonhap|EFE|"
    r"ANSA|dpa|Europa Press|LUSA|Keystone|Belga|Agencia Brasil|ANP|TT|NTB|PAP|PA|PA Wire|PA Media|LaPresse|Imagoeconomica|IMAGO|Associated Press"
)

# People in bylines, shared by the byline rules and the parser that reads names out of them.
# A name as bylines print it: two to five capitalised words.
NAME = r"\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,4}"
NAME_SHORTEST = NAME + "?"  # as few words as the rest of the pattern allows
# Lowercase particles inside names in the languages we read ('Jan de Vries', 'Ahmad bin Ali').
NAME_PARTICLES = r"(?:van|von|de|der|den|du|da|di|del|della|dos|das|la|le|ter|ten|bin|binti|al|el)"
# The role word printed after a bare name (Liputan6 'Tommy Kurnia Author', Kompas 'Penulis').
# A rank may stand before it ('Hannah Leckford Senior Reporter'): it is part of the role, not the name.
ROLE_AFTER_NAME = (
    r"(?:(?:Senior|Chief|Deputy|Assistant|Associate|Trainee|Junior|Managing|Executive|Contributing|Political|"
    r"Digital|Local Democracy|News|Staff)\s+)*(?:Author|Editor|Penulis|Reporter|Jurnalis|Pewarta|Kontributor)"
)
# The channel or site after '<Name> - ': 'detikNews', 'CNBC Indonesia', 'Bisnis.com'.
BYLINE_CHANNEL = (
    r"(?:detik\w*|CNBC\s+Indonesia|CNN\s+Indonesia|[\w-]+\.(?i:com|co\.id|id)"
    r"|Okezone|SINDOnews|Sindonews|Liputan6|Kumparan|kumparan|Republika|Merdeka|Tempo|Antara|VIVA|JPNN|iNews"
    # (detik's network sites sign the same way: 'Kirana Larasati | HaiBunda')
    r"|HaiBunda|Wolipop|InsertLive|Beautynesia)"
)
