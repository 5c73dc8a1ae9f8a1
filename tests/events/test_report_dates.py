"""Event dates vs the report date: "since X" and durations never date an event, every
event carries the document's date as its report date, the dateline dates no event."""

from __future__ import annotations

from datetime import date

from geo.documents import document_from_text
from geo.events import extract_events
from geo.events.dates import DateMatch
from geo.events.extract import date_role
from tests.events.helpers import events_of, tagged


def test_date_role():
    text = "It was closed since 2010 and ran for 20 years, then reopened on 3 May 2021."
    since = DateMatch(text.index("2010"), text.index("2010") + 4, "2010", "2010", None, "year")
    assert date_role(since, text, 0) == "since"
    s = text.index("for 20")
    assert date_role(DateMatch(s, s + 12, "for 20 years", "2001", "2021", "year"), text, 0) == (
        "skip"
    )
    s = text.index("3 May")
    day = DateMatch(s, s + 10, "3 May 2021", "2021-05-03", None, "day")
    assert date_role(day, text, 0) == "event"
    timeml = DateMatch(s, s + 10, "3 May 2021", None, None, "day", type="DURATION", value="P3D")
    assert date_role(timeml, text, 0) == "skip"
    assert date_role(DateMatch(0, 4, "Since 2010", "2010", precision="year"), "Since 2010", 0) == (
        "since"
    )


def test_since_is_a_span_start_not_the_event_date():
    (e,) = events_of(
        "The/DT canal/NN has/VBZ been/VBN blocked/VBN since/IN 2010/CD ./.",
        doc_date=date(2023, 3, 14),
    )
    assert e.date is None and e.time_precision == "unknown"
    assert (e.date_kind, e.span_start, e.report_date) == ("since", "2010", "2023-03-14")


def test_an_explicit_date_wins_over_since():
    (e,) = events_of(
        "Rebels/NNS have/VBP held/VBN Tolvar/NNP since/IN 2019/CD and/CC shelled/VBD it/PRP "
        "on/IN 2/CD May/NNP 2023/CD ./.",
        doc_date=date(2023, 5, 5),
    )
    assert (e.date, e.date_kind, e.span_start) == ("2023-05-02", "event", "2019")


def test_every_event_has_the_report_date_or_none_without_a_document_date():
    spec = (
        "Troops/NNS advanced/VBD ./. || The/DT talks/NNS ended/VBD on/IN 4/CD May/NNP 2023/CD ./."
    )
    e0, e1 = events_of(spec, doc_date=date(2023, 5, 6))
    assert (e0.report_date, e0.date, e0.date_kind) == ("2023-05-06", None, "none")
    assert (e1.report_date, e1.date, e1.date_kind) == ("2023-05-06", "2023-05-04", "event")
    (e,) = events_of("Troops/NNS advanced/VBD ./.", doc_date=None)
    assert e.report_date is None and e.date_kind == "none"
    assert e.to_dict()["report_date"] is None and "span_start" in e.to_dict()


def test_the_dateline_dates_the_document_not_its_first_event():
    text = "MERROW, 14 March 2023 – Rebels shelled the port. Talks began on 12 March 2023."
    doc = document_from_text(text)
    assert (doc.date, doc.date_source) == (date(2023, 3, 14), "dateline")
    assert doc.text[doc.date_span[0] : doc.date_span[1]] == "14 March 2023"
    spec = (
        "MERROW/NNP ,/, 14/CD March/NNP 2023/CD –/: Rebels/NNS shelled/VBD the/DT port/NN ./. "
        "Talks/NNS began/VBD on/IN 12/CD March/NNP 2023/CD ./."
    )
    tdoc, result = tagged(spec, doc_date=None)
    tdoc.date, tdoc.date_span = doc.date, doc.date_span
    assert tdoc.text == text
    e0, e1 = extract_events(tdoc, result, [])
    assert e0.trigger == "shelled" and e0.date is None and e0.report_date == "2023-03-14"
    assert e1.date == "2023-03-12"


def test_a_date_of_a_conjoined_clause_does_not_date_the_trigger():
    # "The Halvard Board has run the canal since 2010 , and engineers opened it on Sunday ."
    spec = (
        "The/DT/det/1 Halvard_Board/NNP/nsubj/3 has/VBZ/aux/3 run/VBN/ROOT/3 the/DT/det/5 "
        "canal/NN/dobj/3 since/IN/prep/3 2010/CD/pobj/6 ,/,/punct/3 and/CC/cc/3 "
        "engineers/NNS/nsubj/11 opened/VBD/conj/3 it/PRP/dobj/11 on/IN/prep/11 "
        "Sunday/NNP/pobj/13 ./././3"
    )
    doc, result = tagged(spec, doc_date=date(2023, 3, 14), ents=(("Halvard Board", "ORG"),))
    (e,) = extract_events(doc, result, [])
    assert e.trigger == "run"
    assert (e.date, e.date_kind, e.span_start) == (None, "since", "2010")
    assert [(a.text, a.role) for a in e.actors] == [("Halvard Board", "actor1")]
    # the same words without a parse: the nearest date, as before
    plain = " ".join(w.rsplit("/", 2)[0] for w in spec.split())
    (e,) = events_of(plain, doc_date=date(2023, 3, 14))
    assert e.date == "2023-03-12"
