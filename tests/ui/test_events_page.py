"""geo.ui.events_page: the timeline and table of dated events."""

from __future__ import annotations

from geo.ui import events_page, views
from tests.fixtures.sample import sample_analysis


def test_events_timeline_chart():
    a = sample_analysis()
    view = views.View("k", [a], [a], [], {}, (None, None), False)
    rows, undated = events_page.event_rows(view)
    assert len(rows) == 4 and undated == 0
    spec = events_page.timeline(rows).to_dict()
    assert spec["layer"][0]["mark"]["type"] == "bar"


def test_every_event_type_has_its_colour():
    from typing import get_args

    from geo.models import EventType
    from geo.ui.events_page import TYPE_COLOURS

    assert set(TYPE_COLOURS) == set(get_args(EventType))
    assert len(set(TYPE_COLOURS.values())) == len(TYPE_COLOURS)


def test_every_event_type_has_a_readable_label():
    from geo.ui.events_page import TYPE_COLOURS, TYPE_LABELS

    assert set(TYPE_LABELS) == set(TYPE_COLOURS)
    assert all("_" not in label and label[0].isupper() for label in TYPE_LABELS.values())


def _dated_and_reported_view():
    from dataclasses import replace

    from geo.models import Actor, Analysis

    a = sample_analysis()
    e0 = a.events[0]
    actors = (Actor("Taliban", 0, 7, "group", "actor1"), Actor("Ahmad Massoud", 8, 21, "person",
              "actor2"), Actor("Kabul Bank", 22, 32, "organisation"))  # fmt: skip
    events = [
        replace(e0, actors=actors, sub_type="non-violent transfer of territory",
                report_date="2021-09-06", date_kind="event"),
        replace(e0, id="r", date=None, time_precision="unknown", report_date="2021-09-06",
                date_kind="none"),
        replace(e0, id="s", date=None, time_precision="unknown", report_date="2021-09-06",
                date_kind="since", span_start="2010"),
        replace(e0, id="u", date=None, time_precision="unknown", report_date=None),
    ]  # fmt: skip
    a = Analysis(a.document, a.resolutions, a.places, events)
    return views.View("k", [a], [a], [], {}, (None, None), False)


def test_reported_only_events_get_their_own_lane_and_since_is_never_the_event_date():
    view = _dated_and_reported_view()
    rows, undated = events_page.event_rows(view)
    assert undated == 1  # no date, and a document without one
    assert [(r["lane"], r["when"]) for r in rows] == [
        ("stated", "2021-08-15 (day)"),
        ("reported", "reported 2021-09-06"),
        ("reported", "since 2010 · reported 2021-09-06"),
    ]
    assert all(r["start"] == "2021-09-06" for r in rows[1:])  # at the report date
    assert [r["date"] for r in rows] == ["2021-08-15", "", ""]  # "since 2010" is no event date
    stated = rows[0]
    assert (stated["actor1"], stated["actor2"]) == ("Taliban", "Ahmad Massoud")
    assert stated["sub-type"] == "non-violent transfer of territory"
    spec = events_page.timeline(rows).to_dict()
    lanes = [lay["encoding"]["y"]["scale"]["domain"] for lay in spec["layer"]]
    assert lanes[0][-1] == events_page.REPORTED_LANE and "Strategic developments" in lanes[0]
    shapes = spec["layer"][1]["encoding"]["shape"]["scale"]
    assert dict(zip(shapes["domain"], shapes["range"], strict=True))["reported only"] == "diamond"
    styled = events_page._table(rows).to_html()
    assert styled.count("font-style: italic") >= 1  # the reported dates are greyed


def test_the_events_page_says_each_documents_date_and_where_it_came_from(app):
    from tests.fixtures.apptest import texts, unmd

    app.run()
    app.switch_page("geo/ui/pages/events.py").run()
    assert not app.exception
    shown = unmd(" ".join(texts(app)) + " ".join(c.value for c in app.caption))
    assert "2021-09-06 (from the header)" in shown
    (table,) = [d for d in app.dataframe if "actor1" in d.value.columns]
    assert {"actor1", "actor2", "sub-type", "date"} <= set(table.value.columns)
    assert "actors" not in table.value.columns
