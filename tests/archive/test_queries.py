"""The queries the Archive page runs: places in a window, passages page by page, the
events timeline, and the export of a view."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

from geo.archive import (
    Window,
    choose_step,
    event_timeline,
    export_view,
    open_archive,
    passages_page,
    places_in_window,
)

KABUL = "geonames:1138958"
JAN = Window(date(2024, 1, 1), date(2024, 1, 31))


@pytest.fixture(scope="module")
def archive(archive_dir: Path):
    return open_archive(archive_dir)


def test_places_with_counts(archive) -> None:
    places = places_in_window(archive)
    assert places[0].id == KABUL and places[0].name == "Kabul"
    assert (places[0].mentions, places[0].documents) == (5, 5)  # the undated one too
    assert (places[0].lat, places[0].lon) == pytest.approx((34.52813, 69.17233))
    assert {p.id for p in places} >= {"phys:hindu-kush", "geonames:1149361"}


def test_window_filters_by_document_date(archive) -> None:
    jan = {p.id: p.mentions for p in places_in_window(archive, JAN)}
    assert jan == {KABUL: 2, "phys:hindu-kush": 1}
    assert places_in_window(archive, Window(date(2023, 1, 1), date(2023, 12, 31))) == []
    assert len(places_in_window(archive, limit=2)) == 2


def test_passages_newest_first_paged(archive) -> None:
    first = passages_page(archive, KABUL, page=0, size=2)
    assert [p.doc_id for p in first.passages] == ["k5", "k3"] and first.has_next
    last = passages_page(archive, KABUL, page=2, size=2)
    assert [p.doc_id for p in last.passages] == ["k6"] and not last.has_next  # undated last
    p = first.passages[0]
    assert p.title == "Schools open" and p.date == date(2024, 3, 15)
    assert p.text is not None and p.text[p.start : p.end] == "Kabul"
    assert p.text.startswith("Teachers across Afghanistan")


def test_passages_in_window(archive) -> None:
    page = passages_page(archive, KABUL, JAN)
    assert [p.doc_id for p in page.passages] == ["k2", "k1"]


def test_old_archive_passages_have_no_text(old_archive_dir: Path) -> None:
    page = passages_page(open_archive(old_archive_dir), KABUL)
    assert page.passages and all(p.text is None for p in page.passages)
    assert page.passages[0].mention == "Kabul"


def test_choose_step() -> None:
    d = date(2024, 1, 1)
    assert choose_step(d, date(2024, 2, 1)) == "day"
    assert choose_step(d, date(2025, 1, 1)) == "week"
    assert choose_step(d, date(2030, 1, 1)) == "month"
    assert choose_step(None, None) == "month"


def test_timeline_by_step(archive) -> None:
    tl = event_timeline(archive)
    assert tl.step == "day" and tl.total == 5
    months = event_timeline(archive, step="month")
    assert [(b, n) for b, _, n in months.rows] == [
        (date(2024, 1, 1), 2),
        (date(2024, 2, 1), 2),
        (date(2024, 3, 1), 1),
    ]
    assert event_timeline(archive, JAN, step="week").total == 2


def test_export_of_the_view(archive) -> None:
    ex = export_view(archive, JAN)
    fc = json.loads(ex.geojson)
    props = {f["properties"]["id"]: f["properties"] for f in fc["features"]}
    assert props[KABUL]["mention_count"] == 2 and props[KABUL]["document_count"] == 2
    assert fc["features"][0]["geometry"]["type"] == "Point"
    rows = list(csv.DictReader(io.StringIO(ex.csv)))
    assert {r["document"] for r in rows} == {"k1", "k2"}
    assert all(r["date"].startswith("2024-01") for r in rows)
    kabul = next(r for r in rows if r["place_id"] == KABUL)
    assert kabul["name"] == "Kabul" and kabul["lat"].startswith("34.5")
    assert ex.stem == "news-archive_2024-01-01_2024-01-31"
    assert not ex.truncated
