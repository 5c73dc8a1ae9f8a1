"""geo.events: triggers, taxonomy, actors, places, date normalisation and anchoring."""

from __future__ import annotations

import re
import time
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.documents import document_from_text, load_document, split
from geo.events import extract_events, find_dates, verb_type
from geo.models import Document, Event, Mention, Place, Resolution
from geo.nlp import Entity, NlpResult, Token, annotate

ROOT = Path(__file__).resolve().parent.parent
SEED = sorted((ROOT / "seeds").glob("*.txt"))[0]
DOC_DATE = date(2021, 9, 6)

KABUL = Place("geonames:1138958", "Kabul", "city", 34.52813, 69.17233, "AF", "13", "P", "PPLC")
PANJSHIR = Place("test:panjshir", "Panjshir", "admin1", 35.5, 69.8, "AF", "42", "A", "ADM1")
PANJSHIR_VALLEY = Place("test:panjshir-valley", "Panjshir Valley", "valley", 35.3, 69.6, "AF")
PANJSHIR_RIVER = Place("test:panjshir-river", "Panjshir River", "river", 35.0, 69.4, "AF")
KAPISA = Place("test:kapisa", "Kapisa", "admin1", 34.98, 69.62, "AF", "14", "A", "ADM1")
AFGHANISTAN = Place("test:af", "Afghanistan", "country", 33.0, 65.0, "AF")
HINDU_KUSH = Place("test:hindu-kush", "Hindu Kush", "mountain_range", 35.5, 70.5)
PLACES = {
    "Panjshir Valley": PANJSHIR_VALLEY,
    "Panjshir River": PANJSHIR_RIVER,
    "Panjshir": PANJSHIR,
    "Kabul": KABUL,
    "Kapisa": KAPISA,
    "Afghanistan": AFGHANISTAN,
    "Hindu Kush": HINDU_KUSH,
}
_PLACE_RE = re.compile("|".join(re.escape(n) for n in PLACES))  # longest names first


def place_resolutions(doc: Document) -> list[Resolution]:
    """Hand-built resolver output: every known place name resolved, plus one unresolved
    mention first so that indices are not trivially aligned."""
    out: list[Resolution] = []
    badri = doc.text.find("Badri")
    if badri != -1:
        out.append(Resolution(Mention(badri, badri + 5, "Badri"), None, 0.0, reason="unknown"))
    for m in _PLACE_RE.finditer(doc.text):
        s = doc.sentence_at(m.start())
        mention = Mention(m.start(), m.end(), m.group(), sentence=s.index if s else -1)
        out.append(Resolution(mention, PLACES[m.group()], 0.9))
    return out


# --------------------------------------------------------------------------- the seed


@pytest.fixture(scope="module")
def seed(nlp):
    doc = load_document(SEED)
    result = annotate(doc, nlp)
    resolutions = place_resolutions(doc)
    events = extract_events(doc, result, resolutions)
    return doc, result, resolutions, events


def event_in(doc: Document, events: list[Event], fragment: str) -> Event:
    hits = [e for e in events if fragment in doc.sentence_text(e.sentence)]
    assert len(hits) == 1, f"no single event for {fragment!r}: {hits}"
    return hits[0]


def actor_texts(e: Event, kind: str | None = None) -> list[str]:
    return [a.text for a in e.actors if kind is None or a.kind == kind]


def test_seed_taliban_take_control_of_kabul(seed):
    doc, _, _, events = seed
    e = event_in(doc, events, "took control of Kabul")
    assert e.type == "control"
    assert e.trigger == "took control"
    assert (e.date, e.time_precision, e.date_text) == ("2021-08-15", "day", "15 August 2021")
    assert e.date_end is None and e.anchor_event is None
    assert KABUL.id in e.place_ids
    assert "Taliban" in actor_texts(e, "group")
    assert "Ahmad Massoud" in actor_texts(e, "person")
    assert "Panjshir" not in actor_texts(e)  # spaCy's ORG "Panjshir" is a resolved place


