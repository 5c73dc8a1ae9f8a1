"""The Archive page's map: markers from archive places (escaped), the outlines cache."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from geo import settings
from geo.archive import PlaceCount
from geo.mapview import map_html
from geo.ui import archive_map

EVIL = PlaceCount("x:1", "<img src=x onerror=alert(1)>", "city", "AF", None, 34.5, 69.2, 9, 3)
CAPE = PlaceCount("x:2", "Cape Test", "cape", "", None, -34.0, 18.4, 1, 1)


def test_records_are_escaped_and_sized_by_mentions() -> None:
    rec = archive_map.map_records([EVIL, CAPE])
    assert rec[0]["n"] == "&lt;img src=x onerror=alert(1)&gt;"
    assert "<img" not in rec[0]["t"] and rec[0]["t"].endswith("[x:1]</span>")
    assert rec[0]["s"] > rec[1]["s"] and rec[0]["c"] == 9


def test_map_has_the_places_and_no_raw_markup() -> None:
    page = map_html(archive_map.archive_map([EVIL, CAPE], "null", remember="t"))
    assert "x:1" in page and "Cape Test" in page
    assert "<img src=x" not in page


def test_outlines_come_from_the_cache_file(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(settings, "USER_DIR", tmp_path / "user")
    gaz_file = tmp_path / "g.sqlite"
    gaz_file.write_bytes(b"not really a gazetteer")
    gaz = SimpleNamespace(path=gaz_file)
    target = archive_map._cache_file(gaz)
    assert target is not None and target.parent == tmp_path / "user" / "cache"
    target.parent.mkdir(parents=True)
    target.write_text('{"type": "FeatureCollection", "features": []}', encoding="utf-8")
    assert archive_map.outlines_json(gaz).startswith('{"type": "FeatureCollection"')
    assert archive_map.outlines_json(None) == "null"
