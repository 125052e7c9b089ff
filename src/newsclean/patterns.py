"""Pattern pieces shared by rules and by the metadata parsers (dates, credits, datelines)."""

from __future__ import annotations

ID_MONTHS = (
    r"januari|jan|februari|pebruari|feb|maret|mar|april|apr|mei|juni|jun|juli|jul|agustus|agu|"
    r"agt|ags|aug|september|sept|sep|oktober|okt|oct|november|nopember|nov|desember|des|dec"
)
EN_MONTHS = (
    r"january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|"
    r"september|sept|sep|october|oct|november|nov|december|dec"
)
MONTHS = rf"(?:{ID_MONTHS}|{EN_MONTHS})\.?"
WEEKDAYS = (
    r"(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?"
)
ZONE = r"(?:wib|wita|wit|utc|gmt|et|est|edt|ct|cst|cdt|pt|pst|pdt|bst|cet|cest|[+-]\d\d:?\d\d)"
TIME = rf"\d{{1,2}}[:.]\d\d(?:[:.]\d\d)?(?:\s?[ap]\.?m\.?)?(?:\s?{ZONE})?"
# A calendar date in the forms news pages print: 5 Mei 2025, May 5, 2025, 05/05/2025, 2025-05-05.
DATE = (
    rf"(?:\d{{1,2}}\s+{MONTHS}\s+\d{{4}}|{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}/\d{{1,2}}/\d{{4}}|\d{{4}}-\d\d-\d\d)"
)
# A line that states when the article appeared, optionally with a site or verb in front and a
# view counter behind: "Kompas.com - 19/09/2019, 17:11 WIB", "Diperbarui 14 Maret 2019 21:18 WIB".
DATE_PREFIX = (
    r"(?:(?:[a-z][\w-]*+(?:\.[\w-]++)*?\.(?:com|co\.id|id|net)\s*[-–|]\s*)|(?:diperbarui|diterbitkan|dipublikasikan|"
    r"terbit|tayang|update|updated|last updated|published|posted|publikasi|dibuat)\s*:?\s*(?:on\s+)?)?"
)
DATE_SEP = r"\s*[,|\-–—•·]?\s*"
DATE_WITH_TIME = rf"{DATE_PREFIX}(?:{WEEKDAYS},?\s*)?{DATE}{DATE_SEP}(?:(?:pukul|jam|at)\s+)?{TIME}"
TIME_FIRST = rf"{DATE_PREFIX}{TIME}{DATE_SEP}(?:{WEEKDAYS},?\s*)?{DATE}"
# English pages print the date alone ('November 20, 2019'); Indonesian ones only as page furniture.
EN_DATE_ONLY = rf"{DATE_PREFIX}(?:{WEEKDAYS},?\s*)?{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
VIEWS = r"(?:\s*[|•·]\s*[\d.,]+\s*(?:views|kali dibaca|dibaca|x dibaca))?"

# Photo agencies and credit words that mark the end of a caption or a credit-only line.
AGENCIES = (
    r"AFP|AP|AP Photo|REUTERS|Reuters|ANTARA|ANTARA FOTO|EPA|EPA-EFE|Getty Images|Xinhua|"
    r"Shutterstock|iStockphoto|iStock|Pexels|Unsplash|Freepik|Bloomberg|Anadolu|Kyodo|Yonhap"
)
