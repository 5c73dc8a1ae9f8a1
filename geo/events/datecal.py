"""Calendar arithmetic, TimeML values and the match collector of the date finder.

Shared by :mod:`geo.events.dates` (:func:`~geo.events.dates.find_dates`) and
:mod:`geo.events.timex` (:func:`~geo.events.timex.find_timexes`): :class:`DateMatch`, the
cut-offs (:data:`LIMITS`), the calendar helpers, :func:`timeml_value` (an ISO date at a
precision as a TimeML value) and :func:`tense_cue` (is the clause around an expression
about the past or the future? cue words from ``data/lexicon/dates_tense_cues.csv``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as Date
from datetime import timedelta
from pathlib import Path

from geo import settings
from geo.events.lexicon import read_rows
from geo.models import TimePrecision, TimexType

__all__ = [
    "LIMITS",
    "PRECISION_RANK",
    "Collector",
    "DateLimits",
    "DateMatch",
    "infer_year",
    "iso_date",
    "parse_iso",
    "safe_date",
    "shift_date",
    "tense_cue",
    "timeml_value",
    "unit_precision",
    "windows",
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
    tense_chars: tuple[int, int] = (70, 40)  # clause scanned for a tense cue before/after
    month_ahead: int = 3  # a month named without year up to this many months ahead: next one


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


def iso_date(d: Date, precision: str) -> str:
    """``d`` as ISO cut to ``precision``: "2021" (year), "2021-08" (month), else the day."""
    if precision == "year":
        return f"{d.year:04d}"
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return d.isoformat()


def timeml_value(d: Date, precision: str) -> str | None:
    """The TimeML value of ``d`` at ``precision``: "2021-08-15", "2021-W33", "2021-08",
    "2021"; None for "approx"/"unknown"."""
    if precision == "week":
        y, w, _ = d.isocalendar()
        return f"{y:04d}-W{w:02d}"
    if precision in ("day", "month", "year"):
        return iso_date(d, precision)
    return None


def parse_iso(value: str) -> Date:
    """The first day of an ISO date at any precision ("2021", "2021-08", "2021-08-15")."""
    parts = [int(p) for p in value.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return Date(parts[0], parts[1], parts[2])


def _leap(y: int) -> bool:
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def add_months(d: Date, n: int) -> Date:
    """``d`` moved by ``n`` calendar months (the day clipped to the month's length)."""
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    day = min(d.day, [31, 29 if _leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1])
    return Date(y, m, day)


def shift_date(d: Date, n: int, unit: str) -> Date | None:
    """``d`` moved by ``n`` units; None when that leaves the calendar."""
    try:
        if unit == "day":
            return d + timedelta(days=n)
        if unit == "week":
            return d + timedelta(days=7 * n)
        months = {"month": 1, "quarter": 3, "decade": 120}.get(unit, 12) * n
        return add_months(d, months)
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


def safe_date(y: int, m: int, d: int) -> Date | None:
    try:
        return Date(y, m, d)
    except ValueError:
        return None


def infer_year(month: int, day: int, doc: Date | None, tense: str = "") -> Date | None:
    """A date without year: the latest of the years around the reference date that puts
    it at most ``year_ahead_days`` after the reference ("Jan. 2" written in November is
    next January); with a future tense cue, the next occurrence on or after it."""
    if doc is None:
        return None
    ahead = doc + timedelta(days=LIMITS.year_ahead_days)
    cands = [d for y in (doc.year + 1, doc.year, doc.year - 1) if (d := safe_date(y, month, day))]
    if tense == "future":
        after = [d for d in cands if d >= doc]
        return after[-1] if after else None
    for d in cands:
        if d <= ahead:
            return d
    return None


def month_year(month: int, doc: Date, tense: str) -> int:
    """The year of a month named without one: the nearest occurrence (at most
    ``month_ahead`` months after the reference month, else the last one: "October"
    written in January is last October, "January" written in November next January);
    a future tense cue takes the next occurrence, a past one the last."""
    ahead = (month - doc.month) % 12
    if tense == "future":
        return doc.year + (month < doc.month)
    if ahead > LIMITS.month_ahead:
        return doc.year - (month > doc.month)
    return doc.year + (month < doc.month)


def _tense_words(tense: str) -> frozenset[str]:
    path = Path(settings.LEXICON_DIR) / "dates_tense_cues.csv"
    return frozenset(row["word"].lower() for _, row in read_rows(path) if row["tense"] == tense)


#: Tense cue words (data/lexicon/dates_tense_cues.csv).
_FUTURE = _tense_words("future")
_PAST = _tense_words("past")
_NOT_PAST = _tense_words("not_past")
_MODALS = frozenset(
    ["will", "'ll", "shall", "would", "could", "may", "might", "must", "should", "to"]
)
_RE_TOKEN = re.compile(r"[A-Za-z']+|[.;:!?\n]")


def tense_cue(text: str, start: int, end: int, *, strong: bool = False) -> str:
    """ "future", "past" or "" for the clause around ``text[start:end]``: the cue word
    nearest to the expression wins (will/expects/next... vs was/said...; unless
    ``strong``, any verb in -ed too, but "will be named" is future)."""
    before, after = LIMITS.tense_chars
    left = _RE_TOKEN.findall(text, max(0, start - before), start)
    right = _RE_TOKEN.findall(text, end, min(len(text), end + after))
    best: tuple[int, str] = (99, "")
    rev = left[::-1]
    for dist, tok in enumerate(rev):
        if tok in ".;:!?\n":
            break
        cue = _cue(tok, strong)
        if cue:
            if cue == "-ed":
                cue = "future" if _modal_passive(rev[dist + 1 : dist + 3]) else "past"
            best = (dist, cue)
            break
    for dist, tok in enumerate(right):
        if tok in ".;:!?\n" or dist >= best[0]:
            break
        cue = _cue(tok, strong)
        if cue:
            if cue == "-ed":
                cue = "future" if _modal_passive(right[:dist][::-1][:2]) else "past"
            best = (dist, cue)
            break
    return best[1]


def _modal_passive(prev: list[str]) -> bool:
    """``prev``: the two words before a verb in -ed, nearest first ("be", "will")."""
    return len(prev) == 2 and prev[0].lower() == "be" and prev[1].lower() in _MODALS


def _cue(token: str, strong: bool) -> str:
    t = token.lower()
    if t in _FUTURE:
        return "future"
    if t in _PAST:
        return "past"
    if not strong and len(t) > 4 and t.endswith("ed") and t not in _NOT_PAST:
        return "-ed"
    return ""


class Collector:
    """Accumulates :class:`DateMatch` objects; ``timex``: TimeML mode (durations, sets and
    vague references too, see :func:`geo.events.timex.find_timexes`)."""

    __slots__ = ("doc", "found", "text", "timex")

    def __init__(self, text: str, doc: Date | None, timex: bool = False) -> None:
        self.text = text
        self.doc = doc
        self.timex = timex
        self.found: list[DateMatch] = []

    def add(
        self,
        m: re.Match[str],
        d: Date | None,
        precision: TimePrecision,
        end: Date | None = None,
        *,
        start: int | None = None,
        value: str | None = None,
        kind: TimexType = "DATE",
    ) -> None:
        """A calendar date ``d`` at ``precision`` (``end``: of a range or window); its
        TimeML value is ``value`` or the date's own."""
        if d is None:
            return
        s = m.start() if start is None else start
        e = m.end()
        end_iso = iso_date(end, precision) if end is not None else None
        if value is None:  # an "approx" window ("for the past two years") lies in the past
            value = timeml_value(d, precision) or "PAST_REF"
        self.found.append(
            DateMatch(
                s,
                e,
                self.text[s:e],
                iso_date(d, precision),
                end_iso,
                precision,
                type=kind,
                value=value,
            )
        )

    def timeml(self, s: int, e: int, kind: TimexType, value: str) -> None:
        """An expression with a TimeML value but no calendar date (a duration, a set,
        "now"): returned by :func:`~geo.events.timex.find_timexes` only, but in both
        modes it hides the shorter dates inside it ("every Friday" is no Friday)."""
        self.found.append(DateMatch(s, e, self.text[s:e], None, type=kind, value=value))

    def anchored(self, m: re.Match[str], n: int, vague: bool, unit: str, anchor: str) -> None:
        """A date relative to another event: its TimeML value is unknown until the caller
        resolves it ("XXXX-XX-XX" at the unit's precision)."""
        precision: TimePrecision = "approx" if vague else unit_precision(unit)
        value = _UNKNOWN.get(precision, "XXXX-XX-XX")
        self.found.append(
            DateMatch(
                m.start(),
                m.end(),
                m.group(),
                None,
                None,
                precision,
                True,
                n,
                unit,
                anchor,
                value=value,
            )
        )


#: TimeML values of a date not yet known, by precision.
_UNKNOWN = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}


def windows(
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
