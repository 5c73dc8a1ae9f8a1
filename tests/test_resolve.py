"""Toponym resolution: unit tests on a small in-memory gazetteer and the seed article with
the real gazetteer."""

from __future__ import annotations

import re

import pytest

from geo import settings
from geo.documents import document_from_text, load_document
from geo.gazetteer import MemoryGazetteer
from geo.geometry import haversine_km
from geo.models import Mention, Place
from geo.nlp import Entity, NlpResult, Token, annotate
from geo.recognize import find_mentions
from geo.resolve import resolve


def _place(pid: str, name: str, kind: str, lat: float, lon: float, **kw) -> Place:
    return Place(id=pid, name=name, kind=kind, lat=lat, lon=lon, **kw)


PLACES = [
    _place("c:af", "Afghanistan", "country", 33.9, 67.7, country="AF", importance=0.97),
    _place(
        "a:panjshir", "Panjshir", "admin1", 35.3, 69.8, country="AF", admin1="42",
        importance=0.72,
    ),
    _place("v:panjshir", "Panjshir Valley", "valley", 35.4, 69.9, country="AF", importance=0.6),
    _place(
        "r:panjshir", "Panjshir River", "river", 35.0, 69.5, country="AF", importance=0.66,
        aliases=("Panjshir",),
    ),
    _place("a:il", "Illinois", "admin1", 40.0, -89.2, country="US", admin1="IL", importance=0.72),
    _place("a:mo", "Missouri", "admin1", 38.4, -92.5, country="US", admin1="MO", importance=0.72),
    _place(
        "p:spi", "Springfield", "city", 39.8, -89.64, country="US", admin1="IL",
        population=116_000, importance=0.507,
    ),
    _place(
        "p:sgf", "Springfield", "city", 37.21, -93.29, country="US", admin1="MO",
        population=167_000, importance=0.52,
    ),
    _place(
        "p:spma", "Springfield", "city", 42.1, -72.59, country="US", admin1="MA",
        population=155_000, importance=0.515,
    ),
    _place(
        "p:nile", "Nilé", "city", 10.0, 1.0, country="BJ", population=900, importance=0.3,
        aliases=("Nile",),
    ),
]  # fmt: skip


@pytest.fixture(scope="module")
def gaz() -> MemoryGazetteer:
    return MemoryGazetteer(PLACES)


def mention(text: str, doc_text: str, *, occurrence: int = 0, cue: str = "", name: str = "",
            label: str = "GPE", demonym: bool = False) -> Mention:  # fmt: skip
    start = -1
    for _ in range(occurrence + 1):
        start = doc_text.index(text, start + 1)
    return Mention(start, start + len(text), text, 0, 0, "ner", label, cue, name or text, demonym)


def run(gaz, doc_text: str, *specs: dict) -> list:
    doc = document_from_text(doc_text)
    ms = [mention(doc_text=doc.text, **s) for s in specs]
    ms.sort(key=lambda m: m.start)
    res = resolve(doc, ms, gaz)
    assert len(res) == len(ms)
    assert [r.mention for r in res] == ms  # same order
    return res


# --- type cues -----------------------------------------------------------------------------


def test_type_cue_picks_the_kind(gaz):
    text = "The Panjshir River runs through Panjshir province and the Panjshir Valley."
    river, province, valley = run(
        gaz,
        text,
        {"text": "Panjshir River", "cue": "river"},
        {"text": "Panjshir", "occurrence": 1, "cue": "admin1"},
        {"text": "Panjshir Valley", "cue": "valley"},
    )
    assert river.place.id == "r:panjshir"
    assert province.place.id == "a:panjshir"
    assert valley.place.id == "v:panjshir"
    # the evidence is explained
    assert river.alternatives[0].features["cue"] == 1.0


