"""The Archive page's map: the places payload the map component draws (escaped, sized by
mentions), its files, the country outlines (the Map page's, at first draw)."""

from __future__ import annotations

import json
import math
from pathlib import Path

from geo.archive import PlaceCount
from geo.mapview import CLUSTER_THRESHOLD
from geo.ui import archive_map, foliummap

EVIL = PlaceCount("x:1", "<img src=x onerror=alert(1)>", "city", "AF", None, 34.5, 69.2, 9, 3)
CAPE = PlaceCount("x:2", "Cape Test", "cape", "", None, -34.0, 18.4, 1, 1)


def test_records_are_escaped_and_sized_by_mentions() -> None:
    rec = archive_map.map_records([EVIL, CAPE])
    assert rec[0]["n"] == "&lt;img src=x onerror=alert(1)&gt;"
    assert "<img" not in rec[0]["t"] and rec[0]["t"].endswith("[x:1]</span>")
    assert rec[0]["s"] > rec[1]["s"] and rec[0]["c"] == 9


def test_payload_has_the_places_sized_by_mentions_and_no_raw_markup() -> None:
    data = archive_map.map_data([CAPE, EVIL])
    assert "<img" not in data.payload
    d = json.loads(data.payload)
    assert [p["id"] for p in d["places"]] == ["x:2", "x:1"]
    assert {p["id"]: p["s"] for p in d["places"]} == {"x:2": 14, "x:1": 25}
    assert d["groups"] and d["legend"] and d["title"] == "2 places" and not d["cluster"]
    (s, w), (n, e) = data.bounds or [[0, 0], [0, 0]]
    assert s < -34.0 < 34.5 < n and w < 18.4 < 69.2 < e


def test_no_point_no_marker_and_clustering_above_the_threshold() -> None:
    nowhere = PlaceCount("x:3", "Nowhere", "city", "", None, math.nan, 0.0, 4, 1)
    assert [r["id"] for r in archive_map.map_records([EVIL, nowhere])] == ["x:1"]
    many = [PlaceCount(f"x:{i}", f"P{i}", "city", "", None, i / 100, i / 100, 1, 1)
            for i in range(CLUSTER_THRESHOLD + 1)]  # fmt: skip
    assert archive_map.map_data(many).cluster


def test_files_are_published_for_the_component() -> None:
    data = archive_map.map_data([EVIL, CAPE])
    files = data.files("null")
    assert files["outlines"] is None and files["cluster"] is False
    assert json.loads(foliummap.published(files["places"])) == json.loads(data.payload)
    outlines = '{"type": "FeatureCollection", "features": []}'
    name = data.files(outlines)["outlines"]
    assert name.startswith("outlines-") and foliummap.published(name) == outlines


def test_outlines_are_the_map_pages_own(tmp_path: Path, monkeypatch) -> None:
    """One code path for both pages: the sidecar beside the store, read at once; never a
    child process."""
    from geo.cache import BoundedCache
    from geo.gazetteer import Gazetteer
    from geo.mapview import country_outlines_json, data, outlines
    from tests.fixtures.gazetteers import countries_store

    monkeypatch.setattr(data, "_OUTLINES", BoundedCache(8))
    gaz = Gazetteer(countries_store(tmp_path / "g.sqlite"))
    outlines.save_outlines(gaz)
    data._OUTLINES.clear()
    monkeypatch.setattr(outlines, "compute_outlines", None)  # kept: never computed
    text = archive_map.outlines_json(gaz)
    assert text.startswith('{"type":"FeatureCollection"') and "Isles" in text
    assert text is country_outlines_json(gaz)
    assert archive_map.outlines_json(None) == "null"


def test_the_archive_page_has_outlines_at_first_draw(tmp_path: Path, monkeypatch) -> None:
    from streamlit.testing.v1 import AppTest

    from tests.fixtures.apptest import APP, map_args
    from tests.fixtures.archive import build_archive
    from tests.fixtures.gazetteers import app_gazetteer

    with app_gazetteer(tmp_path, monkeypatch):
        monkeypatch.setenv("GEO_CORPUS_DIR", str(build_archive(tmp_path / "news-archive")))
        at = AppTest.from_file(APP, default_timeout=60).run()
        assert not at.exception
        name = map_args(at)["outlines"]
        assert name and "Testland" in foliummap.published(name)


def test_places_are_shown_under_the_names_readers_know() -> None:
    """The archive stores the gazetteer's name; the page shows the conventional English
    one (an English alias, or the ASCII form), as every corpus view does."""
    from dataclasses import replace

    from tests.fixtures.sample import PANJSHIR

    class Gaz:
        def get(self, pid: str):
            return replace(PANJSHIR, aliases=("AF-PAN", "Panjshir", "Panjshir Province"))

    p = PlaceCount(PANJSHIR.id, "Panjshayr", "admin1", "AF", 1134561, 35.3, 69.9, 8, 2)
    q = PlaceCount("geonames:1", "Kāpīsā", "admin1", "AF", 1, 34.9, 69.6, 1, 1)
    (a,) = archive_map.reader_names([p], Gaz())
    assert a.name == "Panjshir" and a.mentions == 8
    assert archive_map.reader_names([p, q], None) == [p, q]  # no gazetteer: as stored
    records = archive_map.map_records(archive_map.reader_names([p], Gaz()))
    assert records[0]["n"] == "Panjshir"


def test_names_of_many_places_are_read_in_one_pass(monkeypatch) -> None:
    """A gazetteer with ``get_many(ids, aliases=True)`` is asked once for the places
    not named yet (one ``get`` per place scans the store's names table)."""
    from dataclasses import replace

    from geo.cache import BoundedCache
    from tests.fixtures.sample import PANJSHIR

    class Gaz:
        def __init__(self) -> None:
            self.calls: list[list[str]] = []
            self.one_by_one: list[str] = []

        def get(self, pid: str):
            self.one_by_one.append(pid)  # a place get_many did not find
            return None

        def get_many(self, ids, *, aliases=False):
            assert aliases
            self.calls.append(list(ids))
            full = replace(PANJSHIR, aliases=("AF-PAN", "Panjshir", "Panjshir Province"))
            return {PANJSHIR.id: full} if PANJSHIR.id in ids else {}

    monkeypatch.setattr(archive_map, "_NAMES", BoundedCache(100))
    p = PlaceCount(PANJSHIR.id, "Panjshayr", "admin1", "AF", 1134561, 35.3, 69.9, 8, 2)
    gone = PlaceCount("geonames:0", "Gone", "city", "AF", 0, 34.0, 69.0, 1, 1)
    gaz = Gaz()
    assert [x.name for x in archive_map.reader_names([p, gone], gaz)] == ["Panjshir", "Gone"]
    assert [x.name for x in archive_map.reader_names([p], gaz)] == ["Panjshir"]
    assert gaz.calls == [[PANJSHIR.id, "geonames:0"]] and gaz.one_by_one == ["geonames:0"]
