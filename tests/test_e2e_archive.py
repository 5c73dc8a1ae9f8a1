"""End-to-end: the app in archive mode (``streamlit run streamlit_app.py -- --corpus DIR``)
on the small hand-built archive (:mod:`tests.fixtures.archive`), in headless Chromium.
The server fixture follows tests/test_e2e.py's."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from geo.ui.foliummap import COMPONENT
from tests.fixtures import server as server_fixture
from tests.fixtures.archive import build_archive
from tests.fixtures.server import stop_app

pytestmark = pytest.mark.e2e

KABUL = "geonames:1138958"
MAP_FRAME = f"iframe[title='{COMPONENT}']:not([width='-1'])"

sync_api = server_fixture.require_browser()


def start_app(corpus: Path, user_dir: Path, log: Path) -> tuple[subprocess.Popen[bytes], str]:
    """The app in archive mode (``-- --corpus CORPUS``) on a free port."""
    return server_fixture.start_app(user_dir, log, app_args=["--corpus", str(corpus)])


@pytest.fixture(scope="module")
def server(tmp_path_factory, gazetteer) -> Iterator[str]:
    from geo.mapview.outlines import save_outlines

    save_outlines(gazetteer)  # as `gazetteer build` leaves the store: its outlines beside it
    corpus = build_archive(tmp_path_factory.mktemp("arch") / "news-archive")
    log = tmp_path_factory.mktemp("streamlit") / "server.log"
    proc, url = start_app(corpus, tmp_path_factory.mktemp("user"), log)
    try:
        yield url
    finally:
        stop_app(proc)


@pytest.fixture(scope="module")
def browser():
    with server_fixture.chromium(sync_api) as b:
        yield b


def test_click_a_place_shows_its_passages(browser, server) -> None:
    ctx = browser.new_context(viewport={"width": 1440, "height": 1000})
    page = ctx.new_page()
    page.set_default_timeout(60_000)
    outside: list[str] = []
    page.on(
        "request",
        lambda r: (
            None
            if r.url.startswith((server, "data:", "blob:", "about:"))
            else outside.append(r.url)
        ),
    )
    try:
        page.goto(server)
        frame = page.frame_locator(MAP_FRAME)
        pin = frame.locator(f".geo-pin [data-place='{KABUL}']")
        pin.wait_for()
        # the country outlines are there at the first draw (Leaflet's SVG paths)
        assert frame.locator("path[stroke='#9aa7b4']").count() > 200
        page.get_by_text("Click a place on the map").wait_for()
        # sized by mentions: Kabul (5) above the Hindu Kush (1)
        small = frame.locator(".geo-pin [data-place='phys:hindu-kush']")
        assert pin.bounding_box()["width"] > small.bounding_box()["width"]
        pin.click()
        frame.locator(".geo-selection").wait_for()  # the highlight, in the same frame
        passage = page.locator(".geo-arch-passage").first
        passage.wait_for()
        assert "Schools open" in passage.inner_text()
        assert passage.locator("mark").first.inner_text() == "Kabul"
        assert page.locator(".geo-arch-passage").count() == 5
        # the document's markup stays text
        assert page.get_by_text("<b>bold</b> & more", exact=False).count() == 1
    finally:
        ctx.close()
    assert outside == [], f"requests to other hosts: {outside[:5]}"
