"""Dates: find date expressions in text and normalise them against a reference date.

The entry point is :func:`find_dates` ``(text, doc_date) -> list[DateMatch]``: regexes
only (dateparser parses nothing but ambiguous numeric dates such as ``5/8/2021``), run
once per document, never on whole sentences. Event extraction calls it with the
document's date as the reference date and picks one match per event
(:mod:`geo.events.extract`).

=====================================  ==============================  ===========
text                                   date (reference 2021-09-06)     precision
=====================================  ==============================  ===========
15 August 2021, August 15, 2021,       2021-08-15                      day
2021-08-15, 15/08/2021
On August 17 (no year)                 2021-08-17 (the year that puts  day
                                       it at most ``year_ahead_days``
                                       (62) after the reference date:
                                       "Jan. 2" written in November
                                       is next January; in a future
                                       clause, the next occurrence)
15-17 August 2021                      2021-08-15 .. 2021-08-17        day
August 2021, in August, last month     2021-08                         month
December's figures, by June (no year)  the nearest occurrence, up to   month
                                       ``month_ahead`` (3) months
                                       ahead; a future clause: next
in 2001, since 1996, the 2001 attack,  2001                            year
a 2001 review, nineteen ninety-six
from 1996 to 2001, 2009-2010, 1957-58  1996 .. 2001                    year
the third quarter, third-quarter       2021-07 .. 2021-09              month
the first half, last winter            2021-01 .. 2021-06, ...         month
the 1990s, the 19th century            1990 .. 1999, 1800 .. 1899      year
yesterday, tomorrow, two days ago      2021-09-05, 2021-09-07, ...     day
last Tuesday, on Friday (reported)     the last one                    day
will meet on Friday (future clause)    the next one                    day
a week ago, it has been a week (now)   2021-08-30 .. 2021-09-06        week
(since), for the past week
last week                              Monday..Sunday of that week     week
last year, this year, the year         2020, 2021, 2021                year
a few / several days ago               2021-09-03 .. 2021-09-06        approx
two days after the fall of Kabul       anchored: +2 day from "the      day
                                       fall of Kabul"
the next day, three days later         anchored: +n (unit) from the    (unit)
                                       previous dated event
=====================================  ==============================  ===========

``date``/``date_end`` are ISO strings cut to the precision ("2021-08-15", "2021-08",
"2021"); ``date_end`` is set only for ranges ("15-17 August 2021", "from 1996 to 2001",
quarters, halves, seasons, decades) and windows ("a week ago", "last week", "a few days
ago"). Every match also carries its TimeML ``type`` (DATE or TIME here) and ``value``
("2021-Q3", "2021-WI", "199", "2021-09-06TMO"). Durations ("for three weeks"), sets
("every Friday") and vague references ("now") have no calendar date: they come only
from :func:`geo.events.timex.find_timexes`, which shares this scanner (:func:`scan`).
Relative expressions need the reference date; without it they give no match. Anchored
expressions come back with ``anchored=True``, ``date=None`` and the signed ``offset`` in
``unit`` from ``anchor_text`` ("" = the previous dated event): the caller resolves them.

Numbers are dates only in these shapes: years need a 4-digit 1000–2099 number after a
preposition (in, since, until, by, from, during ...) and not followed by a counted plural
("by 2000 fighters"), or before an event noun or year noun ("2001 attack", "the 2001
war"), or a 1600–2099 number standing alone (no capitalised word around it: "Room
2021", "a 2001 Toyota" are not dates). "Badri 313 Unit", "12 suggestions", "suggestion
number 6" are not dates. Word tables and regexes are in :mod:`geo.events.datepatterns`;
the TimeML rules (quarters, seasons, durations, sets...) in :mod:`geo.events.timexrules`;
calendar helpers, :class:`DateMatch` and tense cues in :mod:`geo.events.datecal`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date as Date
from datetime import datetime, timedelta

from geo.events.datecal import (
    LIMITS,
    PRECISION_RANK,
    Collector,
    DateLimits,
    DateMatch,
    add_months,
    infer_year,
    iso_date,
    month_year,
    parse_iso,
    safe_date,
    shift_date,
    tense_cue,
    unit_precision,
    windows,
)
from geo.events.datepatterns import (
    COUNT_NOUNS,
    MONTH_WORDS,
    MONTHS,
    NOT_PLURAL,
    NUMBERS,
    RE_AGO,
    RE_ANCHORED,
    RE_COUNTED,
    RE_DIGITS,
    RE_DMY,
    RE_DURATION,
    RE_ISO,
    RE_LAST_UNIT,
    RE_LATER,
    RE_MDY,
    RE_MONTH_ONLY,
    RE_MY,
    RE_NUMERIC,
    RE_WEEKDAY,
    RE_WORDS,
    RE_YEAR,
    RE_YEAR_NOUN,
    UNIT_LOWER,
    UNIT_WORDS,
    VAGUE,
    WEEKDAY_WORDS,
    WEEKDAYS,
    WORD_OFFSETS,
    YEAR_NOUNS,
)
from geo.events.timexrefs import resolve_references
from geo.events.timexrules import period, scan_digits, scan_words
from geo.events.timexwords import UNITS
from geo.models import TimePrecision

__all__ = [
    "LIMITS",
    "PRECISION_RANK",
    "DateLimits",
    "DateMatch",
    "find_dates",
    "iso_date",
    "parse_iso",
    "scan",
    "shift_date",
    "unit_precision",
]


def _num(word: str) -> tuple[int, bool]:
    """(value, vague) of a number word: "two" -> (2, False), "several" -> (4, True)."""
    w = " ".join(word.lower().split())
    if w in VAGUE:
        return VAGUE[w], True
    if w.isdigit():
        return int(w), False
    return NUMBERS.get(w, 1), False


def _month_num(token: str) -> int:
    return MONTHS[token.rstrip(".").lower()]


def _day_num(token: str) -> int:
    return int(token.rstrip("stndrh"))


def _counted_after(text: str, end: int) -> bool:
    m = RE_COUNTED.match(text, end, min(len(text), end + LIMITS.counted_chars))
    if not m:
        return False
    w = m.group("w")
    return w in COUNT_NOUNS or (
        len(w) > 3 and w.endswith("s") and not w.endswith("ss") and w not in NOT_PLURAL
    )


def find_dates(
    text: str,
    doc_date: Date | None,
    *,
    pos: int = 0,
    endpos: int | None = None,
    ranges: bool = False,
) -> list[DateMatch]:
    """Date expressions in ``text[pos:endpos]``, normalised against the reference date
    ``doc_date`` (usually the document's date; ``None``: absolute dates only).

    Only expressions that can date an event: calendar dates (``type`` DATE or TIME, with
    ``date`` set) and anchored expressions; durations, sets and vague references ("now")
    are left to :func:`geo.events.timex.find_timexes`. Windows such as "for the past two
    weeks" come back as a DATE window (``date`` .. ``date_end``).
    Non-overlapping, sorted by start; where expressions overlap the longest wins.
    Anchored expressions ("two days after the fall of Kabul", "the next day") come back
    with ``anchored=True`` and ``date=None``; :func:`geo.events.extract_events` resolves
    them. Offsets are indices into ``text``.

    By default only calendar dates: a day, week, month or year (TimeML values such as
    ``1989-05-03``, ``1989-W44``, ``1989-05``, ``1989``). With ``ranges=True`` also the
    windows that are none of these -- quarters, halves, seasons, decades, centuries
    ("the third quarter": ``date`` 1989-07 .. ``date_end`` 1989-09, ``value`` 1989-Q3) --
    which can still date an event to within their window.
    """
    return [
        d
        for d in scan(text, doc_date, pos=pos, endpos=endpos)
        if d.anchored
        or (d.date is not None and d.type in ("DATE", "TIME") and (ranges or not _coarse_range(d)))
    ]


def _coarse_range(d: DateMatch) -> bool:
    """A quarter, half, season, decade or century: a window given at month or year
    precision whose TimeML value is no single calendar day, week, month or year."""
    return (
        d.value is not None
        and _CALENDAR_VALUE.fullmatch(d.value) is None
        and (d.precision in ("day", "week", "month", "year"))
    )


#: TimeML values of one calendar day, ISO week, month or year (TIME values start so too)
_CALENDAR_VALUE = re.compile(r"\d{4}(?:-W\d{2}|-\d{2}(?:-\d{2})?)?(?:T.*)?")


def scan(
    text: str,
    doc_date: Date | None,
    *,
    pos: int = 0,
    endpos: int | None = None,
    timex: bool = False,
) -> list[DateMatch]:
    """Every expression of ``text[pos:endpos]``, non-overlapping and sorted; ``timex``:
    TimeML mode (durations, sets and vague references too, windows as durations)."""
    if isinstance(doc_date, datetime):
        doc_date = doc_date.date()
    if doc_date is not None and not LIMITS.min_ref_year <= doc_date.year <= LIMITS.max_ref_year:
        doc_date = None  # relative arithmetic would leave the calendar
    end_ = len(text) if endpos is None else endpos
    c = Collector(text, doc_date, timex)
    # Every expression contains a "hot" word: a digit, a month or weekday name, a time unit
    # or "yesterday"/"today"... Each group of regexes only scans windows around its hot
    # words (found with str.find / one tiny regex), which is several times faster than
    # running every regex over the whole text.
    groups: list[tuple[Callable[[Collector, int, int, Date | None], None], list[int], int, int]]
    runs = [m.span() for m in RE_DIGITS.finditer(text, pos, end_)]
    digits = [s for s, _ in runs]
    groups = [(_scan_numeric, digits, *LIMITS.digit_window)]
    # hot words in any case: searched in the lower-cased text (if its offsets are the same)
    lowered = text.lower()
    low = lowered if len(lowered) == len(text) else None
    units = (
        _find_words(low, UNIT_LOWER, pos, end_) if low else _find_words(text, UNIT_WORDS, pos, end_)
    )
    groups.append((_scan_units, units, *LIMITS.unit_window))
    if doc_date is not None:
        months = _find_words(text, MONTH_WORDS, pos, end_)
        groups.append((_scan_months, months, *LIMITS.month_window))
        weekdays = _find_words(text, WEEKDAY_WORDS, pos, end_)
        groups.append((_scan_weekdays, weekdays, *LIMITS.weekday_window))
    for scanner, hot, before, after in groups:
        for ws, we in windows(text, sorted(hot), before, after, pos, end_):
            scanner(c, ws, we, doc_date)
    scan_digits(c, runs)
    scan_words(c, pos, end_, low)
    return resolve_references(c, _non_overlapping(c.found, timex))


def _find_words(text: str, words: tuple[str, ...], pos: int, endpos: int) -> list[int]:
    out: list[int] = []
    find = text.find
    for w in words:
        i = find(w, pos, endpos)
        while i != -1:
            out.append(i)
            i = find(w, i + len(w), endpos)
    return out


def _scan_numeric(c: Collector, pos: int, end_: int, doc_date: Date | None) -> None:
    text = c.text
    for rx in (RE_DMY, RE_MDY):
        for m in rx.finditer(text, pos, end_):
            _day_month(c, m, doc_date)
    for m in RE_MY.finditer(text, pos, end_):
        c.add(m, safe_date(int(m["y"]), _month_num(m["mon"]), 1), "month")
    for m in RE_ISO.finditer(text, pos, end_):
        c.add(m, safe_date(int(m["y"]), int(m["m"]), int(m["d"])), "day")
    for m in RE_NUMERIC.finditer(text, pos, end_):
        c.add(m, _numeric_date(m), "day")
    for m in RE_YEAR.finditer(text, pos, end_):
        if _counted_after(text, m.end()):
            continue
        y, y2 = int(m["y"]), int(m["y2"]) if m["y2"] else 0
        end = Date(y2, 1, 1) if y2 > y else None
        c.add(m, Date(y, 1, 1), "year", end, start=m.start("y"))
    for m in RE_YEAR_NOUN.finditer(text, pos, end_):
        noun = m["noun"]
        if noun in YEAR_NOUNS or noun.split("-")[0] in YEAR_NOUNS:
            c.add(m, Date(int(m["y"]), 1, 1), "year")


def _scan_months(c: Collector, pos: int, end_: int, doc_date: Date | None) -> None:
    assert doc_date is not None
    for m in RE_MONTH_ONLY.finditer(c.text, pos, end_):
        _month_only(c, m, doc_date)


def _scan_weekdays(c: Collector, pos: int, end_: int, doc: Date | None) -> None:
    assert doc is not None
    for m in RE_WEEKDAY.finditer(c.text, pos, end_):
        wd = WEEKDAYS[m["wd"].lower()]
        rel = (m["rel"] or "on").lower()
        back = (doc.weekday() - wd) % 7
        ahead = (wd - doc.weekday()) % 7
        tense = "" if rel != "on" else tense_cue(c.text, m.start(), m.end())
        if rel in ("last", "past"):
            d = doc - timedelta(days=back or 7)
        elif rel in ("next", "coming") or tense == "future":
            d = doc + timedelta(days=ahead or 7)
        else:  # on / this / bare / past tense: the most recent one (today included)
            d = doc - timedelta(days=back)
        part = (m["part"] or "").lower()
        start = m.start("wd") if rel == "on" else None
        if part:
            c.add(m, d, "day", start=start, kind="TIME", value=f"{d.isoformat()}T{_PARTS[part]}")
        else:
            c.add(m, d, "day", start=start)


#: TimeML codes of the parts of the day.
_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}


def _scan_units(c: Collector, pos: int, end_: int, doc_date: Date | None) -> None:
    text = c.text
    if doc_date is not None:
        _relative(c, pos, end_, doc_date)
    for m in RE_ANCHORED.finditer(text, pos, end_):
        n, vague = _num(m["n"])
        sign = -1 if m["dir"].lower().startswith(("before", "prior")) else 1
        c.anchored(m, sign * n, vague, m["unit"].lower(), m["anchor"].strip())
    for m in RE_LATER.finditer(text, pos, end_):
        if m["unit1"]:
            n, vague, unit = 1, False, m["unit1"].lower()
            unit = "day" if unit in ("morning", "evening") else unit
        else:
            (n, vague), unit = _num(m["n"]), m["unit2"].lower()
        c.anchored(m, n, vague, unit, "")


def _day_month(c: Collector, m: re.Match[str], doc_date: Date | None) -> None:
    month = _month_num(m["mon"])
    day = _day_num(m["d"])
    if not 1 <= day <= 31:
        return
    d2 = _day_num(m["d2"]) if m["d2"] else None
    if m["y"]:
        start = safe_date(int(m["y"]), month, day)
    else:
        tense = tense_cue(c.text, m.start(), m.end(), strong=True)
        start = infer_year(month, day, doc_date, "future" if tense == "future" else "")
    if start is None:
        if m["y"]:  # "31 February 2021": block the shorter "February 2021" too
            c.found.append(DateMatch(m.start(), m.end(), m.group(), None))
        return
    end = safe_date(start.year, month, d2) if d2 and d2 > day else None
    c.add(m, start, "day", end)


def _month_only(c: Collector, m: re.Match[str], doc: Date) -> None:
    month = _month_num(m["mon"])
    prep = (m["prep"] or "").lower()
    if not prep and not _bare_month_ok(c.text, m):
        return
    if prep == "last":
        year = doc.year if month < doc.month else doc.year - 1
    elif prep == "next":
        year = doc.year if month > doc.month else doc.year + 1
    elif prep == "this":
        year = doc.year
    else:
        tense = "future" if prep == "by" else tense_cue(c.text, m.start(), m.end(), strong=True)
        year = month_year(month, doc, tense)
    # "in August": the month name alone; "early August", "last August": the whole phrase
    keep = prep in ("early", "late", "mid", "mid-", "last", "this", "next")
    c.add(m, Date(year, month, 1), "month", start=m.start() if keep else m.start("mon"))


def _bare_month_ok(text: str, m: re.Match[str]) -> bool:
    """A month name without preposition is a date unless it is a modal or a name:
    "May" and "March" only before "'s" or a comma; no month just before/after a capitalised word."""
    mon = m["mon"]
    after = text[m.end() : m.end() + 3]
    if mon in ("May", "March") and not after.startswith(("'s", "’s", ",")):
        return False
    nxt = text[m.end() : m.end() + 2]
    if len(nxt) == 2 and nxt[0] == " " and nxt[1].isupper():
        return False
    before = text[max(0, m.start() - 2) : m.start()]
    return not (
        len(before) == 2
        and before[1] == " "
        and before[0].isalpha()
        and _prev_word_capitalised(text, m.start())
    )


def _prev_word_capitalised(text: str, start: int) -> bool:
    i = start - 1
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    return text[i].isupper() and i > 1 and text[i - 2] not in '.!?\n"“'


def _numeric_date(m: re.Match[str]) -> Date | None:
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if a > 12 and 1 <= b <= 12:
        return safe_date(y, b, a)
    if b > 12 and 1 <= a <= 12:
        return safe_date(y, a, b)
    if not (1 <= a <= 12 and 1 <= b <= 12):
        return None
    if a == b:
        return safe_date(y, a, b)
    # ambiguous (5/8/2021): dateparser applies its English conventions (month first)
    import dateparser

    parsed = dateparser.parse(
        m.group(),
        languages=["en"],
        settings={"STRICT_PARSING": True, "PREFER_DATES_FROM": "past"},
    )
    return parsed.date() if parsed else None


def _relative(c: Collector, pos: int, end_: int, doc: Date) -> None:
    text = c.text
    for m in RE_WORDS.finditer(text, pos, end_):
        w = " ".join(m.group().lower().split())
        day = doc + timedelta(days=WORD_OFFSETS.get(w, 0))
        part = _PARTS.get(w.split()[-1])
        if part:
            c.add(m, day, "day", kind="TIME", value=f"{day.isoformat()}T{part}")
        else:
            c.add(m, day, "day")
    for m in RE_AGO.finditer(text, pos, end_):
        n, vague = _num(m["n"])
        unit = m["unit"].lower()
        d = shift_date(doc, -n, unit)
        if vague:
            c.add(m, d, "approx", doc, value="PAST_REF")
        elif unit == "week":
            c.add(m, d, "week", doc)
        elif unit == "year":  # TimeML: at the granularity of the reference ("1988-Q3")
            c.add(m, d, "year", value=f"@Y-{n}")
        else:
            c.add(m, d, unit_precision(unit))
    for m in RE_DURATION.finditer(text, pos, end_):
        n, vague = _num(m["n"]) if m["n"] else (1, False)
        unit = m["unit"].lower()
        precision: TimePrecision = "approx" if vague else unit_precision(unit)
        if precision in ("month", "year"):
            precision = "approx"  # "for the past two years": a window, not a calendar month
        if c.timex:  # TimeML: "the past two weeks" is a duration
            amount = "X" if vague else str(n)
            lead = _RE_LEAD.match(m.group())  # the extent starts after "for", "it has been"
            start = m.start() + (lead.end() if lead else 0)
            c.timeml(start, m.end(), "DURATION", period(amount, UNITS[unit]))
            continue
        c.add(m, shift_date(doc, -n, unit), precision, doc)
    for m in RE_LAST_UNIT.finditer(text, pos, end_):
        rel = m["rel"].lower()
        unit = m["unit"].lower()
        step = {"last": -1, "previous": -1, "past": -1, "this": 0, "next": 1}[rel]
        if unit == "week":
            if rel == "past":
                c.add(m, doc - timedelta(days=7), "week", doc)
                continue
            monday = doc - timedelta(days=doc.weekday()) + timedelta(days=7 * step)
            c.add(m, monday, "week", monday + timedelta(days=6))
        elif unit == "month":
            c.add(m, add_months(doc.replace(day=1), step), "month")
        else:
            c.add(m, Date(doc.year + step, 1, 1), "year")


_RE_LEAD = re.compile(
    r"(?:it\s+(?:has|had)\s+been|it['’]s\s+been|for|over|in|during)\s+", re.IGNORECASE
)
_TYPE_RANK = {"SET": 0, "DATE": 1, "TIME": 1, "DURATION": 2}


def _non_overlapping(found: list[DateMatch], timex: bool) -> list[DateMatch]:
    """The longest of overlapping expressions (a set before a date before a duration of
    the same length); without a value or date, only anchored ones are kept."""
    found.sort(key=lambda d: (d.start, -(d.end - d.start), _TYPE_RANK[d.type], d.anchored))
    out: list[DateMatch] = []
    for d in found:
        if out and d.start < out[-1].end:
            prev = out[-1]
            if (d.end - d.start) > (prev.end - prev.start):
                out[-1] = d
            continue
        out.append(d)
    return [d for d in out if d.date is not None or d.anchored or d.value]
