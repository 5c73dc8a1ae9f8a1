"""Streets, squares, bridges, buildings and parks named in the text: mentions of form
``"facility"`` (:data:`geo.models.MentionForm`).

The gazetteer does not list such places; a facility stands for the city the text puts it
in ("a hotel on Chicken Street in Kabul"), see :mod:`geo.resolve_facilities`. Two sources:

* a capitalised name that ends in a head word of ``data/lexicon/facility_heads.csv``
  ("Chicken Street", "Elm St.", "Tahrir Square", "Wazir Akbar Khan Hospital"), with a
  road's number after it ("County Road 12") and ordinals inside ("75th St."); the head word
  gives the facility's kind (:data:`geo.models.FacilityKind`, the mention's ``cue``);
* a spaCy FAC entity of two or more capitalised words with a head word inside it or a
  number at its end ("Interstate 75", kind ``"street"``); other FAC entities are too often a
  firm, a group or an event in spaCy's small model ("Lions Club International").

None is made when the whole name is a place of the gazetteer (a town called "X Bridge",
a park or airport of its own: the name rules read it, form ``"name"``), when the head word
belongs to a person's name ("Diane Lane"), when a county, parish or province is named
before the head ("X County Jail", "X County Road 4": the unit's own facility, whose name the
name rules read), when the name runs on into a longer
capitalised name ("Wall Street Journal", "Memorial Day"), for seats of power
(``conventions``: "Downing Street" is read as its city) and for airports
(``acceptance.airport_name``).

A head-word facility wins its span over every name candidate it overlaps
(:func:`geo.recognize.mentions._select`): "Elm St." tagged LOC is a street, not a place;
but a building named after its town and a road of a state or county ("X County Road 3")
keep the place's name mention (:func:`yield_to_places`). A FAC entity yields to a place
name inside it.
"""

from __future__ import annotations

import bisect
import re

from geo.recognize.acceptance import english_alias_free
from geo.recognize.context import Cand, Context, strip_article
from geo.recognize.thresholds import THRESHOLDS as T

__all__ = ["PRIORITY_FACILITY", "facility_candidates", "is_head_facility", "yield_to_places"]

#: Priority of facility candidates (they are selected before names, see the module doc).
PRIORITY_FACILITY = 5

_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)$")
_NUMBER = re.compile(r"\d+[A-Z]?$")
#: Connectors that may join words inside a facility's name ("Bank of America Plaza"); not
#: "on" ("Hotel on Chicken Street" is two things).
_NOT_INSIDE = frozenset({"on", "upon"})
#: Kinds of units whose facilities carry their name ("X County Jail"): the unit is named.
_UNIT_KINDS = frozenset({"admin1", "admin2", "city"})
_TRAIL = ("'s", "’s", "'", "’", ".", ",", "-", "—")


def facility_candidates(ctx: Context) -> list[Cand]:
    """The facility candidates of the document (call after ``seat_candidates``, which marks
    the seats of power)."""
    out = _head_candidates(ctx)
    taken = {m for c in out for m in range(c.ts, c.te)}
    out += _fac_entities(ctx, taken)
    return out


def is_head_facility(c: Cand) -> bool:
    """A facility found by its head word (it wins over names it overlaps)."""
    return c.form == "facility" and c.method == "pattern"


def yield_to_places(ctx: Context, facilities: list[Cand], kept: list[Cand]) -> list[Cand]:
    """``facilities`` without those whose name holds a name the rules accepted as a place
    and that the place locates: a building named after its town ("Dorvik Hospital",
    "Dorvik Stadium"), a road of a state or country ("Kestrel Turnpike", like "X County Road 4"):
    the name mention keeps it. Other streets keep their span ("Elm St." tagged LOC is a
    street, "Heron Lake Road" is no lake)."""
    spans = sorted((c.start, c.end, c.name) for c in kept if not c.is_demonym)
    starts = [s[0] for s in spans]
    out = []
    for f in facilities:
        i = bisect.bisect_left(starts, f.start)
        inner = False
        while i < len(spans) and spans[i][0] < f.end and not inner:
            start, end, name = spans[i]
            if end <= f.end and (start, end) != (f.start, f.end):
                inner = f.cue == "building" or _unit(ctx, name)
            i += 1
        if not inner:
            out.append(f)
    return out


def _unit(ctx: Context, name: str) -> bool:
    """``name`` is, first of all, a country or first-level unit of the gazetteer."""
    top = [x for x in ctx.lookup(name)[: T.comma_candidates] if x.match != "fuzzy"]
    return bool(top) and top[0].place.kind in ("country", "admin1")


