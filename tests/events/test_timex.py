"""geo.events.timex: TimeML expressions of every type (DATE, TIME, DURATION, SET)."""

from __future__ import annotations

from datetime import date

import pytest

from geo.events import find_dates, find_timexes

WED = date(2021, 3, 10)  # a Wednesday in March (Q1, H1)
NOV = date(2021, 11, 4)  # a Thursday in November (Q4, H2)


def _one(text: str, dct: date) -> tuple[str, str, str | None]:
    found = find_timexes(text, dct)
    assert len(found) == 1, found
    (m,) = found
    assert text[m.start : m.end] == m.text
    return m.text, m.type, m.value


@pytest.mark.parametrize(
    "text, dct, matched, kind, value",
    [
        # vague references
        ("The ferry is now running again.", WED, "now", "DATE", "PRESENT_REF"),
        ("The bridge is currently closed.", WED, "currently", "DATE", "PRESENT_REF"),
        ("The mill recently hired bakers.", WED, "recently", "DATE", "PAST_REF"),
        ("Prices may fall in the near future.", WED, "the near future", "DATE", "FUTURE_REF"),
        # quarters and halves
        ("Its third-quarter sales rose.", NOV, "third-quarter", "DATE", "2021-Q3"),
        ("Sales fell in the fourth quarter.", WED, "the fourth quarter", "DATE", "2020-Q4"),
        ("Profit in the second quarter of 2019 fell.", WED, "the second quarter of 2019", "DATE", "2019-Q2"),
        ("Output grew in the first half.", NOV, "the first half", "DATE", "2021-H1"),
        ("Output grew in the second half.", WED, "the second half", "DATE", "2020-H2"),
        # bare years, ranges
        ("a 2009 analysis of river traffic", WED, "2009", "DATE", "2009"),
        ("the 2009-2010 season", WED, "2009-2010", "DATE", "2009"),
        ("the 1957-58 winter", WED, "1957-58", "DATE", "1957"),
        ("Fiscal 1999 results", WED, "1999", "DATE", "1999"),
        ("It opened in nineteen ninety-six.", WED, "nineteen ninety-six", "DATE", "1996"),
        # relative days, parts of days, clock times
        ("The vote is tomorrow.", WED, "tomorrow", "DATE", "2021-03-11"),
        ("They met this morning.", WED, "this morning", "TIME", "2021-03-10TMO"),
        ("The shop opens at 9:30 a.m.", WED, "9:30 a.m.", "TIME", "2021-03-10T09:30"),
        # months without preposition, year of a month without year
        ("December's rainfall was low.", WED, "December", "DATE", "2020-12"),
        ("The dam must be ready by June.", WED, "June", "DATE", "2021-06"),
        ("The canal will reopen in February.", NOV, "February", "DATE", "2022-02"),
        ("The toll is due on Jan. 2.", NOV, "Jan. 2", "DATE", "2022-01-02"),
        # weekdays: future clause -> the next one, reported -> the last one
        ("The council will meet on Monday.", WED, "Monday", "DATE", "2021-03-15"),
        ("The council met on Monday.", WED, "Monday", "DATE", "2021-03-08"),
        ("The pier was closed Friday night.", WED, "Friday night", "TIME", "2021-03-05TNI"),
        ("The canal reopens in April next year.", NOV, "April next year", "DATE", "2022-04"),
        # seasons, weekends, decades, centuries
        ("The lake froze last winter.", WED, "last winter", "DATE", "2020-WI"),
        ("Visitors return this summer.", WED, "this summer", "DATE", "2021-SU"),
        ("The roads were quiet over the weekend.", WED, "the weekend", "DATE", "2021-W09-WE"),
        ("Trams ran until the 1990s.", WED, "the 1990s", "DATE", "199"),
        ("a mill from the 19th century", WED, "the 19th century", "DATE", "18"),
        ("a fashion of the late '60s", WED, "the late '60s", "DATE", "196"),
        # holidays: the nearest occurrence
        ("The ferry sank on Thanksgiving Day.", NOV, "Thanksgiving Day", "DATE", "2021-11-25"),
        ("Polls close on Election Day.", NOV, "Election Day", "DATE", "2021-11-02"),
        ("It snowed last Christmas.", WED, "last Christmas", "DATE", "2020-12-25"),
        # durations
        ("The road was shut for three weeks.", WED, "three weeks", "DURATION", "P3W"),
        ("a week-long festival of kites", WED, "a week-long", "DURATION", "P1W"),
        ("He rowed for 20 years.", WED, "20 years", "DURATION", "P20Y"),
        ("a 99-year lease", WED, "99-year", "DURATION", "P99Y"),
        ("the first nine months of trading", WED, "the first nine months", "DURATION", "P9M"),
        ("The talks lasted five hours.", WED, "five hours", "DURATION", "PT5H"),
        ("It took several years to dig.", WED, "several years", "DURATION", "PXY"),
        ("Rents rose over the past two years.", WED, "the past two years", "DURATION", "P2Y"),
        ("The dispute ran for almost two decades.", WED, "almost two decades", "DURATION", "P20Y"),
        ("Costs fall over the next three quarters.", WED, "the next three quarters", "DURATION", "P9M"),
        ("The ship docked two days later.", WED, "two days later", "DURATION", "P2D"),
        # sets
        ("The market opens every Friday.", WED, "every Friday", "SET", "XXXX-WXX-5"),
        ("The ferry sails daily.", WED, "daily", "SET", "P1D"),
        ("The fair comes each year.", WED, "each year", "SET", "P1Y"),
        ("Fees rose 3 percent a year.", WED, "a year", "SET", "P1Y"),
        ("The bus comes every two hours.", WED, "every two hours", "SET", "PT2H"),
        # "since 2010" is a DATE: the start of a duration
        ("The bakery has been open since 2010.", WED, "2010", "DATE", "2010"),
    ],
)  # fmt: skip
def test_timex_values(text, dct, matched, kind, value):
    assert _one(text, dct) == (matched, kind, value)