def test_stripped_name_is_used_when_the_full_name_is_unknown(gaz):
    # "Panjshir Mountains" is not in the gazetteer: the name without the type word is
    (r,) = run(gaz, "Snow fell on the Panjshir Mountains.",
               {"text": "Panjshir Mountains", "name": "Panjshir", "cue": "mountain_range"})  # fmt: skip
    # no mountain range of that name: a badly fitting candidate is not forced
    assert r.place is None or r.confidence < settings.LOW_CONFIDENCE


# --- containment, one sense per document, context --------------------------------------------


def test_containment_springfield_illinois(gaz):
    text = "He flew to Springfield, Illinois. Later Springfield voted."
    first, state, later = run(
        gaz,
        text,
        {"text": "Springfield"},
        {"text": "Illinois"},
        {"text": "Springfield", "occurrence": 1},
    )
    assert first.place.id == "p:spi"
    assert state.place.id == "a:il"
    # one sense per document: the bare repetition resolves the same way
    assert later.place.id == "p:spi"
    assert first.alternatives[0].features["contained"] > 0.5


def test_containment_picks_the_less_prominent_candidate(gaz):
    (spr, mo) = run(gaz, "Storms hit Springfield, Missouri.", {"text": "Springfield"},
                    {"text": "Missouri"})  # fmt: skip
    assert spr.place.id == "p:sgf" and mo.place.id == "a:mo"


def test_ambiguous_name_without_context_is_not_forced(gaz):
    (r,) = run(gaz, "The team from Springfield won.", {"text": "Springfield"})
    assert r.confidence < settings.LOW_CONFIDENCE
    assert len(r.alternatives) == 3
    if r.place is None:
        assert r.reason.startswith("unresolved")


def test_document_region_decides(gaz):
    text = "Missouri lawmakers met. Springfield hosted them."
    _mo, spr = run(gaz, text, {"text": "Missouri"}, {"text": "Springfield"})
    assert spr.place.id == "p:sgf"


# --- unresolved, fuzzy, aliases ------------------------------------------------------------------


def test_unknown_name_is_explicitly_unresolved(gaz):
    (r,) = run(gaz, "They went to Zzyzxville.", {"text": "Zzyzxville"})
    assert r.place is None and r.confidence == 0.0 and r.alternatives == ()
    assert "no gazetteer entry" in r.reason


def test_fuzzy_fallback_is_marked_and_penalised(gaz):
    (exact,) = run(gaz, "Fighting in Afghanistan.", {"text": "Afghanistan"})
    (fuzzy,) = run(gaz, "Fighting in Afghanistn.", {"text": "Afghanistn"})
    assert fuzzy.alternatives and fuzzy.alternatives[0].match == "fuzzy"
    assert fuzzy.alternatives[0].place.id == "c:af"
    assert fuzzy.confidence < exact.confidence
    if fuzzy.place is not None:
        assert "fuzzy" in fuzzy.reason


def test_feature_name_is_not_a_village_alias(gaz):
    # "Nile" is only an alternate name of a village here: not good enough
    (r,) = run(gaz, "Boats on the Nile.", {"text": "Nile", "label": "LOC"})
    assert r.place is None or r.confidence < settings.LOW_CONFIDENCE


def test_demonym_resolves_to_its_country(gaz):
    (r,) = run(gaz, "Afghan forces advanced.",
               {"text": "Afghan", "name": "Afghanistan", "cue": "country", "demonym": True})  # fmt: skip
    assert r.place.id == "c:af"


def test_scores_and_confidence_are_probabilities(gaz):
    text = "From Springfield, Illinois to the Panjshir Valley in Afghanistan."
    res = run(gaz, text, {"text": "Springfield"}, {"text": "Illinois"},
              {"text": "Panjshir Valley", "cue": "valley"}, {"text": "Afghanistan"})  # fmt: skip
    for r in res:
        assert 0.0 <= r.confidence <= 1.0
        scores = [a.score for a in r.alternatives]
        assert scores == sorted(scores, reverse=True)
        assert all(0.0 <= s <= 1.0 for s in scores)
        if r.place is not None:
            assert r.alternatives[0].place.id == r.place.id
            assert r.confidence >= settings.RESOLVE_MIN_CONFIDENCE


