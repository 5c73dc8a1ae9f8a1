"""What GIS tools need: event features with ISO dates, KML, readable file names, names
under the display policy, and no server path in any export."""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import date
from pathlib import Path

import geopandas as gpd
import pyogrio
import pytest

from geo.export import (
    conventional_name,
    document_countries,
    dumps,
    export_filename,
    place_names,
    source_name,
    to_csv,
    to_geojson,
    to_kml,
    to_lpf,
)
from geo.models import Analysis, Mention, Place, Resolution, ScoredCandidate, summarize_places
from tests.export.helpers import KABUL_ID, FakeGazetteer, feature
from tests.fixtures.sample import KAPISA, PANJSHIR, sample_analysis

KML = "{http://www.opengis.net/kml/2.2}"
ROOT = Path(__file__).resolve().parents[2]


def event_features(fc):
    return [f for f in fc["features"] if f["properties"]["feature_type"] == "event"]


# --------------------------------------------------------------------------- events


def test_a_feature_per_dated_event_with_iso_start_and_end(seed):
    fc = to_geojson(seed)
    evs = event_features(fc)
    assert len(evs) == len([e for e in seed.events if e.date])
    by_id = {f["properties"]["event_id"]: f for f in evs}
    took = by_id["e0"]["properties"]
    assert (took["start"], took["end"]) == ("2021-08-15", "2021-08-15")
    assert took["type"] == "strategic_developments" and took["actors"] == ["Taliban"]
    assert "took control of Kabul" in took["sentence"]
    assert took["document"] == seed.document.id
    assert by_id["e0"]["geometry"]["type"] in ("Point", "MultiPoint")
    month = by_id["e3"]["properties"]  # "2021-08": the whole month
    assert (month["start"], month["end"]) == ("2021-08-01", "2021-08-31")
    for f in evs:
        assert f["id"] == f"{seed.document.id}/{f['properties']['event_id']}"
        g = f["geometry"]
        if g and g["type"] == "MultiPoint":
            assert len(g["coordinates"]) == len({tuple(c) for c in g["coordinates"]}) >= 2
    assert not event_features(to_geojson(seed, events=False))


def test_undated_events_and_events_without_places(seed):
    e0 = seed.events[0]
    a = Analysis(
        seed.document,
        seed.resolutions,
        seed.places,
        [replace(e0, date=None), replace(e0, id="x", place_ids=())],
    )
    (f,) = event_features(to_geojson(a))  # the undated one is left out
    assert f["properties"]["event_id"] == "x" and f["geometry"] is None


def test_event_exports_carry_actors_by_role_and_the_acled_sub_type(seed):
    from geo.models import Actor

    e0 = seed.events[0]
    acts = (Actor("Rebels", 0, 6, "group", "actor1"), Actor("Army", 7, 11, "organisation",
            "actor2"), Actor("Aid Corps", 12, 21, "organisation"))  # fmt: skip
    e = replace(e0, actors=acts, sub_type="remote explosive/landmine/IED",
                report_date="2021-09-06", date_kind="event")  # fmt: skip
    a = Analysis(seed.document, seed.resolutions, seed.places, [e])
    fc = to_geojson(a)
    (f,) = event_features(fc)
    p = f["properties"]
    assert p["actors"] == ["Rebels", "Army", "Aid Corps"]  # kept for compatibility
    assert (p["actor1"], p["actor2"]) == (["Rebels"], ["Army"])
    assert p["sub_type"] == "remote explosive/landmine/IED"
    assert (p["report_date"], p["date_kind"]) == ("2021-09-06", "event")
    (rec,) = fc["events"]
    assert rec["sub_type"] == "remote explosive/landmine/IED" and rec["actor1"] == ["Rebels"]
    root = ET.fromstring(to_kml(a))
    data = {d.get("name"): d.findtext(f"{KML}value") for d in root.iter(f"{KML}Data")
            if d.get("name") in ("actor1", "actor2", "actors", "sub_type")}  # fmt: skip
    assert data == {"actors": "Rebels; Army; Aid Corps", "actor1": "Rebels", "actor2": "Army",
                    "sub_type": "remote explosive/landmine/IED"}  # fmt: skip


def test_event_features_read_back_with_dates(seed, tmp_path):
    out = tmp_path / "seed.geojson"
    out.write_text(dumps(to_geojson(seed)), "utf-8")
    df = pyogrio.read_dataframe(out)
    assert str(df["start"].dtype).startswith("datetime64")  # GDAL sees dates: a time field
    evs = df[df["feature_type"] == "event"]
    assert len(evs) == len(seed.events)
    assert sorted(str(s)[:10] for s in evs["start"]) == sorted(
        f["properties"]["start"] for f in event_features(to_geojson(seed))
    )


# --------------------------------------------------------------------------- names


