"""The word tables and regular expressions of the date finder (:mod:`geo.events.dates`).

Closed grammatical sets (month and weekday names, number words, relative day words) are
constants here; curated vocabulary (``YEAR_NOUNS``, ``COUNT_NOUNS``, ``NOT_PLURAL``) comes
from ``data/lexicon/events_date_words.csv`` and the event nouns of
``data/lexicon/events_nouns.csv`` (see :mod:`geo.events.lexicon`).

Every date expression contains a "hot" word: a digit (``RE_DIGITS``), a time-unit or
relative-day word (``UNIT_WORDS``), a month name (``MONTH_WORDS``) or a weekday name
(``WEEKDAY_WORDS``). :func:`geo.events.dates.find_dates` runs the regexes only in windows
around these words.
"""

from __future__ import annotations

import re

from geo.events.lexicon import load_lexicon

_LEX = load_lexicon()

MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
}
VAGUE = {"a few": 3, "few": 3, "several": 4, "a couple of": 2, "couple of": 2}

_MON = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|"
    r"Nov\.?|Dec\.?)"
)
_MON_FULL = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
_YEAR = r"(?:1\d{3}|20\d{2})"
_NUM = (
    r"(?:a\s+few|a\s+couple\s+of|couple\s+of|few|several|an?|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|\d{1,3})"
)
_UNIT = r"(?:day|week|month|year|decade)"
_AFTER_YEAR = r"(?![-–/.]\d)(?!\s*%)(?!['’]?s\b)"