def _nlp(text: str, person: str) -> NlpResult:
    toks = []
    p0 = text.index(person)
    for m in re.finditer(r"\w+|[^\w\s]", text):
        ent = "PERSON" if p0 <= m.start() < p0 + len(person) else ""
        tag = "NNP" if m.group()[:1].isupper() else "NN"
        toks.append(Token(m.start(), m.end(), m.group(), tag, "", ent))
    return NlpResult(tuple(toks), (Entity(p0, p0 + len(person), person, "PERSON"),))


def test_person_names_never_reach_the_resolver(gaz):
    doc = document_from_text("Mawlawi Hassan met Ahmad Massoud in Springfield, Illinois.")
    ms = find_mentions(doc, _nlp(doc.text, "Ahmad Massoud"), MemoryGazetteer(
        [*PLACES, _place("p:hassan", "Hassan", "city", 13.0, 76.1, country="IN", importance=0.52)]
    ))  # fmt: skip
    res = resolve(doc, ms, gaz)
    assert [r.mention.text for r in res if r.place] == ["Springfield", "Illinois"]


def test_no_mentions():
    doc = document_from_text("Nothing.")
    assert resolve(doc, [], MemoryGazetteer([])) == []


# --- news conventions (invented places) ------------------------------------------------------

_BOX = (10.0, 10.0, 12.0, 12.0)  # about 310 km across
NEWS = [
    _place("c:zz", "Zedland", "country", 11.0, 11.0, country="ZZ", importance=0.95),
    # a capital and a first-level unit elsewhere in the country named like it
    _place("p:belvane", "Belvane", "city", 11.0, 11.0, country="ZZ", admin1="01",
           population=600_000, importance=0.69, feature_code="PPLC"),
    _place("a:belvane", "Belvane", "admin1", 15.0, 15.0, country="ZZ", admin1="05",
           importance=0.72, bbox=(14.0, 14.0, 16.0, 16.0)),
    _place("a:norvale", "Norvale", "admin1", 16.0, 16.0, country="ZZ", admin1="06",
           importance=0.72),
    # a big city inside the small province of the same name
    _place("p:dorvik", "Dorvik", "city", 13.0, 13.0, country="ZZ", admin1="07",
           population=400_000, importance=0.55),
    _place("a:dorvik", "Dorvik", "admin1", 13.2, 13.3, country="ZZ", admin1="07",
           importance=0.72, bbox=(12.5, 12.5, 14.0, 14.0)),
    # ... and one inside a vast unit: the unit is the usual actor
    _place("p:korrin", "Korrin", "city", 30.0, 30.0, country="ZZ", admin1="09",
           population=500_000, importance=0.56),
    _place("a:korrin", "Korrin", "admin1", 40.0, 40.0, country="ZZ", admin1="09",
           importance=0.72, bbox=(25.0, 25.0, 55.0, 55.0)),
    # a city whose translated alias is an English phrase
    _place("p:casaverde", "Casaverde", "city", 20.0, 20.0, country="YY", population=3_000_000,
           importance=0.64, aliases=("Green House",)),
    _place("p:greenhouse", "Green House", "city", 30.0, 5.0, country="XX", population=2_000,
           importance=0.34),
    # a town whose own name starts with a feature-type word
    _place("p:mtorrel", "Mount Orrel", "city", 12.0, 12.0, country="ZZ", population=15_000,
           importance=0.42),
]  # fmt: skip


@pytest.fixture(scope="module")
def news_gaz() -> MemoryGazetteer:
    return MemoryGazetteer(NEWS)


