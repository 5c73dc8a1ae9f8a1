"""MemoryGazetteer: the in-memory gazetteer tests inject into the resolver."""

from __future__ import annotations

from geo.gazetteer import MemoryGazetteer
from geo.models import Place


def test_memory_gazetteer_has_the_resolver_interface():
    kabul = Place("t:1", "Kabul", "city", 34.5, 69.2, country="AF", admin1="13", importance=0.7)
    prov = Place(
        "t:2",
        "Kabul Province",
        "admin1",
        34.5,
        69.4,
        country="AF",
        admin1="13",
        importance=0.7,
        aliases=("Kabul",),
    )
    af = Place("t:3", "Afghanistan", "country", 33.9, 67.7, country="AF", importance=0.95)
    gaz = MemoryGazetteer([kabul, prov, af])
    assert [c.place.id for c in gaz.lookup("kabul")] == ["t:1", "t:2"]
    assert gaz.lookup("Kabull")[0].match == "fuzzy"
    assert gaz.parent_ids(kabul) == ["t:2", "t:3"]
    assert gaz.get("t:3") is af


def test_memory_gazetteer_is_a_full_view_and_suggests_like_the_store():
    from geo.gazetteer import GazetteerView
    from geo.models import Place

    af = Place("c:af", "Afghanistan", "country", 34.0, 66.0, "AF", bbox=(60.5, 29.4, 74.9, 38.5))
    kabul = Place("p:kabul", "Kabul", "city", 34.53, 69.17, "AF", population=4_000_000,
                  importance=0.7, aliases=("Kabol",))  # fmt: skip
    kab = Place("p:kab", "Kabir", "city", 30.0, 50.0, "IR", population=100, importance=0.1)
    g: GazetteerView = MemoryGazetteer([af, kabul, kab])
    assert [s.place.id for s in g.suggest("Kabul")] == ["p:kabul"]
    assert g.suggest("Kabol")[0].how == "other name"
    assert [(s.place.id, s.how) for s in g.suggest("Kab")] == [
        ("p:kabul", "starts with"),
        ("p:kab", "starts with"),
    ]
    assert g.hierarchy(kabul) == [kabul, af]
    assert g.containing(34.5, 69.2) == [af]
    assert g.country_of("AF") == af and g.ids_of_kind("city") == ["p:kabul", "p:kab"]
