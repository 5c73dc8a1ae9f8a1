"""Word tables and regexes of the TimeML rules (:mod:`geo.events.timexrules`).

Hand-typed vocabularies come from ``data/lexicon/dates_*.csv`` (every row with a
``source``):

==================  ===============================================================
file                columns
==================  ===============================================================
dates_vague.csv     ``phrase, value, source``: vague references ("now" PRESENT_REF,
                    "recently" PAST_REF, "the future" FUTURE_REF)
dates_units.csv     ``word, code, source``: duration units and their ISO 8601 / TimeML
                    code ("week" W, "hour" TH: the T marks a time unit)
dates_sets.csv      ``word, value, source``: set adverbs ("daily" P1D)
dates_numbers.csv   ``word, value, source``: number words beyond ten ("twenty" 20),
                    vague amounts ("several" X)
dates_holidays.csv  ``name, rule, source``: holidays as a day ("12-25") or an nth
                    weekday of a month ("11-4-TH"; "05-L-MO": the last Monday;
                    "11-1-MO+1": a day after the first Monday)
dates_tense_cues    ``word, tense, source``: future / past cue words of the clause
.csv                around a yearless date or a weekday; ``not_past``: words in -ed
                    that are no past verb (read by :mod:`geo.events.datecal`)
==================  ===============================================================

Closed grammatical sets (seasons, parts of the day, ordinals, decade words) stay here.
"""

from __future__ import annotations

import re
from pathlib import Path

from geo import settings
from geo.errors import GeoError
from geo.events.datepatterns import NUMBERS
from geo.events.lexicon import read_rows

__all__ = [
    "AMOUNTS",
    "HOLIDAYS",
    "HOT_INDEX",
    "HOT_WORDS",
    "HOT_WORDS_LOWER",
    "RE_CLOCK",
    "RE_DECADE",
    "RE_DURATION_N",
    "RE_EARLIER",
    "RE_HALF",
    "RE_HOLIDAY",
    "RE_MONTH_REL_YEAR",
    "RE_QUARTER",
    "RE_SEASON",
    "RE_SET",
    "RE_SPOKEN_YEAR",
    "RE_THAT",
    "RE_THIS_YEAR",
    "RE_VAGUE",
    "RE_WEEKEND",
    "RE_YEAR_BARE",
    "RULE_HOT",
    "RULE_WINDOWS",
    "SETS",
    "TWO_DIGITS",
    "UNITS",
    "VAGUE_REFS",
    "amount",
]


def _read(name: str, key: str, val: str, directory: Path | None = None) -> dict[str, str]:
    path = Path(settings.LEXICON_DIR if directory is None else directory) / name
    out: dict[str, str] = {}
    for line, row in read_rows(path):
        k = " ".join(row.get(key, "").lower().split())
        if not k or not row.get(val) or k in out:
            raise GeoError(f"{path}:{line}: empty or duplicate {key!r}")
        out[k] = row[val]
    return out


#: "thanksgiving day" -> "11-4-TH" (month-day, or month-nth-weekday[+days], L: last)
HOLIDAYS = _read("dates_holidays.csv", "name", "rule")
#: "now" -> "PRESENT_REF", ...
VAGUE_REFS = _read("dates_vague.csv", "phrase", "value")
#: "week" -> "W", "hour" -> "TH" ...
UNITS = _read("dates_units.csv", "word", "code")
#: "daily" -> "P1D" ...
SETS = _read("dates_sets.csv", "word", "value")
#: number words -> amount ("X": vague); with the closed set one..ten of datepatterns
AMOUNTS: dict[str, str] = {w: str(n) for w, n in NUMBERS.items()} | _read(
    "dates_numbers.csv", "word", "value"
)
_TENS = {k: int(v) for k, v in AMOUNTS.items() if v.isdigit() and int(v) in range(20, 100, 10)}


def amount(word: str) -> str:
    """ "three" -> "3", "twenty-four" -> "24", "several" -> "X", "1.5" -> "1.5"."""
    w = " ".join(word.lower().replace("-", " ").split())
    if w in AMOUNTS:
        return AMOUNTS[w]
    if w.replace(".", "", 1).isdigit() or w.replace(",", "").isdigit():
        return w.replace(",", "")
    parts = w.split()
    if len(parts) == 2 and parts[0] in _TENS and AMOUNTS.get(parts[1], "").isdigit():
        return str(_TENS[parts[0]] + int(AMOUNTS[parts[1]]))
    return "1"


def _alt(words: object) -> str:
    ws = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in ws)


_UNIT = rf"(?:{_alt(UNITS)})"
_AMOUNT_WORD = rf"(?:{_alt(AMOUNTS)})"
_AMOUNT = rf"(?:\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six|seven|eight|nine)|{_AMOUNT_WORD})"

