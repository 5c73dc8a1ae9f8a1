"""User-added places as part of a gazetteer: :class:`UserPlacesGazetteer`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from geo import settings
from geo.corrections.model import USER_PREFIX
from geo.gazetteer import GazetteerView, suggest_places
from geo.models import Candidate, Place, Suggestion

__all__ = ["UserPlaces", "UserPlacesGazetteer"]


class UserPlaces(Protocol):
    """Where user-added places live (a :class:`geo.corrections.CorrectionStore`)."""

    def place(self, place_id: str) -> Place | None: ...

    def places_named(self, name: str) -> list[Place]: ...


class UserPlacesGazetteer:
    """A gazetteer overlay: user-added places are found by ``get``, (exact name) ``lookup``,
    ``search`` and ``suggest`` like gazetteer places, and sit in their country's hierarchy;
    everything else is the base gazetteer's (a :class:`~geo.gazetteer.GazetteerView`)."""

    def __init__(self, base: GazetteerView, store: UserPlaces) -> None:
        self.base = base
        self.store = store

    def get(self, place_id: str) -> Place | None:
        if place_id.startswith(USER_PREFIX):
            return self.store.place(place_id)
        return self.base.get(place_id)

    def lookup(
        self, name: str, *, fuzzy: bool = True, limit: int = settings.MAX_CANDIDATES
    ) -> list[Candidate]:
        out = self.base.lookup(name, fuzzy=fuzzy, limit=limit)
        user = [Candidate(p, p.name, "exact" if p.name.casefold() == name.casefold() else "folded")
                for p in self.store.places_named(name)]  # fmt: skip
        if not user:
            return out
        if out and out[0].match == "fuzzy":
            out = []  # an exact user place beats fuzzy gazetteer guesses
        return (out[: max(0, limit - len(user))] + user)[:limit]

    def search(self, prefix: str, *, limit: int = 20) -> list[Place]:
        return self.base.search(prefix, limit=limit)

    def suggest(
        self, query: str, *, limit: int = 8, countries: Sequence[str] = ()
    ) -> list[Suggestion]:
        """Search-box suggestions over the base gazetteer and this store's own places."""
        return suggest_places(self, query, limit=limit, countries=countries)

    def parent_ids(self, place: Place) -> list[str]:
        if place.id.startswith(USER_PREFIX):
            return [p.id for p in self.hierarchy(place)[1:]]
        return self.base.parent_ids(place)

    def hierarchy(self, place: Place) -> list[Place]:
        if place.id.startswith(USER_PREFIX):
            parent = self.base.country_of(place.country) if place.country else None
            return [place, parent] if parent is not None else [place]
        return self.base.hierarchy(place)

    def country_of(self, country: str) -> Place | None:
        return self.base.country_of(country)

    def containing(self, lat: float, lon: float) -> list[Place]:
        return self.base.containing(lat, lon)

    def geometry(self, place_id: str) -> dict[str, Any] | None:
        return None if place_id.startswith(USER_PREFIX) else self.base.geometry(place_id)

    def ids_of_kind(self, kind: str) -> list[str]:
        return self.base.ids_of_kind(kind)
