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