def test_seed_massoud_commissions_a_delegation(seed):
    doc, _, _, events = seed
    control = event_in(doc, events, "took control of Kabul")
    e = event_in(doc, events, "commissioned a delegation")
    assert e.type in ("government", "negotiation")
    assert e.trigger == "commissioned"
    assert (e.date, e.time_precision) == ("2021-08-17", "day")
    # "two days after the fall of Kabul" is tied to the control event
    assert e.anchor_event == control.id
    assert "Ahmad Massoud" in actor_texts(e, "person")
    assert KABUL.id in e.place_ids


def test_seed_taliban_send_fighters_towards_panjshir_via_kapisa(seed):
    doc, _, resolutions, events = seed
    e = event_in(doc, events, "sent thousands of its fighters")
    assert e.type == "movement"
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
    assert "Mawlawi Mazharudin Fayez" in actor_texts(e, "person")


def test_seed_ahmad_shah_massoud_assassinated(seed):
    doc, _, _, events = seed
    e = event_in(doc, events, "assassinated in 2001")
    assert e.type == "fighting"
    assert e.trigger == "assassinated"
    assert (e.date, e.time_precision, e.date_text) == ("2001", "year", "2001")
    assert "Massoud" in actor_texts(e, "person")
    assert {"Al Qaeda", "Taliban"} <= set(actor_texts(e, "group"))


def test_seed_it_has_been_a_week(seed):
    doc, _, _, events = seed
    e = event_in(doc, events, "It has been a week now")
    assert e.type == "movement"
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
    again = extract_events(doc, annotate(doc, nlp), place_resolutions(doc))
    assert [e.to_dict() for e in again] == [e.to_dict() for e in events]


def test_seed_types_cover_the_taxonomy(seed):
    _, _, _, events = seed
    assert {"movement", "control", "fighting", "negotiation", "statement", "government"} <= {
        e.type for e in events
    }


def test_extract_events_speed(seed):
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
    t = time.perf_counter()
    events = extract_events(big, NlpResult(tuple(tokens), tuple(ents)), big_res)
    elapsed = time.perf_counter() - t
    assert len(events) == copies * len(seed[3])
    # measured ~2.5M chars/s; the pipeline budget for events is 500k chars/s
    assert len(big.text) / elapsed > 500_000


# --------------------------------------------------------------------------- hand-tagged


def tagged(spec: str, *, doc_date: date | None = DOC_DATE, ents: tuple[tuple[str, str], ...] = ()):
    """A document and an NlpResult from "word/TAG word/TAG ..." (no spaCy needed).

    Punctuation tokens (``./.``, ``,/,``) attach to the previous word; "||" starts a new
    paragraph. Entities are (text, label), located left to right.
    """
    parts: list[str] = []
    spans: list[tuple[int, int, str, str]] = []
    pos = 0
    for item in spec.split():
        if item == "||":
            parts.append("\n\n")
            pos += 2
            continue
        word, tag = item.rsplit("/", 1)
        word = word.replace("_", " ")
        if parts and tag not in (".", ",", "POS") and not parts[-1].endswith("\n"):
            parts.append(" ")
            pos += 1
        spans.append((pos, pos + len(word), word, tag))
        parts.append(word)
        pos += len(word)
    text = "".join(parts)
    doc = document_from_text(text, date=doc_date)
    assert doc.text == text
    tokens = tuple(Token(s, e, w, t, "", "") for s, e, w, t in spans)
    entities = []
    cursor = 0
    for etext, label in ents:
        i = text.index(etext, cursor)
        entities.append(Entity(i, i + len(etext), etext, label))
        cursor = i + len(etext)
    return doc, NlpResult(tokens, tuple(entities))


def events_of(spec: str, **kw) -> list[Event]:
    doc, result = tagged(spec, **kw)
    return extract_events(doc, result, [])


