"""References between date expressions: :func:`resolve_references`.

A pass in text order over the expressions kept by :func:`geo.events.dates.scan`. The
rules of :mod:`geo.events.timexrules` leave placeholder values where the value comes
from an earlier expression: "the quarter", "the year-earlier period" take the last
quarter mentioned (else the last quarter that has ended); "a year ago" is at the
granularity of the last quarter mentioned, or of a month in its sentence, else a year;
"two days earlier" counts from the last day mentioned.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date as Date

from geo.events.datecal import Collector, DateMatch, iso_date, shift_date, timeml_value

__all__ = ["REF_DAY", "REF_QUARTER", "REF_THAT", "REF_YEAR_AGO", "resolve_references"]

#: Placeholders of values taken from an earlier expression (resolve_references).
REF_QUARTER = "@Q"  # + signed quarter offset from the reference quarter
REF_YEAR_AGO = "@Y"  # + signed years: at the reference's granularity (quarter/month/year)
REF_DAY = "@D"  # + signed days from the last day mentioned
REF_THAT = "@T"  # + "day" / "month" / "year": the last one mentioned ("later that year")


def resolve_references(c: Collector, found: list[DateMatch]) -> list[DateMatch]:
    """Values taken from an earlier expression (placeholders of
    :mod:`geo.events.timexrules`); placeholders that cannot be resolved are dropped."""
    doc = c.doc
    out: list[DateMatch] = []
    refs = _Refs()
    for d in found:
        v = d.value or ""
        if v.startswith("@"):
            r = _resolve(c.text, d, v, doc, refs) if doc is not None else None
            if r is not None:
                out.append(r)
            continue
        if re.fullmatch(r"\d{4}-Q[1-4]", v):
            refs.quarter, refs.quarter_end = (int(v[:4]), int(v[-1])), d.end
        elif re.fullmatch(r"\d{4}-\d\d", v):
            refs.month, refs.month_end = (int(v[:4]), int(v[5:7])), d.end
        elif re.fullmatch(r"\d{4}-\d\d-\d\d", v):
            refs.day = Date.fromisoformat(v)
        if re.match(r"\d{4}(?:-|$)", v):
            refs.year = int(v[:4])
        out.append(d)
    return out


class _Refs:
    """The last quarter, month and day mentioned (and where the first two end)."""

    __slots__ = ("day", "month", "month_end", "quarter", "quarter_end", "year")

    def __init__(self) -> None:
        self.quarter: tuple[int, int] | None = None
        self.quarter_end = -1
        self.month: tuple[int, int] | None = None
        self.month_end = -1
        self.day: Date | None = None
        self.year: int | None = None


def _same_sentence(text: str, a: int, b: int) -> bool:
    return 0 <= a <= b and not re.search(r"[.!?]\s+[A-Z\"“]|\n", text[a:b])


def _resolve(text: str, d: DateMatch, v: str, doc: Date, refs: _Refs) -> DateMatch | None:
    if v.startswith(REF_QUARTER):
        delta, _, year = v[2:].partition(":")
        ref_q = refs.quarter
        if ref_q is None:  # the last quarter that has ended
            y, q = divmod(doc.year * 4 + (doc.month - 1) // 3 - 1, 4)
            ref_q = (y, q + 1)
        if year:
            ref_q = (int(year), ref_q[1])
        y, q = divmod(ref_q[0] * 4 + ref_q[1] - 1 + int(delta), 4)
        q += 1
        return replace(
            d,
            date=iso_date(Date(y, 3 * q - 2, 1), "month"),
            date_end=iso_date(Date(y, 3 * q, 1), "month"),
            precision="month",
            value=f"{y}-Q{q}",
        )
    if v.startswith(REF_YEAR_AGO):  # "a year ago": the quarter/month of its sentence
        n = int(v[2:])
        if refs.quarter is not None:
            return replace(d, value=f"{refs.quarter[0] + n}-Q{refs.quarter[1]}")
        if refs.month is not None and _same_sentence(text, refs.month_end, d.start):
            return replace(d, value=f"{refs.month[0] + n}-{refs.month[1]:02d}")
        return replace(d, value=d.date)
    if v.startswith(REF_THAT):
        unit = v[2:]
        if unit == "year" and refs.year is not None:
            return replace(d, date=f"{refs.year:04d}", precision="year", value=f"{refs.year:04d}")
        if unit == "month" and refs.month is not None:
            value = f"{refs.month[0]:04d}-{refs.month[1]:02d}"
            return replace(d, date=value, precision="month", value=value)
        if unit == "day" and refs.day is not None:
            value = refs.day.isoformat()
            return replace(d, date=value, precision="day", value=value)
        return None
    if v.startswith(REF_DAY):
        base = shift_date(refs.day or doc, int(v[2:]), "day")
        if base is None:
            return None
        return replace(d, value=timeml_value(base, "day"))
    return None
