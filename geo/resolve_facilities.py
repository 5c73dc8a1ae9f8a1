"""Streets, squares and buildings (mentions of form ``"facility"``,
:mod:`geo.recognize.facilities`) resolve to the city the text puts them in.

The gazetteer does not list them, so a facility takes the place of another mention:

1. the place named right after it: "<facility> in/at/near/of/outside <Place>" (up to two
   lower-case words between: "in central Kabul") or "<facility>, <Place>" ("12 Oak St.,
   Springfield");
2. else the place whose possessive it follows: "Cairo's Tahrir Square";
3. else the one city the other mentions of its sentence resolve to ("A bomb went off on
   Chicken Street. ... in Kabul" does not count: another sentence).

The place must be a city or an administrative unit below the country
(:data:`CITY_KINDS`), resolved; the facility gets it with its confidence (so its
precision is the city's) and a reason that says so ("street in Kabul (resolved to the
city)"). Otherwise it stays unresolved with :data:`UNRESOLVED_REASON`.

:func:`resolve_facilities` wraps the resolver: the other mentions are resolved without
the facilities (which are no place names and must not vote in their context), then each
facility is resolved from their answers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from geo.models import Document, Mention, Resolution, ScoredCandidate

__all__ = ["CITY_KINDS", "UNRESOLVED_REASON", "resolve_facilities"]

#: Kinds a facility may resolve to: populated places and administrative units below the
#: country.
CITY_KINDS = frozenset({"city", "admin2", "admin1"})
UNRESOLVED_REASON = (
    "a street or building the gazetteer lacks; the text does not say which city it is in"
)
#: What may stand between a facility and the place it is in: "in", "at", "near", "of",
#: "outside", a comma, then up to two lower-case words ("in central", "in the old").
_POSSESSIVE = re.compile(r"['’]s\s+(?:[a-z]+\s+)?")  # "Cairo's Tahrir Square", "Kabul's old"
_BETWEEN = re.compile(r"\s*(?:,|(?:in|at|near|of|outside)\b)(?:\s+[a-z]+){0,2}\s*,?\s*")


def resolve_facilities(
    document: Document,
    mentions: Sequence[Mention],
    resolve_rest: Callable[[list[Mention]], list[Resolution]],
) -> list[Resolution]:
    """One :class:`Resolution` per mention, in order: ``resolve_rest`` resolves the mentions
    that are not facilities, each facility then takes its city (see the module doc)."""
    rest_idx = [i for i, m in enumerate(mentions) if m.form != "facility"]
    rest = resolve_rest([mentions[i] for i in rest_idx]) if rest_idx else []
    out: list[Resolution | None] = [None] * len(mentions)
    for i, r in zip(rest_idx, rest, strict=True):
        out[i] = r
    for i, m in enumerate(mentions):
        if out[i] is None:
            out[i] = _facility(document, m, rest)
    return [r for r in out if r is not None]


def _facility(document: Document, m: Mention, others: list[Resolution]) -> Resolution:
    city = (
        _place_after(document, m, others)
        or _possessor(document, m, others)
        or _sentence_city(m, others)
    )
    if city is None:
        return Resolution(m, None, 0.0, (), UNRESOLVED_REASON)
    p = city.place
    assert p is not None
    chosen = next((a for a in city.alternatives if a.place.id == p.id), None)
    alt = ScoredCandidate(p, city.confidence, chosen.match if chosen else "exact", {"city": 1.0})
    kind = m.cue or "facility"
    how = f"{kind} in {city.mention.text} (resolved to the city)"
    return Resolution(m, p, city.confidence, (alt,), how)


def _in_city(r: Resolution) -> bool:
    return r.place is not None and r.place.kind in CITY_KINDS and r.mention.form == "name"


def _place_after(document: Document, m: Mention, others: list[Resolution]) -> Resolution | None:
    """The place named right after the facility ("in Kabul", ", Springfield")."""
    nxt = min((r for r in others if r.mention.start >= m.end), key=lambda r: r.mention.start,
              default=None)  # fmt: skip
    if nxt is None or not _in_city(nxt):
        return None
    gap = document.text[m.end : nxt.mention.start]
    return nxt if _BETWEEN.fullmatch(gap) else None


def _possessor(document: Document, m: Mention, others: list[Resolution]) -> Resolution | None:
    """The place whose possessive the facility follows ("Cairo's Tahrir Square")."""
    prev = max((r for r in others if r.mention.end <= m.start), key=lambda r: r.mention.end,
               default=None)  # fmt: skip
    if prev is None or not _in_city(prev):
        return None
    gap = document.text[prev.mention.end : m.start]
    return prev if _POSSESSIVE.fullmatch(gap) else None


def _sentence_city(m: Mention, others: list[Resolution]) -> Resolution | None:
    """The one city the other mentions of the facility's sentence resolve to."""
    if m.sentence < 0:
        return None
    found = [
        r
        for r in others
        if r.mention.sentence == m.sentence and _in_city(r) and r.place and r.place.kind == "city"
    ]
    if len({r.place.id for r in found if r.place}) != 1:
        return None
    return found[0]
