"""User-added places as part of a gazetteer: :class:`UserPlacesGazetteer`."""

from __future__ import annotations

from typing import Any, Protocol

from geo import settings
from geo.corrections.model import USER_PREFIX
from geo.gazetteer import GazetteerLike, suggest_places
from geo.models import Candidate, Place, Suggestion

__all__ = ["UserPlaces", "UserPlacesGazetteer"]


class UserPlaces(Protocol):
    """Where user-added places live (a :class:`geo.corrections.CorrectionStore`)."""

    def place(self, place_id: str) -> Place | None: ...

    def places_named(self, name: str) -> list[Place]: ...


class UserPlacesGazetteer:
    """A gazetteer overlay: user-added places are found by ``get`` and (exact name)
    ``lookup`` like gazetteer places; every other attribute is the base gazetteer's."""

    def __init__(self, base: GazetteerLike, store: UserPlaces) -> None:
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

    def suggest(self, query: str, *, limit: int = 8) -> list[Suggestion]:
        """Search-box suggestions over the base gazetteer and this store's own places."""
        return suggest_places(self, query, limit=limit)

    def parent_ids(self, place: Place) -> list[str]:
        if place.id.startswith(USER_PREFIX):
            country = getattr(self.base, "country_of", None)
            parent = country(place.country) if country is not None and place.country else None
            return [parent.id] if parent is not None else []
        return self.base.parent_ids(place)

    def __getattr__(self, name: str) -> Any:
        if name in ("base", "store"):  # not set yet (copy/unpickle): no recursion
            raise AttributeError(name)
        return getattr(self.base, name)