def test_a_year_ago_takes_the_granularity_of_the_reference():
    text = "Third-quarter profit rose to $5 million from $4 million a year earlier."
    values = [(m.text, m.value) for m in find_timexes(text, NOV)]
    assert values == [("Third-quarter", "2021-Q3"), ("a year earlier", "2020-Q3")]
    # without a quarter or month around, a year
    assert _one("A year ago the orchard was bare.", NOV)[2] == "2020"


def test_the_quarter_refers_to_the_last_quarter_mentioned():
    text = "Sales fell in the second quarter. The quarter was the worst since the year-ago period."
    values = [m.value for m in find_timexes(text, NOV)]
    assert values == ["2021-Q2", "2021-Q2", "2020-Q2"]


def test_the_next_day_follows_the_last_day_mentioned():
    text = "The storm hit on 3 February 2021. The next day the port reopened."
    values = [m.value for m in find_timexes(text, WED)]
    assert values == ["2021-02-03", "2021-02-04"]


def test_anchored_durations():
    (m,) = find_timexes("two days after the flood", WED)
    assert (m.type, m.value) == ("DURATION", "P2D")


def test_find_dates_keeps_to_dates_that_can_date_an_event():
    text = (
        "For three weeks the bridge was shut; it now opens daily. Sales rose in the "
        "third quarter and in the 1990s, and the toll rose in a 2009 review."
    )
    found = find_dates(text, NOV, ranges=True)  # as the event extractor asks
    assert [d.text for d in found] == ["the third quarter", "the 1990s", "2009"]
    assert all(d.type in ("DATE", "TIME") and d.date for d in found)
    q, decade, year = found
    assert (q.date, q.date_end, q.precision, q.value) == ("2021-07", "2021-09", "month", "2021-Q3")
    assert (decade.date, decade.date_end, decade.value) == ("1990", "1999", "199")
    assert (year.date, year.value) == ("2009", "2009")


def test_find_dates_keeps_windows_as_dates():
    (d,) = find_dates("for the past two weeks", WED)
    assert (d.type, d.date, d.date_end) == ("DATE", "2021-02-24", "2021-03-10")
    (t,) = find_timexes("for the past two weeks", WED)
    assert (t.type, t.value) == ("DURATION", "P2W")


@pytest.mark.parametrize(
    "text",
    [
        "a quarter of the wheat",
        "the fall of the old bridge",
        "a fall in prices",
        "Room 2021 is free",
        "a 2001 Toyota",
        "a 6-year-old boy",
        "three-quarters of the voters",
        "the annual March for Peace",
        "the company's headquarters",
        "they may go",
    ],
)
def test_not_timexes(text):
    assert find_timexes(text, WED) == []


def test_without_a_creation_time_only_absolute_values():
    values = [m.value for m in find_timexes("now, for three weeks, in the 1990s, tomorrow", None)]
    assert values == ["PRESENT_REF", "P3W", "199"]


def test_every_value_is_filled():
    text = "On 5 March 2021 and last week, for two days, every Monday, recently. The next day."
    assert all(m.value for m in find_timexes(text, WED))
    found = find_dates(text, WED)
    assert all(d.value for d in found)
    assert (found[-1].anchored, found[-1].value) == (True, "XXXX-XX-XX")  # resolved by the caller


def test_pos_and_endpos_limit_the_search():
    text = "Now, in the third quarter of 2020, sales rose for three weeks. Then 2019."
    found = find_timexes(text, WED, pos=5, endpos=61)
    assert [m.text for m in found] == ["the third quarter of 2020", "three weeks"]
    assert [d.text for d in find_dates(text, WED, pos=5, endpos=61, ranges=True)] == [
        "the third quarter of 2020"
    ]


def test_every_date_vocabulary_row_has_a_source():
    from geo import settings
    from geo.events.lexicon import read_rows

    files = sorted(settings.LEXICON_DIR.glob("dates_*.csv"))
    assert len(files) >= 4
    for path in files:
        rows = list(read_rows(path))
        assert rows and all(row["source"] for _, row in rows)


def test_that_year_and_that_day_refer_back():
    text = "The mill burned in June 1998 and reopened later that year. On 3 May 2001 it flooded; earlier that day the dam broke."
    values = [(m.text, m.value) for m in find_timexes(text, WED)]
    assert values == [
        ("June 1998", "1998-06"),
        ("later that year", "1998"),
        ("3 May 2001", "2001-05-03"),
        ("earlier that day", "2001-05-03"),
    ]
    assert find_timexes("That day was grim.", WED) == []  # nothing to refer to
