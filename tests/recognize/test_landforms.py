"""Landforms named in text: a name of several words ending in a landform word that the
gazetteer holds as a place's own name is a place, whatever label spaCy gives it
(``acceptance.named_landform``; our own sentences)."""

from __future__ import annotations

import pytest

from geo.recognize.lexicon import lexicon


def test_landform_words_are_a_lexicon_with_provenance():
    heads = lexicon().landform_heads
    assert {"Falls", "Dam", "Park"} <= heads
    assert "falls" not in heads  # case-sensitive: a name's own capitalised word


@pytest.mark.slow
def test_falls_spacy_reads_as_a_person_is_the_place(gazetteer, nlp):
    from geo.documents import document_from_text
    from geo.pipeline import analyze

    # spaCy's small model tags "Victoria Falls" PERSON in this sentence
    text = "Tourists returned to Victoria Falls after the rains."
    a = analyze(document_from_text(text), gazetteer=gazetteer, nlp=nlp)
    found = {r.mention.text: r.place for r in a.resolutions if r.place}
    assert found["Victoria Falls"].country == "ZW"


@pytest.mark.slow
def test_a_landform_name_inside_a_longer_name_is_not_taken(gazetteer, nlp):
    from geo.documents import document_from_text
    from geo.pipeline import analyze

    text = "The Victoria Falls Hotel Company reported record bookings."
    a = analyze(document_from_text(text), gazetteer=gazetteer, nlp=nlp)
    assert "Victoria Falls" not in {r.mention.text for r in a.resolutions}