def test_capital_beats_the_same_named_unit_without_a_cue(news_gaz):
    [r] = run(news_gaz, "Talks resumed in Belvane on Monday.", {"text": "Belvane"})
    assert r.place is not None and r.place.id == "p:belvane"
    text = "Rain fell across Belvane state."
    [r] = run(news_gaz, text, {"text": "Belvane", "cue": "admin1"})
    assert r.place is not None and r.place.id == "a:belvane"


def test_a_type_word_inside_the_name_is_no_cue(news_gaz):
    text = "The council of Mount Orrel met."
    [r] = run(news_gaz, text, {"text": "Mount Orrel", "cue": "mountain", "label": "ORG"})
    assert r.place is not None and r.place.id == "p:mtorrel" and r.confidence > 0.5


def test_in_a_list_of_units_the_name_is_the_unit(news_gaz):
    text = "Cases were found in Norvale and Belvane."
    res = run(news_gaz, text, {"text": "Norvale"}, {"text": "Belvane"})
    assert res[1].place is not None and res[1].place.id == "a:belvane"


def test_city_beats_its_small_same_named_province_unless_a_cue(news_gaz):
    [r] = run(news_gaz, "A market in Dorvik burned.", {"text": "Dorvik"})
    assert r.place is not None and r.place.id == "p:dorvik"
    [r] = run(news_gaz, "Dorvik province voted.", {"text": "Dorvik", "cue": "admin1"})
    assert r.place is not None and r.place.id == "a:dorvik"
    [r] = run(news_gaz, "The town of Dorvik voted.", {"text": "Dorvik", "cue": "city"})
    assert r.place is not None and r.place.id == "p:dorvik"


def test_a_vast_unit_keeps_its_name(news_gaz):
    [r] = run(news_gaz, "Korrin announced new rules.", {"text": "Korrin"})
    assert r.place is not None and r.place.id == "a:korrin"


def test_english_alias_without_a_place_label_is_weak(news_gaz):
    # an organisation's name: the village that bears the phrase as its own name wins
    [r] = run(news_gaz, "The Green House team won.", {"text": "Green House", "label": "ORG"})
    assert r.place is not None and r.place.id == "p:greenhouse"
    # tagged as a place: the big city's alias counts as usual
    [r] = run(news_gaz, "Prices rose in Green House.", {"text": "Green House"})
    assert r.place is not None and r.place.id == "p:casaverde"


# --- the seed article with the real gazetteer -------------------------------------------------


@pytest.fixture(scope="module")
def seed_resolutions(seed_path, gazetteer, nlp):
    doc = load_document(seed_path)
    return resolve(doc, find_mentions(doc, annotate(doc, nlp), gazetteer), gazetteer)


def _res(res, text):
    return [r for r in res if r.mention.text == text]


@pytest.mark.slow
def test_seed_kabul_and_afghanistan(seed_resolutions):
    kabul = _res(seed_resolutions, "Kabul")
    assert len(kabul) >= 8
    for r in kabul:
        assert r.place.kind == "city"
        assert haversine_km(r.place.lat, r.place.lon, 34.53, 69.17) < 10
    (af,) = _res(seed_resolutions, "Afghanistan")
    assert af.place.kind == "country" and af.place.country == "AF"


@pytest.mark.slow
def test_seed_provinces(seed_resolutions):
    (kapisa,) = _res(seed_resolutions, "Kapisa")
    assert kapisa.place.kind == "admin1" and kapisa.place.country == "AF"
    assert "kapisa" in kapisa.place.name.lower().replace("ā", "a").replace("ī", "i")
    panjshir = _res(seed_resolutions, "Panjshir")
    assert len(panjshir) >= 8
    ids = {r.place.id for r in panjshir if r.place}
    assert len(ids) == 1  # one sense per document
    (pid,) = ids
    assert pid == "geonames:6957555" or pid.startswith("phys:panjshir")


