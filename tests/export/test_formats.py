"""GeoJSON / Linked Places / CSV exports (geo.export): places, events, corpus, verified."""

from __future__ import annotations

import csv
import io
import json
import math
import re
import xml.etree.ElementTree as ET
from datetime import date

import geopandas as gpd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo.errors import ExportError
from geo.export import LPF_CONTEXT, dumps, export_filename, to_csv, to_geojson, to_kml, to_lpf
from geo.geometry import clean_polygon
from geo.models import KINDS, Analysis, Document, Mention, Place, Resolution, ScoredCandidate
from geo.view import aggregate_places, date_span, filter_by_date
from tests.export.helpers import KABUL_ID, FakeGazetteer, feature
from tests.fixtures.sample import AFGHANISTAN, PANJSHIR, sample_analysis


def place_features(fc):
    return [f for f in fc["features"] if f["properties"]["feature_type"] == "place"]


# --------------------------------------------------------------------------- GeoJSON


def test_geojson_is_a_feature_collection_with_one_feature_per_place(seed):
    fc = to_geojson(seed)
    assert fc["type"] == "FeatureCollection"
    ids = [f["id"] for f in fc["features"]]
    assert len(ids) == len(set(ids))
    assert len(place_features(fc)) == len(seed.places)
    assert fc["features"][: len(seed.places)] == place_features(fc)  # places, then events
    kabul = feature(fc, KABUL_ID)
    assert kabul["geometry"] == {"type": "Point", "coordinates": [69.17233, 34.52813]}
    p = kabul["properties"]
    assert p["id"] == KABUL_ID and p["name"] == "Kabul" and p["kind"] == "city"
    assert p["gazetteer_name"] == "Kabul" and p["kind_label"] == "city"
    assert p["country"] == "AF" and p["precision"] == "point" and p["verified"] is False
    assert p["confidence"] == pytest.approx(0.93)
    assert p["mention_count"] == len(p["mentions"]) == 8
    assert [a["id"] for a in p["alternatives"]] == [KABUL_ID, "geonames:1138957"]
    assert set(p["alternatives"][0]) == {"id", "name", "kind", "kind_label", "lat", "lon", "score"}
    text = seed.document.text
    for m in p["mentions"]:
        assert text[m["start"] : m["end"]] == m["text"] == "Kabul"
        assert m["document"] == seed.document.id
        assert m["text"] in m["sentence_text"]
        assert m["passage"] >= 0 and m["sentence"] >= 0
    assert {e["date"] for e in p["events"]} >= {"2021-08-15", "2021-08-17"}


def test_geojson_top_level_events_and_documents(seed):
    fc = to_geojson(seed)
    assert len(fc["events"]) == len(seed.events)
    e = fc["events"][0]
    assert set(e) >= {"id", "type", "trigger", "date", "time_precision", "actors", "place_ids",
                      "sentence_text", "document"}  # fmt: skip
    assert e["document"] == seed.document.id and e["actors"] == ["Taliban"]
    assert fc["documents"][0]["id"] == seed.document.id
    assert fc["documents"][0]["date"] == "2021-09-06"
    assert [u["text"] for u in fc["unresolved"]] == ["Al Qaeda"]
    assert "events" not in to_geojson(seed, events=False)
    assert "events" not in to_geojson(seed, events=False)["features"][0]["properties"]


def test_geojson_extent_is_the_feature_bbox(seed):
    fc = to_geojson(seed)
    hk = feature(fc, "phys:hindu-kush")
    assert hk["geometry"]["type"] == "Point"
    assert hk["bbox"] == [67.0, 34.0, 73.5, 36.8]  # west, south, east, north
    assert "bbox" not in feature(fc, KABUL_ID)


