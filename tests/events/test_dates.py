"""geo.events.dates: date expressions, normalisation against a reference date, speed."""

from __future__ import annotations

from datetime import date

import pytest

from geo.documents import load_document
from geo.events import find_dates
from geo.events.dates import LIMITS, DateLimits, parse_iso, shift_date
from tests.events.helpers import DOC_DATE, SEED


@pytest.mark.parametrize(
    "text, matched, iso, iso_end, precision",
    [
        ("on 15 August 2021", "15 August 2021", "2021-08-15", None, "day"),
        ("on August 15, 2021", "August 15, 2021", "2021-08-15", None, "day"),
        ("on Sunday, 15 August 2021", "Sunday, 15 August 2021", "2021-08-15", None, "day"),
        ("on the 15th of August 2021", "the 15th of August 2021", "2021-08-15", None, "day"),
        ("on Aug. 15 2021", "Aug. 15 2021", "2021-08-15", None, "day"),
        ("On August 17, two", "August 17", "2021-08-17", None, "day"),
        ("on 17 August", "17 August", "2021-08-17", None, "day"),
        ("on 20 December", "20 December", "2020-12-20", None, "day"),  # would be > 2 months ahead
        ("on 20 October", "20 October", "2021-10-20", None, "day"),  # within ~2 months: this year
        ("from 15-17 August 2021", "15-17 August 2021", "2021-08-15", "2021-08-17", "day"),
        ("on 2021-08-15", "2021-08-15", "2021-08-15", None, "day"),
        ("on 15/08/2021", "15/08/2021", "2021-08-15", None, "day"),
        ("on 08/15/2021", "08/15/2021", "2021-08-15", None, "day"),
        ("on 5/8/2021", "5/8/2021", "2021-05-08", None, "day"),  # ambiguous: dateparser, US order
        ("in August 2021", "August 2021", "2021-08", None, "month"),
        ("in early August 2021", "early August 2021", "2021-08", None, "month"),
        ("in August", "August", "2021-08", None, "month"),
        ("since May", "May", "2021-05", None, "month"),
        ("in June", "June", "2021-06", None, "month"),
        ("last December", "last December", "2020-12", None, "month"),
        ("last month", "last month", "2021-08", None, "month"),
        ("earlier this month", "earlier this month", "2021-09", None, "month"),
        ("in 2001", "2001", "2001", None, "year"),
        ("since 1996", "1996", "1996", None, "year"),
        ("the 2001 attack", "2001", "2001", None, "year"),
        ("from 1996 to 2001", "1996 to 2001", "1996", "2001", "year"),
        ("last year", "last year", "2020", None, "year"),
        ("yesterday", "yesterday", "2021-09-05", None, "day"),
        ("two days ago", "two days ago", "2021-09-04", None, "day"),
        ("3 days ago", "3 days ago", "2021-09-03", None, "day"),
        ("last Tuesday", "last Tuesday", "2021-08-31", None, "day"),
        ("on Friday", "Friday", "2021-09-03", None, "day"),
        ("a week ago", "a week ago", "2021-08-30", "2021-09-06", "week"),
        ("It has been a week now since", "It has been a week now since", "2021-08-30", "2021-09-06", "week"),
        ("for the past two weeks", "for the past two weeks", "2021-08-23", "2021-09-06", "week"),
        ("last week", "last week", "2021-08-30", "2021-09-05", "week"),
        ("a few days ago", "a few days ago", "2021-09-03", "2021-09-06", "approx"),
        ("two months ago", "two months ago", "2021-07", None, "month"),
    ],
)  # fmt: skip
def test_date_normalisation(text, matched, iso, iso_end, precision):
    (d,) = find_dates(text, DOC_DATE)
    assert (d.text, d.date, d.date_end, d.precision) == (matched, iso, iso_end, precision)
    assert text[d.start : d.end] == d.text and not d.anchored


@pytest.mark.parametrize(
    "text, dct, matched, iso, iso_end, precision",
    [
        ("a 2011 survey of the harbour", date(2021, 3, 10), "2011", "2011", None, "year"),
        ("the 2009-2010 season", date(2021, 3, 10), "2009-2010", "2009", "2010", "year"),
        ("The vote is tomorrow.", date(2021, 3, 10), "tomorrow", "2021-03-11", None, "day"),
        ("November's floods", date(2021, 3, 10), "November", "2020-11", None, "month"),
        ("ready by June", date(2021, 3, 10), "June", "2021-06", None, "month"),
        ("The board will meet on Monday.", date(2021, 3, 10), "Monday", "2021-03-15", None, "day"),
        ("The board met on Monday.", date(2021, 3, 10), "Monday", "2021-03-08", None, "day"),
        ("The fee is due on Jan. 2.", date(2021, 11, 4), "Jan. 2", "2022-01-02", None, "day"),
        ("in the third quarter", date(2021, 11, 4), "the third quarter", "2021-07", "2021-09", "month"),
        ("in the 1980s", date(2021, 3, 10), "the 1980s", "1980", "1989", "year"),
        ("a year earlier", date(2021, 3, 10), "a year earlier", "2020", None, "year"),
    ],
)  # fmt: skip
def test_new_date_rules(text, dct, matched, iso, iso_end, precision):
    (d,) = find_dates(text, dct, ranges=True)  # the event extractor's call
    assert (d.text, d.date, d.date_end, d.precision) == (matched, iso, iso_end, precision)
    assert d.type == "DATE" and d.value


