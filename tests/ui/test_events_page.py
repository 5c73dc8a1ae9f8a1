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
