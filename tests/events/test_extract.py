"""geo.events.extract: events of the seed (spaCy), places, date choice, invariants, speed."""

from __future__ import annotations

import ast
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.documents import document_from_text, load_document, split
from geo.events import extract_events, find_dates, needs_parse
from geo.models import Document
from geo.nlp import Entity, NlpResult, Token, annotate
from tests.events.helpers import (
    DOC_DATE,
    KABUL,
    KAPISA,
    PANJSHIR,
    PANJSHIR_VALLEY,
    SEED,
    actor_texts,
    event_in,
    events_of,
    place_resolutions,
    tagged,
)

# --------------------------------------------------------------------------- the seed


@pytest.fixture(scope="module")
def seed(nlp):
    doc = load_document(SEED)
    result = annotate(doc, nlp, parse=needs_parse)
    resolutions = place_resolutions(doc)
    events = extract_events(doc, result, resolutions)
    return doc, result, resolutions, events


def test_seed_taliban_take_control_of_kabul(seed):
    doc, _, _, events = seed
    e = event_in(doc, events, "took control of Kabul")
    assert e.type == "strategic_developments"  # a transfer of territory, no words of force
    assert e.trigger == "took control"
    assert (e.date, e.time_precision, e.date_text) == ("2021-08-15", "day", "15 August 2021")
    assert e.date_end is None and e.anchor_event is None
    assert KABUL.id in e.place_ids
    # roles from the parse: the subject of "took", not the subject of the next clause
    assert [(a.text, a.kind, a.role) for a in e.actors] == [("Taliban", "group", "actor1")]
    assert e.report_date == "2021-09-06" and e.date_kind == "event"


def test_seed_massoud_commissions_a_delegation(seed):
    doc, _, _, events = seed
    control = event_in(doc, events, "took control of Kabul")
    e = event_in(doc, events, "commissioned a delegation")
    assert e.type == "negotiation"  # commissioning a delegation is a negotiation step
    assert e.trigger == "commissioned a delegation"
    assert (e.date, e.time_precision) == ("2021-08-17", "day")
    # "two days after the fall of Kabul" is tied to the control event
    assert e.anchor_event == control.id
    assert "Ahmad Massoud" in actor_texts(e, "person")
    assert KABUL.id in e.place_ids


def test_seed_taliban_send_fighters_towards_panjshir_via_kapisa(seed):
    doc, _, resolutions, events = seed
    e = event_in(doc, events, "sent thousands of its fighters")
    assert e.type == "strategic_developments"
    assert e.trigger == "sent"
    assert e.place_ids == (KABUL.id, PANJSHIR_VALLEY.id, KAPISA.id)
    assert [resolutions[i].mention.text for i in e.mention_indices] == [
        "Kabul",
        "Panjshir Valley",
        "Kapisa",
    ]
    sent = doc.sentences[e.sentence]
    for i in e.mention_indices:
        m = resolutions[i].mention
        assert sent.start <= m.start < m.end <= sent.end and resolutions[i].place is not None
    assert actor_texts(e) == ["Taliban"]
    assert e.date is None  # "Badri 313 Unit" is not a date


def test_seed_meetings_in_kabul(seed):
    doc, _, _, events = seed
    e = event_in(doc, events, "formal and side meetings in Kabul")
    assert e.type == "negotiation"
    assert e.trigger == "meetings"
    assert KABUL.id in e.place_ids and PANJSHIR.id in e.place_ids
    assert e.date is None  # "up to 20 formal ... meetings" is not a date
    # the mediator *said* the delegations held meetings: he reports, he is no actor of them
    assert "Mawlawi Mazharudin Fayez" not in actor_texts(e)


def test_seed_ahmad_shah_massoud_assassinated(seed):
    doc, _, _, events = seed
    e = event_in(doc, events, "assassinated in 2001")
    assert e.type == "violence_against_civilians"
    assert e.trigger == "assassinated"
    assert (e.date, e.time_precision, e.date_text) == ("2001", "year", "2001")
    # "by Al Qaeda and the Taliban" (agent) act; "Senior Massoud", subject of "was a
    # leader", is not reached from the trigger of the "until" clause
    assert {"Al Qaeda", "Taliban"} <= set(actor_texts(e, "group"))
    assert {a.role for a in e.actors if a.kind == "group"} == {"actor1"}


def test_seed_it_has_been_a_week(seed):
    doc, _, _, events = seed
    e = event_in(doc, events, "It has been a week now")
    assert e.type == "strategic_developments"
    assert e.trigger == "sent"
    assert (e.date, e.date_end, e.time_precision) == ("2021-08-30", "2021-09-06", "week")
    assert e.date_text.startswith("It has been a week")
    assert e.place_ids == (PANJSHIR_VALLEY.id, KABUL.id)


def test_seed_event_invariants(seed, nlp):
    doc, _, _, events = seed
    assert len(events) >= 15
    assert [e.id for e in events] == [f"e{i}" for i in range(len(events))]
    assert [e.sentence for e in events] == sorted({e.sentence for e in events})
    for e in events:
        s = doc.sentences[e.sentence]
        assert s.start <= e.trigger_start < e.trigger_end <= s.end
        assert doc.text[e.trigger_start : e.trigger_end] == e.trigger
        for a in e.actors:
            assert doc.text[a.start : a.end] == a.text
            assert s.start <= a.start and a.end <= s.end
            assert a.kind in ("person", "organisation", "group")
        assert 0 not in e.mention_indices  # the unresolved mention
        assert len(set(e.place_ids)) == len(e.place_ids)
        assert "313" not in e.date_text and e.date != "2021-09-06"
    # a heading without a verb has no event
    heading = next(s for s in doc.sentences if doc.sentence_text(s.index) == "No tangible results")
    assert heading.index not in {e.sentence for e in events}
    # sentences without a date expression stay undated (no copying of the document date)
    undated = [e for e in events if e.date is None]
    assert len(undated) >= 10
    assert all(e.time_precision == "unknown" and e.date_text == "" for e in undated)
    # deterministic
    again = extract_events(doc, annotate(doc, nlp, parse=needs_parse), place_resolutions(doc))
    assert [e.to_dict() for e in again] == [e.to_dict() for e in events]


