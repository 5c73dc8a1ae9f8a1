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