@pytest.mark.slow
def test_seed_physical_features(seed_resolutions, gazetteer):
    (hk,) = _res(seed_resolutions, "Hindu Kush")
    assert hk.place.kind == "mountain_range"
    for text, kind in (("Panjshir Valley", "valley"), ("Panjshir River", "river")):
        rs = _res(seed_resolutions, text)
        assert rs, text
        has_feature = any(c.place.kind == kind for c in gazetteer.lookup(text, fuzzy=False))
        for r in rs:
            if has_feature:
                assert r.place is not None and r.place.kind == kind, (text, r.place)
            else:  # the curated feature table lacks it: never a confident wrong kind
                assert r.place is None or r.confidence < settings.LOW_CONFIDENCE + 0.2


@pytest.mark.slow
def test_seed_people_are_not_resolved(seed_resolutions):
    resolved = " | ".join(r.mention.text for r in seed_resolutions if r.place)
    for person in ("Hassan", "Khalid", "Massoud", "Saleh", "Fayez", "Zaland", "Turabi",
                   "Muttaqi", "Mohammadi", "Mazharudin", "Amrullah"):  # fmt: skip
        assert person not in resolved


def test_union_form_resolves_to_its_region_only():
    gaz2 = MemoryGazetteer(
        [
            _place("k:eu", "Europe", "continent", 48.7, 9.1, importance=0.9),
            _place("p:eu", "Eu", "city", 50.05, 1.42, country="FR", importance=0.4),
        ]
    )
    doc = document_from_text("The EU agreed.")
    m = Mention(4, 6, "EU", 0, 0, "demonym", "", "", "Europe", form="organisation-of-place")
    (r,) = resolve(doc, [m], gaz2)
    assert r.place is not None and r.place.id == "k:eu"


# --- minor units and the country vote -------------------------------------------------------


def test_a_parish_sized_unit_yields_to_a_town_of_the_name():
    town = _place("p:tarn", "Tarnby", "city", 55.6, 12.6, country="DK", population=40_000,
                  importance=0.56)  # fmt: skip
    parish = _place("a:tarn", "Tarnby", "admin1", 13.1, -61.2, country="VC", admin1="03",
                    importance=0.72, bbox=(-61.25, 13.05, -61.15, 13.15))  # fmt: skip
    (r,) = run(MemoryGazetteer([town, parish]), "Tarnby hosted the fair.", {"text": "Tarnby"})
    assert r.place is not None and r.place.id == "p:tarn"
    # a unit of a real size keeps its prior
    big = _place("a:tarn", "Tarnby", "admin1", 13.1, -61.2, country="VC", admin1="03",
                 importance=0.72, bbox=(-63.0, 11.0, -59.0, 15.0))  # fmt: skip
    (r,) = run(MemoryGazetteer([town, big]), "Tarnby hosted the fair.", {"text": "Tarnby"})
    assert r.place is not None and r.place.id == "a:tarn"


def test_towns_of_the_documents_country_outvote_a_famous_namesake():
    famous = _place("p:ver", "Verlona", "city", 45.4, 11.0, country="IT", population=250_000,
                    importance=0.85)  # fmt: skip
    towns = [
        _place(f"p:ver{i}", "Verlona", "city", 37.0 + i, -85.0 - i, country="US", admin1=st,
               population=3_000, importance=0.45)
        for i, st in enumerate(("TX", "OH", "WI", "NJ", "MS"))
    ]  # fmt: skip
    state = _place("a:ky", "Kentucky", "admin1", 37.5, -85.3, country="US", admin1="KY",
                   importance=0.72)  # fmt: skip
    gaz = MemoryGazetteer([famous, *towns, state])
    text = "Kentucky troopers searched Verlona on Monday."
    _ky, ver = run(gaz, text, {"text": "Kentucky"}, {"text": "Verlona"})
    # five towns of the text's country share the vote; together they outweigh the city
    assert ver.place is not None and ver.place.country == "US", ver.reason
    # without the country's other places the famous city keeps the name
    (r,) = run(gaz, "Troopers searched Verlona on Monday.", {"text": "Verlona"})
    assert r.place is not None and r.place.id == "p:ver"
