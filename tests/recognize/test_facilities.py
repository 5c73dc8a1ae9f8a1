"""Streets, squares and buildings: mentions of form "facility" (our own sentences)."""

from __future__ import annotations

import pytest

from geo.gazetteer import MemoryGazetteer
from geo.models import FACILITY_KINDS, Place
from geo.recognize import select_forms
from geo.recognize.lexicon import lexicon
from tests.recognize.helpers import PLACES, gazetteer, mentions


def _by_text(ms):
    return {m.text: m for m in ms}


def test_heads_are_a_lexicon_of_facility_kinds():
    heads = lexicon().facility_heads
    assert heads["Street"] == "street" and heads["St."] == "street"
    assert heads["Square"] == "square" and heads["Hotel"] == "building"
    assert set(heads.values()) <= set(FACILITY_KINDS)
    assert "street" not in heads  # case-sensitive: a name's own capitalised word


def test_a_street_named_in_the_text_is_a_facility_mention():
    ms = mentions(
        "A car bomb exploded near a hotel on Chicken Street in Kabul.",
        gazetteer(),
        {"Kabul": "GPE"},
    )
    found = _by_text(ms)
    assert found["Chicken Street"].form == "facility"
    assert found["Chicken Street"].cue == "street"
    assert found["Kabul"].form == "name"


def test_a_square_and_a_building():
    found = _by_text(mentions("The rally filled Liberty Square near the Grand Hotel.", gazetteer()))
    assert found["Liberty Square"].form == "facility" and found["Liberty Square"].cue == "square"
    assert found["Grand Hotel"].cue == "building"


def test_a_possessive_ends_the_facilitys_name():
    ms = mentions("Crowds filled Kabul's Liberty Square.", gazetteer())
    assert [m.text for m in ms if m.form == "facility"] == ["Liberty Square"]


def test_only_the_facilities_setting_shows_facilities():
    ms = mentions("Shops on Chicken Street in Kabul were closed.", gazetteer(), {"Kabul": "GPE"})
    assert [m.text for m in select_forms(ms, "names")] == ["Kabul"]
    # "all" is every reference to a place ("Russian", "the EU"), not streets
    assert [m.text for m in select_forms(ms, "all")] == ["Kabul"]
    assert "Chicken Street" in [m.text for m in select_forms(ms, "facilities")]


def test_a_street_tagged_as_a_place_after_a_house_number_is_a_facility_not_a_name():
    ms = mentions(
        "Police said the couple lived at 12 Oak St., Springfield, Illinois.",
        gazetteer(),
        {"Oak St": "GPE", "Springfield": "GPE", "Illinois": "GPE"},
    )
    found = _by_text(ms)
    assert found["Oak St"].form == "facility"
    assert [m.text for m in select_forms(ms, "names")] == ["Springfield", "Illinois"]


def test_a_gazetteer_town_named_like_a_facility_stays_a_name():
    gaz = MemoryGazetteer(
        [*PLACES, Place("p:stony", "Stony Bridge", "city", 34.6, 69.2, country="AF",
                        population=40_000, importance=0.5)]
    )  # fmt: skip
    found = _by_text(mentions("The flood reached Stony Bridge on Monday.", gaz))
    assert found["Stony Bridge"].form == "name"


@pytest.mark.parametrize(
    ("text", "ents"),
    [
        ("Diane Lane visited Kabul on Monday.", {"Diane Lane": "PERSON", "Kabul": "GPE"}),
        ("The Wall Street Journal reported from Kabul.", {"Kabul": "GPE"}),
        ("Parades were held on Memorial Day in Kabul.", {"Kabul": "GPE"}),
    ],
)
def test_names_that_only_look_like_facilities(text, ents):
    ms = mentions(text, gazetteer(), ents)
    assert [m.text for m in ms if m.form == "facility"] == []
    assert "Kabul" in [m.text for m in ms]


def test_a_road_of_a_county_keeps_the_county_name():
    ms = mentions("Flooding closed Fernvale County Road 3 on Monday.", gazetteer())
    assert [m.text for m in ms if m.form == "facility"] == []


def test_a_road_named_after_a_river_is_the_road_but_a_states_road_keeps_the_state():
    ms = mentions("Rocks blocked Panjshir River Road on Monday.", gazetteer())
    assert [(m.text, m.form) for m in ms] == [("Panjshir River Road", "facility")]
    ms = mentions("Traffic backed up on the Illinois Turnpike near Springfield.", gazetteer())
    assert [(m.text, m.form) for m in ms] == [("Illinois", "name"), ("Springfield", "name")]


def test_a_building_named_after_its_town_keeps_the_town():
    ms = mentions(
        "He was flown from Kabul to Springfield. He died at Springfield Hospital.",
        gazetteer(),
        {"Kabul": "GPE", "Springfield": "GPE"},
    )
    assert [m.text for m in ms] == ["Kabul", "Springfield", "Springfield"]


def test_a_person_named_before_a_hospital_is_the_hospitals_name():
    ms = mentions(
        "The wounded were taken to Wazir Akbar Khan Hospital in Kabul.",
        gazetteer(),
        {"Wazir Akbar Khan": "PERSON", "Kabul": "GPE"},
    )
    found = _by_text(ms)
    assert found["Wazir Akbar Khan Hospital"].form == "facility"
    assert "Wazir Akbar Khan" not in found


@pytest.mark.slow
def test_a_street_in_a_city_with_the_real_model(gazetteer, nlp):
    from geo.documents import document_from_text
    from geo.pipeline import analyze

    text = (
        "A car bomb exploded near a hotel on Chicken Street in Kabul on Tuesday. "
        "Witnesses said the blast shattered windows along Flower Street."
    )
    a = analyze(document_from_text(text), gazetteer=gazetteer, nlp=nlp)
    by = {r.mention.text: r for r in a.resolutions}
    street = by["Chicken Street"]
    assert street.mention.form == "facility"
    assert street.place is not None and street.place.name == "Kabul"
    assert "street in Kabul (resolved to the city)" in street.reason
    assert by["Kabul"].mention.form == "name"
    other = by["Flower Street"]
    assert other.place is None and "does not say which city" in other.reason
