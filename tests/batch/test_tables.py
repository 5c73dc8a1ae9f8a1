"""The output tables: rows from an analysis, WKB points, GeoParquet metadata, readers."""

from __future__ import annotations

import json
import struct
from datetime import date

import pyarrow.parquet as pq
import pytest

from geo.batch.tables import (
    DOCUMENTS,
    EVENTS,
    MENTIONS,
    PLACES,
    PartitionTables,
    geo_metadata,
    point_wkb,
)
from geo.documents import split
from geo.models import Analysis, Document, Event, Mention, Place, Resolution, summarize_places

KABUL = Place("geonames:1138958", "Kabul", "city", 34.53, 69.17, country="AF", geonameid=1138958)
AF = Place(
    "geonames:1149361", "Afghanistan", "country", 33.0, 66.0, country="AF", geonameid=1149361
)


def analysis(doc_id: str = "doc1") -> Analysis:
    text = "Troops left Kabul on Monday. Afghan officials met in Kabul. Talks went on in Zqx."
    doc = split(Document(id=doc_id, text=text))
    spans = [("Kabul", KABUL, 0.9, False), ("Afghan", AF, 0.8, True), ("Zqx", None, 0.0, False)]
    resolutions = []
    pos = 0
    for name, place, conf, demonym in spans:
        start = text.index(name, pos)
        pos = start + len(name)
        m = Mention(start, pos, name, is_demonym=demonym, sentence=-1)
        resolutions.append(Resolution(m, place, conf))
    second = text.index("Kabul", text.index("Afghan"))
    resolutions.insert(2, Resolution(Mention(second, second + 5, "Kabul"), KABUL, 0.95))
    events = [
        Event("e0", 0, "left", 7, 11, "movement", place_ids=(KABUL.id,), date="2022-05-02"),
        Event("e1", 2, "went", 65, 69, "negotiation"),
    ]
    return Analysis(doc, resolutions, summarize_places(resolutions), events)


def test_point_wkb_is_lon_lat():
    wkb = point_wkb(34.5, 69.25)
    assert wkb is not None and struct.unpack("<BIdd", wkb) == (1, 1, 69.25, 34.5)
    assert point_wkb(None, 1.0) is None and point_wkb(float("nan"), 1.0) is None


def test_geo_metadata_is_geoparquet():
    meta = json.loads(geo_metadata((1.0, 2.0, 3.0, 4.0)))
    col = meta["columns"]["geometry"]
    assert meta["version"] == "1.1.0" and meta["primary_column"] == "geometry"
    assert col["encoding"] == "WKB" and col["geometry_types"] == ["Point"]
    assert col["bbox"] == [1.0, 2.0, 3.0, 4.0]
    assert col["crs"]["id"] == {"authority": "EPSG", "code": 4326}
    assert "bbox" not in json.loads(geo_metadata(None))["columns"]["geometry"]


def test_partition_rows():
    t = PartitionTables(7)
    a = analysis()
    t.add(
        doc_id="doc1",
        title="T",
        doc_date=date(2022, 5, 2),
        characters=80,
        file="f",
        line=1,
        analysis=a,
    )
    t.add(doc_id="doc2", title="", doc_date=None, characters=3, file="f", line=2)
    t.add(doc_id="doc3", title="", doc_date=None, characters=0, file="f", line=3, error="bad JSON")
    t.add(
        doc_id="doc4",
        title="",
        doc_date=None,
        characters=80,
        file="g",
        line=1,
        analysis=analysis("doc4"),
    )
    tables = t.tables()
    assert tables["mentions"].schema.equals(MENTIONS) and tables["places"].schema.equals(PLACES)
    assert tables["events"].schema.equals(EVENTS) and tables["documents"].schema.equals(DOCUMENTS)

    mentions = tables["mentions"].to_pylist()
    assert [m["text"] for m in mentions] == ["Kabul", "Afghan", "Kabul", "Zqx"] * 2
    assert [m["form"] for m in mentions[:4]] == ["name", "demonym", "name", "name"]
    assert mentions[0]["geonameid"] == 1138958 and mentions[0]["kind"] == "city"
    assert struct.unpack("<BIdd", mentions[0]["geometry"])[2:] == (69.17, 34.53)
    unresolved = mentions[3]
    assert unresolved["place_id"] is None and unresolved["geometry"] is None
    assert [m["sentence"] for m in mentions[:4]] == [0, 1, 1, 2]
    text = a.document.text
    assert all(text[m["start"] : m["end"]] == m["text"] for m in mentions)

    places = tables["places"].to_pylist()  # one row per place in the partition
    assert [(p["id"], p["mention_count"], p["document_count"]) for p in places] == [
        (KABUL.id, 4, 2),
        (AF.id, 2, 2),
    ]
    assert places[0]["partition"] == 7 and places[1]["country"] == "AF"

    events = tables["events"].to_pylist()
    assert events[0]["place_ids"] == [KABUL.id] and events[0]["geometry"] == point_wkb(34.53, 69.17)
    assert events[0]["sentence"] == 0 and events[1]["sentence"] == 2
    assert events[1]["geometry"] is None and events[1]["place_ids"] == []

    docs = tables["documents"].to_pylist()
    assert [(d["id"], d["status"], d["error"]) for d in docs] == [
        ("doc1", "ok", None),
        ("doc2", "empty", None),
        ("doc3", "failed", "bad JSON"),
        ("doc4", "ok", None),
    ]
    assert docs[0]["mentions"] == 4 and docs[0]["resolved"] == 3 and docs[0]["places"] == 2
    assert docs[0]["events"] == 2 and docs[0]["date"] == date(2022, 5, 2)
    bbox = json.loads(tables["mentions"].schema.metadata[b"geo"])["columns"]["geometry"]["bbox"]
    assert bbox == [66.0, 33.0, 69.17, 34.53]


def test_written_tables_read_as_geoparquet(tmp_path):
    gpd = pytest.importorskip("geopandas")
    duckdb = pytest.importorskip("duckdb")
    t = PartitionTables(0)
    t.add(
        doc_id="doc1", title="", doc_date=None, characters=80, file="f", line=1, analysis=analysis()
    )
    tables = t.tables()
    empty = PartitionTables(1).tables()  # a partition without mentions still has the schema
    for name in ("mentions", "events"):
        (tmp_path / name).mkdir()
        pq.write_table(tables[name], tmp_path / name / "part-000000.parquet")
        pq.write_table(empty[name], tmp_path / name / "part-000001.parquet")
    gdf = gpd.read_parquet(tmp_path / "mentions" / "part-000000.parquet")
    assert gdf.crs.to_epsg() == 4326 and gdf.geometry.name == "geometry"
    assert gdf.geometry.iloc[0].x == 69.17 and gdf.geometry.iloc[0].y == 34.53
    assert gdf.geometry.isna().sum() == 1
    assert len(gpd.read_parquet(tmp_path / "mentions")) == 4
    rows = duckdb.sql(
        f"SELECT place_id, count(*) FROM read_parquet('{tmp_path}/mentions/*.parquet') "
        "GROUP BY place_id ORDER BY place_id NULLS LAST"
    ).fetchall()
    assert rows == [(KABUL.id, 2), (AF.id, 1), (None, 1)]
    assert duckdb.sql(f"SELECT count(*) FROM '{tmp_path}/events/*.parquet'").fetchall() == [(2,)]
