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
On August 17 (no year)                 2021-08-17 (reference year;     day
                                       the previous year if that
                                       would be more than
                                       ``year_ahead_days`` (62) after
                                       the reference date)
15-17 August 2021                      2021-08-15 .. 2021-08-17        day
August 2021, in August, last month     2021-08                         month
in 2001, since 1996, the 2001 attack   2001                            year
from 1996 to 2001                      1996 .. 2001                    year
yesterday, two days ago, last Tuesday  2021-09-05, 2021-09-04, ...     day
a week ago, it has been a week (now)   2021-08-30 .. 2021-09-06        week
(since), for the past week
last week                              Monday..Sunday of that week     week
last year, this year                   2020, 2021                      year
a few / several days ago               2021-09-03 .. 2021-09-06        approx
two days after the fall of Kabul       anchored: +2 day from "the      day
                                       fall of Kabul"
the next day, three days later         anchored: +n (unit) from the    (unit)
                                       previous dated event
=====================================  ==============================  ===========

``date``/``date_end`` are ISO strings cut to the precision ("2021-08-15", "2021-08",
"2021"); ``date_end`` is set only for ranges ("15-17 August 2021", "from 1996 to 2001")
and windows ("a week ago", "last week", "a few days ago").
Relative expressions need the reference date; without it they give no match. Anchored
expressions come back with ``anchored=True``, ``date=None`` and the signed ``offset`` in
``unit`` from ``anchor_text`` ("" = the previous dated event): the caller resolves them.

Numbers are dates only in these shapes: years need a 4-digit 1000–2099 number after a
preposition (in, since, until, by, from, during ...) and not followed by a counted plural
("by 2000 fighters"), or before an event noun or year noun ("2001 attack", "the 2001
war"). "Badri 313 Unit", "12 suggestions", "suggestion number 6" are not dates. Word
tables and regexes are in :mod:`geo.events.datepatterns`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date as Date
from datetime import datetime, timedelta

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
    UNIT_WORDS,
    VAGUE,
    WEEKDAY_WORDS,
    WEEKDAYS,
    WORD_OFFSETS,
    YEAR_NOUNS,
)
from geo.models import TimePrecision, TimexType

__all__ = [
    "LIMITS",
    "PRECISION_RANK",
    "DateLimits",
    "DateMatch",
    "find_dates",
    "iso_date",
    "parse_iso",
    "shift_date",
    "unit_precision",
]


@dataclass(frozen=True, slots=True)
class DateLimits:
    """Cut-offs of the date finder (read-only; changing one changes the output)."""

    year_ahead_days: int = 62  # a yearless date this much after the reference is still this year's
    counted_chars: int = 30  # look-ahead for a counted plural after a year ("by 2000 fighters")
    min_ref_year: int = 100  # a reference date before this year is ignored (calendar overflow)
    max_ref_year: int = 9000  # ... and after this year
    digit_window: tuple[int, int] = (40, 45)  # chars scanned before/after a digit
    unit_window: tuple[int, int] = (40, 110)  # ... around a time-unit word ("days", "yesterday")
    month_window: tuple[int, int] = (25, 15)  # ... around a month name
    weekday_window: tuple[int, int] = (12, 12)  # ... around a weekday name


LIMITS = DateLimits()