@pytest.mark.parametrize(
    "spec, etype, trigger",
    [
        ("Kabul/NNP fell/VBD to/IN the/DT Taliban/NNP ./.", "control", "fell to"),
        ("Prices/NNS fell/VBD sharply/RB ./.", "other", "fell"),
        ("The/DT talks/NNS ended/VBD ./.", "negotiation", "talks"),
        (
            "Officials/NNS said/VBD the/DT delegations/NNS held/VBD meetings/NNS in/IN Doha/NNP ./.",
            "negotiation",
            "held meetings",
        ),
        ("He/PRP was/VBD assassinated/VBN in/IN 2001/CD ./.", "fighting", "assassinated"),
        (
            "Zaland/NNP believes/VBZ that/IN the/DT Taliban/NNP capturing/VBG depots/NNS is/VBZ bad/JJ ./.",
            "statement",
            "believes",
        ),
        (
            "They/PRP will/MD first/RB announce/VB officials/NNS for/IN the/DT province/NN ./.",
            "government",
            "announce officials",
        ),
        ("The/DT Taliban/NNP seized/VBD Bazarak/NNP ./.", "control", "seized"),
        ("Troops/NNS withdrew/VBD from/IN Herat/NNP ./.", "movement", "withdrew"),
        ("The/DT Taliban/NNP took/VBD over/RP Herat/NNP ./.", "control", "took over"),
        ("It/PRP rained/VBD in/IN the/DT fall/NN of/IN 2020/CD ./.", "other", "rained"),
    ],
)
def test_trigger_and_type(spec, etype, trigger):
    (e,) = events_of(spec)
    assert (e.type, e.trigger) == (etype, trigger)


@pytest.mark.parametrize(
    "spec",
    [
        "Panjshir/NNP is/VBZ located/VBN north/RB of/IN Kabul/NNP ./.",
        "No/DT tangible/JJ results/NNS",
        "The/DT valley/NN is/VBZ covered/VBN by/IN mountains/NNS ./.",
        "He/PRP has/VBZ been/VBN there/RB ./.",
    ],
)
def test_no_event_without_an_action(spec):
    assert events_of(spec) == []


def test_verb_type_normaliser():
    assert verb_type("sent") == ("send", "movement")
    assert verb_type("Withdrawn") == ("withdraw", "movement")
    assert verb_type("besieging") == ("besiege", "control")
    assert verb_type("assassinated") == ("assassinate", "fighting")
    assert verb_type("shelled") == ("shell", "fighting")
    assert verb_type("negotiates") == ("negotiate", "negotiation")
    assert verb_type("met") == ("meet", "negotiation")
    assert verb_type("said") == ("say", "statement")
    assert verb_type("commissioned") == ("commission", "government")
    assert verb_type("took") == ("take", "other")
    assert verb_type("walked") is None


def test_actors_kinds_and_exclusions():
    spec = (
        "Massoud/NNP and/CC the/DT anti-Taliban/JJ figures/NNS met/VBD UN/NNP envoys/NNS and/CC "
        "Tajik/JJ elders/NNS in/IN Kabul/NNP while/IN the/DT Taliban/NNP waited/VBD ./."
    )
    doc, result = tagged(
        spec,
        ents=(
            ("Massoud", "PERSON"),
            ("anti-Taliban", "ORG"),
            ("UN", "ORG"),
            ("Tajik", "NORP"),
            ("Kabul", "ORG"),  # mislabelled place: resolved below, so not an actor
        ),
    )
    k = doc.text.index("Kabul")
    res = [Resolution(Mention(k, k + 5, "Kabul"), KABUL, 0.9)]
    (e,) = extract_events(doc, result, res)
    assert e.type == "negotiation" and e.trigger == "met"
    assert [(a.text, a.kind) for a in e.actors] == [
        ("Massoud", "person"),
        ("UN", "organisation"),
        ("Tajik", "group"),
        ("Taliban", "group"),  # no entity from the model: found as a known group
    ]
    assert e.place_ids == (KABUL.id,) and e.mention_indices == (0,)


