"""The map's own JavaScript and CSS (geo/static): every file is used, inlined as it is,
and the page stays offline."""

from __future__ import annotations

import re
import tomllib
from importlib import resources
from pathlib import Path

from geo.mapview import build_map, map_html, pick_layer, selection_layer, static_text
from tests.fixtures.sample import HINDU_KUSH, PANJSHIR

#: XML namespace names are identifiers, never fetched
NAMESPACES = {"http://www.w3.org/2000/svg"}


#: the app's map page (geo.ui.foliummap), which wraps the other scripts (tests/ui)
PAGE = {"map_page.html", "map_page.js"}


def static_files(page: bool = False) -> list[str]:
    root = resources.files("geo").joinpath("static")
    return sorted(f.name for f in root.iterdir() if f.is_file() and (page or f.name not in PAGE))


def full_map(seed, gazetteer) -> str:
    """A map that uses every script: places with legend, a selection (polygon and
    extent), a pick and a remembered view."""
    m = build_map(seed, gazetteer=gazetteer, remember="k")
    selection_layer(PANJSHIR, count=8, gazetteer=gazetteer).add_to(m)
    selection_layer(HINDU_KUSH).add_to(m)
    pick_layer(35.1, 69.6).add_to(m)
    return map_html(m)


def test_every_static_file_is_inlined_as_it_is(seed, fake_gazetteer):
    files = static_files()
    assert {"map.css", "places.js", "shapes.js"} <= set(files)
    html = full_map(seed, fake_gazetteer)
    for name in files:
        text = static_text(name)
        assert text.strip(), name
        if name.endswith(".js"):
            assert text in html, f"geo/static/{name} is not in the map"
        elif name.endswith(".css"):  # one JavaScript string literal per line
            for line in text.splitlines():
                assert f"'{line}'" in html, f"geo/static/{name}: {line!r} is not in the map"
        else:
            raise AssertionError(f"geo/static/{name}: unexpected kind of file")


def test_static_files_ship_with_the_package():
    pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
    config = tomllib.loads(pyproject.read_text("utf-8"))
    assert "static/*" in config["tool"]["setuptools"]["package-data"]["geo"]


def test_rendered_map_has_no_http_urls(seed, fake_gazetteer, gazetteer):
    for html in (
        full_map(seed, fake_gazetteer),
        map_html(build_map(seed, gazetteer=gazetteer, cluster=True, jquery=True)),
    ):
        assert set(re.findall(r"https?://[^\s\"'<>)]+", html)) <= NAMESPACES
    for name in static_files(page=True):
        assert set(re.findall(r"https?://[^\s\"'<>)]+", static_text(name))) <= NAMESPACES