RE_VAGUE = re.compile(
    rf"\b(?:{_alt(VAGUE_REFS)})\b(?![-/]\w)(?!\s+(?:\d|{_AMOUNT_WORD}\s+{_UNIT}|{_UNIT}))",
    re.IGNORECASE,
)

#: "three weeks", "the past two months", "a week-long", "99-year", "several years", "years"
RE_DURATION_N = re.compile(
    rf"\b(?P<mod>(?:the\s+)?(?:(?:past|last|next|first|final|previous|coming|following|"
    rf"nearly|almost|about|some|roughly|more\s+than|less\s+than|up\s+to|over)\s+)?)?"
    rf"(?:(?P<n>{_AMOUNT})(?P<hy>[- ])|(?P<bare>(?<=\b)(?=(?:{_UNIT})s\b)))"
    rf"(?P<unit>{_UNIT})(?P<pl>s)?(?P<long>-long|-old)?\b(?!-\w)",
    re.IGNORECASE,
)

_ORD = r"first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest|current|recent|previous|past|next|same|comparable|corresponding|year-earlier|year-ago|year\s+earlier|year\s+ago"
_YEARISH = r"\d{4}|this\s+year's|last\s+year's|next\s+year's|the\s+year's"
RE_QUARTER = re.compile(
    rf"\b(?:(?P<det>the|this|that|last|next|a|an)\s+)?"
    rf"(?:(?P<yr>{_YEARISH})\s+)?(?:(?:fiscal|calendar)[- ])?"
    rf"(?:(?P<ord>{_ORD})[- ](?:(?:fiscal|calendar)[- ])?)?"
    rf"(?P<noun>quarter|period)(?P<pl>s)?\b(?!-\w)"
    rf"(?:\s+of\s+(?P<yr2>\d{{4}}|this\s+year|last\s+year|next\s+year|fiscal\s+\d{{4}}))?",
    re.IGNORECASE,
)
RE_HALF = re.compile(
    rf"\b(?:the\s+)?(?:(?P<yr>{_YEARISH})\s+)?(?P<ord>first|second|last|latter)[- ]"
    rf"(?P<noun>half|two\s+quarters)(?![-\w])(?:\s+of\s+(?P<yr2>\d{{4}}|this\s+year|last\s+year|next\s+year))?",
    re.IGNORECASE,
)
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
#: First month of each season (winter: December of its year).
SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
RE_SEASON = re.compile(
    r"\b(?:(?P<rel>this\s+past|last|this|next|the|early|late|mid-?|in)\s+)?"
    r"(?P<s>spring|summer|fall|autumn|winter)\b(?!-)"
    r"(?:\s+(?:of\s+)?(?P<y>\d{4})\b)?",
    re.IGNORECASE,
)
_DECADE_WORDS = "twenties thirties forties fifties sixties seventies eighties nineties"
DECADE_WORDS = {w: str(i + 2) for i, w in enumerate(_DECADE_WORDS.split())}
_ORDINALS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "twenty-first",
]
ORDINALS = {w: i + 1 for i, w in enumerate(_ORDINALS)}
RE_DECADE = re.compile(
    r"\b(?:the\s+)?(?:(?:early|mid|late)[- ]?)?(?:"
    r"(?P<dec>1\d\d|20\d)0['’]?s\b|['’](?P<dec2>\d)0['’]?s\b|"
    rf"(?P<decw>{'|'.join(DECADE_WORDS)})\b|"
    rf"(?P<cent>\d{{1,2}}(?:st|nd|rd|th)|{'|'.join(_ORDINALS)})[- ]century\b)",
    re.IGNORECASE,
)
_WD = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_MON_FULL = r"January|February|March|April|May|June|July|August|September|October|November|December"
RE_SET = re.compile(
    rf"\b(?:(?P<adv>{_alt(SETS)})|(?:every|each)\s+(?:(?P<n>{_AMOUNT}|other)\s+)?"
    rf"(?:(?P<wd>{_WD})|(?P<mon>{_MON_FULL})|(?P<unit>{_UNIT}))s?|"
    rf"(?P<per>per\s+(?P<unit2>{_UNIT})))\b",
    re.IGNORECASE,
)
RE_EARLIER = re.compile(
    rf"\b(?:(?P<n>{_AMOUNT})\s+(?P<unit>year|month|week|day)s?\s+earlier|year[- ](?:earlier|ago))\b",
    re.IGNORECASE,
)
RE_YEAR_BARE = re.compile(
    r"(?<![\w$#£€.,/:'’])(?<!\d-)(?P<y>1[6-9]\d\d|20\d\d)"
    r"(?:\s*[-–/]\s*(?P<y2>1[6-9]\d\d|20\d\d|\d\d))?\b"
    r"(?![-–/.,:]?\d)(?!\s*(?:%|percent|per\s+cent))"
)
_UNITS_W = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS_W = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS_W = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
#: Spelled-out two-digit numbers of spoken years: "ninety-six" -> 96
TWO_DIGITS = (
    {w: 10 + i for i, w in enumerate(_TEENS_W)}
    | {
        f"{t} {u}": 20 + 10 * i + j
        for i, t in enumerate(_TENS_W)
        for j, u in enumerate(["", *_UNITS_W[:-1]])
    }
    | {f"{t} nine": 29 + 10 * i for i, t in enumerate(_TENS_W)}
)
TWO_DIGITS = {" ".join(k.split()): v for k, v in TWO_DIGITS.items()}
RE_SPOKEN_YEAR = re.compile(
    rf"\b(?:the\s+year\s+)?(?:(?P<c>nineteen|eighteen)[- ](?P<yy>(?:{'|'.join(_TENS_W)})"
    rf"(?:[- ](?:{'|'.join(_UNITS_W)}))?|{'|'.join(_TEENS_W)})|two\s+thousand"
    rf"(?:\s+(?:and\s+)?(?P<u>{'|'.join(_UNITS_W)}))?)\b(?![- ](?:percent|people|dollars|hundred))",
    re.IGNORECASE,
)
RE_THIS_YEAR = re.compile(
    r"\b(?:the\s+(?:(?:current|full|calendar|current\s+fiscal)\s+)?year"
    r"(?![-\s]+(?:earlier|ago|before|after|later|two|of|in|to|\d))|"
    r"(?:the\s+)?end\s+of\s+the\s+year|year[- ]end|year['’]s\s+end)\b(?!-)",
    re.IGNORECASE,
)
RE_MONTH_REL_YEAR = re.compile(
    rf"\b(?:(?:early|mid|late|mid-)\s*)?(?P<mon>{_MON_FULL})\s+(?P<rel>last|this|next)\s+year\b"
)
RE_THAT = re.compile(
    r"\b(?:(?:earlier|later)\s+)?(?:that|the\s+same)\s+(?P<u>day|month|year)\b(?![-'’])",
    re.IGNORECASE,
)
RE_CLOCK = re.compile(
    r"\b(?P<h>[01]?\d)(?::(?P<mi>[0-5]\d))?\s*(?P<ap>[ap])\.?m\b\.?|\b(?P<word>noon|midnight|midday)\b",
    re.IGNORECASE,
)
RE_WEEKEND = re.compile(
    r"\b(?P<rel>the|this|last|next|this\s+past|this\s+coming)\s+weekend\b(?!-)", re.IGNORECASE
)
_HOLIDAY_NAMES = sorted(
    (
        " ".join(w.capitalize() if w not in ("of", "the", "day's") else w for w in k.split())
        for k in HOLIDAYS
    ),
    key=len,
    reverse=True,
)
RE_HOLIDAY = re.compile(
    r"\b(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?P<name>"
    + "|".join(re.escape(n).replace("'", "['’]").replace(r"\ ", r"\s+") for n in _HOLIDAY_NAMES)
    + r")\b"
)
#: Hot words of each rule of timexrules._RULES (same order) and the window scanned
#: around them (chars before, after).
RULE_HOT: tuple[tuple[str, tuple[int, int]], ...] = (
    (" ".join({p.split()[-1] for p in VAGUE_REFS}), (30, 12)),  # a phrase's last word
    ("quarter period", (50, 40)),
    ("half quarters", (30, 40)),
    ("spring summer fall autumn winter", (20, 15)),
    ("earlier ago", (35, 5)),
    ("year", (30, 15)),
    ("noon midnight midday", (5, 5)),
    ("nineteen eighteen thousand", (15, 30)),
    ("century " + " ".join(DECADE_WORDS), (30, 10)),
    (" ".join(SETS) + " every each", (20, 30)),
    (" ".join(UNITS), (35, 14)),
    ("weekend", (15, 8)),
    (
        "thanksgiving christmas year election independence july memorial labor veterans "
        "halloween valentine",
        (8, 20),
    ),
    ("year", (30, 10)),
    ("that same", (12, 12)),
)
RULE_WINDOWS = tuple(w for _, w in RULE_HOT)
#: hot word (a substring: "day" finds "days" too) -> indexes of the rules it triggers
HOT_INDEX: dict[str, tuple[int, ...]] = {}
for _i, (_words, _) in enumerate(RULE_HOT):
    for _w in _words.split():
        HOT_INDEX[_w] = (*HOT_INDEX.get(_w, ()), _i)
#: (hot word as written and capitalised, its rules)
HOT_WORDS = (
    *((v, HOT_INDEX[w]) for w in HOT_INDEX for v in (w, w.capitalize())),
    ("per ", HOT_INDEX["every"]),  # "per year" (not "percent")
)
#: the same, to search in lower-cased text
HOT_WORDS_LOWER = tuple((w, r) for w, r in HOT_WORDS if w.islower() or not w.isalpha())
