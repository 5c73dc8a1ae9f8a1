"""Anchored dates: "two days after the fall of Kabul", "the next day".

The date finder returns such expressions with ``anchored=True``, an ``offset`` in ``unit``
and the ``anchor_text`` ("the fall of Kabul"; "" for "the next day", "three days later").
:func:`resolve_anchor` ties one to another event of the same document:

* ``anchor_text`` "": the nearest preceding event with a date.
* otherwise: an event with a date whose type fits the anchor's head word (the first event
  noun or typed verb; "fall" and "take ... control" → strategic_developments, the type
  of "took control" and "the fall of", which also matches a battles event: "captured
  Kabul") and whose sentence contains every capitalised word of the anchor ("Kabul"), searched nearest-first among
  the preceding events and then the following ones; an anchor with neither a type nor a
  capitalised word matches nothing. An event anchored on this one is skipped.

The event's date becomes the anchor event's date shifted by ``offset`` ``unit`` s, at the
coarser of the two precisions, with ``anchor_event`` set. When the sentence also has an
explicit date, that date stays and only ``anchor_event`` is set.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from geo.events.dates import PRECISION_RANK, DateMatch, iso_date, parse_iso, shift_date
from geo.events.triggers import EVENT_NOUNS, verb_type
from geo.models import Event, EventType, Sentence

__all__ = ["anchor_type", "resolve_anchor"]

# the type of "took control of", "the fall of", "fell to" (a transfer of territory)
_TERRITORY: EventType = "strategic_developments"


def anchor_type(anchor: str) -> tuple[EventType | None, list[str]]:
    """``(type of the head word or None, capitalised words)`` of an anchor phrase:
    "the fall of Kabul" -> ("strategic_developments", ["Kabul"])."""
    words = re.findall(r"[\w’'-]+", anchor)
    etype: EventType | None = None
    keys: list[str] = []
    for w in words:
        low = w.lower()
        if etype is None:
            if low in EVENT_NOUNS:
                etype = EVENT_NOUNS[low]
            elif low == "fall":
                etype = _TERRITORY
            else:
                vt = verb_type(low)
                if vt is not None:
                    lemma, etype = vt
                    if lemma == "take" and "control" in anchor.lower():
                        etype = _TERRITORY
                    elif etype == "other":
                        etype = None
        if w[:1].isupper() and low not in ("the", "a", "an") and w not in keys:
            keys.append(w)
    return etype, keys


def resolve_anchor(
    events: list[Event],
    ei: int,
    dm: DateMatch,
    has_explicit: bool,
    text: str,
    sentences: Sequence[Sentence],
) -> None:
    """Resolve the anchored match ``dm`` of ``events[ei]`` in place (see the module
    docstring); ``has_explicit``: the event already has an explicit date."""
    ev = events[ei]
    target: Event | None = None
    if not dm.anchor_text:  # "the next day": the previous dated event
        for j in range(ei - 1, -1, -1):
            if events[j].date is not None:
                target = events[j]
                break
    else:
        etype, keys = anchor_type(dm.anchor_text)
        order = list(range(ei - 1, -1, -1)) + list(range(ei + 1, len(events)))
        for j in order:
            other = events[j]
            if other.date is None or other.anchor_event == ev.id:
                continue
            if (
                etype is not None
                and other.type != etype
                and not (etype == _TERRITORY and other.type == "battles")  # "captured Kabul"
            ):
                continue
            s = sentences[other.sentence]
            stext = text[s.start : s.end]
            if keys and not all(k in stext for k in keys):
                continue
            if etype is None and not keys:
                continue
            target = other
            break
    if target is None:
        return
    if has_explicit:
        events[ei] = replace(ev, anchor_event=target.id)
        return
    assert target.date is not None
    base = parse_iso(target.date)
    d = shift_date(base, dm.offset, dm.unit or "day")
    if d is None:
        return
    precision = dm.precision
    if PRECISION_RANK[target.time_precision] > PRECISION_RANK[precision]:
        precision = target.time_precision
    events[ei] = replace(
        ev,
        date=iso_date(d, precision),
        date_end=None,
        date_text=dm.text,
        time_precision=precision,
        anchor_event=target.id,
        date_kind="event",
    )
