"""Scores and cut-offs of event extraction, in one place.

The values are part of the behaviour: changing one changes which trigger, type or date an
event gets. The date finder's own cut-offs are :class:`geo.events.dates.DateLimits`.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["W", "Weights"]


@dataclass(frozen=True, slots=True)
class Weights:
    """Trigger score = type weight + form weight (see :mod:`geo.events.triggers`)."""

    substantive: float = 2.0  # type weight: every type but statement and other
    statement: float = 1.0  # type weight: statement (reported content outranks the reporting verb)
    other: float = 0.0  # type weight: other
    strong_verb: float = 1.5  # form weight: finite verb, or led by an auxiliary, modal or "do"
    noun: float = 1.2  # form weight: event noun
    weak_verb: float = 0.0  # form weight: bare participle, gerund or to-infinitive
    min_score: float = 0.0  # a sentence whose best candidate scores no more has no event
    phrase_window: int = (
        4  # tokens after a phrase verb searched for its object ("took full control")
    )
    far_date_chars: int = 200  # a date farther from the trigger ranks by precision before distance

    def type_weight(self, etype: str) -> float:
        """The type weight of an event type."""
        if etype == "statement":
            return self.statement
        return self.other if etype == "other" else self.substantive


#: The weights in use (read-only).
W = Weights()