def test_places_are_exported_under_the_documents_form_and_the_gazetteer_name(seed):
    fc = to_geojson(seed)
    kapisa = feature(fc, KAPISA.id)["properties"]
    assert (kapisa["name"], kapisa["gazetteer_name"]) == ("Kapisa", "Kāpīsā")
    assert kapisa["kind"] == "admin1" and kapisa["kind_label"] == "province"
    pj = feature(fc, PANJSHIR.id)["properties"]
    assert (pj["name"], pj["gazetteer_name"]) == ("Panjshir", "Panjshayr")
    lpf = {f["properties"]["title"]: f["properties"] for f in to_lpf(seed)["features"]}
    assert lpf["Kāpīsā"]["name"] == "Kapisa" and lpf["Kāpīsā"]["kind_label"] == "province"
    rows = [r for r in csv.DictReader(io.StringIO(to_csv(seed))) if r["place_id"] == KAPISA.id]
    assert {(r["name"], r["gazetteer_name"], r["kind_label"]) for r in rows} == {
        ("Kapisa", "Kāpīsā", "province")
    }


def _one_mention(text: str, place: Place, *, demonym=False, verified=False, match="exact"):
    doc = sample_analysis(text, doc_id="n").document
    m = Mention(0, len(text.split()[0]), text.split()[0], is_demonym=demonym)
    r = Resolution(m, place, 0.9, (ScoredCandidate(place, 0.9, match),), verified=verified)  # type: ignore[arg-type]
    return Analysis(doc, [r], summarize_places([r]), [])


def test_the_english_name_when_the_document_offers_no_name_of_the_place():
    halab = Place("geonames:170062", "Ḩalab", "admin1", 36.2, 37.2, country="SY",
                  aliases=("Aleppo", "Aleppo Governorate", "Muhafazat Halab", "SY-HL"))  # fmt: skip
    syria = Place("geonames:163843", "Syria", "country", 35.0, 38.0, country="SY")
    # a demonym is not a name of the place
    a = _one_mention("Syrians fled.", syria, demonym=True)
    assert place_names(syria, [(a, 0)]) == ("Syria", "Syria")
    # a close spelling (fuzzy match) is not shown; the English alias is
    a = _one_mention("Halabb fell.", halab, match="fuzzy")
    assert place_names(halab, [(a, 0)]) == ("Aleppo", "Ḩalab")
    # a person reassigned a mention to a place of another name: not its name either
    a = _one_mention("Idlib fell.", halab, verified=True)
    assert place_names(halab, [(a, 0)])[0] == "Aleppo"
    # aliases come from the gazetteer when the place carries none
    bare = replace(halab, aliases=())

    class Gaz:
        def get(self, place_id):
            return halab if place_id == halab.id else None

    assert place_names(bare, (), Gaz()) == ("Aleppo", "Ḩalab")
    assert place_names(bare, ()) == ("Halab", "Ḩalab")  # no aliases: the ASCII form


# --------------------------------------------------------------------------- KML


def test_kml_is_well_formed_with_places_and_timed_events(seed):
    root = ET.fromstring(to_kml(seed))
    assert root.tag == f"{KML}kml"
    folders = {f.findtext(f"{KML}name"): f for f in root.iter(f"{KML}Folder")}
    places = folders["Places"].findall(f"{KML}Placemark")
    assert len(places) == len(seed.places)
    names = {p.findtext(f"{KML}name") for p in places}
    assert {"Kabul", "Kapisa", "Panjshir"} <= names
    kabul = next(p for p in places if p.findtext(f"{KML}name") == "Kabul")
    assert kabul.findtext(f"{KML}Point/{KML}coordinates") == "69.17233,34.52813"
    data = {d.get("name"): d.findtext(f"{KML}value") for d in kabul.iter(f"{KML}Data")}
    assert data["place_id"] == KABUL_ID and data["kind_label"] == "city"
    events = folders["Events"].findall(f"{KML}Placemark")
    assert len(events) == len(seed.events)
    spans = {(e.findtext(f"{KML}TimeSpan/{KML}begin"), e.findtext(f"{KML}TimeSpan/{KML}end"))
             for e in events}  # fmt: skip
    assert ("2021-08-15", "2021-08-15") in spans and ("2021-08-01", "2021-08-31") in spans
    for e in events:
        assert e.find(f"{KML}Point") is not None or e.find(f"{KML}MultiGeometry") is not None


HOSTILE = "<b>&amp;</b> \"]]> \x01\x0b\ud800 =cmd|' /C calc'!A0 \u202e"


def test_kml_escapes_untrusted_text():
    place = Place("user:x", HOSTILE, "city", 34.5, 69.2, country="AF")
    text = f"{HOSTILE} was taken in 2021."
    a = _one_mention(text, place)
    a = replace(a, document=replace(a.document, title=HOSTILE))
    kml = to_kml(a)
    root = ET.fromstring(kml)  # well-formed
    pm = next(root.iter(f"{KML}Placemark"))
    assert pm.findtext(f"{KML}name") == "<b>&amp;</b> \"]]>  =cmd|' /C calc'!A0 \u202e"
    assert "<b>" not in kml and "\x01" not in kml


