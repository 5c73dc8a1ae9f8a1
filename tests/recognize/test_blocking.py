"""People and organisations stay out: titles, PERSON entities, speakers, organisation names."""

from __future__ import annotations

import pytest

from tests.recognize.helpers import gazetteer, mentions, texts


@pytest.fixture(scope="module")
def gaz():
    return gazetteer()


def test_honorific_makes_a_person(gaz):
    ms = mentions("The delegation included Mawlawi Hassan and Shaikh Khalid.", gaz)
    assert "Hassan" not in texts(ms)


def test_abbreviated_title_makes_a_person(gaz):
    assert "Hassan" not in texts(mentions("The award went to Prof. Hassan this year.", gaz))


def test_person_entity_is_not_a_place(gaz):
    ms = mentions("Ahmad Massoud announced that Hassan Kabul would resist.", gaz,
                  {"Ahmad Massoud": "PERSON", "Hassan Kabul": "PERSON"})  # fmt: skip
    assert texts(ms) == []


def test_speaker_is_a_person(gaz):
    ms = mentions("The talks failed, Hassan said on Monday.", gaz)
    assert "Hassan" not in texts(ms)


def test_name_before_a_person_token(gaz):
    ms = mentions("Reporters met Hassan Rouhani on Monday.", gaz, {"Rouhani": "PERSON"})
    assert "Hassan" not in texts(ms)


def test_academic_media_and_bank_names_are_organisations(gaz):
    text = (
        "He studied at Kabul University, wrote for the Kabul Times and banked with Bank of Kabul."
    )
    assert "Kabul" not in texts(mentions(text, gaz))


def test_civic_bodies_keep_their_place(gaz):
    ms = mentions("The Kabul Police Department arrested two men.", gaz,
                  {"The Kabul Police Department": "ORG"})  # fmt: skip
    assert texts(ms) == ["Kabul"]