def test_anchor_to_the_fall_of_kabul():
    spec = (
        "The/DT Taliban/NNP took/VBD control/NN of/IN Kabul/NNP on/IN 15/CD August/NNP 2021/CD ./. || "
        "Two/CD days/NNS after/IN the/DT fall/NN of/IN Kabul/NNP ,/, Massoud/NNP "
        "commissioned/VBD a/DT delegation/NN ./."
    )
    e0, e1 = events_of(spec)
    assert (e0.type, e0.date) == ("control", "2021-08-15")
    assert e1.trigger == "commissioned"  # "fall" inside the date expression is not a trigger
    assert (e1.date, e1.time_precision, e1.anchor_event) == ("2021-08-17", "day", "e0")
    assert e1.date_text == "Two days after the fall of Kabul"


def test_anchor_before_and_weeks():
    spec = (
        "The/DT Taliban/NNP captured/VBD Kabul/NNP on/IN 15/CD August/NNP 2021/CD ./. || "
        "Three/CD weeks/NNS before/IN the/DT capture/NN of/IN Kabul/NNP ,/, talks/NNS "
        "began/VBD ./."
    )
    _, e1 = events_of(spec)
    assert (e1.date, e1.time_precision, e1.anchor_event) == ("2021-07-25", "week", "e0")


def test_anchor_the_next_day_and_later():
    spec = (
        "Talks/NNS began/VBD on/IN 3/CD March/NNP 2020/CD ./. || "
        "The/DT next/JJ day/NN ,/, the/DT delegation/NN left/VBD ./. || "
        "Three/CD days/NNS later/RB ,/, fighting/NN resumed/VBD ./."
    )
    e0, e1, e2 = events_of(spec)
    assert e0.date == "2020-03-03"
    assert (e1.date, e1.anchor_event) == ("2020-03-04", "e0")
    assert (e2.date, e2.anchor_event) == ("2020-03-07", "e1")


