"""Tests for geo.resolve_rules: own names with abbreviated words, one-edit misspellings,
abbreviations in capitals, US state abbreviations and compact country boxes (invented
places, the ten-row gazetteer style of tests/test_resolve.py)."""

from __future__ import annotations

import pytest

from geo.documents import document_from_text
from geo.gazetteer import MemoryGazetteer
from geo.models import Mention, Place
from geo.resolve import resolve
from geo.resolve_rules import compact_box, fuzzy_fits, name_key, own_name


def _place(pid: str, name: str, kind: str, lat: float, lon: float, **kw) -> Place:
    return Place(id=pid, name=name, kind=kind, lat=lat, lon=lon, **kw)


PLACES = [
    # a big city whose own name is written out, and a town using the abbreviation
    _place("p:svarn", "Saint Varnsburg", "city", 59.9, 30.3, country="QQ", admin1="66",
           population=5_000_000, importance=0.66, aliases=("St. Varnsburg",)),
    _place("p:svarn-us", "St. Varnsburg", "city", 27.8, -82.6, country="US", admin1="FL",
           population=250_000, importance=0.54),
    _place("p:dorvik", "Dorvik", "city", 13.0, 13.0, country="ZZ", population=400_000,
           importance=0.55),
    # a union-like abbreviation and a town with the same letters
    _place("p:ew", "Ew", "city", 50.0, 1.4, country="FR", population=7_000, importance=0.4),
    _place("c:zz", "Zedland", "country", 11.0, 11.0, country="ZZ", importance=0.95,
           aliases=("ZZ",)),
    _place("p:zz", "Zz", "city", 60.0, 60.0, country="RU", population=600, importance=0.3),
    # a US state and same-named first-level units elsewhere
    _place("a:fl", "Florida", "admin1", 28.7, -82.5, country="US", admin1="FL", importance=0.72),
    _place("a:fl-uy", "Florida", "admin1", -33.8, -55.9, country="UY", admin1="07",
           importance=0.72),
    _place("a:fl-pr", "Florida", "admin1", 18.4, -66.6, country="PR", admin1="054",
           importance=0.72),
]  # fmt: skip


@pytest.fixture(scope="module")
def gaz() -> MemoryGazetteer:
    return MemoryGazetteer(PLACES)


def _run(gaz: MemoryGazetteer, text: str, span: str, *, name: str = "", cue: str = ""):
    doc = document_from_text(text)
    start = doc.text.index(span)
    m = Mention(start, start + len(span), span, 0, 0, "ner", "GPE", cue, name or span)
    [r] = resolve(doc, [m], gaz)
    return r


def test_name_key_writes_out_abbreviated_name_words():
    assert name_key("St. Varnsburg") == name_key("Saint Varnsburg") == "saint varnsburg"
    assert name_key("Mt. Orrel") == name_key("Mount Orrel")
    assert name_key("Ft. Dorvik") == "fort dorvik"
    assert name_key("Stone Creek") == "stone creek"  # only whole words


def test_an_abbreviated_saint_is_the_big_citys_own_name(gaz):
    # without the rule "St. Varnsburg" counted as an alternate name of the big city and
    # the town that writes the abbreviation lost nothing
    r = _run(gaz, "The summit opened in St. Varnsburg on Friday.", "St. Varnsburg")
    assert r.place is not None and r.place.id == "p:svarn"


def test_a_misspelling_is_one_edit():
    assert fuzzy_fits("dorvikk", "Dorvik")  # one insertion
    assert fuzzy_fits("dovrik", "Dorvik")  # one swap
    assert not fuzzy_fits("dorvilke", "Dorvik")  # two edits: another name
    assert not fuzzy_fits("dorvik city", "Dorvik")  # not the same number of words


def test_two_edits_from_a_place_is_no_match(gaz):
    r = _run(gaz, "Rain fell on Dorvilke overnight.", "Dorvilke")
    assert r.place is None and r.alternatives == ()
    assert "no gazetteer entry" in r.reason
    r = _run(gaz, "Rain fell on Dorvikk overnight.", "Dorvikk")
    assert [(a.place.id, a.match) for a in r.alternatives] == [("p:dorvik", "fuzzy")]