def test_geojson_polygons_are_valid_and_counter_clockwise(seed):
    from shapely.geometry import shape

    fc = to_geojson(seed, gazetteer=FakeGazetteer())
    pj = feature(fc, PANJSHIR.id)["geometry"]
    assert pj["type"] == "Polygon"
    assert shape(pj).is_valid and shape(pj).exterior.is_ccw
    ring = pj["coordinates"][0]
    assert ring[0] == ring[-1]
    assert all(-180 <= x <= 180 and -90 <= y <= 90 for x, y in ring)
    af = shape(feature(fc, AFGHANISTAN.id)["geometry"])
    assert af.is_valid and af.geom_type in ("Polygon", "MultiPolygon")
    assert feature(fc, KABUL_ID)["geometry"]["type"] == "Point"  # cities stay points


def test_clean_polygon_drops_what_is_not_an_area():
    assert clean_polygon(None) is None
    assert clean_polygon({"type": "Point", "coordinates": [1, 2]}) is None
    assert (
        clean_polygon({"type": "Polygon", "coordinates": [[[0, 0], [1, 1], [2, 2], [0, 0]]]})
        is None
    )
    assert clean_polygon({"type": "Nonsense"}) is None


def test_geojson_reads_back_with_geopandas(seed, tmp_path):
    out = tmp_path / "seed.geojson"
    out.write_text(dumps(to_geojson(seed, gazetteer=FakeGazetteer())), "utf-8")
    df = gpd.read_file(out, engine="pyogrio")
    assert len(df) == len(seed.places) + len(seed.events)  # every seed event is dated
    assert list(df["feature_type"]) == ["place"] * len(seed.places) + ["event"] * len(seed.events)
    assert df.crs is not None and df.crs.to_epsg() == 4326
    kabul = df[df["name"] == "Kabul"].iloc[0]
    assert kabul.geometry.x == pytest.approx(69.17, abs=0.01)
    assert kabul.geometry.y == pytest.approx(34.53, abs=0.01)
    assert kabul["kind"] == "city"
    places = df[df["feature_type"] == "place"]
    assert {"Point", "Polygon", "MultiPolygon"} == set(places.geometry.geom_type)


def test_geojson_with_the_real_gazetteer(seed, gazetteer, tmp_path):
    from shapely.geometry import shape

    fc = to_geojson(seed, gazetteer=gazetteer)
    for pid in (PANJSHIR.id, AFGHANISTAN.id):
        g = shape(feature(fc, pid)["geometry"])
        assert g.is_valid and g.geom_type in ("Polygon", "MultiPolygon")
        assert g.contains(shape(feature(fc, KABUL_ID)["geometry"])) == (pid == AFGHANISTAN.id)
    out = tmp_path / "real.geojson"
    out.write_text(dumps(fc), "utf-8")
    assert len(gpd.read_file(out)) == len(seed.places) + len(seed.events)


def test_corpus_merges_places_across_documents(seed):
    other = sample_analysis(
        "Clashes were reported in Kabul and Kapisa.\n\nKabul was calm.", doc_id="d2"
    )
    fc = to_geojson([seed, other])
    p = feature(fc, KABUL_ID)["properties"]
    assert p["mention_count"] == 10
    assert p["documents"] == [seed.document.id, "d2"]
    assert {m["document"] for m in p["mentions"]} == {seed.document.id, "d2"}
    assert len(fc["documents"]) == 2
    views = {v.place.id: v for v in aggregate_places([seed, other])}
    assert views["geonames:1138255"].count == 2


def test_geojson_mentions_carry_their_form():
    from dataclasses import replace

    from geo.models import summarize_places

    a = sample_analysis("Shops on Chicken Street in Kabul were shut.", doc_id="d3")
    kabul = a.resolutions[0]
    street = Mention(9, 23, "Chicken Street", sentence=0, passage=0, cue="street", form="facility")
    assert a.document.text[9:23] == "Chicken Street"
    fac = replace(kabul, mention=street, reason="street in Kabul (resolved to the city)")
    both = Analysis(a.document, [fac, kabul], summarize_places([fac, kabul]), [])
    mentions = feature(to_geojson(both), KABUL_ID)["properties"]["mentions"]
    assert [(m["text"], m["form"]) for m in mentions] == [
        ("Chicken Street", "facility"),
        ("Kabul", "name"),
    ]


def test_export_rejects_what_is_not_an_analysis():
    with pytest.raises(ExportError):
        to_geojson(["not an analysis"])  # type: ignore[list-item]


