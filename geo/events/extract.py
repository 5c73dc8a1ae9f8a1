"""Event extraction: who did what, when, where — at most one event per sentence.

``extract_events(document, nlp, resolutions) -> list[Event]`` works on the spaCy tokens and
entities of :func:`geo.nlp.annotate` (no second model run), the document's sentences and
the resolver's output. It is pure Python and cheap (well over 500k characters/s). A
document without sentences is split first (:func:`geo.documents.split`).

Per sentence:

* Trigger, type and ACLED sub-type: :func:`geo.events.triggers.best_trigger`, then
  :func:`~geo.events.triggers.weapon_refine` (a weapon named in a violent sentence makes
  it an explosion/remote violence); a sentence without a trigger has no event.
* Actors: :func:`geo.events.actors.find_actors`.
* Places: resolutions with a place whose mention lies inside the sentence: ``place_ids``
  (unique, in text order) and ``mention_indices`` (indices into the ``resolutions``
  list).
* Date: the date expressions of :func:`geo.events.dates.find_dates` (run once on the
  whole document, with ``document.date`` as the reference date) that lie inside the
  sentence, minus the dateline's (``document.date_span``) and minus those that cannot date an event (:func:`date_role`): TimeML
  DURATION and SET expressions, durations "for 20 years" / "for the past week", and
  "since X" (the start of a state that still holds: it becomes ``span_start``, never
  ``date``). Explicit expressions beat anchored ones; among them the nearest to the
  trigger wins, but expressions farther than ``Weights.far_date_chars`` characters rank
  by precision (finer first) before distance. When the sentence was parsed, dates in
  the trigger's own clause come first and dates in a conjoined independent clause never
  date it (:func:`_clause_of`). A sentence without a date expression gets
  ``date=None`` and precision "unknown". The nearest anchored expression is resolved
  against the other events once all are known (:mod:`geo.events.anchors`);
  ``anchor_event`` is set even when an explicit date wins.
* Report date: every event gets ``report_date``, the document's date (ISO day; None when
  the document has none), whether or not it has a date of its own. ``date_kind`` says
  which dates it has: "event" (``date``), "since" (``span_start`` only), "none".
* Actors' roles: :func:`geo.events.actors.assign_roles` when the sentence was
  dependency-parsed (``annotate(..., parse=needs_parse)``): the trigger's subject and
  objects only, as actor1/actor2.

Event ids are ``"e0"``, ``"e1"``, ... in document order; the output is deterministic.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Protocol, TypeVar

from geo.events.actors import assign_roles, find_actors
from geo.events.anchors import resolve_anchor
from geo.events.dates import PRECISION_RANK, DateMatch, find_dates
from geo.events.triggers import best_trigger, weapon_refine
from geo.events.weights import W
from geo.models import Document, Event, Resolution, Sentence

if TYPE_CHECKING:
    from geo.nlp import NlpResult, Token

__all__ = ["date_role", "extract_events"]

_UNIT_WORD = re.compile(
    r"\b(?:years?|months?|weeks?|days?|decades?|hours?|centur(?:y|ies))\b", re.I
)
_SINCE = re.compile(r"(?:\bsince|\bever since)\s*\Z", re.I)


def date_role(dm: DateMatch, text: str, sentence_start: int) -> str:
    """What a date expression can do for the event of its sentence: "event" (date it),
    "since" ("since 2010", "ever since March": only the start of a span), "skip" (a
    TimeML DURATION or SET, or a duration "for 20 years", "for the past week")."""
    if dm.type in ("DURATION", "SET"):
        return "skip"
    low = dm.text.lower()
    before = text[max(sentence_start, dm.start - 12) : dm.start]
    if low.startswith(("since ", "ever since ")) or _SINCE.search(before):
        return "since"
    if (low.startswith("for ") or before.rstrip().lower().endswith(" for")) and _UNIT_WORD.search(
        low
    ):
        return "skip"
    return "event"


def extract_events(
    document: Document, nlp: NlpResult, resolutions: Sequence[Resolution]
) -> list[Event]:
    """One event per sentence with an action (see the module docstring)."""
    if not document.sentences and document.text.strip():
        from geo.documents import split

        split(document)
    sentences = document.sentences
    if not sentences:
        return []
    text = document.text
    starts = [s.start for s in sentences]
    doc_date = document.date
    report_date = doc_date.isoformat() if doc_date is not None else None

    tokens_by = _bucket(nlp.tokens, sentences, starts)
    ents_by = _bucket(nlp.entities, sentences, starts)
    dates_by: list[list[DateMatch]] = [[] for _ in sentences]
    dateline = document.date_span or (0, 0)
    for dm in find_dates(text, doc_date, ranges=True):
        if dm.start < dateline[1] and dateline[0] < dm.end:
            continue  # the dateline: the report date, not an event's
        i = bisect_right(starts, dm.start) - 1
        if i >= 0 and dm.end <= sentences[i].end:
            dates_by[i].append(dm)
    places_by: list[list[tuple[int, int, int, str]]] = [[] for _ in sentences]
    place_names = frozenset(
        r.mention.text.lower()
        for r in resolutions
        if r.place is not None and r.mention.form == "name"
    )
    for ri, r in enumerate(resolutions):
        if r.place is None:
            continue
        m = r.mention
        i = bisect_right(starts, m.start) - 1
        if i >= 0 and m.end <= sentences[i].end:
            places_by[i].append((m.start, m.end, ri, r.place.id))

    events: list[Event] = []
    pending: list[tuple[int, DateMatch, bool]] = []  # (event index, anchored match, explicit?)
    for si, sent in enumerate(sentences):
        toks = tokens_by[si]
        if not toks:
            continue
        dms = dates_by[si]
        cand = best_trigger(toks, dms)
        if cand is None:
            continue
        cand = weapon_refine(toks, cand)
        t0, t1 = toks[cand.index], toks[cand.end_index]
        places = sorted(places_by[si])
        place_ids: list[str] = []
        for p in places:
            if p[3] not in place_ids:
                place_ids.append(p[3])
        actors = find_actors(text, sent.start, sent.end, ents_by[si], places, place_names)
        actors = assign_roles(actors, toks, cand.index, cand.end_index)
        roles = [date_role(d, text, sent.start) for d in dms]
        explicit = [d for d, r in zip(dms, roles, strict=True) if r == "event" and not d.anchored]
        anchored = [d for d, r in zip(dms, roles, strict=True) if r == "event" and d.anchored]
        since = [d for d, r in zip(dms, roles, strict=True) if r == "since" and d.date]
        if explicit and toks[cand.index].dep:
            where = [_clause_of(d, toks, cand.index, cand.end_index) for d in explicit]
            own = [d for d, w in zip(explicit, where, strict=True) if w == "own"]
            explicit = own or [d for d, w in zip(explicit, where, strict=True) if w == "sub"]
        chosen = _nearest(explicit, t0.start, t1.end)
        start = _nearest(since, t0.start, t1.end)
        ev = Event(
            id=f"e{len(events)}",
            sentence=sent.index,
            trigger=text[t0.start : t1.end],
            trigger_start=t0.start,
            trigger_end=t1.end,
            type=cand.type,
            actors=actors,
            place_ids=tuple(place_ids),
            mention_indices=tuple(p[2] for p in places),
            date=chosen.date if chosen else None,
            date_end=chosen.date_end if chosen else None,
            date_text=chosen.text if chosen else "",
            time_precision=chosen.precision if chosen else "unknown",
            report_date=report_date,
            date_kind="event" if chosen else "since" if start else "none",
            span_start=start.date if start else None,
            sub_type=cand.sub_type,
        )
        events.append(ev)
        anchor = _nearest(anchored, t0.start, t1.end)
        if anchor is not None:
            pending.append((len(events) - 1, anchor, chosen is not None))
    for ei, dm, has_explicit in pending:
        resolve_anchor(events, ei, dm, has_explicit, text, sentences)
    return events


class _Span(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


_S = TypeVar("_S", bound=_Span)


def _bucket(
    items: Iterable[_S], sentences: Sequence[Sentence], starts: list[int]
) -> list[list[_S]]:
    """Items grouped by the sentence that contains them (items across a boundary dropped)."""
    out: list[list[_S]] = [[] for _ in sentences]
    n = len(starts)
    j = 0
    lo, hi = starts[0], starts[1] if n > 1 else 1 << 62
    for it in items:
        s = it.start
        if not lo <= s < hi:  # next sentence (items are normally sorted): re-locate
            j = bisect_right(starts, s) - 1
            if j < 0:
                j = 0
                lo, hi = starts[0], starts[1] if n > 1 else 1 << 62
                continue
            lo, hi = starts[j], starts[j + 1] if j + 1 < n else 1 << 62
        if it.end <= sentences[j].end:
            out[j].append(it)
    return out


# Dependencies that open a subordinate clause.
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "parataxis", "csubj", "acl"})


def _clause_of(dm: DateMatch, toks: list[Token], first: int, last: int) -> str:
    """Where the date expression ``dm`` hangs in the dependency parse relative to the
    trigger ``toks[first..last]``: "own" (below the trigger within its clause), "other"
    (in an independent clause conjoined to it, with its own subject: "... since 2010, and
    engineers opened the gates *on Sunday*") or "sub" (anywhere else: a subordinate
    clause, above the trigger)."""
    index = {t.start: k for k, t in enumerate(toks)}
    inside = [k for k, t in enumerate(toks) if dm.start <= t.start and t.end <= dm.end]
    if not inside:
        return "sub"
    trigger = range(first, last + 1)
    cur = next((k for k in inside if index.get(toks[k].head, k) not in inside), inside[0])
    sub = False
    for _ in range(len(toks)):
        if cur in trigger:
            return "sub" if sub else "own"
        up = index.get(toks[cur].head, cur)
        if up == cur:
            return "sub"
        dep = toks[cur].dep
        if dep == "conj" and toks[cur].tag.startswith("VB"):
            subject = any(
                toks[k].dep in ("nsubj", "nsubjpass") and index.get(toks[k].head) == cur
                for k in range(len(toks))
            )
            if subject and up in trigger:
                return "other"
        elif dep in _CLAUSE_DEPS:
            sub = True
        cur = up
    return "sub"


def _nearest(dms: list[DateMatch], ts: int, te: int) -> DateMatch | None:
    """The date expression of ``dms`` closest to the trigger span ``[ts, te)`` (far ones
    by precision first; ties: the earliest)."""
    if not dms:
        return None
    best = None
    best_key: tuple[int, int] | None = None
    for d in dms:
        dist = d.start - te if d.start >= te else ts - d.end if d.end <= ts else 0
        key = (PRECISION_RANK.get(d.precision, 5) if dist > W.far_date_chars else 0, max(dist, 0))
        if best_key is None or key < best_key:
            best, best_key = d, key
    return best
