"""Cached gazetteer lookups: one lookup per distinct normalised name, bounded, shared per
gazetteer object."""

from __future__ import annotations

from geo.errors import GazetteerError
from geo.gazetteer import MemoryGazetteer
from geo.recognize import LookupCache, lookup_cache
from tests.recognize.helpers import PLACES


class CountingGazetteer(MemoryGazetteer):
    def __init__(self) -> None:
        super().__init__(PLACES)
        self.calls: list[str] = []

    def lookup(self, name, *, fuzzy=True, **kw):  # type: ignore[no-untyped-def, override]
        self.calls.append(name)
        if name == "Broken":
            raise GazetteerError("unavailable")
        return super().lookup(name, fuzzy=fuzzy, **kw)


def test_one_exact_lookup_per_normalised_name():
    gaz = CountingGazetteer()
    cache = LookupCache(gaz)
    assert [c.place.name for c in cache("Kabul")] == ["Kabul"]
    assert cache("KABUL") == cache("Kabul")
    assert gaz.calls == ["Kabul"]
    assert cache("Kabull") == []  # never fuzzy


def test_empty_over_long_and_failing_names():
    gaz = CountingGazetteer()
    cache = LookupCache(gaz)
    assert cache("") == [] and cache("   ") == [] and cache("x" * 10_000) == []
    assert cache("Broken") == []
    assert gaz.calls == ["Broken"]


def test_bounded():
    gaz = CountingGazetteer()
    cache = LookupCache(gaz, maxsize=2)
    for name in ("Kabul", "Kapisa", "Panjshir", "Kabul"):
        cache(name)
    assert gaz.calls == ["Kabul", "Kapisa", "Panjshir", "Kabul"]  # Kabul was evicted


def test_shared_per_gazetteer():
    a, b = CountingGazetteer(), CountingGazetteer()
    assert lookup_cache(a) is lookup_cache(a)
    assert lookup_cache(a) is not lookup_cache(b)


def test_a_parish_sized_first_level_unit_is_no_stronger_than_a_county():
    from geo.models import Candidate, Place
    from geo.recognize.evidence import place_strength
    from geo.recognize.thresholds import THRESHOLDS as T

    def unit(bbox):  # type: ignore[no-untyped-def]
        p = Place(id="a:x", name="Tarnby", kind="admin1", lat=13.1, lon=-61.2, country="VC",
                  admin1="03", importance=0.72, bbox=bbox)  # fmt: skip
        return [Candidate(p, "Tarnby")]

    assert place_strength(unit((-61.22, 13.08, -61.18, 13.12))) == T.admin2  # ~6 km across
    assert place_strength(unit((-63.0, 11.0, -59.0, 15.0))) == T.admin1
    assert place_strength(unit(None)) == T.admin1  # size unknown: a unit
