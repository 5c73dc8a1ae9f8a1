"""Place records, polygons and country outlines (geo.mapview.data)."""

from __future__ import annotations

import json
from dataclasses import replace

from geo.cache import BoundedCache
from geo.mapview import country_outlines_json, place_polygon, place_record
from geo.models import Place
from geo.view import aggregate_places
from tests.fixtures.sample import HINDU_KUSH, KABUL, KAPISA, PANJSHIR, sample_analysis


def test_huge_extents_are_not_boxed():
    arctic = Place("phys:arctic", "Arctic", "region", 90.0, 0.0, bbox=(-180.0, 66.5, 180.0, 90.0))
    views = aggregate_places(sample_analysis("Kabul.", doc_id="a"))
    rec = place_record(replace(views[0], place=arctic))
    assert rec is not None and "ext" not in rec
    rec = place_record(replace(views[0], place=HINDU_KUSH))
    assert rec is not None and rec["ext"] == [67.0, 34.0, 73.5, 36.8]


def test_places_without_coordinates_have_no_record(seed):
    views = aggregate_places(seed)
    bad = replace(views[0], place=replace(views[0].place, lat=float("nan")))
    assert place_record(bad) is None


def test_verified_places_are_never_low(seed):
    v = next(v for v in aggregate_places(seed) if v.place.id == KAPISA.id)
    v.verified = True
    rec = place_record(v)
    assert rec is not None and rec["low"] is False and "✔ verified" in rec["t"]


def test_polygons_only_for_areas_and_memoised(fake_gazetteer, monkeypatch):
    from geo.mapview import data

    assert data._POLYGONS.max_items == data.POLYGON_CACHE_SIZE == 20_000
    # a fresh cache: an earlier gazetteer may have had the same id()
    monkeypatch.setattr(data, "_POLYGONS", BoundedCache(data.POLYGON_CACHE_SIZE))
    poly = place_polygon(PANJSHIR, fake_gazetteer)
    assert poly is not None and poly["type"] == "Polygon"
    assert place_polygon(PANJSHIR, fake_gazetteer) is poly
    assert fake_gazetteer.calls == 1  # asked once per gazetteer and place
    assert place_polygon(KABUL, fake_gazetteer) is None  # a city is a point
    assert place_polygon(PANJSHIR, None) is None
    assert fake_gazetteer.calls == 1
    no_shape = replace(PANJSHIR, id="geonames:0")
    assert place_polygon(no_shape, fake_gazetteer) is None
    assert place_polygon(no_shape, fake_gazetteer) is None
    assert fake_gazetteer.calls == 2  # "no polygon" is remembered too


def test_polygon_errors_are_no_polygon(monkeypatch):
    from geo.mapview import data

    monkeypatch.setattr(data, "_POLYGONS", BoundedCache(data.POLYGON_CACHE_SIZE))

    class Broken:
        def geometry(self, place_id):
            raise OSError("disk")

    assert place_polygon(PANJSHIR, Broken()) is None  # type: ignore[arg-type]


def test_country_outlines(gazetteer, fake_gazetteer):
    assert country_outlines_json(None) == "null"
    assert json.loads(country_outlines_json(fake_gazetteer)) == {
        "type": "FeatureCollection",
        "features": [],
    }
    text = country_outlines_json(gazetteer)
    assert country_outlines_json(gazetteer) is text  # once per gazetteer file
    outlines = json.loads(text)
    assert len(outlines["features"]) > 200
    assert len(text) < 1_000_000
