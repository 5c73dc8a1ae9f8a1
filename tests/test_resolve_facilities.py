"""Streets and buildings resolve to the city the text puts them in (our own sentences)."""

from __future__ import annotations

from geo.documents import document_from_text
from geo.recognize import select_forms
from geo.resolve import resolve
from geo.resolve_facilities import UNRESOLVED_REASON
from tests.recognize.helpers import gazetteer, make_nlp


def _resolved(text: str, ents: dict[str, str] | None = None):
    from geo.recognize import find_mentions

    gaz = gazetteer()
    doc = document_from_text(text)
    ms = find_mentions(doc, make_nlp(doc.text, ents), gaz)
    return {r.mention.text: r for r in resolve(doc, ms, gaz)}


def test_a_street_in_a_city_resolves_to_the_city():
    by = _resolved("A car bomb exploded near a hotel on Chicken Street in Kabul.", {"Kabul": "GPE"})
    street, city = by["Chicken Street"], by["Kabul"]
    assert street.place is not None and street.place.id == "p:kabul"
    assert street.reason == "street in Kabul (resolved to the city)"
    assert street.confidence == city.confidence and street.precision == city.precision


def test_a_comma_and_the_city_after_an_address():
    by = _resolved(
        "Police said the couple lived at 12 Oak St., Springfield, Illinois.",
        {"Springfield": "GPE", "Illinois": "GPE"},
    )
    assert by["Oak St"].place is not None and by["Oak St"].place.name == "Springfield"


def test_the_city_whose_possessive_it_follows():
    from geo.models import Mention, Resolution
    from geo.resolve_facilities import resolve_facilities
    from tests.recognize.helpers import PLACES

    text = "Crowds filled Kabul's Liberty Square while Springfield watched."
    doc = document_from_text(text)
    at = {w: text.index(w) for w in ("Kabul", "Liberty Square", "Springfield")}
    ms = [
        Mention(at["Kabul"], at["Kabul"] + 5, "Kabul", sentence=0),
        Mention(at["Liberty Square"], at["Liberty Square"] + 14, "Liberty Square", sentence=0,
                cue="square", form="facility"),
        Mention(at["Springfield"], at["Springfield"] + 11, "Springfield", sentence=0),
    ]  # fmt: skip
    places = {p.name: p for p in PLACES}

    def rest(names: list[Mention]) -> list[Resolution]:
        return [Resolution(m, places[m.text], 0.8, (), "test") for m in names]

    out = resolve_facilities(doc, ms, rest)
    assert [r.mention.text for r in out] == ["Kabul", "Liberty Square", "Springfield"]
    assert out[1].place is not None and out[1].place.name == "Kabul"
    assert out[1].reason == "square in Kabul (resolved to the city)"


def test_the_one_city_of_the_sentence():
    by = _resolved("Gunmen stormed the Grand Hotel hours after reaching Kabul.", {"Kabul": "GPE"})
    assert by["Grand Hotel"].place is not None and by["Grand Hotel"].place.name == "Kabul"
    assert by["Grand Hotel"].reason == "building in Kabul (resolved to the city)"


def test_two_cities_in_the_sentence_do_not_decide():
    by = _resolved(
        "Buses left Liberty Square for Kabul and Springfield.",
        {"Kabul": "GPE", "Springfield": "GPE"},
    )
    assert by["Liberty Square"].place is None
    assert by["Liberty Square"].reason == UNRESOLVED_REASON


def test_no_city_stays_unresolved_with_the_reason():
    by = _resolved("The rally filled Liberty Square.")
    r = by["Liberty Square"]
    assert r.place is None and r.confidence == 0.0
    assert "street or building the gazetteer lacks" in r.reason
    assert "does not say which city" in r.reason


def test_a_country_is_no_city_for_a_street():
    by = _resolved("Shops on Chicken Street in Afghanistan were shut.", {"Afghanistan": "GPE"})
    assert by["Chicken Street"].place is None


def test_a_city_in_another_sentence_does_not_count():
    by = _resolved("The rally filled Liberty Square. Kabul was quiet.", {"Kabul": "GPE"})
    assert by["Liberty Square"].place is None


def test_facilities_do_not_change_the_other_resolutions():
    text = "A car bomb exploded near a hotel on Chicken Street in Kabul."
    gaz = gazetteer()
    doc = document_from_text(text)
    from geo.recognize import find_mentions

    ms = find_mentions(doc, make_nlp(doc.text, {"Kabul": "GPE"}), gaz)
    names = select_forms(ms, "names")
    with_fac = [r for r in resolve(doc, ms, gaz) if r.mention.form == "name"]
    assert [(r.place, r.confidence, r.reason) for r in with_fac] == [
        (r.place, r.confidence, r.reason) for r in resolve(doc, names, gaz)
    ]
