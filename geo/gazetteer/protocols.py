"""What the rest of ``geo`` asks of a gazetteer, and the search-box suggestions every
gazetteer gives the same way.

The resolver depends only on the small :class:`GazetteerLike` protocol; the app, the map
and the exports on :class:`GazetteerView`. Both :class:`~geo.gazetteer.store.Gazetteer`
(SQLite) and :class:`~geo.gazetteer.memory.MemoryGazetteer` (tests) implement them.
"""

from __future__ import annotations

import inspect
import math
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

from geo.errors import InputError
from geo.models import Candidate, Place, Suggestion
from geo.names import normalize_name

# --- the interface the resolver needs ------------------------------------------------


class GazetteerLike(Protocol):
    def lookup(self, name: str, *, fuzzy: bool = True, limit: int = ...) -> list[Candidate]: ...

    def get(self, place_id: str) -> Place | None: ...

    def parent_ids(self, place: Place) -> list[str]: ...


class GazetteerView(GazetteerLike, Protocol):
    """Everything the app, the map and the exports ask of a gazetteer (the resolver needs
    only :class:`GazetteerLike`). :class:`Gazetteer`, :class:`MemoryGazetteer` and the
    corrections' user-places overlay implement it."""

    def search(self, prefix: str, *, limit: int = ...) -> list[Place]: ...

    def suggest(
        self, query: str, *, limit: int = ..., countries: Sequence[str] = ...
    ) -> list[Suggestion]: ...

    def hierarchy(self, place: Place) -> list[Place]: ...

    def country_of(self, country: str) -> Place | None: ...

    def containing(self, lat: float, lon: float) -> list[Place]: ...

    def geometry(self, place_id: str) -> dict[str, Any] | None: ...

    def ids_of_kind(self, kind: str) -> list[str]: ...


class _Searchable(Protocol):
    def lookup(self, name: str, *, fuzzy: bool = True, limit: int = ...) -> list[Candidate]: ...

    def search(self, prefix: str, *, limit: int = ...) -> list[Place]: ...


_HOW = {"fuzzy": "similar spelling", "alias": "other name", "folded": "", "exact": ""}

#: Relevance bonuses of :func:`suggest_places`, in units of the store's prior importance
#: (about 0.09 per tenfold population: see ``geo.gazetteer.writer.importance``).
EXACT_BONUS = 0.1  # the query is a whole name of the place (not just its start)
COUNTRY_BONUS = 0.25  # the place lies in one of the documents' countries
FUZZY_PENALTY = 0.1  # a close spelling, not the name
ALIAS_PREFIX_PENALTY = 0.2  # only another name starts with the query, not the place's own


def _in_countries(p: Place, countries: frozenset[str]) -> bool:
    return bool(countries) and (p.country in countries or any(c in countries for c in p.countries))


def _takes_countries(fn: Any) -> bool:
    try:
        return "countries" in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False


def suggest_places(
    gaz: _Searchable,
    query: str,
    *,
    limit: int = 8,
    countries: Iterable[str] = (),
) -> list[Suggestion]:
    """What a search box offers for ``query``, most relevant first; one entry per place.

    Candidates are the places called ``query`` (names, other names, close spellings) and
    the places with a name that starts with it (with ``countries``, also those in these
    countries when ``gaz.search`` takes ``countries``). They are ranked by relevance: the
    place's prior importance (kind and population: larger places first), plus
    :data:`EXACT_BONUS` when the query is a whole name of it (an exact name beats a prefix
    match unless that place is about ten times larger), plus :data:`COUNTRY_BONUS` when it
    lies in one of ``countries`` (the current documents' countries), minus
    :data:`FUZZY_PENALTY` for a close spelling and :data:`ALIAS_PREFIX_PENALTY` when only
    another name of it starts with the query. Ties: population, then name.

    With ``countries=("AF",)``, "Mazar" lists Mazār-e Sharīf (523k people, AF) before the
    Jordanian villages called Mazar; with no countries too (it is 50 times larger).
    """
    wanted = frozenset(c for c in countries if c)
    pool = max(4 * limit, 40)
    found: dict[str, tuple[float, Suggestion]] = {}

    def offer(p: Place, how: str, bonus: float) -> None:
        score = p.importance + bonus + (COUNTRY_BONUS if _in_countries(p, wanted) else 0.0)
        if p.id not in found or score > found[p.id][0]:
            found[p.id] = (score, Suggestion(p, how))

    for c in gaz.lookup(query, fuzzy=True, limit=pool):
        if c.match == "fuzzy":
            offer(c.place, f"similar to {c.matched_name}", -FUZZY_PENALTY)
        else:
            offer(c.place, _HOW.get(c.match, ""), EXACT_BONUS)
    key = normalize_name(query)
    prefixed = list(gaz.search(query, limit=pool))
    if wanted and _takes_countries(gaz.search):
        # a store that can put the countries first: their prefix matches too
        prefixed += gaz.search(query, limit=pool, countries=sorted(wanted))  # type: ignore[call-arg]
    for p in prefixed:
        if normalize_name(p.name).startswith(key):
            offer(p, "starts with", 0.0)
        else:
            offer(p, "other name starts with", -ALIAS_PREFIX_PENALTY)
    ranked = sorted(found.values(), key=lambda t: (-t[0], -t[1].place.population, t[1].place.name))
    return [s for _, s in ranked[:limit]]


def check_point(lat: float, lon: float) -> None:
    """Reject a point that is not a (lat, lon) in degrees (``nearby``, ``containing``)."""
    if not isinstance(lat, (int, float)) or not isinstance(lon, (int, float)):
        raise InputError("lat and lon must be numbers")
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or math.isnan(lat) or math.isnan(lon):
        raise InputError(f"({lat}, {lon}) is not a valid latitude/longitude")
