"""The whole pipeline on the seed article and on arbitrary text."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo.documents import document_from_text, load_document
from geo.geometry import haversine_km
from geo.pipeline import analyze

PEOPLE = (
    "Hassan",
    "Khalid",
    "Massoud",
    "Saleh",
    "Fayez",
    "Zaland",
    "Turabi",
    "Muttaqi",
    "Mohammadi",
    "Hekmatullah",
    "Amrullah",
    "Bismillah",
)


@pytest.fixture(scope="module")
def seed_analysis(seed_path, gazetteer, nlp):
    return analyze(load_document(seed_path), gazetteer=gazetteer, nlp=nlp)


def resolved(analysis, text):
    return [r for r in analysis.resolutions if r.mention.text == text and r.place is not None]


def test_every_seed_place_is_resolved(seed_analysis):
    a = seed_analysis
    kabul = resolved(a, "Kabul")
    assert len(kabul) >= 5
    assert all(r.place.kind == "city" for r in kabul)
    assert haversine_km(kabul[0].place.lat, kabul[0].place.lon, 34.53, 69.17) < 10
    kapisa = [r for r in a.resolutions if "Kapisa" in r.mention.text and r.place]
    assert kapisa and kapisa[0].place.kind == "admin1" and kapisa[0].place.country == "AF"
    panjshir = resolved(a, "Panjshir")
    assert len(panjshir) >= 6
    assert {r.place.id for r in panjshir} <= {"geonames:6957555", "phys:panjshir-valley"}
    valley = [r for r in a.resolutions if "Panjshir Valley" in r.mention.text and r.place]
    assert valley and all(r.place.kind == "valley" for r in valley)
    river = [r for r in a.resolutions if "Panjshir River" in r.mention.text and r.place]
    assert river and river[0].place.kind == "river"
    hk = [r for r in a.resolutions if "Hindu Kush" in r.mention.text and r.place]
    assert hk and hk[0].place.kind == "mountain_range"
    af = resolved(a, "Afghanistan")
    assert af and af[0].place.kind == "country"


def test_no_person_is_resolved_as_a_place(seed_analysis):
    for r in seed_analysis.resolutions:
        if r.place is not None:
            assert not any(p in r.mention.text for p in PEOPLE), r.mention


def _events(a, etype):
    return [e for e in a.events if e.type == etype]


def test_seed_events(seed_analysis):
    a = seed_analysis
    kabul_id = resolved(a, "Kabul")[0].place.id
    take = [e for e in _events(a, "strategic_developments") if e.date == "2021-08-15"]
    assert take and kabul_id in take[0].place_ids
    # the parser ran on the trigger sentences: the Taliban act, no one else takes part
    assert [(x.text, x.role) for x in take[0].actors] == [("Taliban", "actor1")]
    commission = [
        e for e in a.events if e.date == "2021-08-17" and "commission" in e.trigger.lower()
    ]
    assert commission and any("Massoud" in x.text for x in commission[0].actors)
    sent = [
        e
        for e in _events(a, "strategic_developments")
        if kabul_id in e.place_ids
        and any("Kapisa" in a.resolutions[i].mention.text for i in e.mention_indices)
    ]
    assert sent, "Taliban send fighters from Kabul via Kapisa"
    meetings = [e for e in _events(a, "negotiation") if kabul_id in e.place_ids]
    assert meetings
    killed = [e for e in a.events if e.date == "2001"]
    assert killed and killed[0].type == "violence_against_civilians"
    assert killed[0].time_precision == "year"
    # every event has the report date; the dated ones keep their own dates
    assert a.document.date_source == "header"
    assert all(e.report_date == "2021-09-06" for e in a.events)
    assert {"2021-08-15", "2021-08-17", "2001"} <= {e.date for e in a.events}
    assert all((e.date is not None) == (e.date_kind == "event") for e in a.events)


FLOOD_REPORT = """Rivers burst their banks across the plains of Corvania

14 March 2023

LORRENBURG – Rising water forced thousands of families from their homes on Monday, the
district office said.

The Halvard Barrage has been closed to traffic since 2010 and the water board has managed it
for 20 years.

The Corvanian army sent boats to Lorrenburg on Sunday and evacuated 300 residents.
"""


def test_a_pasted_flood_report(gazetteer, nlp):
    doc = document_from_text(FLOOD_REPORT)
    assert (doc.date.isoformat(), doc.date_source) == ("2023-03-14", "dateline")
    a = analyze(doc, gazetteer=gazetteer, nlp=nlp)
    assert a.events and all(e.report_date == "2023-03-14" for e in a.events)
    assert not any(e.date and e.date.startswith("2010") for e in a.events)
    barrage = [e for e in a.events if "Barrage" in doc.sentence_text(e.sentence)]
    assert barrage and barrage[0].date_kind == "since" and barrage[0].span_start == "2010"
    assert barrage[0].date is None  # "for 20 years" is a duration, not a date either
    assert not any("Barrage" in x.text for e in a.events for x in e.actors)
    monday = [e for e in a.events if "Monday" in e.date_text]
    assert monday and monday[0].date == "2023-03-13"
    assert not any(e.date_text == "14 March 2023" for e in a.events)  # the dateline
    sent = [e for e in a.events if e.trigger.startswith("sent")]
    assert sent and sent[0].date == "2023-03-12" and sent[0].type == "strategic_developments"
    record = a.to_dict()
    assert record["document"]["date_source"] == "dateline"
    assert record["events"][0]["report_date"] == "2023-03-14"


def test_analysis_is_deterministic_and_json_serialisable(seed_path, gazetteer, nlp):
    a = analyze(load_document(seed_path), gazetteer=gazetteer, nlp=nlp).to_dict()
    b = analyze(load_document(seed_path), gazetteer=gazetteer, nlp=nlp).to_dict()
    assert json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)
    assert a["places"] and a["events"]


def test_places_group_their_mentions(seed_analysis):
    a = seed_analysis
    for s in a.places:
        assert all(a.resolutions[i].place.id == s.place.id for i in s.mention_indices)
    assert len({s.place.id for s in a.places}) == len(a.places)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(min_size=1, max_size=400))
def test_arbitrary_text_never_breaks_offsets(gazetteer, nlp, text):
    try:
        doc = document_from_text(text)
    except Exception as exc:  # only the documented "empty document" refusal is allowed
        assert "empty" in str(exc)
        return
    a = analyze(doc, gazetteer=gazetteer, nlp=nlp)
    for r in a.resolutions:
        m = r.mention
        assert 0 <= m.start < m.end <= len(doc.text)
        assert doc.text[m.start : m.end] == m.text
        assert 0.0 <= r.confidence <= 1.0
    for e in a.events:
        assert 0 <= e.trigger_start < e.trigger_end <= len(doc.text)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.sampled_from(
            [
                "Kabul",
                "Paris",
                "the Nile",
                "Mr. Smith",
                " ",
                "\n\n",
                "province",
                "River",
                ",",
                ".",
                "Georgia",
                "é",
                "\u200b",
                "🙂",
                "Hindu Kush",
            ]
        ),
        min_size=1,
        max_size=30,
    )
)
def test_place_like_soup_never_breaks_offsets(gazetteer, nlp, words):
    text = " ".join(words)
    if not text.strip():
        return
    doc = document_from_text(text)
    for r in analyze(doc, gazetteer=gazetteer, nlp=nlp).resolutions:
        assert doc.text[r.mention.start : r.mention.end] == r.mention.text
