"""Candidate sources: feature-type patterns, type cues, state abbreviations, entity trimming."""

from __future__ import annotations

import pytest

from tests.recognize.helpers import gazetteer, mentions, texts


@pytest.fixture(scope="module")
def gaz():
    return gazetteer()


def test_province_cue_stays_out_of_the_span(gaz):
    ms = mentions("The Taliban came from the direction of Kapisa province.", gaz)
    kapisa = [m for m in ms if m.name == "Kapisa"]
    assert len(kapisa) == 1
    m = kapisa[0]
    assert m.text == "Kapisa" and m.cue == "admin1"


def test_valley_and_river_are_feature_names(gaz):
    text = "Forces entered the Panjshir Valley. The valley is divided by the Panjshir River."
    ms = mentions(text, gaz, {"Panjshir Valley": "LOC", "the Panjshir River": "LOC"})
    by_text = {m.text: m for m in ms}
    assert by_text["Panjshir Valley"].cue == "valley"
    assert by_text["Panjshir Valley"].lookup_name == "Panjshir Valley"  # the full name first
    assert by_text["Panjshir River"].cue == "river"
    assert "the Panjshir River" not in by_text  # the article stays out


def test_lowercase_mountains_cue(gaz):
    ms = mentions("Panjshir is located north of Kabul in the Hindu Kush mountains.", gaz,
                  {"Hindu": "NORP"})  # fmt: skip
    hk = [m for m in ms if m.text == "Hindu Kush"]
    assert hk and hk[0].cue == "mountain_range" and hk[0].method == "gazetteer"
    assert {"Panjshir", "Kabul"} <= set(texts(ms))


def test_county_pattern_without_gazetteer_entry(gaz):
    ms = mentions("A barn burned down in Wexbury County on Sunday.", gaz)
    assert [(m.text, m.cue, m.method) for m in ms] == [("Wexbury County", "admin2", "pattern")]


def test_town_of_cue(gaz):
    ms = mentions("They reached the town of Springfield at dawn.", gaz)
    assert [(m.text, m.cue) for m in ms] == [("Springfield", "city")]


def test_state_abbreviation_after_a_place(gaz):
    ms = mentions("SPRINGFIELD, Ill. (AP) - The city council met.", gaz)
    ill = [m for m in ms if m.text == "Ill."]
    assert ill and ill[0].name == "Illinois" and ill[0].cue == "admin1"


def test_direction_prefix_is_dropped_when_only_the_rest_is_known(gaz):
    ms = mentions("Aid reached Northern Kapisa by road.", gaz, {"Northern Kapisa": "LOC"})
    assert [(m.text, m.method) for m in ms] == [("Kapisa", "ner")]


def test_a_name_joined_by_a_lower_case_particle_is_one_name():
    from geo.gazetteer import MemoryGazetteer
    from geo.models import Place

    qalat = Place(id="p:qalat", name="Qalat-i-Nur", kind="city", lat=36.0, lon=66.0,
                  country="AF", population=40_000, importance=0.45)  # fmt: skip
    gaz = MemoryGazetteer([qalat])
    ms = mentions("Troops entered the market in Qalat-i-Nur on Monday.", gaz)
    assert [m.text for m in ms] == ["Qalat-i-Nur"]
    # spaced words are not joined: "Nur" alone is no name here
    assert mentions("He met Qalat - i - Nur on Monday.", gaz) == []
