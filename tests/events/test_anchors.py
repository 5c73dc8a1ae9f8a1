"""geo.events.anchors: anchored dates tied to other events."""

from __future__ import annotations

from tests.events.helpers import events_of


def test_anchor_to_the_fall_of_kabul():
    spec = (
        "The/DT Taliban/NNP took/VBD control/NN of/IN Kabul/NNP on/IN 15/CD August/NNP 2021/CD ./. || "
        "Two/CD days/NNS after/IN the/DT fall/NN of/IN Kabul/NNP ,/, Massoud/NNP "
        "commissioned/VBD a/DT delegation/NN ./."
    )
    e0, e1 = events_of(spec)
    assert (e0.type, e0.date) == ("strategic_developments", "2021-08-15")
    # "fall" inside the date expression is not a trigger
    assert (e1.trigger, e1.type) == ("commissioned a delegation", "negotiation")
    assert (e1.date, e1.time_precision, e1.anchor_event) == ("2021-08-17", "day", "e0")
    assert e1.date_text == "Two days after the fall of Kabul"


def test_anchor_before_and_weeks():
    spec = (
        "The/DT Taliban/NNP captured/VBD Kabul/NNP on/IN 15/CD August/NNP 2021/CD ./. || "
        "Three/CD weeks/NNS before/IN the/DT capture/NN of/IN Kabul/NNP ,/, talks/NNS "
        "began/VBD ./."
    )
    _, e1 = events_of(spec)
    assert (e1.date, e1.time_precision, e1.anchor_event) == ("2021-07-25", "week", "e0")


def test_anchor_the_next_day_and_later():
    spec = (
        "Talks/NNS began/VBD on/IN 3/CD March/NNP 2020/CD ./. || "
        "The/DT next/JJ day/NN ,/, the/DT delegation/NN left/VBD ./. || "
        "Three/CD days/NNS later/RB ,/, fighting/NN resumed/VBD ./."
    )
    e0, e1, e2 = events_of(spec)
    assert e0.date == "2020-03-03"
    assert (e1.date, e1.anchor_event) == ("2020-03-04", "e0")
    assert (e2.date, e2.anchor_event) == ("2020-03-07", "e1")


def test_anchor_without_a_matching_event_gives_no_date():
    spec = "Two/CD days/NNS after/IN the/DT fall/NN of/IN Herat/NNP ,/, troops/NNS withdrew/VBD ./."
    (e,) = events_of(spec)
    assert e.date is None and e.anchor_event is None