RE_DMY = re.compile(
    rf"(?:\b{_WD},?\s+)?\b(?:the\s+)?(?P<d>{_DAY})(?:\s*[-–]\s*(?P<d2>{_DAY}))?(?:\s+of)?"
    rf"\s+(?P<mon>{_MON})(?![\w])(?:,?\s+(?P<y>{_YEAR})\b{_AFTER_YEAR})?"
)
RE_MDY = re.compile(
    rf"(?:\b{_WD},?\s+)?\b(?P<mon>{_MON})\s+(?P<d>{_DAY})\b(?!:\d)"
    rf"(?:\s*[-–]\s*(?P<d2>{_DAY})\b)?(?:,?\s+(?P<y>{_YEAR})\b{_AFTER_YEAR})?"
)
RE_MY = re.compile(
    rf"\b(?:(?:early|late|mid|mid-|end\s+of|beginning\s+of)\s*)?(?P<mon>{_MON})"
    rf",?\s+(?P<y>{_YEAR})\b{_AFTER_YEAR}"
)
RE_MONTH_ONLY = re.compile(
    rf"(?:\b(?P<prep>[Ii]n|[Nn]ext|[Ss]ince|[Dd]uring|[Uu]ntil|[Tt]ill|[Bb]y|[Tt]hrough|[Ee]arly|[Ll]ate|"
    rf"[Mm]id-?|[Ll]ast|[Tt]his|[Ff]rom|[Bb]efore|[Aa]fter|[Oo]f)\s+)?\b(?P<mon>{_MON_FULL})\b"
    rf"(?!\s+\d)"
)
RE_ISO = re.compile(rf"\b(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)\b")
RE_NUMERIC = re.compile(
    r"(?<![\d./])(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[01]?\d)(?P=sep)(?P<y>(?:1\d|20)\d{2})(?![\d./])"
)
_YEAR_PREPS = (
    r"in|since|until|till|by|from|during|before|after|of|around|circa|throughout|between|"
    r"early|late|mid|mid-|fall\s+of|spring\s+of|summer\s+of|winter\s+of|autumn\s+of"
)
RE_YEAR = re.compile(
    rf"\b(?P<prep>{_YEAR_PREPS})\s+(?:the\s+(?:year\s+)?)?(?P<y>{_YEAR})\b{_AFTER_YEAR}"
    rf"(?:\s*(?:[-–]|to|and|until|till)\s*(?P<y2>{_YEAR})\b{_AFTER_YEAR})?",
    re.IGNORECASE,
)
#: Nouns after which a year is a date ("the 2001 war"): the event nouns and the year nouns.
YEAR_NOUNS = frozenset(_LEX.nouns) | _LEX.year_nouns
RE_YEAR_NOUN = re.compile(rf"\b(?P<y>{_YEAR})(?=[ \-](?P<noun>[a-z]+(?:-[a-z]+)?)\b)")
RE_WORDS = re.compile(
    r"\b(?:the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|yesterday|today|tomorrow|tonight|this\s+morning|"
    r"this\s+afternoon|this\s+evening|last\s+night)\b",
    re.IGNORECASE,
)
RE_WEEKDAY = re.compile(
    rf"\b(?:(?P<rel>[Ll]ast|[Oo]n|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming)\s+)?(?P<wd>{_WD})\b"
    r"(?:\s+(?P<part>morning|afternoon|evening|night))?"
)
RE_AGO = re.compile(rf"\b(?P<n>{_NUM})\s+(?P<unit>{_UNIT})s?\s+ago\b", re.IGNORECASE)
RE_DURATION = re.compile(
    rf"\b(?:it\s+(?:has|had)\s+been|it['’]s\s+been|(?:for|over|in|during)\s+the\s+(?:past|last)"
    rf"|(?:for|over|in|during)\s+(?:past|last))\s+(?:(?P<n>{_NUM})\s+)?(?P<unit>{_UNIT})s?"
    rf"(?:\s+now)?(?:\s+since\b)?",
    re.IGNORECASE,
)
RE_LAST_UNIT = re.compile(
    r"\b(?:(?:earlier|later)\s+)?(?P<rel>last|this|next|past|previous)\s+(?P<unit>week|month|year)\b",
    re.IGNORECASE,
)
RE_ANCHORED = re.compile(
    rf"\b(?P<n>{_NUM})\s+(?P<unit>{_UNIT})s?\s+(?P<dir>after|before|following|prior\s+to)"
    r"\s+(?P<anchor>[^,.;:!?()\n\"“”]{1,80})",
    re.IGNORECASE,
)
RE_LATER = re.compile(
    rf"\b(?:(?:the\s+)?(?:next|following)\s+(?P<unit1>day|week|month|year|morning|evening)|"
    rf"(?P<n>{_NUM})\s+(?P<unit2>day|week|month|year)s?\s+later)\b",
    re.IGNORECASE,
)
# A year followed by a counted plural is a number: "by 2000 fighters".
RE_COUNTED = re.compile(r"\s+(?P<w>[a-z]+)")
#: Words ending in -s that are not plurals ("by 2021 this ...").
NOT_PLURAL = _LEX.not_plural
#: Nouns of counted people, besides plurals in -s ("by 2000 men" is no date).
COUNT_NOUNS = _LEX.count_nouns
RE_DIGITS = re.compile(r"\d+")
_UNIT_HOT = (
    "day week month year decade yesterday today tomorrow tonight night morning afternoon evening"
)
#: Hot words of the unit/relative regexes, in lower, capitalised and upper case.
UNIT_WORDS = tuple(v for w in sorted(_UNIT_HOT.split()) for v in (w, w.capitalize(), w.upper()))
#: The same in lower case, to search in the lower-cased text.
UNIT_LOWER = tuple(sorted(_UNIT_HOT.split()))
MONTH_WORDS = tuple(m.capitalize() for m in list(MONTHS)[:12])  # the full names
WEEKDAY_WORDS = tuple(w.capitalize() for w in WEEKDAYS)
#: Day offset from the reference date of the relative day words of ``RE_WORDS`` (others: 0).
WORD_OFFSETS = {
    "yesterday": -1,
    "last night": -1,
    "the day before yesterday": -2,
    "tomorrow": 1,
    "the day after tomorrow": 2,
}
