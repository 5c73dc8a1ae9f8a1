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


def test_suggestions_are_ranked_by_relevance():
    """Exact names before prefixes unless the prefix match is much larger; the documents'
    countries first; a name only another name starts with, last."""
    mes = Place("p:mes", "Mazār-e Sharīf", "city", 36.7, 67.1, "AF", population=523_300,
                importance=0.565)  # fmt: skip
    village = Place("p:jo", "Al Mazār al Janūbī", "city", 31.1, 35.7, "JO", population=9_383,
                    importance=0.408, aliases=("Mazar",))  # fmt: skip
    town = Place("p:it", "Mazara", "city", 37.6, 12.6, "IT", population=51_000, importance=0.47)
    farms = Place("p:lb", "Shebaa Farms", "region", 33.3, 35.7, "LB", importance=0.7,
                  aliases=("Mazarei Shebaa",))  # fmt: skip
    g = MemoryGazetteer([village, mes, town, farms])
    ids = [s.place.id for s in g.suggest("Mazar")]
    assert ids == ["p:mes", "p:jo", "p:lb", "p:it"]
    assert next(s.place.id for s in g.suggest("Mazar", countries=["AF"])) == "p:mes"
    assert [s.place.id for s in g.suggest("Mazar", countries=["JO"])][:2] == ["p:jo", "p:mes"]
    hows = {s.place.id: s.how for s in g.suggest("Mazar")}
    assert hows == {"p:mes": "starts with", "p:jo": "other name",
                    "p:lb": "other name starts with", "p:it": "starts with"}  # fmt: skip
    assert [s.place.id for s in g.suggest("Mazara")] == ["p:it"]  # exact beats nothing else
    assert len(g.suggest("Mazar", limit=2)) == 2
    assert next(p.id for p in g.search("Maz", countries=["IT"])) == "p:it"


def test_suggest_places_works_on_any_searchable_gazetteer():
    """The UI may pass ``countries`` through :func:`suggest_places` to any gazetteer
    (the user-places overlay too), whose ``search`` takes no countries."""
    from geo.gazetteer import suggest_places

    a = Place("p:a", "Charikar", "city", 35.0, 69.2, "AF", importance=0.4)
    b = Place("p:b", "Charleroi", "city", 50.4, 4.4, "BE", importance=0.5)
    inner = MemoryGazetteer([a, b])

    class Plain:
        lookup = inner.lookup

        def search(self, prefix, *, limit=20):
            return inner.search(prefix, limit=limit)

    assert [s.place.id for s in suggest_places(Plain(), "Char")] == ["p:b", "p:a"]
    assert [s.place.id for s in suggest_places(Plain(), "Char", countries=("AF",))] == [
        "p:a",
        "p:b",
    ]
