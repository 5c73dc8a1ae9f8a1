"""The typed records: JSON round trips and offset helpers."""

from __future__ import annotations

import json

from geo.models import Document, Mention, Passage, Place, Resolution, ScoredCandidate, Sentence


def test_place_round_trip_and_precision():
    p = Place("phys:hindu-kush", "Hindu Kush", "mountain_range", 35.6, 70.6,
              bbox=(67.0, 34.0, 74.0, 37.0), countries=("AF", "PK"))  # fmt: skip
    d = p.to_dict()
    assert json.loads(json.dumps(d))["bbox"] == [67.0, 34.0, 74.0, 37.0]
    assert Place.from_dict(d) == p
    assert p.precision == "extent"
    assert Place("x", "Kabul", "city", 34.5, 69.2).precision == "point"
    assert Place("x", "Kapisa", "admin1", 34.9, 69.6).precision == "admin1"


def test_sentence_at_is_a_binary_search():
    doc = Document(
        "d",
        "One. Two. Three.",
        passages=[Passage(0, 0, 16, (0, 1, 2))],
        sentences=[Sentence(0, 0, 0, 4), Sentence(1, 0, 5, 9), Sentence(2, 0, 10, 16)],
    )
    assert doc.sentence_at(0).index == 0
    assert doc.sentence_at(6).index == 1
    assert doc.sentence_at(15).index == 2
    assert doc.sentence_at(4) is None  # the space between sentences
    assert doc.sentence_text(1) == "Two."


def test_unresolved_is_explicit_and_serialisable():
    m = Mention(0, 5, "Xyzzy", method="gazetteer")
    r = Resolution(m, None, 0.0, (), reason="no gazetteer entry")
    d = r.to_dict()
    assert d["place_id"] is None and d["precision"] is None and not r.resolved
    kabul = Place("geonames:1138958", "Kabul", "city", 34.53, 69.17)
    r2 = Resolution(m, kabul, 0.9, (ScoredCandidate(kabul, 0.9, features={"prior": 0.5}),))
    assert json.loads(json.dumps(r2.to_dict()))["alternatives"][0]["id"] == "geonames:1138958"


def test_event_dates_roles_and_document_date_source_are_serialised():
    from typing import get_args

    from geo.models import LEGACY_EVENT_TYPES, Actor, Event, EventType

    a = Actor("Grey Legion", 4, 15, "group", "actor1")
    e = Event("e0", 0, "held", 16, 20, "battles", actors=(a,), report_date="2023-03-14",
              date_kind="since", span_start="2010")  # fmt: skip
    d = json.loads(json.dumps(e.to_dict()))
    assert d["actors"][0]["role"] == "actor1" and d["date"] is None
    assert (d["report_date"], d["date_kind"], d["span_start"]) == ("2023-03-14", "since", "2010")
    assert Actor("X", 0, 1, "person").role == "other"
    assert Event("e1", 0, "x", 0, 1, "other").date_kind == "none"
    types = get_args(EventType)
    assert types[:6] == ("battles", "violence_against_civilians", "explosions_remote_violence",
                         "protests", "riots", "strategic_developments")  # fmt: skip
    old = {"movement", "control", "fighting", "negotiation", "statement", "government", "other"}
    assert set(LEGACY_EVENT_TYPES) == old and set(LEGACY_EVENT_TYPES.values()) <= set(types)
    doc = Document("d", "x", date_source="none")
    assert doc.to_dict()["date_source"] == "none" and doc.to_dict()["date_span"] is None


def test_mention_form_and_is_demonym_stay_in_sync():
    from geo.models import MENTION_FORMS, Mention

    assert Mention(0, 4, "Kabul").form == "name"
    assert not Mention(0, 4, "Kabul").is_demonym
    old = Mention(0, 6, "Afghan", is_demonym=True)  # older callers
    assert old.form == "demonym"
    adj = Mention(0, 7, "Russian", form="adjectival")
    assert adj.is_demonym and adj.to_dict()["form"] == "adjectival"
    assert set(MENTION_FORMS) == {
        "name",
        "adjectival",
        "demonym",
        "organisation-of-place",
        "facility",
    }
