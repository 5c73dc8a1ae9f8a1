"""News conventions in recognition: alternate names made of English words, seats of power,
short unit codes; and the named-part rule of "of" cues. Place names are invented (or
well-known capitals)."""

from __future__ import annotations

import pytest

from geo.documents import document_from_text
from geo.gazetteer import MemoryGazetteer
from geo.models import Place
from geo.recognize import find_mentions
from geo.resolve import resolve
from tests.recognize.helpers import PLACES, make_nlp, mentions, texts


def _p(pid: str, name: str, kind: str, **kw) -> Place:
    return Place(id=pid, name=name, kind=kind, lat=kw.pop("lat", 10.0), lon=kw.pop("lon", 20.0),
                 **kw)  # fmt: skip


EXTRA = [
    # a big city with a translated alias that is an English phrase
    _p("p:casaverde", "Casaverde", "city", country="ZZ", admin1="02", population=3_000_000,
       importance=0.64, aliases=("Green House",)),
    _p("geonames:524901", "Moscow", "city", lat=55.75, lon=37.62, country="RU", admin1="48",
       population=10_000_000, importance=0.8, feature_code="PPLC"),
    _p("a:nbl", "New Borland", "admin1", country="ZZ", admin1="05", importance=0.72,
       aliases=("NBL",)),
    _p("p:tarrow", "Tarrow", "city", country="ZZ", admin1="05", population=500_000,
       importance=0.56),
]  # fmt: skip


@pytest.fixture(scope="module")
def gaz() -> MemoryGazetteer:
    return MemoryGazetteer([*PLACES, *EXTRA])


def test_english_alias_needs_strong_context(gaz):
    # an organisation's name that is only a translated alias of a city: no place
    assert texts(mentions("The Green House committee met on Monday.", gaz,
                          {"Green House": "ORG"})) == []  # fmt: skip
    # tagged as a place after "in": the city
    ms = mentions("Prices rose in Green House on Monday.", gaz, {"Green House": "GPE"})
    assert texts(ms) == ["Green House"]


def test_seat_of_power_is_its_city_after_a_preposition_of_place(gaz):
    text = "Talks at the Kremlin ended late."
    doc = document_from_text(text)
    ms = find_mentions(doc, make_nlp(doc.text, {"Kremlin": "ORG"}), gaz)
    assert texts(ms) == ["Kremlin"]
    res = resolve(doc, ms, gaz)
    assert res[0].place is not None and res[0].place.name == "Moscow"


def test_seat_of_power_speaking_is_no_place(gaz):
    assert texts(mentions("A statement from the Kremlin said so.", gaz, {"Kremlin": "ORG"})) == []
    # and never a place through another place's alias
    assert texts(mentions("He called the White House on Monday.", gaz,
                          {"White House": "ORG"})) == []  # fmt: skip


def test_unit_code_needs_its_country_in_the_document(gaz):
    ms = mentions("Floods hit NBL on Monday. Tarrow was cut off.", gaz, {"Tarrow": "GPE"})
    assert texts(ms) == ["NBL", "Tarrow"]
    ms = mentions("NBL officials met in Kabul on Monday.", gaz, {"Kabul": "GPE"})
    assert texts(ms) == ["Kabul"]


def test_named_part_of_a_place_gives_the_place_no_type_cue(gaz):
    ms = mentions("A bakery in the Karte Seh district of Kabul burned.", gaz,
                  {"Kabul": "GPE"})  # fmt: skip
    kabul = [m for m in ms if m.text == "Kabul"]
    assert kabul and kabul[0].cue == ""
    ms = mentions("They reached the city of Kabul at noon.", gaz, {"Kabul": "GPE"})
    assert [m.cue for m in ms if m.text == "Kabul"] == ["city"]


def test_a_demonym_before_the_cue_is_no_named_part(gaz):
    ms = mentions("Troops entered the Afghan province of Kapisa.", gaz,
                  {"Afghan": "NORP", "Kapisa": "GPE"})  # fmt: skip
    assert [m.cue for m in ms if m.text == "Kapisa"] == ["admin1"]


def test_a_features_own_multiword_name_whatever_the_label():
    gaz = MemoryGazetteer([
        *PLACES,
        _p("r:amber", "Amber Darya", "river", country="ZZ", importance=0.66),
        _p("k:velm", "Velm Canal", "channel", country="ZZ", importance=0.6),
    ])  # fmt: skip
    ms = mentions("Smugglers crossed the Amber Darya at night.", gaz,
                  {"the Amber Darya": "WORK_OF_ART"})  # fmt: skip
    assert texts(ms) == ["Amber Darya"]
    ms = mentions("Ships queued at the Velm Canal on Monday.", gaz, {"the Velm Canal": "FAC"})
    assert texts(ms) == ["Velm Canal"] and ms[0].cue == "channel"
    # part of a longer name: not the feature
    assert texts(mentions("The Amber Darya Trading Company hired staff.", gaz)) == []


def test_all_caps_dateline_is_a_place_whatever_the_label(gaz):
    ms = mentions("KABUL (Reuters) - Officials said roads were closed.", gaz,
                  {"KABUL": "PERSON", "Reuters": "ORG"})  # fmt: skip
    assert texts(ms) == ["KABUL"]
    ms = mentions("TARROW, Zedland — Officials said roads were closed.", gaz)
    assert texts(ms)[0] == "TARROW"
    # an all-caps word that is no place: no dateline
    assert texts(mentions("UPDATE: Officials met on Monday.", gaz)) == []


def test_dateline_after_a_headline_that_runs_into_the_story(gaz):
    text = "Council approves new budget. KABUL -- Officials said roads were closed."
    assert texts(mentions(text, gaz, {"KABUL": "PERSON"})) == ["KABUL"]
    # deeper in the story an all-caps word before a dash is no dateline
    text = "Council approves new budget. Roads were shut. KABUL -- the word was shouted."
    assert texts(mentions(text, gaz, {"KABUL": "PERSON"})) == []


def test_two_names_before_a_plural_street_word_are_streets(gaz):
    assert texts(mentions("A main broke at the corner of Kabul and Hassan streets.", gaz)) == []
    assert texts(mentions("Trucks drove from Kabul and Kapisa to the border.", gaz)) == [
        "Kabul", "Kapisa",
    ]  # fmt: skip