def test_capital_letters_abbreviation_is_not_a_town(gaz):
    r = _run(gaz, "Ministers of the EW met in Brussels.", "EW")
    assert r.place is None and r.alternatives == ()
    r = _run(gaz, "Trade with the ZZ grew.", "ZZ")
    assert r.place is not None and r.place.id == "c:zz"
    assert all(a.place.id != "p:zz" for a in r.alternatives)
    # written as a name, the town is still found
    r = _run(gaz, "The fair in Ew drew crowds.", "Ew")
    assert r.place is not None and r.place.id == "p:ew"


def test_us_state_abbreviation_names_the_us_state(gaz):
    r = _run(gaz, "A Fla. economist spoke.", "Fla.", name="Florida", cue="admin1")
    assert r.place is not None and r.place.id == "a:fl"
    assert {a.place.country for a in r.alternatives} == {"US"}


def test_compact_box():
    assert compact_box((60.0, 29.0, 75.0, 38.5), 40.0)  # Afghanistan-sized
    assert not compact_box((-180.0, 41.2, 180.0, 81.9), 40.0)  # across the antimeridian
    assert not compact_box((-61.8, -21.4, 55.9, 51.1), 40.0)  # a state with far territories
    assert not compact_box(None, 40.0)


# --- a city named "<X> City" and the same-named unit ---------------------------------------

CITY_UNIT = [
    _place("a:norvale", "Norvale", "admin1", 43.0, -75.5, country="US", admin1="NV",
           importance=0.72, bbox=(-79.8, 40.5, -71.8, 45.0)),
    _place("p:norvale", "Norvale City", "city", 40.7, -74.0, country="US", admin1="NV",
           population=8_000_000, importance=0.8, aliases=("Norvale",)),
    _place("p:dunmore", "Dunmore", "city", 42.9, -78.9, country="US", admin1="NV",
           population=260_000, importance=0.55),
]  # fmt: skip


def test_own_name_of_a_city_without_city():
    city = CITY_UNIT[1]
    assert own_name(city, {name_key("Norvale")})
    assert own_name(city, {name_key("Norvale City")})
    assert not own_name(CITY_UNIT[2], {name_key("Norvale")})


def test_a_bare_name_is_the_city_the_unit_after_a_place_is_the_unit():
    gaz = MemoryGazetteer(CITY_UNIT)
    r = _run(gaz, "Stocks rose in Norvale on Friday.", "Norvale")
    assert r.place is not None and r.place.id == "p:norvale"
    text = "A girl from Dunmore, Norvale, fell ill."
    doc = document_from_text(text)
    ms = []
    for span in ("Dunmore", "Norvale"):
        i = doc.text.index(span)
        ms.append(Mention(i, i + len(span), span, 0, 0, "ner", "GPE", "", span))
    res = resolve(doc, ms, gaz)
    assert res[1].place is not None and res[1].place.id == "a:norvale"


@pytest.mark.slow
def test_news_cues_for_new_york(gazetteer, nlp):
    from geo.pipeline import analyze

    def kind_of(text: str) -> str:
        a = analyze(document_from_text(text), gazetteer=gazetteer, nlp=nlp)
        [r] = [r for r in a.resolutions if r.mention.text == "New York"]
        assert r.place is not None
        return r.place.kind

    assert kind_of("Stocks rose in New York on Friday.") == "city"
    assert kind_of("The governor of New York signed the bill.") == "admin1"
    assert kind_of("Snow fell across upstate New York overnight.") == "admin1"
    assert kind_of("Flooding hit towns across New York state.") == "admin1"


def test_a_former_name_of_a_far_bigger_city_is_that_city():
    # "Bombay": the usual English name of a city of millions, and the own name of a town
    gaz = MemoryGazetteer([
        _place("p:big", "Varnapolis", "city", 22.6, 88.4, country="IN", population=4_600_000,
               importance=0.65, aliases=("Old Varna",)),
        _place("p:town", "Old Varna", "city", -26.0, 28.0, country="ZA", population=36_000,
               importance=0.46),
    ])  # fmt: skip
    r = _run(gaz, "Vendors in Old Varna will be trained.", "Old Varna")
    assert r.place is not None and r.place.id == "p:big"