def test_dumps_is_strict_json():
    assert json.loads(dumps({"a": "ü <x>"})) == {"a": "ü <x>"}
    with pytest.raises(ExportError):
        dumps({"x": float("nan")})


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-08-15", (date(2021, 8, 15), date(2021, 8, 15))),
        ("2021-08", (date(2021, 8, 1), date(2021, 8, 31))),
        ("2024-02", (date(2024, 2, 1), date(2024, 2, 29))),
        ("2021", (date(2021, 1, 1), date(2021, 12, 31))),
        ("2021-08-15T10:00:00", (date(2021, 8, 15), date(2021, 8, 15))),
        ("2021-13", None),
        ("yesterday", None),
        ("", None),
        (None, None),
    ],
)
def test_date_span(value, expected):
    assert date_span(value) == expected


def test_filter_by_date_keeps_the_window(seed):
    a = filter_by_date(seed, date(2021, 8, 15), date(2021, 8, 17))
    # events overlapping the window: two days, and one known only to the month
    assert {e.date for e in a.events} == {"2021-08-15", "2021-08-17", "2021-08"}
    names = {p.place.name for p in a.places}
    assert names == {"Kabul", "Panjshayr", "Panjshir Valley", "Kāpīsā"}
    day = filter_by_date(seed, date(2021, 8, 30), date(2021, 8, 30))
    assert {e.date for e in day.events} == {"2021-08-30", "2021-08"}
    for e in a.events:  # event mention indices point into the filtered resolutions
        for i in e.mention_indices:
            place = a.resolutions[i].place
            assert place is not None and place.id in e.place_ids
    assert filter_by_date(seed, None, None) is seed
    # the document date (2021-09-06) covers the mentions without a dated event
    later = filter_by_date(seed, date(2021, 9, 1), None)
    assert not later.events and "Hindu Kush" in {p.place.name for p in later.places}


def test_filter_by_date_keeps_events_known_only_by_their_report_date(seed):
    """An event the text gives no date of sits at its report date (the timeline's
    "reported" lane), so a window over that date keeps it and one before it does not."""
    from dataclasses import replace

    first = replace(
        seed.events[0], date=None, date_end=None, date_kind="none", report_date="2021-09-06"
    )
    undated = [first]
    a = replace(seed, events=[first, *seed.events[1:]])
    kept = filter_by_date(a, date(2021, 9, 1), date(2021, 9, 10))
    assert {e.id for e in undated} <= {e.id for e in kept.events}
    before = filter_by_date(a, date(2021, 8, 1), date(2021, 8, 31))
    assert not {e.id for e in undated} & {e.id for e in before.events}


# --------------------------------------------------------------------------- LPF


def test_lpf(seed):
    lpf = to_lpf(seed, gazetteer=FakeGazetteer())
    assert lpf["type"] == "FeatureCollection"
    assert lpf["@context"] == LPF_CONTEXT
    assert len(lpf["features"]) == len(seed.places)
    f = next(f for f in lpf["features"] if f["properties"]["title"] == "Kabul")
    assert f["@id"].endswith("geonames:1138958") and f["type"] == "Feature"
    assert f["properties"]["ccodes"] == ["AF"]
    assert f["names"][0]["toponym"] == "Kabul"
    cites = f["names"][0]["citations"]
    assert cites and all("label" in c for c in cites)
    assert any("15 August 2021" in c["label"] for c in cites)
    assert f["types"][0]["identifier"] == "aat:300008347"
    assert f["types"][0]["sourceLabels"] == [{"label": "city", "lang": "en"}]
    g = f["geometry"]
    assert g["type"] == "GeometryCollection"
    assert g["geometries"][0]["coordinates"] == [69.17233, 34.52813]
    assert g["geometries"][0]["certainty"] == "certain"
    spans = f["when"]["timespans"]
    assert {"start": {"in": "2021-08-15"}, "end": {"in": "2021-08-15"}} in spans
    assert {"start": {"in": "2021-08-01"}, "end": {"in": "2021-08-31"}} in spans
    assert f["links"] == [{"type": "closeMatch", "identifier": "https://sws.geonames.org/1138958/"}]
    assert "mentioned 8 times" in f["descriptions"][0]["value"]
    kapisa = next(f for f in lpf["features"] if f["properties"]["title"] == "Kāpīsā")
    assert kapisa["geometry"]["geometries"][0]["certainty"] == "less-certain"
    hk = next(f for f in lpf["features"] if f["properties"]["title"] == "Hindu Kush")
    assert "links" not in hk and "when" not in hk
    assert hk["properties"]["ccodes"] == ["AF", "PK"]
    json.loads(dumps(lpf))