#: Precisions from finest to coarsest.
PRECISION_RANK: dict[str, int] = {
    "day": 0,
    "week": 1,
    "month": 2,
    "year": 3,
    "approx": 4,
    "unknown": 5,
}


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date expression found in the text (document offsets)."""

    start: int
    end: int
    text: str
    date: str | None  # ISO "2021-08-15" / "2021-08" / "2021"; None for unresolved anchors
    date_end: str | None = None
    precision: TimePrecision = "unknown"
    anchored: bool = False  # relative to another event
    offset: int = 0  # signed amount of `unit` from the anchor
    unit: str = ""  # day / week / month / year
    anchor_text: str = ""  # "the fall of Kabul"; "" = the previous dated event
    # TimeML: what the expression is, and its normalised value ("2021-08-15", "P3W",
    # "XXXX-WXX-5", "PRESENT_REF"); only DATE/TIME expressions can date an event
    type: TimexType = "DATE"
    value: str | None = None


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


def iso_date(d: Date, precision: str) -> str:
    """``d`` as ISO cut to ``precision``: "2021" (year), "2021-08" (month), else the day."""
    if precision == "year":
        return f"{d.year:04d}"
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return d.isoformat()


def parse_iso(value: str) -> Date:
    """The first day of an ISO date at any precision ("2021", "2021-08", "2021-08-15")."""
    parts = [int(p) for p in value.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return Date(parts[0], parts[1], parts[2])


def _add_months(d: Date, n: int) -> Date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    day = min(d.day, [31, 29 if _leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1])
    return Date(y, m, day)


def _leap(y: int) -> bool:
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def shift_date(d: Date, n: int, unit: str) -> Date | None:
    """``d`` moved by ``n`` units; None when that leaves the calendar."""
    try:
        if unit == "day":
            return d + timedelta(days=n)
        if unit == "week":
            return d + timedelta(days=7 * n)
        months = {"month": 1, "decade": 120}.get(unit, 12) * n
        return _add_months(d, months)
    except (ValueError, OverflowError):
        return None


def unit_precision(unit: str) -> TimePrecision:
    """The precision of an amount of ``unit`` ("morning"/"evening" are days, "decade" years)."""
    u = unit.lower()
    if u in ("day", "morning", "evening"):
        return "day"
    if u == "week":
        return "week"
    if u == "month":
        return "month"
    return "year"


def _infer_year(month: int, day: int, doc: Date | None) -> Date | None:
    """A date without year: the reference year, or the previous one if it would land
    more than ``year_ahead_days`` after the reference date."""
    if doc is None:
        return None
    for y in (doc.year, doc.year - 1):
        try:
            d = Date(y, month, day)
        except ValueError:
            continue
        if d <= doc + timedelta(days=LIMITS.year_ahead_days) or y != doc.year:
            return d
    return None


def _safe_date(y: int, m: int, d: int) -> Date | None:
    try:
        return Date(y, m, d)
    except ValueError:
        return None


def _counted_after(text: str, end: int) -> bool:
    m = RE_COUNTED.match(text, end, min(len(text), end + LIMITS.counted_chars))
    if not m:
        return False
    w = m.group("w")
    return w in COUNT_NOUNS or (
        len(w) > 3 and w.endswith("s") and not w.endswith("ss") and w not in NOT_PLURAL
    )


class _Collector:
    """Accumulates :class:`DateMatch` objects for :func:`find_dates`."""

    __slots__ = ("found", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.found: list[DateMatch] = []

    def add(
        self,
        m: re.Match[str],
        d: Date | None,
        precision: TimePrecision,
        end: Date | None = None,
        *,
        start: int | None = None,
    ) -> None:
        if d is None:
            return
        s = m.start() if start is None else start
        e = m.end()
        end_iso = iso_date(end, precision) if end is not None else None
        self.found.append(
            DateMatch(s, e, self.text[s:e], iso_date(d, precision), end_iso, precision)
        )

    def anchored(self, m: re.Match[str], n: int, vague: bool, unit: str, anchor: str) -> None:
        precision: TimePrecision = "approx" if vague else unit_precision(unit)
        self.found.append(
            DateMatch(m.start(), m.end(), m.group(), None, None, precision, True, n, unit, anchor)
        )


def find_dates(
    text: str, doc_date: Date | None, *, pos: int = 0, endpos: int | None = None
) -> list[DateMatch]:
    """Date expressions in ``text[pos:endpos]``, normalised against the reference date
    ``doc_date`` (usually the document's date; ``None``: absolute dates only).

    Non-overlapping, sorted by start; where expressions overlap the longest wins.
    Anchored expressions ("two days after the fall of Kabul", "the next day") come back
    with ``anchored=True`` and ``date=None``; :func:`geo.events.extract_events` resolves
    them. Offsets are indices into ``text``.
    """
    if isinstance(doc_date, datetime):
        doc_date = doc_date.date()
    if doc_date is not None and not LIMITS.min_ref_year <= doc_date.year <= LIMITS.max_ref_year:
        doc_date = None  # relative arithmetic would leave the calendar
    end_ = len(text) if endpos is None else endpos
    c = _Collector(text)
    # Every expression contains a "hot" word: a digit, a month or weekday name, a time unit
    # or "yesterday"/"today"... Each group of regexes only scans windows around its hot
    # words (found with str.find / one tiny regex), which is several times faster than
    # running every regex over the whole text.
    groups: list[tuple[Callable[[_Collector, int, int, Date | None], None], list[int], int, int]]
    digits = [m.start() for m in RE_DIGITS.finditer(text, pos, end_)]
    groups = [(_scan_numeric, digits, *LIMITS.digit_window)]
    groups.append((_scan_units, _find_words(text, UNIT_WORDS, pos, end_), *LIMITS.unit_window))
    if doc_date is not None:
        months = _find_words(text, MONTH_WORDS, pos, end_)
        groups.append((_scan_months, months, *LIMITS.month_window))
        weekdays = _find_words(text, WEEKDAY_WORDS, pos, end_)
        groups.append((_scan_weekdays, weekdays, *LIMITS.weekday_window))
    for scan, hot, before, after in groups:
        for ws, we in _windows(text, sorted(hot), before, after, pos, end_):
            scan(c, ws, we, doc_date)
    return _non_overlapping(c.found)


def _find_words(text: str, words: tuple[str, ...], pos: int, endpos: int) -> list[int]:
    out: list[int] = []
    find = text.find
    for w in words:
        i = find(w, pos, endpos)
        while i != -1:
            out.append(i)
            i = find(w, i + len(w), endpos)
    return out


def _windows(
    text: str, hot: list[int], before: int, after: int, pos: int, endpos: int
) -> list[tuple[int, int]]:
    """Merged windows [h - before, h + after] around sorted hot positions, widened to
    whitespace so that no word is cut."""
    out: list[tuple[int, int]] = []
    for h in hot:
        ws = max(pos, h - before)
        we = min(endpos, h + after)
        if out and ws <= out[-1][1]:
            if we > out[-1][1]:
                out[-1] = (out[-1][0], we)
            continue
        out.append((ws, we))
    snapped: list[tuple[int, int]] = []
    for ws, we in out:
        while ws > pos and not text[ws - 1].isspace():
            ws -= 1
        while we < endpos and not text[we].isspace():
            we += 1
        if snapped and ws <= snapped[-1][1]:
            snapped[-1] = (snapped[-1][0], max(we, snapped[-1][1]))
        else:
            snapped.append((ws, we))
    return snapped


def _scan_numeric(c: _Collector, pos: int, end_: int, doc_date: Date | None) -> None:
    text = c.text
    for rx in (RE_DMY, RE_MDY):
        for m in rx.finditer(text, pos, end_):
            _day_month(c, m, doc_date)
    for m in RE_MY.finditer(text, pos, end_):
        c.add(m, _safe_date(int(m["y"]), _month_num(m["mon"]), 1), "month")
    for m in RE_ISO.finditer(text, pos, end_):
        c.add(m, _safe_date(int(m["y"]), int(m["m"]), int(m["d"])), "day")
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


def _scan_months(c: _Collector, pos: int, end_: int, doc_date: Date | None) -> None:
    assert doc_date is not None
    for m in RE_MONTH_ONLY.finditer(c.text, pos, end_):
        _month_only(c, m, doc_date)


def _scan_weekdays(c: _Collector, pos: int, end_: int, doc: Date | None) -> None:
    assert doc is not None
    for m in RE_WEEKDAY.finditer(c.text, pos, end_):
        wd = WEEKDAYS[m["wd"].lower()]
        rel = (m["rel"] or "on").lower()
        back = (doc.weekday() - wd) % 7
        if rel in ("last", "past"):
            d = doc - timedelta(days=back or 7)
        elif rel == "next":
            d = doc + timedelta(days=(wd - doc.weekday()) % 7 or 7)
        else:  # on / this / bare: the most recent one (today included)
            d = doc - timedelta(days=back)
        c.add(m, d, "day", start=m.start("wd") if rel == "on" else None)


def _scan_units(c: _Collector, pos: int, end_: int, doc_date: Date | None) -> None:
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


def _day_month(c: _Collector, m: re.Match[str], doc_date: Date | None) -> None:
    month = _month_num(m["mon"])
    day = _day_num(m["d"])
    if not 1 <= day <= 31:
        return
    d2 = _day_num(m["d2"]) if m["d2"] else None
    if m["y"]:
        start = _safe_date(int(m["y"]), month, day)
    else:
        start = _infer_year(month, day, doc_date)
    if start is None:
        if m["y"]:  # "31 February 2021": block the shorter "February 2021" too
            c.found.append(DateMatch(m.start(), m.end(), m.group(), None))
        return
    end = _safe_date(start.year, month, d2) if d2 and d2 > day else None
    c.add(m, start, "day", end)


def _month_only(c: _Collector, m: re.Match[str], doc: Date) -> None:
    month = _month_num(m["mon"])
    prep = m["prep"].lower()
    d: Date | None
    if prep == "last":
        d = Date(doc.year if month < doc.month else doc.year - 1, month, 1)
    elif prep == "this":
        d = Date(doc.year, month, 1)
    else:
        d = _infer_year(month, 1, doc)
    # "in August": the month name alone; "early August", "last August": the whole phrase
    keep = prep in ("early", "late", "mid", "mid-", "last", "this")
    c.add(m, d, "month", start=m.start() if keep else m.start("mon"))


def _numeric_date(m: re.Match[str]) -> Date | None:
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if a > 12 and 1 <= b <= 12:
        return _safe_date(y, b, a)
    if b > 12 and 1 <= a <= 12:
        return _safe_date(y, a, b)
    if not (1 <= a <= 12 and 1 <= b <= 12):
        return None
    if a == b:
        return _safe_date(y, a, b)
    # ambiguous (5/8/2021): dateparser applies its English conventions (month first)
    import dateparser

    parsed = dateparser.parse(
        m.group(),
        languages=["en"],
        settings={"STRICT_PARSING": True, "PREFER_DATES_FROM": "past"},
    )
    return parsed.date() if parsed else None


def _relative(c: _Collector, pos: int, end_: int, doc: Date) -> None:
    text = c.text
    for m in RE_WORDS.finditer(text, pos, end_):
        w = " ".join(m.group().lower().split())
        c.add(m, doc + timedelta(days=WORD_OFFSETS.get(w, 0)), "day")
    for m in RE_AGO.finditer(text, pos, end_):
        n, vague = _num(m["n"])
        unit = m["unit"].lower()
        d = shift_date(doc, -n, unit)
        if vague:
            c.add(m, d, "approx", doc)
        elif unit == "week":
            c.add(m, d, "week", doc)
        else:
            c.add(m, d, unit_precision(unit))
    for m in RE_DURATION.finditer(text, pos, end_):
        n, vague = _num(m["n"]) if m["n"] else (1, False)
        unit = m["unit"].lower()
        precision: TimePrecision = "approx" if vague else unit_precision(unit)
        if precision in ("month", "year"):
            precision = "approx"  # "for the past two years": a window, not a calendar month
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
            c.add(m, _add_months(doc.replace(day=1), step), "month")
        else:
            c.add(m, Date(doc.year + step, 1, 1), "year")


def _non_overlapping(found: list[DateMatch]) -> list[DateMatch]:
    found.sort(key=lambda d: (d.start, -(d.end - d.start), d.anchored))
    out: list[DateMatch] = []
    for d in found:
        if out and d.start < out[-1].end:
            prev = out[-1]
            if (d.end - d.start) > (prev.end - prev.start):
                out[-1] = d
            continue
        out.append(d)
    return [d for d in out if d.date is not None or d.anchored]