def test_anchor_without_a_matching_event_gives_no_date():
    spec = "Two/CD days/NNS after/IN the/DT fall/NN of/IN Herat/NNP ,/, troops/NNS withdrew/VBD ./."
    (e,) = events_of(spec)
    assert e.date is None and e.anchor_event is None


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


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    "text, matched, iso, iso_end, precision",
    [
        ("on 15 August 2021", "15 August 2021", "2021-08-15", None, "day"),
        ("on August 15, 2021", "August 15, 2021", "2021-08-15", None, "day"),
        ("on Sunday, 15 August 2021", "Sunday, 15 August 2021", "2021-08-15", None, "day"),
        ("on the 15th of August 2021", "the 15th of August 2021", "2021-08-15", None, "day"),
        ("on Aug. 15 2021", "Aug. 15 2021", "2021-08-15", None, "day"),
        ("On August 17, two", "August 17", "2021-08-17", None, "day"),
        ("on 17 August", "17 August", "2021-08-17", None, "day"),
        ("on 20 December", "20 December", "2020-12-20", None, "day"),  # would be > 2 months ahead
        ("on 20 October", "20 October", "2021-10-20", None, "day"),  # within ~2 months: this year
        ("from 15-17 August 2021", "15-17 August 2021", "2021-08-15", "2021-08-17", "day"),
        ("on 2021-08-15", "2021-08-15", "2021-08-15", None, "day"),
        ("on 15/08/2021", "15/08/2021", "2021-08-15", None, "day"),
        ("on 08/15/2021", "08/15/2021", "2021-08-15", None, "day"),
        ("on 5/8/2021", "5/8/2021", "2021-05-08", None, "day"),  # ambiguous: dateparser, US order
        ("in August 2021", "August 2021", "2021-08", None, "month"),
        ("in early August 2021", "early August 2021", "2021-08", None, "month"),
        ("in August", "August", "2021-08", None, "month"),
        ("since May", "May", "2021-05", None, "month"),
        ("in June", "June", "2021-06", None, "month"),
        ("last December", "last December", "2020-12", None, "month"),
        ("last month", "last month", "2021-08", None, "month"),
        ("earlier this month", "earlier this month", "2021-09", None, "month"),
        ("in 2001", "2001", "2001", None, "year"),
        ("since 1996", "1996", "1996", None, "year"),
        ("the 2001 attack", "2001", "2001", None, "year"),
        ("from 1996 to 2001", "1996 to 2001", "1996", "2001", "year"),
        ("last year", "last year", "2020", None, "year"),
        ("yesterday", "yesterday", "2021-09-05", None, "day"),
        ("two days ago", "two days ago", "2021-09-04", None, "day"),
        ("3 days ago", "3 days ago", "2021-09-03", None, "day"),
        ("last Tuesday", "last Tuesday", "2021-08-31", None, "day"),
        ("on Friday", "Friday", "2021-09-03", None, "day"),
        ("a week ago", "a week ago", "2021-08-30", "2021-09-06", "week"),
        ("It has been a week now since", "It has been a week now since", "2021-08-30", "2021-09-06", "week"),
        ("for the past two weeks", "for the past two weeks", "2021-08-23", "2021-09-06", "week"),
        ("last week", "last week", "2021-08-30", "2021-09-05", "week"),
        ("a few days ago", "a few days ago", "2021-09-03", "2021-09-06", "approx"),
        ("two months ago", "two months ago", "2021-07", None, "month"),
    ],
)  # fmt: skip
def test_date_normalisation(text, matched, iso, iso_end, precision):
    (d,) = find_dates(text, DOC_DATE)
    assert (d.text, d.date, d.date_end, d.precision) == (matched, iso, iso_end, precision)
    assert text[d.start : d.end] == d.text and not d.anchored


@pytest.mark.parametrize(
    "text, offset, unit, anchor",
    [
        ("two days after the fall of Kabul, he", 2, "day", "the fall of Kabul"),
        ("three weeks before the talks in Doha", -3, "week", "the talks in Doha"),
        ("the next day", 1, "day", ""),
        ("a day later", 1, "day", ""),
        ("two months later", 2, "month", ""),
    ],
)
def test_anchored_expressions(text, offset, unit, anchor):
    (d,) = find_dates(text, DOC_DATE)
    assert d.anchored and d.date is None
    assert (d.offset, d.unit, d.anchor_text) == (offset, unit, anchor)


@pytest.mark.parametrize(
    "text",
    [
        "the Badri 313 Unit",
        "presented 12 suggestions",
        "suggestion number 6",
        "held up to 20 formal meetings",
        "a force of 2000 fighters",
        "by 2000 fighters",
        "from 1200 soldiers",
        "in 2001 people were killed",
        "they may go",
        "the 1990s",
        "at 10:30",
        "Room 2021 is free",
        "a 2001 Toyota",
        "in 3000 BC",
        "it grew 2.5 percent",
        "on 31 February 2021",
        "they will march on",
        "version 1.2.3",
    ],
)
def test_numbers_that_are_not_dates(text):
    assert find_dates(text, DOC_DATE) == []


def test_relative_dates_without_document_date():
    assert find_dates("yesterday, two days ago, last month, in August", None) == []
    # absolute dates do not need the document date
    assert [d.date for d in find_dates("in 2001 and on 15 August 2021", None)] == [
        "2001",
        "2021-08-15",
    ]
    # a day without year cannot be placed
    assert find_dates("On August 17", None) == []


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


def test_find_dates_speed():
    text = "\n\n".join([load_document(SEED).text] * 200)
    t = time.perf_counter()
    found = find_dates(text, DOC_DATE)
    elapsed = time.perf_counter() - t
    assert len(found) == 5 * 200
    assert len(text) / elapsed > 1_000_000
