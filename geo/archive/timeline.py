"""The events of an archive over time, counted per day, week or month and per event
type: :func:`event_timeline`; :func:`choose_step` picks the step from the span."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from geo.archive.store import Archive, Step, Window

__all__ = ["DAY_STEP_MAX_DAYS", "WEEK_STEP_MAX_DAYS", "Timeline", "choose_step", "event_timeline"]

DAY_STEP_MAX_DAYS = 92  # spans up to this many days are counted per day
WEEK_STEP_MAX_DAYS = 731  # ... up to this many per week, longer ones per month


def choose_step(first: date | None, last: date | None) -> Step:
    """Day for a span of up to three months, week up to two years, else month."""
    if first is None or last is None:
        return "month"
    days = (last - first).days
    return "day" if days <= DAY_STEP_MAX_DAYS else "week" if days <= WEEK_STEP_MAX_DAYS else "month"


@dataclass(frozen=True, slots=True)
class Timeline:
    """``rows``: (first day of the step, event type, events), in date order."""

    step: Step
    rows: list[tuple[date, str, int]]

    @property
    def total(self) -> int:
        return sum(n for _, _, n in self.rows)


_SQL = """
SELECT CAST(date_trunc(?, day) AS DATE) AS bucket, type, count(*)
FROM event_index WHERE day IS NOT NULL AND {window}
GROUP BY ALL ORDER BY bucket, 2
"""


def event_timeline(
    archive: Archive, window: Window | None = None, step: Step | None = None
) -> Timeline:
    """Events per ``step`` (chosen from the window or the archive's span when None) and
    type, for the events dated in ``window``."""
    window = window or Window()
    if step is None:
        first = window.start or archive.span.first
        last = window.end or archive.span.last
        step = choose_step(first, last)
    cond, params = window.sql("day")
    archive.event_index()
    with archive.cursor() as cur:
        rows = cur.execute(_SQL.format(window=cond), [step, *params]).fetchall()
    return Timeline(step, [(b, str(t), int(n)) for b, t, n in rows])