def _name_word(ctx: Context, k: int) -> bool:
    t = ctx.toks[k].text
    if _ORDINAL.match(t):
        return True  # "75th St."
    if t.endswith(("'s", "’s")):
        return False  # a possessive ends the name: "Kabul's Liberty Square"
    return ctx.capword(k) and t.lower() not in ctx.lex.pattern_stop


def _runs_on(ctx: Context, te: int) -> bool:
    """A capitalised word follows token ``te - 1``: the name goes on ("Wall Street Journal")."""
    return te < ctx.n and ctx.adjacent(te - 1, te) and ctx.capword(te)


def _head_candidates(ctx: Context) -> list[Cand]:
    lex = ctx.lex
    heads = lex.facility_heads
    toks = ctx.toks
    out: list[Cand] = []
    for i in range(1, ctx.n):
        kind = heads.get(toks[i].text)
        if kind is None or not ctx.adjacent(i - 1, i):
            continue
        te = i + 1
        if kind == "street" and te < ctx.n and ctx.adjacent(i, te) and _NUMBER.match(toks[te].text):
            te += 1  # "County Road 12"
        if _runs_on(ctx, te):
            continue  # "Wall Street Journal", "Memorial Day"
        e = ctx.ent_of[i]
        if e is not None and e.label == "PERSON":
            continue  # "Diane Lane"
        k = i
        while k > 0 and i - k < T.facility_name_words and ctx.adjacent(k - 1, k):
            prev = toks[k - 1].text
            if _name_word(ctx, k - 1):
                k -= 1
            elif (
                k < i
                and prev in lex.connectors
                and prev not in _NOT_INSIDE
                and k >= 2
                and ctx.adjacent(k - 2, k - 1)
                and ctx.capword(k - 2)
            ):
                k -= 2  # "Bank of America Plaza"
            else:
                break
        while k < i and (
            toks[k].text in ("The", "THE") or (ctx.sent_start[k] and lex.is_stop(toks[k].text))
        ):
            k += 1
        if k == i or ctx.seat_tokens.intersection(range(k, te)):
            continue
        if any(lex.type_suffix.get(toks[m].text) in _UNIT_KINDS for m in range(k, i)):
            continue  # "X County Jail", "X County Road 4": the unit's own; its name is read
        name = ctx.span_text(k, te)
        if _gazetteer_place(ctx, name):
            continue
        out.append(_cand(ctx, k, te, name, kind, "pattern"))
    return out


def _fac_entities(ctx: Context, taken: set[int]) -> list[Cand]:
    lex = ctx.lex
    out: list[Cand] = []
    for e in ctx.entities:
        if e.label != "FAC":
            continue
        ts, te = ctx.tok_at(e.start), ctx.tok_at(e.end)
        while ts < te and ctx.toks[ts].text.lower() in ("the", "a", "an"):
            ts += 1
        while te > ts and ctx.toks[te - 1].text in _TRAIL:
            te -= 1
        if te - ts < 2 or taken.intersection(range(ts, te)):
            continue
        words = [ctx.toks[m].text for m in range(ts, te)]
        if not all(ctx.capword(m) or words[m - ts].isdigit() for m in range(ts, te)):
            continue  # "Kabul-Jalalabad highway": places joined, not a facility's name
        if words[-1] in lex.airport_heads or ctx.seat_tokens.intersection(range(ts, te)):
            continue
        kind = next((lex.facility_heads[w] for w in reversed(words) if w in lex.facility_heads), "")
        if not kind and not words[-1].isdigit():
            continue  # spaCy's FAC is often a firm or an event: only roads and named heads
        name = ctx.span_text(ts, te)
        if _gazetteer_place(ctx, name):
            continue
        out.append(_cand(ctx, ts, te, name, kind or "street", "ner"))
    return out


def _gazetteer_place(ctx: Context, name: str) -> bool:
    """The whole name is a gazetteer place (by its own name, or an alias that is not made
    of common English words)."""
    bare = strip_article(name)
    return any(x.match != "fuzzy" for x in english_alias_free(ctx, bare, ctx.lookup(bare)))


def _cand(ctx: Context, ts: int, te: int, name: str, kind: str, method: str) -> Cand:
    e = ctx.ent_of[ts]
    return Cand(
        ts, te, ctx.toks[ts].start, ctx.toks[te - 1].end, name, kind, method,
        e.label if e is not None else "", PRIORITY_FACILITY, is_demonym=True, form="facility",
    )  # fmt: skip
