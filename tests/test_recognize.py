"""Toponym recognition: unit tests on a small in-memory gazetteer with hand-built NLP
results, a property test on arbitrary text, and the seed article with the real
gazetteer and spaCy model."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo.documents import document_from_text, load_document, split
from geo.gazetteer import MemoryGazetteer
from geo.models import Document, Mention, Place
from geo.nlp import Entity, NlpResult, Token, annotate
from geo.recognize import demonym_countries, find_mentions

# --- a small gazetteer -----------------------------------------------------------------


def _place(pid: str, name: str, kind: str, lat: float, lon: float, **kw) -> Place:
    return Place(id=pid, name=name, kind=kind, lat=lat, lon=lon, **kw)


PLACES = [
    _place("c:af", "Afghanistan", "country", 33.9, 67.7, country="AF", importance=0.97),
    _place("a:kapisa", "Kapisa", "admin1", 34.98, 69.62, country="AF", admin1="14", importance=0.72),
    _place(
        "a:panjshir", "Panjshir", "admin1", 35.3, 69.8, country="AF", admin1="42",
        importance=0.72, aliases=("Panjshayr",),
    ),
    _place("v:panjshir", "Panjshir Valley", "valley", 35.4, 69.9, country="AF", importance=0.6),
    _place("r:panjshir", "Panjshir River", "river", 35.0, 69.5, country="AF", importance=0.66),
    _place(
        "p:kabul", "Kabul", "city", 34.53, 69.17, country="AF", admin1="13",
        population=3_000_000, importance=0.77, feature_code="PPLC",
    ),
    _place("p:hassan", "Hassan", "city", 13.0, 76.1, country="IN", population=150_000, importance=0.52),
    _place("p:police", "Police", "city", 53.55, 14.57, country="PL", population=33_000, importance=0.46),
    _place("m:hk", "Hindu Kush", "mountain_range", 35.5, 70.5, countries=("AF", "PK"), importance=0.72),
    _place("a:il", "Illinois", "admin1", 40.0, -89.2, country="US", admin1="IL", importance=0.72),
    _place(
        "p:spi", "Springfield", "city", 39.8, -89.64, country="US", admin1="IL",
        population=116_000, importance=0.51,
    ),
]  # fmt: skip


@pytest.fixture(scope="module")
def gaz() -> MemoryGazetteer:
    return MemoryGazetteer(PLACES)


_TOKEN = re.compile(r"[A-Za-z]\.(?:[A-Za-z]\.)+|\w+(?:['’]\w+)*|[^\w\s]")


def make_nlp(text: str, ents: dict[str, str] | None = None) -> NlpResult:
    """Tokens by a regular expression (capitalised words tagged NNP); ``ents`` maps a
    substring (its first occurrence) to an entity label."""
    tokens = []
    for m in _TOKEN.finditer(text):
        w = m.group()
        tag = "NNP" if w[:1].isupper() else ("NN" if w[:1].isalpha() else ".")
        tokens.append(Token(m.start(), m.end(), w, tag, "PROPN" if tag == "NNP" else "", ""))
    entities = []
    for sub, label in (ents or {}).items():
        for hit in re.finditer(re.escape(sub), text):
            entities.append(Entity(hit.start(), hit.end(), sub, label))
    entities.sort(key=lambda e: e.start)
    labelled = []
    for t in tokens:
        lab = next((e.label for e in entities if e.start <= t.start and t.end <= e.end), "")
        labelled.append(Token(t.start, t.end, t.text, t.tag, t.pos, lab))
    return NlpResult(tuple(labelled), tuple(entities))


def mentions(text: str, gaz: MemoryGazetteer, ents: dict[str, str] | None = None) -> list[Mention]:
    doc = document_from_text(text)
    return find_mentions(doc, make_nlp(doc.text, ents), gaz)


def texts(ms: list[Mention]) -> list[str]:
    return [m.text for m in ms if not m.is_demonym]


# --- feature-type patterns and cues -------------------------------------------------------


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
    ms = mentions("A fire broke out in Laurel County on Sunday.", gaz)
    assert [(m.text, m.cue, m.method) for m in ms] == [("Laurel County", "admin2", "pattern")]


def test_town_of_cue(gaz):
    ms = mentions("They reached the town of Springfield at dawn.", gaz)
    assert [(m.text, m.cue) for m in ms] == [("Springfield", "city")]


def test_state_abbreviation_after_a_place(gaz):
    ms = mentions("SPRINGFIELD, Ill. (AP) - The city council met.", gaz)
    ill = [m for m in ms if m.text == "Ill."]
    assert ill and ill[0].name == "Illinois" and ill[0].cue == "admin1"


# --- people and organisations stay out ------------------------------------------------------


def test_honorific_makes_a_person(gaz):
    ms = mentions("The delegation included Mawlawi Hassan and Shaikh Khalid.", gaz)
    assert "Hassan" not in texts(ms)


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


# --- demonyms ----------------------------------------------------------------------------------


def test_demonyms_are_marked_mentions_of_their_country(gaz):
    ms = mentions("Afghan forces and Pakistani officials met.", gaz,
                  {"Afghan": "NORP", "Pakistani": "NORP"})  # fmt: skip
    dem = [m for m in ms if m.is_demonym]
    assert [(m.text, m.method, m.name, m.cue) for m in dem] == [
        ("Afghan", "demonym", "Afghanistan", "country"),
        ("Pakistani", "demonym", "Pakistan", "country"),
    ]


def test_demonym_table_is_general():
    for word, code in [("Afghan", "AF"), ("Afghans", "AF"), ("American", "US"), ("Kenyan", "KE"),
                       ("Brazilian", "BR"), ("Filipino", "PH"), ("Sri Lankan", "LK")]:  # fmt: skip
        assert code in demonym_countries(word), word
    assert demonym_countries("Kabul") == ()


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
