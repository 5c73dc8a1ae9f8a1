"""Coordinated names before a plural type noun ("X and Y districts") and "the X" for a
river, sea or mountain range: places whatever spaCy's label (invented names)."""

from __future__ import annotations

import pytest

from geo.gazetteer import MemoryGazetteer
from geo.models import Place
from tests.recognize.helpers import mentions, texts


def _p(pid: str, name: str, kind: str, **kw) -> Place:
    return Place(id=pid, name=name, kind=kind, lat=27.0, lon=68.0, country="PK",
                 importance=0.4, **kw)  # fmt: skip


PLACES = [
    _p("p:marlow", "Marlow", "city", population=300_000),
    _p("d:marlow", "Marlow", "admin2"),
    _p("d:tessdale", "Tessdale", "admin2"),
    _p("d:bramby", "Bramby Fen", "admin2", aliases=("Bramby",)),
    _p("p:corvin", "Corvin", "city", population=2_000),
    _p("r:veska", "Veska", "river"),
    _p("r:orrin", "Orrin", "river"),
    _p("r:dutch", "Dutch", "river"),  # a river named like a demonym
    _p("a:aldersea", "Aldersea", "admin1"),
]


@pytest.fixture(scope="module")
def gaz():
    return MemoryGazetteer(PLACES)


def test_two_names_before_a_plural_unit_noun_are_units(gaz):
    ms = mentions("Floods reached Marlow and Tessdale districts overnight.", gaz,
                  {"Marlow": "PERSON", "Tessdale": "PERSON"})  # fmt: skip
    assert texts(ms) == ["Marlow", "Tessdale"]
    assert {m.cue for m in ms} == {"admin2"}
    assert {m.method for m in ms} == {"pattern"}


def test_a_comma_list_with_an_oxford_comma(gaz):
    ms = mentions("Schools closed in Tessdale, Marlow, and Bramby districts.", gaz,
                  {"Tessdale": "PERSON", "Marlow": "PERSON", "Bramby": "PERSON"})  # fmt: skip
    assert texts(ms) == ["Tessdale", "Marlow", "Bramby"]
    assert all(m.cue == "admin2" for m in ms)


def test_every_name_needs_an_entry_of_the_nouns_kind(gaz):
    # Corvin is only a town: the list is no list of districts, and a lone PERSON token
    # stays a person
    ms = mentions("Floods reached Corvin and Tessdale districts.", gaz,
                  {"Corvin": "PERSON", "Tessdale": "PERSON"})  # fmt: skip
    assert "Corvin" not in texts(ms)
    assert all(m.method != "pattern" for m in ms)


def test_a_single_name_or_a_capitalised_noun_is_not_the_pattern(gaz):
    ms = mentions("Officials from Tessdale districts met.", gaz, {"Tessdale": "PERSON"})
    assert all(m.method != "pattern" for m in ms)
    ms = mentions("Marlow and Tessdale States won.", gaz,
                  {"Marlow": "PERSON", "Tessdale": "PERSON"})  # fmt: skip
    assert all(m.method != "pattern" for m in ms)


def test_the_rivers_of_a_list(gaz):
    ms = mentions("Boats sailed the Veska and Orrin rivers in spring.", gaz,
                  {"Veska": "NORP", "Orrin": "PERSON"})  # fmt: skip
    assert texts(ms) == ["Veska", "Orrin"] and {m.cue for m in ms} == {"river"}


def test_the_river_tagged_as_a_nationality_is_a_place(gaz):
    ms = mentions("The Veska kept rising. Water from the Veska reached Aldersea.", gaz,
                  {"Veska": "NORP", "Aldersea": "GPE"})  # fmt: skip
    assert texts(ms) == ["Veska", "Veska", "Aldersea"]


def test_the_river_without_any_label_is_a_place(gaz):
    assert texts(mentions("Farms along the Orrin dried up.", gaz)) == ["Orrin"]


def test_the_feature_needs_the_article_and_no_longer_name(gaz):
    # without "the", or inside a longer name, the word is no feature reference
    assert texts(mentions("Veska kept rising.", gaz, {"Veska": "NORP"})) == []
    assert texts(mentions("the Veska Trust said so.", gaz, {"Veska Trust": "ORG"})) == []
    assert texts(mentions("We met the Veska Trust.", gaz, {"Veska": "NORP"})) == []


def test_a_demonym_stays_a_people(gaz):
    assert texts(mentions("Then the Dutch arrived.", gaz, {"Dutch": "NORP"})) == []


@pytest.mark.slow
def test_a_pasted_river_flood_report(gazetteer, nlp):
    # spaCy's small model reads the river as a nationality and the districts as people
    from geo.documents import document_from_text
    from geo.pipeline import analyze

    text = (
        "The Indus kept rising overnight near Sukkur. Water from the Indus flooded Larkana "
        "and Dadu districts, and officials at the Sukkur Barrage opened all gates."
    )
    a = analyze(document_from_text(text), gazetteer=gazetteer, nlp=nlp)
    found = {(r.mention.text, r.place.id if r.place else None) for r in a.resolutions}
    assert ("Indus", "phys:indus") in found
    kinds = {r.mention.text: r.place.kind for r in a.resolutions if r.place}
    assert kinds["Larkana"] == "admin2" and kinds["Dadu"] == "admin2"
    actors = {x.text for e in a.events for x in e.actors}
    assert not actors & {"Indus", "Larkana", "Dadu"}


def test_a_unit_listed_with_another_unit_is_a_place_even_when_read_as_norp():
    # spaCy reads some provinces as groups of people (NORP): "in Tessdale and Wendmark"
    big = MemoryGazetteer([*PLACES, _p("a:wendmark", "Wendmark", "admin1")])
    for text in ("Officials in Aldersea and Wendmark said the rain would go on.",
                 "Camps opened in Wendmark or Aldersea on Tuesday."):  # fmt: skip
        ms = mentions(text, big, {"Aldersea": "GPE", "Wendmark": "NORP"})
        assert texts(ms) == sorted(["Aldersea", "Wendmark"], key=text.index)


def test_a_norp_word_listed_with_people_or_demonyms_stays_out():
    big = MemoryGazetteer([*PLACES, _p("a:wendmark", "Wendmark", "admin1")])
    # the partner is not a GPE/LOC entity: no list of units
    ms = mentions("Wendmark and Dutch pilgrims crossed into Aldersea.", big,
                  {"Wendmark": "NORP", "Dutch": "NORP", "Aldersea": "GPE"})  # fmt: skip
    assert texts(ms) == ["Aldersea"]
    # the partner is a unit, but of another kind than any place of the name
    ms = mentions("Pilgrims from Veska and Wendmark met.", big,
                  {"Veska": "LOC", "Wendmark": "NORP"})  # fmt: skip
    assert "Wendmark" not in texts(ms)
