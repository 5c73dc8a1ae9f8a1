"""The world gazetteer: real data, real SQLite store."""

from __future__ import annotations

import pytest

from geo.errors import InputError
from geo.geometry import haversine_km
from geo.names import normalize_name


def top(gaz, name, kind=None):
    cands = gaz.lookup(name)
    assert cands, f"no candidate for {name!r}"
    if kind is None:
        return cands[0].place
    for c in cands:
        if c.place.kind == kind:
            return c.place
    raise AssertionError(f"no {kind} among {[(c.place.name, c.place.kind) for c in cands]}")


def test_normalize_name_folds_case_diacritics_punctuation():
    assert normalize_name("Kābul") == normalize_name("KABUL") == "kabul"
    assert normalize_name("  The Panjshīr-Valley ") == "panjshir valley"
    assert normalize_name("Côte d’Ivoire") == normalize_name("Cote d'Ivoire")
    assert normalize_name("Łódź") == "lodz"


def test_many_places_with_their_aliases_at_once(tmp_path):
    """``get_many(ids, aliases=True)``: what ``get`` gives for each, in one pass."""
    from geo.gazetteer import Gazetteer
    from tests.fixtures.gazetteers import countries_store

    gaz = Gazetteer(countries_store(tmp_path / "g.sqlite"))
    ids = ["test:land", "test:isles", "test:none", "test:city"]
    many = gaz.get_many(ids, aliases=True)
    assert set(many) == {"test:land", "test:isles", "test:city"}
    assert all(many[i] == gaz.get(i) for i in many)
    assert set(many["test:land"].aliases) == {"Testia", "Republic of Testland"}
    assert gaz.get_many(ids)["test:land"].aliases == ()  # without: none read


def test_size_and_coverage(gazetteer):
    assert len(gazetteer) >= 230_000
    assert gazetteer.count("admin1") >= 3_500
    assert gazetteer.count("country") >= 240
    assert gazetteer.count("admin2") >= 20_000  # counties/districts located by their places
    assert gazetteer.count("mountain_range") >= 50
    # every admin-1 unit has real coordinates
    bad = (
        gazetteer._conn()
        .execute("SELECT count(*) FROM places WHERE kind='admin1' AND (lat=0 AND lon=0)")
        .fetchone()[0]
    )
    assert bad == 0


def test_kabul_city_and_province(gazetteer):
    city = top(gazetteer, "Kabul", "city")
    assert city.id == "geonames:1138958"
    assert haversine_km(city.lat, city.lon, 34.53, 69.17) < 10
    assert city.feature_code == "PPLC"
    assert gazetteer.lookup("Kabul")[0].place.id == city.id  # the capital is the best prior
    prov = top(gazetteer, "Kabul", "admin1")
    assert prov.country == "AF" and prov.admin1 == "13"


def test_afghan_provinces(gazetteer):
    kapisa = top(gazetteer, "Kapisa", "admin1")
    assert kapisa.country == "AF"
    assert 34.5 < kapisa.lat < 35.3 and 69.2 < kapisa.lon < 70.0
    panjshir = top(gazetteer, "Panjshir", "admin1")
    assert panjshir.id == "geonames:6957555"
    assert gazetteer.geometry(panjshir.id)["type"] in ("Polygon", "MultiPolygon")


def test_bazarak_lies_inside_panjshir(gazetteer):
    """Natural Earth labels this polygon "Parwan"; keyed by GeoNames id it is Panjshir."""
    bazarak = top(gazetteer, "Bazarak", "city")
    inside = [p.id for p in gazetteer.containing(bazarak.lat, bazarak.lon)]
    assert inside[0] == "geonames:6957555"
    assert "geonames:1149361" in inside  # Afghanistan
    chain = [p.id for p in gazetteer.hierarchy(bazarak)]
    assert chain == [bazarak.id, "geonames:6957555", "geonames:1149361"]


def test_admin1_polygons_hold_their_largest_city(gazetteer):
    """Each admin-1 polygon contains (within ~10 km) the most populous GeoNames town of
    that unit: no polygon joined to the wrong unit (a stale Natural Earth code put
    Île-de-France on the Aude and Central Luzon on Mindanao)."""
    import sqlite3

    from shapely.geometry import Point, shape

    conn = sqlite3.connect(gazetteer.path)
    try:
        largest = {}
        for cc, a1, lat, lon in conn.execute(
            "SELECT country, admin1, lat, lon FROM places "
            "WHERE kind = 'city' AND population >= 10000 ORDER BY population"
        ):
            largest[(cc, a1)] = (lon, lat)
        units = conn.execute(
            "SELECT id, name, country, admin1 FROM places "
            "WHERE kind = 'admin1' AND id LIKE 'geonames:%'"
        ).fetchall()
    finally:
        conn.close()
    checked, wrong = 0, []
    for pid, name, cc, a1 in units:
        geom = gazetteer.geometry(pid)
        if not geom or (cc, a1) not in largest:
            continue
        checked += 1
        if not shape(geom).buffer(0.1).contains(Point(*largest[(cc, a1)])):
            wrong.append(f"{name} ({cc}.{a1})")
    assert checked > 2000
    assert len(wrong) <= checked // 100, wrong  # GeoNames' own stale codes leave a few
    for name in ("Île-de-France", "Central Luzon", "Hồ Chí Minh"):
        assert name not in " ".join(wrong)


