"""End-to-end (real app, real pipeline, Chromium): the events timeline's lane of events
known only by their report date, and setting a document's date by hand.

The server fixture follows tests/test_e2e.py (``streamlit run`` on a free port, its own
GEO_USER_DIR). Screenshots (1400×900) go to ``$GEO_SHOTS`` (default: a temp directory)
for a person to look at; nothing is compared against them.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fixtures import server as server_fixture
from tests.fixtures.server import start_app, stop_app

pytestmark = pytest.mark.e2e

SHOTS = Path(os.environ.get("GEO_SHOTS", tempfile.gettempdir()))

sync_api = server_fixture.require_browser()


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[str]:
    user_dir = tmp_path_factory.mktemp("user")
    log = tmp_path_factory.mktemp("streamlit") / "server.log"
    proc, url = start_app(user_dir, log)
    try:
        yield url
    finally:
        stop_app(proc)


@pytest.fixture
def page(server):
    with server_fixture.chromium(sync_api) as b:
        ctx = b.new_context(viewport={"width": 1400, "height": 900}, accept_downloads=True)
        pg = ctx.new_page()
        pg.set_default_timeout(90_000)
        yield pg
        ctx.close()


def _events_in_download(page) -> list[dict]:
    with page.expect_download() as info:
        page.get_by_role("button", name="GeoJSON").click()
    return json.loads(Path(info.value.path()).read_text("utf-8"))["events"]


def test_reported_only_lane_and_setting_a_documents_date(page, server):
    page.goto(server)
    page.get_by_role("link", name="Events").click()
    page.get_by_text("Document date: 2021-09-06 (from the header)").wait_for()
    page.get_by_text("known only by the date of their report").wait_for()
    chart = page.locator("[data-testid='stVegaLiteChart']").first
    chart.wait_for()
    page.wait_for_timeout(1500)  # the chart draws after it is attached
    page.screenshot(path=str(SHOTS / "evui-events.png"))
    before = _events_in_download(page)
    assert before and all(e["report_date"] == "2021-09-06" for e in before)
    assert any(e["date_kind"] == "none" for e in before)  # the reported-only lane is not empty
    assert all(e["date"] != e["span_start"] for e in before if e["span_start"])

    page.get_by_role("link", name="Documents").click()
    page.get_by_text("Set a document's date").wait_for()
    box = page.get_by_role("textbox", name="New date")
    box.fill("in the year 3000")
    page.get_by_role("button", name="Apply date").click()
    page.get_by_text("The date was not changed").wait_for()
    box = page.get_by_role("textbox", name="New date")
    box.fill("10 September 2021")
    page.get_by_role("button", name="Apply date").click()
    page.get_by_text("is now dated 2021-09-10 (set by you)").wait_for()
    page.wait_for_timeout(1000)
    page.screenshot(path=str(SHOTS / "evui-documents-date-set.png"))

    page.get_by_role("link", name="Events").click()
    page.get_by_text("Document date: 2021-09-10 (set by you)").wait_for()
    page.locator("[data-testid='stVegaLiteChart']").first.wait_for()
    page.wait_for_timeout(1500)
    page.screenshot(path=str(SHOTS / "evui-events-after-date-set.png"))
    after = _events_in_download(page)
    assert after and all(e["report_date"] == "2021-09-10" for e in after)
    # explicit dates stay; "a week now" and other relative dates follow the new date
    fixed = {e["date"] for e in before if e["date_kind"] == "event"}
    assert "2021-08-15" in fixed and "2021-08-15" in {e["date"] for e in after}
    assert "2021-08-30" in {e["date"] for e in before}  # "a week now", written 6 September
    assert "2021-09-03" in {e["date"] for e in after}  # ... and written 10 September
