"""Shared by the events tests: places, hand-built resolutions, hand-tagged documents."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from geo.documents import document_from_text
from geo.events import extract_events
from geo.models import Document, Event, Mention, Place, Resolution
from geo.nlp import Entity, NlpResult, Token

ROOT = Path(__file__).resolve().parent.parent.parent
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


def event_in(doc: Document, events: list[Event], fragment: str) -> Event:
    hits = [e for e in events if fragment in doc.sentence_text(e.sentence)]
    assert len(hits) == 1, f"no single event for {fragment!r}: {hits}"
    return hits[0]


def actor_texts(e: Event, kind: str | None = None) -> list[str]:
    return [a.text for a in e.actors if kind is None or a.kind == kind]


def tagged(spec: str, *, doc_date: date | None = DOC_DATE, ents: tuple[tuple[str, str], ...] = ()):
    """A document and an NlpResult from "word/TAG word/TAG ..." (no spaCy needed).

    Punctuation tokens (``./.``, ``,/,``) attach to the previous word; "||" starts a new
    paragraph. Entities are (text, label), located left to right. A hand-made parse:
    "word/TAG/dep/head" with ``head`` the 0-based index of the head token in ``spec``
    (a root names itself).
    """
    parts: list[str] = []
    spans: list[tuple[int, int, str, str]] = []
    deps: list[tuple[str, int]] = []
    pos = 0
    for item in spec.split():
        if item == "||":
            parts.append("\n\n")
            pos += 2
            continue
        fields = item.split("/")
        if len(fields) == 4:
            word, tag = fields[0], fields[1]
            deps.append((fields[2], int(fields[3])))
        else:
            word, tag = item.rsplit("/", 1)
            deps.append(("", -1))
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
    tokens = tuple(
        Token(s, e, w, t, "", "", False, dep, spans[head][0] if head >= 0 else -1)
        for (s, e, w, t), (dep, head) in zip(spans, deps, strict=True)
    )
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
