"""The queries the Archive page runs: places in a window, passages page by page, the
events timeline, and the export of a view."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from geo.archive import (
    Window,
    choose_step,
    event_timeline,
    export_view,
    open_archive,
    passages_page,
    places_in_window,
)

KABUL = "geonames:1138958"
KML = "{http://www.opengis.net/kml/2.2}"
JAN = Window(date(2024, 1, 1), date(2024, 1, 31))


@pytest.fixture(scope="module")
def archive(archive_dir: Path):
    return open_archive(archive_dir)


def test_places_with_counts(archive) -> None:
    places = places_in_window(archive)
    assert places[0].id == KABUL and places[0].name == "Kabul"
    assert (places[0].mentions, places[0].documents) == (5, 5)  # the undated one too
    assert (places[0].lat, places[0].lon) == pytest.approx((34.52813, 69.17233))
    assert {p.id for p in places} >= {"phys:hindu-kush", "geonames:1149361"}


def test_window_filters_by_document_date(archive) -> None:
    jan = {p.id: p.mentions for p in places_in_window(archive, JAN)}
    assert jan == {KABUL: 2, "phys:hindu-kush": 1}
    assert places_in_window(archive, Window(date(2023, 1, 1), date(2023, 12, 31))) == []
    assert len(places_in_window(archive, limit=2)) == 2


def test_passages_newest_first_paged(archive) -> None:
    first = passages_page(archive, KABUL, page=0, size=2)
    assert [p.doc_id for p in first.passages] == ["k5", "k3"] and first.has_next
    last = passages_page(archive, KABUL, page=2, size=2)
    assert [p.doc_id for p in last.passages] == ["k6"] and not last.has_next  # undated last
    p = first.passages[0]
    assert p.title == "Schools open" and p.date == date(2024, 3, 15)
    assert p.text is not None and p.text[p.start : p.end] == "Kabul"
    assert p.text.startswith("Teachers across Afghanistan")


def test_passages_in_window(archive) -> None:
    page = passages_page(archive, KABUL, JAN)
    assert [p.doc_id for p in page.passages] == ["k2", "k1"]


def test_old_archive_passages_have_no_text(old_archive_dir: Path) -> None:
    page = passages_page(open_archive(old_archive_dir), KABUL)
    assert page.passages and all(p.text is None for p in page.passages)
    assert page.passages[0].mention == "Kabul"


def test_choose_step() -> None:
    d = date(2024, 1, 1)
    assert choose_step(d, date(2024, 2, 1)) == "day"
    assert choose_step(d, date(2025, 1, 1)) == "week"
    assert choose_step(d, date(2030, 1, 1)) == "month"
    assert choose_step(None, None) == "month"


def test_timeline_by_step(archive) -> None:
    tl = event_timeline(archive)
    assert tl.step == "day" and tl.total == 5
    months = event_timeline(archive, step="month")
    assert [(b, n) for b, _, n in months.rows] == [
        (date(2024, 1, 1), 2),
        (date(2024, 2, 1), 2),
        (date(2024, 3, 1), 1),
    ]
    assert event_timeline(archive, JAN, step="week").total == 2


def test_export_of_the_view(archive) -> None:
    ex = export_view(archive, JAN)
    fc = json.loads(ex.geojson)
    props = {f["properties"]["id"]: f["properties"] for f in fc["features"]}
    assert props[KABUL]["mention_count"] == 2 and props[KABUL]["document_count"] == 2
    assert fc["features"][0]["geometry"]["type"] == "Point"
    rows = list(csv.DictReader(io.StringIO(ex.csv)))
    assert {r["document"] for r in rows} == {"k1", "k2"}
    assert all(r["date"].startswith("2024-01") for r in rows)
    kabul = next(r for r in rows if r["place_id"] == KABUL)
    assert kabul["name"] == "Kabul" and kabul["lat"].startswith("34.5")
    assert ex.stem == "news-archive_2024-01-01_2024-01-31"
    assert not ex.truncated


def test_export_has_dated_events_for_gis_time_filters(archive, tmp_path) -> None:
    import geopandas as gpd

    ex = export_view(archive, JAN)
    fc = json.loads(ex.geojson)
    events = [f for f in fc["features"] if f["properties"]["feature_type"] == "event"]
    assert ex.events == len(events) == 2 and not ex.events_truncated
    by_doc = {f["properties"]["document"]: f for f in events}
    k1 = by_doc["k1"]["properties"]
    assert (k1["start"], k1["end"], k1["type"]) == ("2024-01-03", "2024-01-03", "movement")
    assert k1["sentence"] == "Aid convoys reached Kabul on Monday."  # from the passage
    assert "Kabul" in k1["places"] and by_doc["k1"]["geometry"]["type"] in ("Point", "MultiPoint")
    (tmp_path / "v.geojson").write_text(ex.geojson, encoding="utf-8")
    gdf = gpd.read_file(tmp_path / "v.geojson")
    assert sorted(gdf.loc[gdf.feature_type == "event", "start"].astype(str)) == [
        "2024-01-03", "2024-01-20"]  # fmt: skip
    # KML: places, then events with a TimeSpan, read back by GDAL
    (tmp_path / "v.kml").write_text(ex.kml, encoding="utf-8")
    kml = gpd.read_file(tmp_path / "v.kml", layer="Events")
    assert len(kml) == 2
    root = ET.fromstring(ex.kml)
    spans = root.findall(f".//{KML}TimeSpan/{KML}begin")
    assert sorted(s.text for s in spans) == ["2024-01-03", "2024-01-20"]
    names = [n.text for n in root.findall(f".//{KML}Folder/{KML}Placemark/{KML}name")]
    assert "Kabul" in names


def test_export_names_places_as_readers_know_them(archive) -> None:
    from geo.gazetteer import MemoryGazetteer
    from geo.models import Place

    # the gazetteer's record for the id decides the display name (its ASCII form here)
    gaz = MemoryGazetteer([Place(KABUL, "Kābul Shahr", "city", 34.5, 69.2, country="AF")])
    plain = json.loads(export_view(archive, JAN).geojson)
    named = json.loads(export_view(archive, JAN, gazetteer=gaz).geojson)
    before = next(f["properties"] for f in plain["features"] if f["id"] == KABUL)
    after = next(f["properties"] for f in named["features"] if f["id"] == KABUL)
    assert (before["name"], before["gazetteer_name"]) == ("Kabul", "Kabul")
    assert (after["name"], after["gazetteer_name"]) == ("Kabul Shahr", "Kabul")
