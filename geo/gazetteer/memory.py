"""A tiny in-memory gazetteer with the full :class:`~geo.gazetteer.protocols.GazetteerView`
interface, for tests."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from geo import settings
from geo.gazetteer.protocols import check_point, suggest_places
from geo.models import Candidate, MatchType, Place, Suggestion
from geo.names import normalize_name, validate_name


class MemoryGazetteer:
    """A tiny in-memory gazetteer with the resolver's interface, for tests."""

    def __init__(self, places: Iterable[Place]) -> None:
        self.places = {p.id: p for p in places}
        self._by_key: dict[str, list[tuple[Place, str, bool]]] = {}
        for p in self.places.values():
            for i, n in enumerate((p.name, *p.aliases)):
                lst = self._by_key.setdefault(normalize_name(n), [])
                if all(q.id != p.id for q, _, _ in lst):
                    lst.append((p, n, i > 0))
        for lst in self._by_key.values():
            lst.sort(key=lambda t: (-t[0].importance, -t[0].population))

    def lookup(
        self, name: str, *, fuzzy: bool = True, limit: int = settings.MAX_CANDIDATES
    ) -> list[Candidate]:
        validate_name(name, max_chars=settings.MAX_QUERY_CHARS)
        key = normalize_name(name)
        out = []
        for p, n, alias in self._by_key.get(key, [])[:limit]:
            match: MatchType = (
                "folded" if n.casefold() != name.casefold() else ("alias" if alias else "exact")
            )
            out.append(Candidate(p, n, match, 1.0))
        if out or not fuzzy or len(key) < settings.FUZZY_MIN_LEN:
            return out
        from rapidfuzz import fuzz, process

        hits = process.extract(
            key, list(self._by_key), scorer=fuzz.ratio, score_cutoff=settings.FUZZY_MIN_SCORE
        )
        for k, score, _ in hits:
            for p, n, _alias in self._by_key[k]:
                out.append(Candidate(p, n, "fuzzy", score / 100.0))
        return out[:limit]

    def search(self, prefix: str, *, limit: int = 20, countries: Sequence[str] = ()) -> list[Place]:
        """Places with a name that starts with ``prefix``: exact names first, then places
        in ``countries``, then by importance and population (as the store)."""
        validate_name(prefix, what="search text")
        key = normalize_name(prefix)
        codes = set(countries)
        hits = {p.id: p for k, lst in self._by_key.items() if k.startswith(key) for p, _, _ in lst}
        exact = {p.id for p, _, _ in self._by_key.get(key, [])}
        return sorted(
            hits.values(),
            key=lambda p: (p.id not in exact, p.country not in codes, -p.importance, -p.population),
        )[:limit]

    def suggest(
        self, query: str, *, limit: int = 8, countries: Sequence[str] = ()
    ) -> list[Suggestion]:
        return suggest_places(self, query, limit=limit, countries=countries)

    def get(self, place_id: str) -> Place | None:
        return self.places.get(place_id)

    def hierarchy(self, place: Place) -> list[Place]:
        return [place, *(p for pid in self.parent_ids(place) if (p := self.places.get(pid)))]

    def country_of(self, country: str) -> Place | None:
        return next(
            (p for p in self.places.values() if p.kind == "country" and p.country == country),
            None,
        )

    def containing(self, lat: float, lon: float) -> list[Place]:
        """Admin-1 and country places whose box holds the point (no polygons here)."""
        check_point(lat, lon)
        hits = [p for p in self.places.values() if p.kind in ("admin1", "country") and p.bbox
                and p.bbox[0] <= lon <= p.bbox[2] and p.bbox[1] <= lat <= p.bbox[3]]  # fmt: skip
        return sorted(hits, key=lambda p: p.kind != "admin1")

    def geometry(self, place_id: str) -> dict[str, Any] | None:
        return None

    def ids_of_kind(self, kind: str) -> list[str]:
        return [p.id for p in self.places.values() if p.kind == kind]

    def parent_ids(self, place: Place) -> list[str]:
        out = []
        for p in self.places.values():
            if p.id == place.id:
                continue
            if (
                p.kind == "admin1"
                and (p.country, p.admin1) == (place.country, place.admin1)
                and place.kind not in ("admin1", "country")
                and place.admin1
            ):
                out.append(p.id)
        for p in self.places.values():
            if p.kind == "country" and p.country == place.country and place.kind != "country":
                out.append(p.id)
        return out
