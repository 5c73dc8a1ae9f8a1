"""Airports named in text: an airport's own name or alias ending in an airport word is the
airport, whatever label spaCy gives it (our own sentences)."""

from __future__ import annotations

import pytest

from geo.recognize.lexicon import lexicon


def test_airport_words_are_a_lexicon_with_provenance():
    heads = lexicon().airport_heads
    assert {"Airport", "Airfield", "Airbase"} <= heads
    assert "airport" not in heads  # case-sensitive: a name's own capitalised word


@pytest.mark.slow
def test_an_airfield_spacy_reads_as_a_person_is_the_airport(gazetteer, nlp):
    from geo.documents import document_from_text
    from geo.pipeline import analyze

    text = (
        "The last transport planes left Bagram Airfield before dawn, and the convoy drove "
        "south. Passengers later waited for hours at Gatwick."
    )
    a = analyze(document_from_text(text), gazetteer=gazetteer, nlp=nlp)
    found = {r.mention.text: r.place for r in a.resolutions if r.place}
    assert found["Bagram Airfield"].kind == "airport"
    assert found["Bagram Airfield"].country == "AF"


@pytest.mark.slow
def test_an_airport_word_alone_or_a_company_is_no_airport(gazetteer, nlp):
    from geo.documents import document_from_text
    from geo.pipeline import analyze

    text = "Airport Road was closed. Shares of Harbor Airport Services Inc. fell on Tuesday."
    a = analyze(document_from_text(text), gazetteer=gazetteer, nlp=nlp)
    assert not [r for r in a.resolutions if r.place and r.place.kind == "airport"]
