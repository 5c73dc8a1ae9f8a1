"""What the rest of ``geo`` asks of a gazetteer, and the search-box suggestions every
gazetteer gives the same way.

The resolver depends only on the small :class:`GazetteerLike` protocol; the app, the map
and the exports on :class:`GazetteerView`. Both :class:`~geo.gazetteer.store.Gazetteer`
(SQLite) and :class:`~geo.gazetteer.memory.MemoryGazetteer` (tests) implement them.
"""

from __future__ import annotations

import math
from typing import Any, Protocol

from geo.errors import InputError
from geo.models import Candidate, Place, Suggestion

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

    def suggest(self, query: str, *, limit: int = ...) -> list[Suggestion]: ...

    def hierarchy(self, place: Place) -> list[Place]: ...

    def country_of(self, country: str) -> Place | None: ...

    def containing(self, lat: float, lon: float) -> list[Place]: ...

    def geometry(self, place_id: str) -> dict[str, Any] | None: ...

    def ids_of_kind(self, kind: str) -> list[str]: ...


class _Searchable(Protocol):
    def lookup(self, name: str, *, fuzzy: bool = True, limit: int = ...) -> list[Candidate]: ...

    def search(self, prefix: str, *, limit: int = ...) -> list[Place]: ...


_HOW = {"fuzzy": "similar spelling", "alias": "other name", "folded": "", "exact": ""}


def suggest_places(gaz: _Searchable, query: str, *, limit: int = 8) -> list[Suggestion]:
    """What a search box offers for ``query``: exact, other-name and close-spelling
    matches first, then names that start with it; one entry per place."""
    out: dict[str, Suggestion] = {}
    for c in gaz.lookup(query, fuzzy=True, limit=limit):
        how = f"similar to {c.matched_name}" if c.match == "fuzzy" else _HOW.get(c.match, "")
        out.setdefault(c.place.id, Suggestion(c.place, how))
    if len(out) < limit:
        for p in gaz.search(query, limit=limit):
            out.setdefault(p.id, Suggestion(p, "starts with"))
    return list(out.values())[:limit]


def check_point(lat: float, lon: float) -> None:
    """Reject a point that is not a (lat, lon) in degrees (``nearby``, ``containing``)."""
    if not isinstance(lat, (int, float)) or not isinstance(lon, (int, float)):
        raise InputError("lat and lon must be numbers")
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or math.isnan(lat) or math.isnan(lon):
        raise InputError(f"({lat}, {lon}) is not a valid latitude/longitude")