def test_durations_sets_and_vague_references_are_no_event_dates():
    assert (
        find_dates("now, for three weeks, every Friday, daily, recently", date(2021, 3, 10)) == []
    )


@pytest.mark.parametrize(
    "text, offset, unit, anchor",
    [
        ("two days after the fall of Kabul, he", 2, "day", "the fall of Kabul"),
        ("three weeks before the talks in Doha", -3, "week", "the talks in Doha"),
        ("the next day", 1, "day", ""),
        ("a day later", 1, "day", ""),
        ("two months later", 2, "month", ""),
    ],
)
def test_anchored_expressions(text, offset, unit, anchor):
    (d,) = find_dates(text, DOC_DATE)
    assert d.anchored and d.date is None
    assert (d.offset, d.unit, d.anchor_text) == (offset, unit, anchor)


@pytest.mark.parametrize(
    "text",
    [
        "the Badri 313 Unit",
        "presented 12 suggestions",
        "suggestion number 6",
        "held up to 20 formal meetings",
        "a force of 2000 fighters",
        "by 2000 fighters",
        "from 1200 soldiers",
        "in 2001 people were killed",
        "they may go",
        "at 10:30",
        "Room 2021 is free",
        "a 2001 Toyota",
        "in 3000 BC",
        "it grew 2.5 percent",
        "on 31 February 2021",
        "they will march on",
        "version 1.2.3",
    ],
)
def test_numbers_that_are_not_dates(text):
    assert find_dates(text, DOC_DATE) == []


def test_relative_dates_without_document_date():
    assert find_dates("yesterday, two days ago, last month, in August", None) == []
    # absolute dates do not need the document date
    assert [d.date for d in find_dates("in 2001 and on 15 August 2021", None)] == [
        "2001",
        "2021-08-15",
    ]
    # a day without year cannot be placed
    assert find_dates("On August 17", None) == []


def test_find_dates_on_a_long_text():
    # speed: bench/pipeline.py, not a timed test
    text = "\n\n".join([load_document(SEED).text] * 200)
    assert len(find_dates(text, DOC_DATE)) == 5 * 200


def test_year_inference_cut_off():
    # a yearless date up to LIMITS.year_ahead_days after the reference date is this year's
    ahead = date.fromordinal(DOC_DATE.toordinal() + LIMITS.year_ahead_days)
    assert ahead == date(2021, 11, 7)
    assert [d.date for d in find_dates("on 7 November", DOC_DATE)] == ["2021-11-07"]
    assert [d.date for d in find_dates("on 8 November", DOC_DATE)] == ["2020-11-08"]


def test_reference_date_outside_the_limits_is_ignored():
    assert DateLimits() == LIMITS
    far = date(LIMITS.max_ref_year + 1, 1, 1)
    assert find_dates("yesterday", far) == []
    assert [d.date for d in find_dates("in 1999", far)] == ["1999"]


def test_calendar_helpers():
    assert parse_iso("2021") == date(2021, 1, 1)
    assert parse_iso("2021-08") == date(2021, 8, 1)
    assert shift_date(date(2021, 1, 31), 1, "month") == date(2021, 2, 28)
    assert shift_date(date(2020, 2, 29), -1, "year") == date(2019, 2, 28)
    assert shift_date(date(2000, 5, 1), 2, "decade") == date(2020, 5, 1)
    assert shift_date(date(9999, 12, 31), 1, "day") is None


def test_find_dates_gives_calendar_dates_unless_ranges_are_asked_for():
    ref = date(1989, 11, 2)
    text = "Sales fell in the second quarter and again on 3 May; in the 1990s they rose."
    assert [d.value for d in find_dates(text, ref)] == ["1989-05-03"]
    assert [d.value for d in find_dates(text, ref, ranges=True)] == ["1989-Q2", "1989-05-03", "199"]
    q2 = find_dates(text, ref, ranges=True)[0]
    assert (q2.date, q2.date_end) == ("1989-04", "1989-06")
