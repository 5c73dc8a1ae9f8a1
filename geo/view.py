"""The view of a corpus that the map, the passages, the events and the downloads share.

* :func:`date_span` / :func:`event_span` / :func:`filter_by_date` -- the date window
  ("events between 15 and 17 August") applied to an analysis;
* :func:`aggregate_places` -- one :class:`PlaceView` per resolved place of a corpus.

Part of the shared floor: imports only ``geo.models``, ``geo.settings`` and ``geo.errors``.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from geo import settings
from geo.errors import ExportError
from geo.models import Analysis, Event, Place, summarize_places

# --------------------------------------------------------------------------- dates


def date_span(value: str | None) -> tuple[date, date] | None:
    """The days an ISO date of any precision covers: ``"2021-08"`` -> (Aug 1, Aug 31).

    Accepts ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` (and a longer ISO datetime, whose
    date part is used). Returns ``None`` for anything else.
    """
    if not value or not isinstance(value, str):
        return None
    s = value.strip()[:10]
    try:
        parts = [int(p) for p in s.split("-")] if s[:1] != "-" else []
    except ValueError:
        return None
    try:
        if len(parts) == 1 and len(s) == 4:
            return date(parts[0], 1, 1), date(parts[0], 12, 31)
        if len(parts) == 2:
            y, m = parts
            return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])
        if len(parts) == 3:
            d = date(*parts)
            return d, d
    except ValueError:
        return None
    return None


def event_span(event: Event) -> tuple[date, date] | None:
    """The days an event's date covers (``date`` .. ``date_end`` when given)."""
    a = date_span(event.date)
    if a is None:
        return None
    b = date_span(event.date_end) if event.date_end else None
    if b is not None and b[1] >= a[0]:
        return a[0], b[1]
    return a


def _overlaps(span: tuple[date, date] | None, start: date | None, end: date | None) -> bool:
    if span is None:
        return False
    if start is not None and span[1] < start:
        return False
    return not (end is not None and span[0] > end)


def mention_date_span(analysis: Analysis, index: int) -> tuple[date, date] | None:
    """When a mention is "about": the date of a dated event in its sentence, else the
    document's date, else ``None``."""
    r = analysis.resolutions[index]
    sentence = r.mention.sentence
    for e in analysis.events:
        if sentence >= 0 and e.sentence == sentence:
            span = event_span(e)
            if span is not None:
                return span
    d = analysis.document.date
    return (d, d) if d else None


def filter_by_date(analysis: Analysis, start: date | None, end: date | None) -> Analysis:
    """The part of an analysis inside a date window (inclusive; ``None`` = open end).

    Keeps the events whose date overlaps the window (an event the text gives no date of:
    its report date, as on the timeline's "reported" lane) and the mentions whose date
    (:func:`mention_date_span`) does; places are re-summarised from the kept mentions
    and event ``mention_indices`` are renumbered. With no window the analysis itself is
    returned.
    """
    if start is None and end is None:
        return analysis
    keep = [
        i
        for i in range(len(analysis.resolutions))
        if _overlaps(mention_date_span(analysis, i), start, end)
    ]
    renumber = {old: new for new, old in enumerate(keep)}
    resolutions = [analysis.resolutions[i] for i in keep]
    events = []
    for e in analysis.events:
        if not _overlaps(event_span(e) or date_span(e.report_date), start, end):
            continue
        idx = tuple(renumber[i] for i in e.mention_indices if i in renumber)
        events.append(_replace_event(e, idx))
    return Analysis(analysis.document, resolutions, summarize_places(resolutions), events)


def _replace_event(e: Event, mention_indices: tuple[int, ...]) -> Event:
    return replace(e, mention_indices=mention_indices)


# --------------------------------------------------------------------------- places


@dataclass(slots=True)
class PlaceView:
    """A resolved place of a corpus with every mention and event of it."""

    place: Place
    mentions: list[tuple[Analysis, int]] = field(default_factory=list)  # (analysis, res index)
    confidence: float = 0.0  # max over the mentions
    alternatives: tuple[Any, ...] = ()  # ScoredCandidate, of the most confident mention
    verified: bool = False
    events: list[tuple[Analysis, Event]] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.mentions)

    @property
    def low_confidence(self) -> bool:
        return not self.verified and self.confidence < settings.LOW_CONFIDENCE

    @property
    def document_ids(self) -> list[str]:
        return list(dict.fromkeys(a.document.id for a, _ in self.mentions))


def _is_analysis(a: object) -> bool:
    # duck-typed, so that analyses made before a module reload (Streamlit's file
    # watcher) are still accepted
    return hasattr(a, "document") and hasattr(a, "resolutions") and hasattr(a, "events")


def as_list(analyses: Analysis | Iterable[Analysis]) -> list[Analysis]:
    if _is_analysis(analyses):
        return [analyses]  # type: ignore[list-item]
    out = list(analyses)  # type: ignore[arg-type]
    for a in out:
        if not _is_analysis(a):
            raise ExportError(f"expected Analysis objects, got {type(a).__name__}")
    return out


def aggregate_places(analyses: Analysis | Iterable[Analysis]) -> list[PlaceView]:
    """One :class:`PlaceView` per place id over all analyses, in order of first mention."""
    views: dict[str, PlaceView] = {}
    for a in as_list(analyses):
        for i, r in enumerate(a.resolutions):
            if r.place is None:
                continue
            v = views.get(r.place.id)
            if v is None:
                v = views[r.place.id] = PlaceView(r.place, confidence=-1.0)
            v.mentions.append((a, i))
            if r.confidence > v.confidence:
                v.confidence = r.confidence
                v.alternatives = r.alternatives
            v.verified = v.verified or r.verified
        for e in a.events:
            for pid in dict.fromkeys(e.place_ids):
                if pid in views:
                    views[pid].events.append((a, e))
    for v in views.values():
        v.confidence = max(v.confidence, 0.0)
    return list(views.values())


def focus_span(days: list[date], *, fence: float = 3.0, min_iqr: int = 7) -> tuple[date, date]:
    """Where dates cluster: ``(first, last)`` of the dates within ``fence`` interquartile
    ranges (at least ``min_iqr`` days) of the middle half -- an outlier (a 2001 date among
    2021 events) falls outside, so a timeline or slider need not stretch over 20 years."""
    if not days:
        raise ValueError("no dates")
    ds = sorted(days)
    n = len(ds)
    q1, q3 = ds[n // 4].toordinal(), ds[(3 * n) // 4 if n > 1 else 0].toordinal()
    iqr = max(q3 - q1, min_iqr)
    inside = [d for d in ds if q1 - fence * iqr <= d.toordinal() <= q3 + fence * iqr]
    return (inside or ds)[0], (inside or ds)[-1]


def date_step(first: date, last: date) -> timedelta:
    """A slider step that suits a span: a day (up to four months), a week (up to three
    years), else a month."""
    span = (last - first).days
    return timedelta(days=1 if span <= 120 else 7 if span <= 3 * 366 else 30)
