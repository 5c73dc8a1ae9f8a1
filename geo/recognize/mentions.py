"""The recogniser's entry point: :func:`find_mentions`.

Steps: candidates from every source (patterns, spaCy entities, gazetteer matching, state
abbreviations, demonyms); acceptance of each (:func:`~geo.recognize.acceptance.accept`);
two document-level passes that add rejected (not ``hard``) candidates back; selection of
non-overlapping spans; conversion to :class:`~geo.models.Mention`.

* One sense per document: a name accepted as a place with a GPE/LOC label or a location
  cue somewhere is a place elsewhere too, where it stands alone and nothing says person.
* Geographic coherence: a capitalised gazetteer name that is a town or county of a
  first-level unit that at least two accepted names point to is a place too ("a Redfield
  home" in a story full of Iowa places).
"""

from __future__ import annotations

import bisect
from typing import cast

from geo.gazetteer import GazetteerLike
from geo.models import Document, Mention, MentionForm
from geo.names import normalize_name
from geo.nlp import NlpResult
from geo.recognize.acceptance import accept, has_location_cue, run_context, stands_alone
from geo.recognize.blocking import blocked_tokens
from geo.recognize.candidates import (
    abbreviation_candidates,
    coordination_candidates,
    dateline_candidates,
    gazetteer_candidates,
    ner_candidates,
    pattern_candidates,
    seat_candidates,
)
from geo.recognize.context import Cand, Context
from geo.recognize.demonyms import demonym_candidates
from geo.recognize.facilities import facility_candidates, is_head_facility, yield_to_places
from geo.recognize.thresholds import THRESHOLDS as T

__all__ = ["find_mentions"]


def find_mentions(document: Document, nlp: NlpResult, gazetteer: GazetteerLike) -> list[Mention]:
    """The place mentions of ``document``: sorted, non-overlapping, with offsets into
    ``document.text``. Demonym mentions are included with ``is_demonym=True``."""
    if not document.text or not nlp.tokens:
        return []
    ctx = Context(document, nlp, gazetteer)
    if ctx.n == 0:
        return []
    lex = ctx.lex
    blocked = blocked_tokens(ctx)
    cands: list[Cand] = seat_candidates(ctx) + dateline_candidates(ctx)
    seats = set(map(id, cands))  # seats of power and datelines: accepted as they are
    facilities = facility_candidates(ctx)  # streets, buildings: accepted as they are
    cands += pattern_candidates(ctx)
    cands += ner_candidates(ctx)
    cands += gazetteer_candidates(ctx)
    cands += abbreviation_candidates(ctx)
    cands += coordination_candidates(ctx)
    cands += demonym_candidates(ctx)
    for c in cands:
        full = lex.us_state_abbr.get(ctx.text[c.start : c.end])
        if full is not None and "." in ctx.text[c.start : c.end]:
            c.name, c.cue = full, "admin1"  # "Fla." -> Florida
    kept = [c for c in cands if id(c) in seats or accept(ctx, c, blocked)]
    kept_ids = {id(c) for c in kept}  # identity: candidates compare by value (slow, O(n^2))
    # one sense per document: a name tagged as a place (or with a location cue) somewhere
    # is a place elsewhere too, where it stands alone and nothing says person
    placed = {
        normalize_name(c.name)
        for c in kept
        if not c.is_demonym
        and ctx.lookup(c.name)
        and (ctx.label_at(c) in ("GPE", "LOC") or has_location_cue(ctx, c))
    }
    for c in cands:
        if c.hard or c.is_demonym or id(c) in kept_ids or c.method not in ("ner", "gazetteer"):
            continue
        key = normalize_name(c.name)
        if key not in placed or ctx.person_like(key) or not stands_alone(ctx, c):
            continue
        kept.append(c)
        kept_ids.add(id(c))
    # geographic coherence: a small town of the region the text is about ("a Redfield
    # home" in a story full of Iowa places) is a place too
    regions = _dominant_regions(ctx, kept)
    if regions:
        for c in cands:
            if c.hard or c.is_demonym or id(c) in kept_ids or c.method != "gazetteer":
                continue
            if ctx.sent_start[c.ts] or ctx.toks[c.ts].tag not in ("NNP", "NNPS"):
                continue
            if ctx.person_like(normalize_name(c.name)) or ctx.label_at(c) == "PERSON":
                continue
            before, after = run_context(ctx, c)
            if before or (after and not {w.lower() for w in after} <= lex.generic_tail):
                continue
            if any(
                x.match != "fuzzy"
                and x.place.kind in ("city", "admin2")
                and (x.place.country, x.place.admin1) in regions
                for x in ctx.lookup(c.name)[: T.coherence_candidates]
            ):
                kept.append(c)
                kept_ids.add(id(c))
    chosen = _select(ctx, kept + yield_to_places(ctx, facilities, kept))
    return [_to_mention(ctx, c) for c in chosen]


def _dominant_regions(ctx: Context, kept: list[Cand]) -> set[tuple[str, str]]:
    """First-level units (country, admin1) that at least
    :attr:`~geo.recognize.thresholds.Thresholds.region_min_names` distinct accepted names
    point to."""
    count: dict[tuple[str, str], int] = {}
    for name in {c.name for c in kept if not c.is_demonym}:
        regs = set()
        for x in ctx.lookup(name)[: T.region_candidates]:
            p = x.place
            if (
                x.match != "fuzzy"
                and p.country
                and p.admin1
                and p.kind in ("city", "admin1", "admin2")
            ):
                regs.add((p.country, p.admin1))
        for r in regs:
            count[r] = count.get(r, 0) + 1
    return {r for r, n in count.items() if n >= T.region_min_names}


def _select(ctx: Context, cands: list[Cand]) -> list[Cand]:
    """Non-overlapping spans: facilities found by their head word ("Chicken Street") first,
    then gazetteer- or pattern-backed spans, then longer, then higher priority, then
    earlier."""

    def supported(c: Cand) -> int:
        if is_head_facility(c):
            return 2
        if c.is_demonym:
            return 0
        return 1 if c.method == "pattern" or ctx.lookup(c.name) else 0

    order = sorted(cands, key=lambda c: (-supported(c), -(c.end - c.start), -c.priority, c.start))
    # taken spans never overlap, so kept sorted by start they are sorted by end too
    starts: list[int] = []
    ends: list[int] = []
    out: list[Cand] = []
    for c in order:
        i = bisect.bisect_left(ends, c.start + 1)  # first taken span ending after c.start
        if i < len(starts) and starts[i] < c.end:
            continue
        starts.insert(i, c.start)
        ends.insert(i, c.end)
        out.append(c)
    out.sort(key=lambda c: c.start)
    return out


def _to_mention(ctx: Context, c: Cand) -> Mention:
    """The :class:`~geo.models.Mention` of a chosen candidate, with its sentence and passage."""
    text = ctx.text[c.start : c.end]
    sent = ctx.doc.sentence_at(c.start)
    if sent is not None:
        s_idx, p_idx = sent.index, sent.passage
    else:
        s_idx = -1
        p_idx = next((p.index for p in ctx.doc.passages if p.start <= c.start < p.end), -1)
    name = c.name if c.name != text else ""
    return Mention(
        start=c.start,
        end=c.end,
        text=text,
        passage=p_idx,
        sentence=s_idx,
        method=c.method,
        ner_label=c.ner_label or ctx.label_at(c),
        cue=c.cue,
        name=name or text,
        is_demonym=c.is_demonym,
        form=cast(MentionForm, c.form),
    )
