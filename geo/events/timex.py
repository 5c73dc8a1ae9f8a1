"""TimeML temporal expressions: :func:`find_timexes` ``(text, dct) -> list[DateMatch]``.

The date finder's regexes (:mod:`geo.events.dates`, :mod:`geo.events.timexrules`) in
TimeML mode: every TIMEX3 type with its TimeML value in ``DateMatch.value``.

=====================================  ========  ===========================================
text (reference 1989-11-02)            type      value
=====================================  ========  ===========================================
Aug. 15, 1989 / August / last week     DATE      1989-08-15 / 1989-08 / 1989-W43
third-quarter, the first half          DATE      1989-Q3, 1989-H1
the year-earlier quarter, a year ago   DATE      1988-Q3 (after a 1989-Q3: the reference)
last fall, the 1990s, the 19th century DATE      1988-FA, 199, 18
now / recently / the future            DATE      PRESENT_REF / PAST_REF / FUTURE_REF
this morning, Friday night             TIME      1989-11-02TMO, 1989-10-27TNI
for three weeks, a week-long, 99-year  DURATION  P3W, P1W, P99Y (hours: PT5H; vague: PXY)
the past two months                    DURATION  P2M
every Friday, daily, each year         SET       XXXX-WXX-5, P1D, P1Y
the next day, the following week       DATE      the last day mentioned (else ``dct``) + 1
two days later, two days after X       DURATION  P2D
=====================================  ========  ===========================================

"since 2010" is a DATE 2010 (the start of a duration). Relative values need ``dct``;
without it only absolute dates, durations, sets and vague references come back.
:func:`~geo.events.dates.find_dates` keeps to the expressions that can date an event.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date as Date

from geo.events.datecal import DateMatch, iso_date, shift_date, timeml_value, unit_precision
from geo.events.dates import scan
from geo.events.timexrules import period
from geo.events.timexwords import UNITS

_RE_NEXT = re.compile(r"(?:the\s+)?(?:next|following)\b", re.IGNORECASE)

__all__ = ["find_timexes"]


def find_timexes(
    text: str, dct: Date | None, *, pos: int = 0, endpos: int | None = None
) -> list[DateMatch]:
    """TIMEX3 expressions of ``text[pos:endpos]`` (DATE, TIME, DURATION, SET) with their
    TimeML values, relative ones normalised against the document creation time ``dct``.
    Non-overlapping, sorted by start."""
    out: list[DateMatch] = []
    last_day: Date | None = None
    for d in scan(text, dct, pos=pos, endpos=endpos, timex=True):
        if d.anchored:
            resolved = _anchored(d, last_day or dct)
            if resolved is None:
                continue
            d = resolved
        elif d.precision == "day" and d.date and d.date_end is None:
            last_day = Date.fromisoformat(d.date)
        out.append(d)
    return out


def _anchored(d: DateMatch, base: Date | None) -> DateMatch | None:
    """ "Two days after X", "two days later": durations (TimeML marks "after" and "later"
    as signals); "the next day": the reference day + 1."""
    unit = d.unit if d.unit in UNITS else "day"
    if d.anchor_text or not _RE_NEXT.match(d.text):  # "two days after X", "two days later"
        n = "X" if d.precision == "approx" else str(abs(d.offset))
        return replace(d, anchored=False, type="DURATION", value=period(n, UNITS[unit]))
    if base is None or d.precision == "approx":
        return None
    shifted = shift_date(base, d.offset, unit)
    if shifted is None:
        return None
    precision = unit_precision(unit)
    return replace(
        d,
        anchored=False,
        date=iso_date(shifted, precision),
        precision=precision,
        value=timeml_value(shifted, precision),
    )
