"""The acceptance rules: common words, labels and strength, streets and diseases."""

from __future__ import annotations

import pytest

from geo.documents import document_from_text
from geo.gazetteer import MemoryGazetteer
from geo.models import Place
from geo.nlp import NlpResult, Token
from geo.recognize import find_mentions
from tests.recognize.helpers import PLACES, gazetteer, make_nlp, mentions, texts


def _town(name: str, country: str, admin1: str) -> Place:
    return Place(id=f"p:{name.lower()}", name=name, kind="city", lat=1.0, lon=2.0,
                 country=country, admin1=admin1, population=3_000, importance=0.3)  # fmt: skip


@pytest.fixture(scope="module")
def gaz():
    return gazetteer()


def test_sentence_initial_common_word_is_not_a_place(gaz):
    nlp = make_nlp("Police said the road was closed.")
    # a tagger would call sentence-initial "Police" a common noun
    toks = tuple(Token(t.start, t.end, t.text, "NNS" if t.text == "Police" else t.tag, "", "")
                 for t in nlp.tokens)  # fmt: skip
    doc = document_from_text("Police said the road was closed.")
    assert find_mentions(doc, NlpResult(toks, ()), gaz) == []


def test_org_label_with_strong_gazetteer_evidence(gaz):
    ms = mentions("The people of Panjshir would resist.", gaz, {"Panjshir": "ORG"})
    assert texts(ms) == ["Panjshir"]


def test_street_and_disease_words_make_a_name_no_place(gaz):
    assert texts(mentions("The shop on Kabul Street reopened.", gaz)) == []
    assert texts(mentions("Doctors studied the Kapisa virus for years.", gaz)) == []


def test_date_entity_holds_no_place(gaz):
    ms = mentions("The Springfield Day parade went ahead.", gaz, {"Springfield Day": "DATE"})
    assert texts(ms) == []


def test_small_town_with_a_location_cue(gaz):
    small = MemoryGazetteer([*PLACES, _town("Quillan", "FR", "76")])
    assert texts(mentions("Floods reached Quillan on Monday.", small)) == []
    assert texts(mentions("Floods reached the streets in Quillan on Monday.", small)) == ["Quillan"]


def _with_us() -> MemoryGazetteer:
    us = Place(id="c:us", name="United States", kind="country", lat=39.8, lon=-98.6,
               country="US", importance=0.99, aliases=("US",))  # fmt: skip
    return MemoryGazetteer([*PLACES, us])


def test_country_code_written_with_a_currency_sign_is_money():
    gaz = _with_us()
    assert texts(mentions("The visa cost US$40 in Kabul.", gaz)) == ["Kabul"]
    assert texts(mentions("Exports were worth $US 3 billion.", gaz)) == []
    assert texts(mentions("Aid from the US reached Kabul.", gaz)) == ["US", "Kabul"]


def test_hyphenated_name_with_a_part_that_is_no_place(gaz):
    assert texts(mentions("She wrote for the Kabul-Tribune before the war.", gaz)) == []
    assert texts(mentions("Tests found the Lindqvist-Springfield strain.", gaz)) == []
    # both halves are places, or the other half is an abbreviation: kept
    assert texts(mentions("The Kabul-Panjshir road reopened.", gaz)) == ["Kabul", "Panjshir"]
    assert texts(mentions("Sen. Ada Moss, D-Springfield, voted no.", gaz)) == ["Springfield"]


def test_name_of_a_pathogen_is_no_place_elsewhere_in_the_document(gaz):
    text = "The Springfield virus spreads fast. Springfield killed three of the patients."
    assert texts(mentions(text, gaz)) == []
    text = "The Springfield virus spreads fast. Doctors flew to Springfield on Monday."
    assert texts(mentions(text, gaz)) == ["Springfield"]


def _with_entity(nlp: NlpResult, start: int, end: int, text: str, label: str) -> NlpResult:
    from geo.nlp import Entity

    ents = sorted((*nlp.entities, Entity(start, end, text, label)), key=lambda e: e.start)
    toks = tuple(
        Token(t.start, t.end, t.text, t.tag, t.pos, label if start <= t.start < end else t.ent)
        for t in nlp.tokens
    )
    return NlpResult(toks, tuple(ents))


def test_a_place_inside_the_name_of_a_war_or_a_saints_day_is_no_mention(gaz):
    # the place names the thing: "the Kabul War" (EVENT), though "Kabul" is a place elsewhere
    text = "He served in the Kabul War. He now lives in Kabul."
    doc = document_from_text(text)
    last = text.rindex("Kabul")
    nlp = _with_entity(make_nlp(text, {"Kabul War": "EVENT"}), last, last + 5, "Kabul", "GPE")
    ms = find_mentions(doc, nlp, gaz)
    assert [(m.text, m.start) for m in ms] == [("Kabul", last)]
    # a saint's name after "St.", even inside a span spaCy calls GPE
    text = "St. Kabul's Day parades filled the streets."
    ms = mentions(text, gaz, {"St. Kabul's Day": "GPE"})
    assert texts(ms) == []
    # a whole entity with such a label is judged as before
    ms = mentions("Fighting near Kabul ended.", gaz, {"Kabul": "EVENT"})
    assert texts(ms) == ["Kabul"]


def test_a_noun_for_inhabitants_after_a_name_is_a_location_cue(gaz):
    # spaCy's small model reads such a lone name as a person
    person = {"Springfield": "PERSON"}
    ms = mentions("About forty Springfield residents marched on Friday.", gaz, person)
    assert texts(ms) == ["Springfield"]
    assert texts(mentions("About forty Springfield teachers marched on Friday.", gaz, person)) == []


def test_a_name_read_as_a_people_is_the_unit_its_type_cue_names(gaz):
    # spaCy's small model reads "Balochistan province" as a group of people (NORP)
    norp = {"Kapisa": "NORP"}
    ms = mentions("Floods hit the Kapisa province of Afghanistan.", gaz, norp)
    assert "Kapisa" in texts(ms)
    assert "Kapisa" not in texts(mentions("Kapisa elders met on Monday.", gaz, norp))
