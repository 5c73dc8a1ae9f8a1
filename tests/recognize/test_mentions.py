"""find_mentions: the output contract, the document-level passes, arbitrary text, and the
seed article with the real gazetteer and spaCy model."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo.documents import document_from_text, load_document, split
from geo.gazetteer import MemoryGazetteer
from geo.models import Document, Place
from geo.nlp import Entity, NlpResult, Token, annotate
from geo.recognize import find_mentions
from tests.recognize.helpers import PLACES, gazetteer, make_nlp, mentions, texts


@pytest.fixture(scope="module")
def gaz():
    return gazetteer()


def _town(name: str, country: str, admin1: str) -> Place:
    return Place(id=f"p:{name.lower()}", name=name, kind="city", lat=1.0, lon=2.0,
                 country=country, admin1=admin1, population=3_000, importance=0.3)  # fmt: skip


# --- output contract ---------------------------------------------------------------------------


def test_mentions_are_sorted_non_overlapping_with_indices(gaz):
    text = "Kabul fell.\n\nThen Springfield, Illinois and Kapisa province were quiet."
    doc = document_from_text(text)
    ms = find_mentions(doc, make_nlp(doc.text), gaz)
    assert [m.text for m in ms] == ["Kabul", "Springfield", "Illinois", "Kapisa"]
    for a, b in itertools.pairwise(ms):
        assert a.end <= b.start
    for m in ms:
        assert doc.text[m.start : m.end] == m.text
        s = doc.sentences[m.sentence]
        assert s.start <= m.start and m.end <= s.end and s.passage == m.passage
    assert ms[0].passage == 0 and ms[1].passage == 1


def test_empty_inputs(gaz):
    doc = Document(id="x", text="")
    assert find_mentions(doc, NlpResult((), ()), gaz) == []
    doc = split(Document(id="y", text="nothing here"))
    assert find_mentions(doc, make_nlp(doc.text), gaz) == []


def test_tokens_that_do_not_match_the_text_are_ignored(gaz):
    doc = document_from_text("Kabul is far.")
    bad = NlpResult((Token(0, 5, "Paris", "NNP", "", "GPE"), Token(50, 60, "x", "NN", "", "")), ())
    assert find_mentions(doc, bad, gaz) == []


# --- document-level passes ----------------------------------------------------------------------


def test_one_sense_per_document():
    small = MemoryGazetteer([*PLACES, _town("Quillan", "FR", "76")])
    # alone, a sentence-initial small town is too weak ...
    assert texts(mentions("Quillan has no power tonight.", small)) == []
    # ... but the document placed it with a location cue before
    text = "Storms hit homes in Quillan on Monday. Quillan has no power tonight."
    assert texts(mentions(text, small)) == ["Quillan", "Quillan"]


def test_small_town_of_the_dominant_region():
    small = MemoryGazetteer([*PLACES, _town("Marlowe", "US", "IL")])
    assert texts(mentions("Volunteers repaired a Marlowe home last week.", small)) == []
    text = "Springfield and Illinois officials met. Volunteers repaired a Marlowe home last week."
    assert texts(mentions(text, small)) == ["Springfield", "Illinois", "Marlowe"]


# --- property: arbitrary text ---------------------------------------------------------------

NAMES = st.sampled_from(["Kabul", "Kapisa province", "Panjshir Valley", "Hassan", "Afghan",
                         "Springfield, Illinois", "Hindu Kush", "Mawlawi Hassan", "the", "Police"])  # fmt: skip
LABELS = st.sampled_from(["GPE", "LOC", "ORG", "PERSON", "NORP", "FAC", "DATE"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    parts=st.lists(st.one_of(st.text(max_size=30), NAMES), max_size=12),
    seps=st.lists(st.sampled_from([" ", "\n", "\n\n", ". ", ", ", "-", "’s "]), max_size=12),
    ent_picks=st.lists(st.tuples(st.integers(0, 400), st.integers(1, 20), LABELS), max_size=6),
)
def test_arbitrary_text_never_breaks(gaz, parts, seps, ent_picks):
    text = "".join(p + (seps[i] if i < len(seps) else " ") for i, p in enumerate(parts))
    if not text.strip():
        return
    doc = split(Document(id="h", text=text))
    base = make_nlp(text)
    ents = []
    for start, length, label in ent_picks:
        s = min(start, len(text))
        e = min(len(text), s + length)
        if s < e:
            ents.append(Entity(s, e, text[s:e], label))
    nlp = NlpResult(base.tokens, tuple(sorted(ents, key=lambda x: x.start)))
    ms = find_mentions(doc, nlp, gaz)
    last_end = 0
    for m in ms:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert m.start >= last_end
        last_end = m.end
        assert m.lookup_name


@pytest.mark.slow
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow,
          HealthCheck.function_scoped_fixture])  # fmt: skip
@given(text=st.text(min_size=1, max_size=200))
def test_arbitrary_unicode_with_the_spacy_model(gaz, nlp, text):
    if not text.strip():
        return
    doc = split(Document(id="u", text=text))
    ms = find_mentions(doc, annotate(doc, nlp), gaz)
    for m in ms:
        assert text[m.start : m.end] == m.text


# --- the seed article with the real gazetteer ---------------------------------------------------

PEOPLE = ("Mawlawi Hassan", "Shaikh Khalid", "Ahmad Massoud", "Amrullah Saleh",
          "Mazharudin Fayez", "Hekmatullah Zaland", "Bismillah Khan Mohammadi", "Turabi",
          "Amir Khan Muttaqi", "Ahmad Shah Massoud")  # fmt: skip


@pytest.fixture(scope="module")
def seed_mentions(seed_path, gazetteer, nlp):
    doc = load_document(seed_path)
    return doc, find_mentions(doc, annotate(doc, nlp), gazetteer)


@pytest.mark.slow
def test_seed_places_are_all_found(seed_mentions):
    _doc, ms = seed_mentions
    found = {m.text for m in ms}
    for name in ("Kabul", "Kapisa", "Panjshir", "Panjshir Valley", "Panjshir River",
                 "Hindu Kush", "Afghanistan"):  # fmt: skip
        assert name in found, name
    assert sum(m.text == "Panjshir" for m in ms) >= 8  # spaCy calls it ORG
    assert sum(m.text == "Kabul" for m in ms) >= 8
    kapisa = next(m for m in ms if m.text == "Kapisa")
    assert kapisa.cue == "admin1"
    assert next(m for m in ms if m.text == "Hindu Kush").cue == "mountain_range"


@pytest.mark.slow
def test_seed_people_are_not_places(seed_mentions):
    doc, ms = seed_mentions
    for m in ms:
        for person in PEOPLE:
            p0 = doc.text.find(person)
            while p0 >= 0:
                assert not (m.start < p0 + len(person) and p0 < m.end), (m, person)
                p0 = doc.text.find(person, p0 + 1)
