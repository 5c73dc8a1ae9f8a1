"""The Archive page (``--corpus DIR``): the map of the window's places, the date
window, a place's passages page by page, downloads, and damaged archives."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from geo.ui import archive_page
from tests.fixtures.apptest import APP, maps, texts, unmd
from tests.fixtures.archive import build_archive

KABUL = "geonames:1138958"


@pytest.fixture(scope="module")
def archive_dir(tmp_path_factory) -> Path:
    return build_archive(tmp_path_factory.mktemp("arch") / "news-archive")


@pytest.fixture
def run(monkeypatch, archive_dir):
    def go(path: Path | None = None) -> AppTest:
        monkeypatch.setenv("GEO_CORPUS_DIR", str(path or archive_dir))
        at = AppTest.from_file(APP, default_timeout=60)
        return at.run()

    return go


def _map_places(at: AppTest) -> dict[str, int]:
    (m,) = maps(at)
    script = json.loads(m.proto.json_args)["script"]
    start = script.index("var D = ") + len("var D = ")
    data, _ = json.JSONDecoder().raw_decode(script[start:])
    return {p["id"]: p["c"] for p in data["places"]}


def _passages(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown if "geo-arch-passage" in m.value]


def test_opens_on_the_archive_page_with_the_map(run) -> None:
    at = run()
    assert not at.exception and not at.error
    places = _map_places(at)
    assert places[KABUL] == 5 and "phys:hindu-kush" in places
    assert any("6 places in this window" in t for t in texts(at))
    assert any("news-archive" in unmd(m.value) for m in at.sidebar.markdown)
    assert [b.label for b in at.button][:1] == ["Kabul · 5"]


def test_date_window_filters_the_map(run) -> None:
    at = run()
    slider = at.sidebar.select_slider[0]
    slider.set_value((date(2024, 1, 1), date(2024, 1, 31)))
    at.run()
    assert not at.exception
    assert _map_places(at) == {KABUL: 2, "phys:hindu-kush": 1}


def test_click_a_place_lists_passages_page_by_page(run, monkeypatch) -> None:
    monkeypatch.setattr(archive_page, "PAGE_SIZES", (2, 20))
    monkeypatch.setattr(archive_page, "DEFAULT_PAGE_SIZE", 2)
    at = run()
    next(b for b in at.button if b.label.startswith("Kabul")).click().run()
    shown = _passages(at)
    assert len(shown) == 2 and "Schools open" in shown[0]
    assert "<mark>Kabul</mark>" in shown[0]
    at.button(key="geo_arch_next").click().run()
    at.button(key="geo_arch_next").click().run()
    shown = _passages(at)
    assert len(shown) == 1
    # the document's own markup is text, not HTML
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; more" in shown[0] and "<b>bold" not in shown[0]
    assert at.button(key="geo_arch_next").disabled
    at.button(key="geo_arch_prev").click().run()
    assert len(_passages(at)) == 2


def test_map_click_selects_the_place(monkeypatch) -> None:
    state: dict = {"k": {"last_object_clicked_count": 1,
                         "last_object_clicked_tooltip": f"Kabul · city · 5 mentions [{KABUL}]"}}  # fmt: skip
    monkeypatch.setattr("streamlit.session_state", state)
    archive_page._on_map_change("k")
    assert state[archive_page.K_PLACE] == KABUL and state[archive_page.K_PAGE] == 0
    state[archive_page.K_PLACE] = None
    archive_page._on_map_change("k")  # the same click reported again: nothing new
    assert state[archive_page.K_PLACE] is None


def test_old_archive_says_text_not_stored(run, tmp_path) -> None:
    at = run(build_archive(tmp_path / "old", passages=False))
    next(b for b in at.button if b.label.startswith("Kabul")).click().run()
    assert any("text not stored in this archive" in p for p in _passages(at))


def test_downloads_of_the_view(run) -> None:
    at = run()
    at.sidebar.button(key="geo_arch_prepare").click().run()
    assert not at.exception
    labels = [e.proto.label for e in at.sidebar if getattr(e, "type", "") == "download_button"]
    assert labels == ["Places (GeoJSON)", "Mentions (CSV)"]


@pytest.mark.parametrize("damage", ["manifest", "table", "file"])
def test_damaged_archive_is_an_error_not_a_crash(run, archive_dir, tmp_path, damage) -> None:
    d = tmp_path / "broken"
    shutil.copytree(archive_dir, d)
    if damage == "manifest":
        (d / "manifest.json").unlink()
    elif damage == "table":
        shutil.rmtree(d / "documents")
    else:
        (d / "places" / "part-000000.parquet").write_bytes(b"not parquet")
    at = run(d)
    assert not at.exception
    (err,) = at.error
    assert "Cannot open the archive" in err.value and "broken" in err.value
    assert str(tmp_path) not in err.value
    assert not maps(at)