def test_seed_types_cover_the_taxonomy(seed):
    _, _, _, events = seed
    assert {
        "strategic_developments",
        "battles",
        "violence_against_civilians",
        "negotiation",
        "statement",
        "government",
    } <= {e.type for e in events}


def test_extract_events_on_a_long_document(seed):
    doc, result, _, _ = seed
    copies = 200
    sep = "\n\n"
    step = len(doc.text) + len(sep)
    big = Document("big", sep.join([doc.text] * copies), doc.date)
    split(big)
    tokens = [
        Token(t.start + k * step, t.end + k * step, t.text, t.tag, t.pos, t.ent)
        for k in range(copies)
        for t in result.tokens
    ]
    ents = [
        Entity(x.start + k * step, x.end + k * step, x.text, x.label)
        for k in range(copies)
        for x in result.entities
    ]
    big_res = place_resolutions(big)
    events = extract_events(big, NlpResult(tuple(tokens), tuple(ents)), big_res)
    # every copy yields the seed's events (speed: bench/pipeline.py, not a timed test)
    assert len(events) == copies * len(seed[3])


# --------------------------------------------------------------------------- hand-tagged


def test_relative_dates_need_a_document_date():
    spec = "It/PRP has/VBZ been/VBN a/DT week/NN since/IN the/DT Taliban/NNP attacked/VBD ./."
    (e,) = events_of(spec, doc_date=None)
    assert e.date is None and e.time_precision == "unknown"
    (e,) = events_of(spec)
    assert (e.date, e.date_end, e.time_precision) == ("2021-08-30", "2021-09-06", "week")


def test_explicit_date_nearest_to_the_trigger_wins():
    spec = (
        "In/IN 2001/CD he/PRP led/VBD the/DT group/NN ,/, and/CC on/IN 5/CD May/NNP 2019/CD "
        "he/PRP was/VBD killed/VBN ./."
    )
    (e,) = events_of(spec)
    assert (e.trigger, e.date, e.time_precision) == ("killed", "2019-05-05", "day")


def test_extract_events_splits_an_unsplit_document():
    doc, result = tagged("Troops/NNS withdrew/VBD ./.")
    raw = Document("raw", doc.text, DOC_DATE)
    assert [e.trigger for e in extract_events(raw, result, [])] == ["withdrew"]


DATEY = st.lists(
    st.sampled_from(
        ["in", "on", "since", "the", "2001", "15", "August", "May", "17,", "2021", "two", "a",
         "few", "days", "weeks", "ago", "after", "before", "fall", "of", "Kabul", ",", ".",
         "next", "day", "later", "last", "year", "month", "It", "has", "been", "week", "now",
         "yesterday", "Tuesday", "31", "February", "999", "decades", "1/2/2003", "13/13/2020",
         "2021-02-30", "-", "to", "between", "and", "took", "control", "attacked", "sent"]
    ),
    max_size=40,
).map(" ".join)  # fmt: skip
TAGS = ["NN", "NNS", "NNP", "VBD", "VB", "VBN", "VBG", "VBZ", "IN", "DT", "CD", "MD", ",", "."]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(DATEY, min_size=1, max_size=4),
    st.none() | st.dates(),
    st.randoms(use_true_random=False),
)
def test_extract_events_never_crashes(paragraphs, doc_date, rnd):
    text = "\n\n".join(p for p in paragraphs if p.strip()) or "It fell."
    doc = document_from_text(text, date=doc_date)
    tokens = tuple(
        Token(m.start(), m.end(), m.group(), rnd.choice(TAGS), "", "")
        for m in re.finditer(r"\S+", doc.text)
    )
    events = extract_events(doc, NlpResult(tokens, ()), [])
    for i, e in enumerate(events):
        assert e.id == f"e{i}"
        assert doc.text[e.trigger_start : e.trigger_end] == e.trigger
        if e.date is not None:
            assert re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", e.date)
    for d in find_dates(doc.text, doc_date):
        assert doc.text[d.start : d.end] == d.text and d.start < d.end


# --------------------------------------------------------------------------- the package

PACKAGE = SEED.parent.parent / "geo" / "events"
ALLOWED = {"geo", "geo.models", "geo.settings", "geo.errors", "geo.names", "geo.cache", "geo.nlp"}


def test_package_api_and_imports():
    import geo.events

    for name in ("EVENT_NOUNS", "EVENT_TYPES", "VERB_TYPES", "DateMatch", "extract_events",
                 "find_dates", "verb_type", "KNOWN_GROUPS"):  # fmt: skip
        assert name in geo.events.__all__ and hasattr(geo.events, name)
    for path in sorted(PACKAGE.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                mod = node.module
            elif isinstance(node, ast.Import):
                mod = node.names[0].name
            else:
                continue
            if mod.startswith("geo") and not mod.startswith("geo.events"):
                # geo.documents: only the lazy split() of an unsplit document
                assert mod in ALLOWED or mod == "geo.documents", (path.name, mod)