def test_physical_features_of_the_seed(gazetteer):
    valley = top(gazetteer, "Panjshir Valley")
    assert valley.kind == "valley" and valley.id.startswith("phys:")
    assert 35.0 < valley.lat < 36.0 and 69.0 < valley.lon < 71.0
    river = top(gazetteer, "Panjshir River")
    assert river.kind == "river"
    assert 34.5 < river.lat < 36.0 and 69.0 < river.lon < 71.0
    hk = top(gazetteer, "Hindu Kush")
    assert hk.kind == "mountain_range"
    assert "AF" in hk.countries
    lo_lon, lo_lat, hi_lon, hi_lat = hk.bbox
    assert lo_lon < 69.5 < hi_lon and lo_lat < 35.5 < hi_lat
    af = top(gazetteer, "Afghanistan")
    assert af.kind == "country" and af.country == "AF"


@pytest.mark.parametrize("name", ["Nile", "Sahara", "Alps", "Amazon", "Himalayas"])
def test_big_features_beat_villages_sharing_an_alias(gazetteer, name):
    best = gazetteer.lookup(name)[0].place
    assert best.id.startswith("phys:"), best
    assert best.kind in ("river", "desert", "mountain_range")


def test_ambiguous_names_have_many_candidates(gazetteer):
    springfield = gazetteer.lookup("Springfield")
    assert len(springfield) >= 20
    assert {c.place.country for c in springfield} >= {"US"}
    georgia = {(c.place.kind, c.place.country) for c in gazetteer.lookup("Georgia")}
    assert ("country", "GE") in georgia and ("admin1", "US") in georgia
    jordan = gazetteer.lookup("Jordan")
    assert jordan[0].place.kind == "country" and len(jordan) > 3


def test_aliases_and_folding(gazetteer):
    c = gazetteer.lookup("U.S.")[0]
    assert c.place.country == "US" and c.place.kind == "country"
    c = gazetteer.lookup("kābul")[0]
    assert c.place.id == "geonames:1138958" and c.match in ("folded", "exact")


def test_fuzzy_is_a_marked_fallback(gazetteer):
    cands = gazetteer.lookup("Panjsher")
    assert cands and all(c.match in ("fuzzy", "alias", "folded", "exact") for c in cands)
    assert {c.place.id for c in cands[:3]} & {"geonames:6957555", "phys:panjshir-valley"}
    cands = gazetteer.lookup("Panjshiir")  # a misspelling no alias covers
    assert cands and cands[0].match == "fuzzy"
    assert "Panjshir" in cands[0].matched_name or "Panjshayr" in cands[0].place.name
    fuzzy = gazetteer.lookup("Kabull")
    assert fuzzy and fuzzy[0].match == "fuzzy" and fuzzy[0].name_score < 1
    assert gazetteer.lookup("Kabull", fuzzy=False) == []
    assert gazetteer.lookup("Qqqzzzxxy") == []


def test_search_get_nearby(gazetteer):
    names = [p.name for p in gazetteer.search("Kabu")]
    assert "Kabul" in names
    assert names[0] == "Kabul"  # the exact match of the most important place first
    kabul = gazetteer.get("geonames:1138958")
    assert kabul is not None and kabul.name == "Kabul" and kabul.aliases
    assert gazetteer.get("geonames:0") is None
    near = gazetteer.nearby(34.53, 69.17, k=5, kinds=["city"])
    assert near[0][0].id == "geonames:1138958" and near[0][1] < 2
    assert all(p.kind == "city" for p, _ in near)
    assert [d for _, d in near] == sorted(d for _, d in near)


@pytest.mark.parametrize(
    "bad, message",
    [
        ("", "empty"),
        ("   ", "empty"),
        ("x" * 10_000, "limit"),
        ("x" * 10_001, "limit"),
        ("!!!", "no letters"),
    ],
)
def test_bad_names_raise_clear_errors(gazetteer, bad, message):
    with pytest.raises(InputError, match=message):
        gazetteer.lookup(bad)


def test_bad_api_arguments(gazetteer):
    with pytest.raises(InputError):
        gazetteer.lookup(None)  # type: ignore[arg-type]
    with pytest.raises(InputError):
        gazetteer.search("")
    with pytest.raises(InputError):
        gazetteer.nearby(95, 0)
    with pytest.raises(InputError):
        gazetteer.containing(0, float("nan"))
    with pytest.raises(InputError):
        gazetteer.nearby(0, 0, k=0)


# --- search ranked by relevance ----------------------------------------------------------


def test_mazar_lists_mazar_e_sharif_above_villages_called_mazar(gazetteer):
    mes = "geonames:1133616"  # Mazār-e Sharīf, 523k people
    for countries in ((), ("AF",)):
        out = gazetteer.suggest("Mazar", limit=8, countries=countries)
        ids = [s.place.id for s in out]
        assert ids[0] == mes, [(s.place.name, s.place.country) for s in out]
        assert len(ids) == len(set(ids))
    # documents about Jordan: its village called Mazar comes first
    jo = gazetteer.suggest("Mazar", limit=8, countries=("JO",))
    assert jo[0].place.country == "JO" and jo[0].how == "other name"
    assert any(s.place.id == mes for s in jo)


def test_suggestions_carry_aliases_for_english_names(gazetteer):
    from geo.names import english_name

    (pj, *_) = gazetteer.suggest("Panjshir", countries=("AF",))
    assert pj.place.name == "Panjshayr" and "Panjshir" in pj.place.aliases
    assert english_name(pj.place.name, pj.place.aliases, pj.place.kind) == "Panjshir"
    assert all(p.aliases for p in gazetteer.search("Kabu", limit=3))


def test_search_puts_the_documents_countries_first(gazetteer):
    assert gazetteer.search("London", limit=1)[0].country == "GB"
    assert gazetteer.search("London", limit=1, countries=("CA",))[0].country == "CA"
    assert gazetteer.suggest("London", limit=1, countries=("CA",))[0].place.country == "CA"
    assert gazetteer.suggest("London", limit=1)[0].place.country == "GB"
