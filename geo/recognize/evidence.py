"""Gazetteer evidence for a capitalised name: cached exact lookups and how surely the
candidates make the name a place.

Lookups are exact (never fuzzy), keyed by the normalised name and cached per gazetteer
object (:func:`lookup_cache`), so a document costs one gazetteer lookup per distinct
candidate name and a process shares them across documents.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Sequence
from functools import lru_cache

from geo import settings
from geo.cache import BoundedCache
from geo.errors import GeoError
from geo.gazetteer import GazetteerLike
from geo.geometry import haversine_km
from geo.models import Candidate, Place
from geo.names import normalize_name
from geo.recognize.thresholds import THRESHOLDS as T

__all__ = ["LOOKUP_CACHE_SIZE", "STRONG_KINDS", "LookupCache", "lookup_cache", "place_strength"]

#: Names whose lookups one :class:`LookupCache` keeps (least recently used go first).
LOOKUP_CACHE_SIZE = 100_000

#: Gazetteer kinds that a capitalised name rarely means anything but (geo.models kinds).
STRONG_KINDS = frozenset(
    (
        "country", "admin1", "continent", "ocean", "sea", "gulf", "bay", "strait",
        "mountain_range", "desert", "region", "river", "lake", "valley", "peninsula",
        "plateau", "archipelago", "island", "basin", "delta",
    )
)  # fmt: skip


class LookupCache:
    """Exact (non-fuzzy) gazetteer lookups by normalised name, LRU-bounded.

    ``cache(name)`` is ``gazetteer.lookup(name, fuzzy=False)``, or ``[]`` for an empty or
    over-long name or when the lookup raises a :class:`~geo.errors.GeoError`."""

    def __init__(self, gazetteer: GazetteerLike, maxsize: int = LOOKUP_CACHE_SIZE) -> None:
        self.gazetteer = gazetteer
        self.maxsize = maxsize
        self._data: BoundedCache[str, list[Candidate]] = BoundedCache(maxsize)

    def __call__(self, name: str) -> list[Candidate]:
        key = normalize_name(name) if len(name) <= settings.MAX_NAME_CHARS else ""
        if not key:
            return []
        hit = self._data.get(key)
        if hit is not None:
            return hit
        try:
            res = self.gazetteer.lookup(name, fuzzy=False)
        except GeoError:
            res = []
        self._data.put(key, res)
        return res


_CACHES: weakref.WeakKeyDictionary[object, LookupCache] = weakref.WeakKeyDictionary()
_CACHES_LOCK = threading.Lock()


def lookup_cache(gazetteer: GazetteerLike) -> LookupCache:
    """The shared lookup cache of ``gazetteer`` (one per gazetteer object; a private one
    when the gazetteer cannot be weakly referenced)."""
    with _CACHES_LOCK:
        try:
            c = _CACHES.get(gazetteer)
        except TypeError:  # not weak-referenceable: a private cache
            return LookupCache(gazetteer)
        if c is None:
            c = LookupCache(gazetteer)
            _CACHES[gazetteer] = c
        return c


def _minor_unit(p: Place) -> bool:
    """A first-level unit whose bounding box is under
    :attr:`~geo.recognize.thresholds.Thresholds.minor_unit_km` across."""
    return bool(p.bbox) and _diagonal_km(p.bbox) < T.minor_unit_km


@lru_cache(maxsize=8192)
def _diagonal_km(bbox: tuple[float, float, float, float]) -> float:
    x0, y0, x1, y1 = bbox
    return haversine_km(y0, x0, y1, x1)


def place_strength(cands: Sequence[Candidate]) -> float:
    """How surely a bare capitalised name with these candidates is a place, in [0, 1]: the
    best score among the first :attr:`~Thresholds.strength_candidates` non-fuzzy
    candidates, by kind, population and match type (see :class:`Thresholds`)."""
    best = 0.0
    for c in cands[: T.strength_candidates]:
        p = c.place
        if c.match == "fuzzy":
            continue
        if p.kind == "admin1" and _minor_unit(p):
            s = T.admin2  # a parish of an island state ("The Valley"): no stronger than a county
        elif p.kind in STRONG_KINDS:
            s = (
                T.country
                if p.kind in ("country", "continent")
                else T.admin1
                if p.kind == "admin1"
                else T.strong_kind
            )
            if c.match == "alias" and p.kind not in ("country", "admin1"):
                s -= T.strong_alias_penalty
        elif p.kind == "city":
            if p.population >= T.big_city_population:
                s = T.big_city if c.match != "alias" else T.big_city_alias
            elif p.population >= T.mid_city_population:
                s = T.mid_city if c.match != "alias" else T.mid_city_alias
            else:
                s = T.small_city if c.match != "alias" else T.small_city_alias
        elif p.kind == "admin2":
            s = T.admin2
        else:
            s = T.other_kind
        best = max(best, s)
    return best