def test_kml_reads_back_with_gdal(seed, tmp_path):
    out = tmp_path / "seed.kml"
    out.write_text(to_kml(seed, FakeGazetteer()), "utf-8")
    drivers = pyogrio.list_drivers()
    assert "LIBKML" in drivers or "KML" in drivers
    layers = [name for name, _ in pyogrio.list_layers(out)]
    assert layers == ["Places", "Events"]
    places = gpd.read_file(out, layer="Places")
    assert len(places) == len(seed.places) and set(places.geometry.geom_type) == {"Point"}
    assert "Kapisa" in set(places["Name"] if "Name" in places else places["name"])
    events = gpd.read_file(out, layer="Events")
    assert len(events) == len(seed.events)
    if pyogrio.read_info(out, layer="Events")["driver"] == "LIBKML":  # the TimeSpan is read
        assert str(events["begin"].min())[:10] == "2021-08-01"
        assert str(events["end"].max())[:10] == "2021-08-31"
        assert set(events["event_id"]) == {f"{seed.document.id}/{e.id}" for e in seed.events}


# --------------------------------------------------------------------------- file names


def test_export_filename(seed):
    a = sample_analysis("Kabul fell.", doc_id="k")
    doc = replace(a.document, title="Kabul falls to the Taliban!", date=date(2021, 8, 15))
    a = replace(a, document=doc)
    assert export_filename(a, "geojson") == "kabul-falls-to-the-taliban_2021-08-15.geojson"
    assert export_filename([a], ".kml") == "kabul-falls-to-the-taliban_2021-08-15.kml"
    b = replace(a, document=replace(doc, title="", source="/srv/in/Réunion notes.txt", date=None))
    assert export_filename(b, "csv") == "reunion-notes.csv"
    two = export_filename([a, replace(a, document=replace(doc, date=date(2021, 9, 6)))], "csv")
    assert two == "kabul-falls-to-the-taliban_and-1-more_2021-08-15_2021-09-06.csv"
    hostile = replace(a, document=replace(doc, title="../../etc/passwd\x00<>:|?*", date=None))
    name = export_filename(hostile, "kml")
    assert name == "etc-passwd.kml" and "/" not in name
    assert export_filename(replace(a, document=replace(doc, title="", source="pasted", date=None)),
                           "csv") == "document.csv"  # fmt: skip
    assert export_filename([], "csv") == "geo-export.csv"
    with pytest.raises(ValueError):
        export_filename(a, "../x")


# --------------------------------------------------------------------------- no paths


@pytest.mark.parametrize(
    "source, expected",
    [("/srv/data/a.txt", "a.txt"), ("C:\\Users\\me\\b.pdf", "b.pdf"), ("pasted", "pasted"),
     ("", "")],
)  # fmt: skip
def test_source_name_is_the_base_name(source, expected):
    assert source_name(source) == expected


_PATHS = re.compile(r"(?<![\w.])/(?:home|work|tmp|srv|var|Users|root|mnt|opt)/|[A-Z]:\\\\")


def test_no_export_carries_a_server_path(tmp_path):
    f = tmp_path / "inbox" / "kabul-report.txt"
    f.parent.mkdir()
    seed = sample_analysis()
    corpus = [
        replace(seed, document=replace(seed.document, source=str(f), title="")),
        replace(seed, document=replace(seed.document, id="b", source=str(ROOT / "x.txt"))),
    ]
    outputs = {
        "geojson": dumps(to_geojson(corpus, gazetteer=FakeGazetteer())),
        "lpf": dumps(to_lpf(corpus)),
        "csv": to_csv(corpus),
        "kml": to_kml(corpus),
    }
    for fmt, text in outputs.items():
        assert str(ROOT) not in text and str(tmp_path) not in text, fmt
        assert not _PATHS.search(text), (fmt, _PATHS.search(text))
    docs = json.loads(outputs["geojson"])["documents"]
    assert [d["source"] for d in docs] == ["kabul-report.txt", "x.txt"]
    assert "kabul-report.txt" in outputs["lpf"]  # untitled: cited by its file's name


# --------------------------------------------------------------------------- for the UI


def test_document_countries_and_conventional_names(seed):
    assert document_countries(seed) == ("AF", "PK")  # the Hindu Kush touches Pakistan
    assert document_countries([]) == ()
    assert conventional_name(PANJSHIR) == "Panjshayr"  # a bare alias is no sign of English
    full = replace(PANJSHIR, aliases=("AF-PAN", "Panjshir", "Panjshir Province"))
    assert conventional_name(full) == "Panjshir"
    assert conventional_name(KAPISA) == "Kapisa"
    user = Place("user:x", "Kāpīsā camp", "other", 35.0, 69.0)
    assert conventional_name(user) == "Kāpīsā camp"  # as the user typed it


def test_export_filename_takes_a_two_part_extension(seed):
    from geo.export import export_filename

    assert export_filename(seed, "lpf.json").endswith(".lpf.json")
    with pytest.raises(ValueError):
        export_filename(seed, "../etc")