# --------------------------------------------------------------------------- CSV


def test_csv_has_one_row_per_mention(seed):
    rows = list(csv.DictReader(io.StringIO(to_csv(seed))))
    assert len(rows) == len(seed.resolutions)
    assert list(rows[0]) == ["document", "start", "end", "text", "sentence", "place_id", "name",
                             "gazetteer_name", "kind", "kind_label", "lat", "lon", "confidence",
                             "verified", "status"]  # fmt: skip
    kabul = [r for r in rows if r["place_id"] == KABUL_ID]
    assert len(kabul) == 8 and kabul[0]["lat"] == "34.52813" and kabul[0]["lon"] == "69.17233"
    assert all(r["status"] == "resolved" for r in kabul)
    unres = [r for r in rows if r["status"] == "unresolved"]
    assert [r["text"] for r in unres] == ["Al Qaeda"] and unres[0]["place_id"] == ""
    for r in rows:
        assert seed.document.text[int(r["start"]) : int(r["end"])] == r["text"]


def test_csv_quotes_and_defuses_formulas():
    text = '=HYPERLINK("x") near Kabul, "quoted"\nnext line'
    a = sample_analysis(text, doc_id="d")
    rows = list(csv.reader(io.StringIO(to_csv(a))))
    sentence = rows[1][4]
    assert sentence.startswith("'=")  # no formula for spreadsheets
    assert "Kabul" in sentence and '"quoted"' in sentence


# --------------------------------------------------------------------------- property

names = st.text(min_size=1, max_size=30)
kinds = st.sampled_from(KINDS)


@st.composite
def analyses(draw):
    text = draw(st.text(min_size=1, max_size=200))
    doc = Document(id=draw(st.text(min_size=1, max_size=20)), text=text, title=draw(names))
    n_places = draw(st.integers(1, 5))
    places = []
    for i in range(n_places):
        lat = draw(st.floats(-90, 90, allow_nan=False))
        lon = draw(st.floats(-180, 180, allow_nan=False))
        w = draw(st.floats(-180, 179, allow_nan=False))
        s = draw(st.floats(-90, 89, allow_nan=False))
        bbox = draw(st.none() | st.just((w, s, w + 1, s + 1)))
        places.append(Place(f"p:{i}", draw(names), draw(kinds), lat, lon, country=draw(
            st.text(max_size=2)), bbox=bbox, geonameid=draw(st.none() | st.integers(1, 10**7))))  # fmt: skip
    resolutions = []
    for _ in range(draw(st.integers(1, 8))):
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, len(text)))
        place = draw(st.none() | st.sampled_from(places))
        conf = draw(st.floats(0, 1)) if place else 0.0
        alts = (ScoredCandidate(place, conf),) if place else ()
        resolutions.append(Resolution(Mention(start, end, text[start:end]), place, conf, alts))
    from geo.models import summarize_places

    return Analysis(doc, resolutions, summarize_places(resolutions), [])


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(a=analyses())
def test_any_analysis_gives_geojson_that_geopandas_reads(a, tmp_path_factory):
    fc = to_geojson(a)
    text = dumps(fc)
    assert json.loads(text)["type"] == "FeatureCollection"
    n = len({r.place.id for r in a.resolutions if r.place})
    assert len(fc["features"]) == n
    path = tmp_path_factory.mktemp("prop") / "a.geojson"
    path.write_text(text, "utf-8")
    df = gpd.read_file(path)
    assert len(df) == n
    for f, (_, row) in zip(fc["features"], df.iterrows(), strict=True):
        lon, lat = f["geometry"]["coordinates"]
        assert math.isclose(row.geometry.x, lon, abs_tol=1e-6)
        assert math.isclose(row.geometry.y, lat, abs_tol=1e-6)
    rows = list(csv.reader(io.StringIO(to_csv(a))))
    assert len(rows) == len(a.resolutions) + 1
    json.loads(dumps(to_lpf(a)))
    ET.fromstring(to_kml(a))  # well-formed whatever the text
    name = export_filename(a, "kml")
    assert re.fullmatch(r"[a-z0-9_-]+\.kml", name), name


