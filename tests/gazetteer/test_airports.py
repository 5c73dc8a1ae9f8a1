"""Airports (PyPI airportsdata), Natural Earth alias agreement, reproducible aliases."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from geo.gazetteer.airports import load_airports, name_parts, selected
from geo.gazetteer.schema import SCHEMA
from geo.gazetteer.sources import admin1_name_keys, ne_alias_agrees
from geo.gazetteer.writer import Row, Writer
from geo.names import normalize_name

_CSV = (
    '"icao","iata","name","city","subd","country","elevation","lat","lon","tz","lid"\n'
    '"EGLL","LHR","London Heathrow Airport","London","England","GB",83,51.47,-0.46,"",""\n'
    '"OAIX","OAI","Bagram Air Base","Bagram","Parwan","AF",4895,34.94,69.26,"",""\n'
    '"KALI","ALI","Alice International Airport","Alice","Texas","US",178,27.74,-98.02,"",""\n'
    '"00AA","","Aero B Ranch Airport","Leoti","Kansas","US",3435,38.70,-101.47,"",""\n'
    '"OAZI","OAZ","Camp Bastion Airport","","Helmand","AF",2943,31.86,64.22,"",""\n'
    '"KJFK","JFK","John F Kennedy International Airport","New York","NY","US",13,40.6,-73.7,"",""\n'
    '"KSMN","","Simmons Army Airfield","Fort Bragg","NC","US",244,35.1,-78.9,"",""\n'
    '"LTAG","UAB","Incirlik Air Base","Adana","Adana","TR",238,37.0,35.4,"",""\n'
    '"KLBL","LBL","Liberal Mid-America Regional Airport","Liberal","KS","US",2885,37.0,-101.0,"",""\n'
    '"KORD","ORD","Chicago O\'Hare International Airport","Chicago","IL","US",672,42.0,-87.9,"",""\n'
)


def test_name_parts():
    assert name_parts("London Heathrow Airport", "London") == ("London Heathrow", "Heathrow")
    assert name_parts("Kabul International Airport", "Kabul") == ("Kabul", "Kabul")
    assert name_parts("Bagram Air Base", "Bagram") == ("Bagram", "Bagram")
    assert name_parts("Amsterdam Airport Schiphol", "Amsterdam") == ("", "Schiphol")
    assert name_parts("Lowell Field", "Anchor Point") == ("", "")


def test_selection_keeps_coded_airports_and_military_fields():
    assert selected({"iata": "LHR", "name": "London Heathrow Airport"})
    assert selected({"iata": "", "name": "Shindand Air Base"})
    assert not selected({"iata": "", "name": "Aero B Ranch Airport"})


def _store_with(rows: list[Row]) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.executescript(SCHEMA)
    Writer(conn).add(rows)
    return conn


def test_airports_get_press_names_but_never_a_citys_name_or_a_code(tmp_path: Path):
    path = tmp_path / "airports.csv"
    path.write_text(_CSV, encoding="utf-8")
    conn = _store_with(
        [
            Row(id="c:1", name="London", kind="city", lat=51.5, lon=-0.1, population=8_000_000),
            Row(id="c:2", name="Heathrow", kind="city", lat=28.7, lon=-81.3, population=5_896),
            Row(id="c:3", name="Alice", kind="city", lat=27.7, lon=-98.0, population=19_000),
            Row(id="a:1", name="Bagram", kind="admin2", lat=35.0, lon=69.2, population=113_000),
        ]
    )
    rows = {r.id: r for r in load_airports(conn, path=path, common={"alice"})}
    assert set(rows) == {"airport:EGLL", "airport:OAIX", "airport:KALI", "airport:OAZI",
                         "airport:KJFK", "airport:KLBL", "airport:KORD",
                         "airport:KSMN", "airport:LTAG"}  # fmt: skip
    keys = {i: {normalize_name(a) for a in [r.name, *r.aliases]} for i, r in rows.items()}
    assert {"heathrow", "heathrow airport", "london heathrow"} <= keys["airport:EGLL"]
    assert {"bagram airfield", "bagram air base", "bagram airport"} <= keys["airport:OAIX"]
    assert "bagram" not in keys["airport:OAIX"]  # the district's
    assert "alice" not in keys["airport:KALI"]
    assert "camp bastion" in keys["airport:OAZI"]
    assert "john f kennedy" not in keys["airport:KJFK"]  # a person
    assert "mid america" not in keys["airport:KLBL"]  # a phrase
    assert "incirlik" in keys["airport:LTAG"]
    assert "simmons" not in keys["airport:KSMN"]  # a US field: a person's name
    assert {"ohare", "ohare airport"} <= keys["airport:KORD"]
    assert not {"london", "lhr"} & keys["airport:EGLL"]
    for r in rows.values():
        assert r.kind == "airport" and r.importance is not None
        assert r.importance < 0.77  # below London's, Kabul's


def test_natural_earth_aliases_must_agree_with_geonames():
    """Natural Earth labels Panjshir's polygon "Parwan": GeoNames' name of the neighbour."""
    lines = [
        "Panjshayr\tAF-PAN\tAF.42\t6957555\tProvince\tPanjshir|Panjshir Province\t1\t\t3",
        "Parwān\tAF-PAR\tAF.40\t1131054\tProvince\tParwan|Parvan\t1\t\t3",
        "Some County\tXX-AA\tXX.01\t1\tCounty\t\t2\t\t3",
    ]
    keys = admin1_name_keys(lines)
    assert not ne_alias_agrees("Parwan", 6957555, "AF", keys)
    assert ne_alias_agrees("Panjshir", 6957555, "AF", keys)
    assert ne_alias_agrees("Parwán", 1131054, "AF", keys)
    assert ne_alias_agrees("Parwan", 1, "IR", keys)  # another country's unit is no obstacle


@pytest.mark.slow
def test_country_aliases_do_not_depend_on_the_hash_seed():
    import subprocess
    import sys

    code = (
        "from geo.gazetteer.sources import load_countries;"
        "print([(r.id, r.aliases) for r in load_countries({})])"
    )
    outs = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            env={"PYTHONHASHSEED": seed, "PATH": ""},
            cwd=Path(__file__).resolve().parents[2],
            timeout=300,
            check=True,
        ).stdout
        for seed in ("1", "2")
    }
    assert len(outs) == 1


def test_airport_lookups(gazetteer):
    for name in ("Bagram Airfield", "Bagram Air Base", "Gatwick", "Heathrow", "Heathrow Airport"):
        best = gazetteer.lookup(name)[0].place
        assert best.kind == "airport", name
    assert gazetteer.lookup("London")[0].place.kind == "city"
    assert gazetteer.lookup("Kabul")[0].place.kind == "city"
    assert gazetteer.lookup("Parwan")[0].place.id == "geonames:1131054"
