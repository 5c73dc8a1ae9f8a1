"""Shared by the recognition tests: a small in-memory gazetteer and hand-built NLP results
(tokens by a regular expression, entities by substring)."""

from __future__ import annotations

import re

from geo.documents import document_from_text
from geo.gazetteer import MemoryGazetteer
from geo.models import Mention, Place
from geo.nlp import Entity, NlpResult, Token
from geo.recognize import find_mentions


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


def gazetteer() -> MemoryGazetteer:
    """A fresh in-memory gazetteer of :data:`PLACES`."""
    return MemoryGazetteer(PLACES)


_TOKEN = re.compile(r"[A-Za-z]\.(?:[A-Za-z]\.)+|\w+(?:['’]\w+)*|[^\w\s]")


def make_nlp(text: str, ents: dict[str, str] | None = None) -> NlpResult:
    """Tokens by a regular expression (capitalised words tagged NNP); ``ents`` maps a
    substring (every occurrence) to an entity label."""
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
    """``find_mentions`` of ``text`` with :func:`make_nlp`."""
    doc = document_from_text(text)
    return find_mentions(doc, make_nlp(doc.text, ents), gaz)


def texts(ms: list[Mention]) -> list[str]:
    """The texts of the non-demonym mentions."""
    return [m.text for m in ms if not m.is_demonym]