# --------------------------------------------------------------------------- verified


def _corrected(seed: Analysis) -> Analysis:
    """The seed with two human corrections: the first Kabul -> the province (verified),
    Al Qaeda -> "not a place" (verified, unresolved)."""
    from dataclasses import replace

    from geo.models import summarize_places
    from tests.fixtures.sample import KABUL_PROVINCE

    res = list(seed.resolutions)
    i = next(i for i, r in enumerate(res) if r.mention.text == "Kabul")
    j = next(j for j, r in enumerate(res) if r.place is None)
    res[i] = replace(res[i], place=KABUL_PROVINCE, confidence=1.0, verified=True)
    res[j] = replace(res[j], verified=True, reason="marked not a place by a user")
    return Analysis(seed.document, res, summarize_places(res), seed.events)


def test_every_export_marks_human_verified_resolutions(seed):
    a = _corrected(seed)
    fc = to_geojson(a)
    prov = feature(fc, "geonames:1138957")["properties"]
    assert prov["verified"] is True and prov["low_confidence"] is False
    assert [m["verified"] for m in prov["mentions"]] == [True]
    kabul = feature(fc, KABUL_ID)["properties"]
    assert kabul["verified"] is False and not any(m["verified"] for m in kabul["mentions"])
    (nap,) = fc["unresolved"]
    assert nap["verified"] is True and nap["reason"] == "marked not a place by a user"
    lpf = {f["properties"]["title"]: f for f in to_lpf(a)["features"]}
    assert lpf["Kābul"]["properties"]["verified"] is True
    assert lpf["Kābul"]["properties"]["verified_mentions"] == 1
    assert "verified by a person" in lpf["Kābul"]["descriptions"][0]["value"]
    assert lpf["Kābul"]["geometry"]["geometries"][0]["certainty"] == "certain"
    assert lpf["Kabul"]["properties"]["verified"] is False
    rows = list(csv.DictReader(io.StringIO(to_csv(a))))
    assert [r["verified"] for r in rows if r["place_id"] == "geonames:1138957"] == ["true"]
    assert {r["verified"] for r in rows if r["place_id"] == KABUL_ID} == {"false"}
    (unres,) = [r for r in rows if r["status"] == "unresolved"]
    assert unres["verified"] == "true" and unres["place_id"] == ""


def test_exports_of_user_added_places(seed):
    from dataclasses import replace

    from geo.models import summarize_places

    user = Place("user:darra-0123456789ab", "=Darra <b>", "valley", 34.6, 69.0, source="user")
    res = [replace(r, place=user, confidence=1.0, verified=True) if r.mention.text == "Kabul"
           else r for r in seed.resolutions]  # fmt: skip
    a = Analysis(seed.document, res, summarize_places(res), seed.events)
    f = feature(to_geojson(a), user.id)
    assert f["geometry"] == {"type": "Point", "coordinates": [69.0, 34.6]}
    assert f["properties"]["name"] == "=Darra <b>" and f["properties"]["verified"] is True
    lpf = next(x for x in to_lpf(a)["features"] if x["properties"]["title"] == "=Darra <b>")
    assert lpf["@id"].endswith("user:darra-0123456789ab") and "links" not in lpf
    rows = [r for r in csv.DictReader(io.StringIO(to_csv(a))) if r["place_id"] == user.id]
    assert len(rows) == 8 and rows[0]["name"] == "'=Darra <b>"  # formula defused
