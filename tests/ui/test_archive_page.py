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
from tests.fixtures.apptest import APP, map_args, map_script, maps, texts, unmd
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


def _map_data(at: AppTest) -> dict:
    """What the map component draws: its places file (one map on the page)."""
    assert len(maps(at)) == 1
    return json.loads(map_script(at))  # type: ignore[no-any-return]


def _map_places(at: AppTest) -> dict[str, int]:
    return {p["id"]: p["c"] for p in _map_data(at)["places"]}


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


def test_markers_are_sized_by_mentions(run) -> None:
    at = run()
    places = _map_data(at)["places"]
    by_count = sorted(places, key=lambda p: -p["c"])
    sizes = [p["s"] for p in by_count]
    assert sizes == sorted(sizes, reverse=True) and sizes[0] > sizes[-1]
    assert by_count[0]["id"] == KABUL
    args = map_args(at)
    assert args["selection"] is None and args["bounds"] and args["cluster"] is False
    assert len(maps(at)[0].proto.json_args) < 1000  # names, not the map


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


def _click(at: AppTest, place_id: str, n: str = "1") -> AppTest:
    """What a click on a marker does: the component's value, then the callback."""
    key = archive_page.MAP_KEY
    at.session_state[key] = {"kind": "place", "id": place_id, "lat": 34.5, "lng": 69.2, "n": n}
    at.session_state[archive_page.K_PLACE] = place_id
    at.session_state[archive_page.K_PAGE] = 0
    return at.run()


def test_map_click_selects_the_place(monkeypatch) -> None:
    key = archive_page.MAP_KEY
    state: dict = {key: {"kind": "place", "id": KABUL, "lat": 34.5, "lng": 69.2, "n": "1.1"},
                   archive_page.K_PAGE: 3}  # fmt: skip
    monkeypatch.setattr("streamlit.session_state", state)
    archive_page._on_map_change(key)
    assert state[archive_page.K_PLACE] == KABUL and state[archive_page.K_PAGE] == 0
    state[archive_page.K_PLACE] = None
    for other in ({"kind": "point", "lat": 1.0, "lng": 2.0, "n": "2"}, None, "junk",
                  {"kind": "place", "id": "", "n": "3"}):  # fmt: skip
        state[key] = other
        archive_page._on_map_change(key)  # not a place: nothing selected
        assert state[archive_page.K_PLACE] is None
    state[key] = {"kind": "place", "id": "x" * 10_000, "n": "4"}
    archive_page._on_map_change(key)
    assert state[archive_page.K_PLACE] == "x" * archive_page.MAX_ID


def test_selected_place_is_highlighted_with_its_passages(run) -> None:
    at = _click(run(), KABUL)
    assert not at.exception
    sel = map_args(at)["selection"]
    assert (round(sel["lat"], 1), round(sel["lon"], 1)) == (34.5, 69.2) and sel["r"] > 10
    shown = _passages(at)
    assert len(shown) == 5 and all("<mark>Kabul</mark>" in p for p in shown)
    assert map_args(at)["fly"] is None  # a click on the map does not move it


def test_a_name_in_the_list_brings_the_place_into_view(run) -> None:
    at = run()
    next(b for b in at.button if b.label.startswith("Hindu Kush")).click().run()
    fly = map_args(at)["fly"]
    assert fly["zoom"] >= 3 and fly["n"] and fly["center"][0] == pytest.approx(35.5, abs=2)
    assert at.session_state[archive_page.K_PLACE] == "phys:hindu-kush"
    first = fly["n"]
    at.run()  # sent again until a new request; the map carries out each n once
    assert map_args(at)["fly"]["n"] == first


def test_old_archive_says_text_not_stored(run, tmp_path) -> None:
    at = run(build_archive(tmp_path / "old", passages=False))
    next(b for b in at.button if b.label.startswith("Kabul")).click().run()
    assert any("text not stored in this archive" in p for p in _passages(at))


def test_downloads_of_the_view(run) -> None:
    at = run()
    at.sidebar.button(key="geo_arch_prepare").click().run()
    assert not at.exception
    labels = [e.proto.label for e in at.sidebar if getattr(e, "type", "") == "download_button"]
    assert labels == ["Places and events (GeoJSON)", "Places and events (KML)", "Mentions (CSV)"]


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


def test_names_in_the_list_are_text_not_markdown() -> None:
    def script() -> None:
        from geo.archive import PlaceCount
        from geo.ui.archive_page import place_buttons

        place_buttons([PlaceCount("x:1", "*Star* [a](b)", "city", "", None, 1.0, 2.0, 3, 1)])

    at = AppTest.from_function(script, default_timeout=60).run()
    assert not at.exception
    assert at.button[0].label == r"\*Star\* \[a\]\(b\) · 3"
