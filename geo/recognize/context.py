"""Per-document state shared by the recogniser's steps, and the candidate span.

:class:`Context` holds the tokens that index the text correctly, sentence membership and
sentence-initial positions, the entity over each token, the names spaCy tags as places,
and the names the document uses for people (surnames of PERSON entities, names right
before a verb of saying, names after a title). :class:`Cand` is a candidate span before
acceptance and selection.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from geo.gazetteer import GazetteerLike
from geo.models import Document
from geo.names import normalize_name
from geo.nlp import Entity, NlpResult, Token
from geo.recognize.evidence import lookup_cache
from geo.recognize.lexicon import Lexicon, lexicon
from geo.recognize.thresholds import THRESHOLDS as T

__all__ = [
    "PRIORITY_ABBREVIATION",
    "PRIORITY_DEMONYM",
    "PRIORITY_GAZETTEER",
    "PRIORITY_NER_OTHER",
    "PRIORITY_NER_PLACE",
    "PRIORITY_PATTERN",
    "Cand",
    "Context",
    "is_cap",
    "strip_article",
]

# Priorities of candidate sources: on equal length, the higher one wins the span.
PRIORITY_PATTERN = 4  # feature-type patterns ("X County", "Lake X")
PRIORITY_NER_PLACE = 3  # spaCy GPE/LOC entities
PRIORITY_ABBREVIATION = 3  # state abbreviations after "Place," ("Dalton, Ga.")
PRIORITY_GAZETTEER = 2  # capitalised sequences matched in the gazetteer
PRIORITY_NER_OTHER = 1  # spaCy FAC/ORG/PERSON/NORP entities
PRIORITY_DEMONYM = 0  # demonyms

#: Tokens after which a sentence-initial position carries over to the next token.
_OPENERS = ('"', "“", "'", "‘", "(", "[", "—", "-", "–")


def is_cap(text: str) -> bool:
    """A capitalised word: starts with an upper-case letter (or is an all-caps word)."""
    if not text:
        return False
    c = text[0]
    return c.isupper() and c.isalpha()


def strip_article(s: str) -> str:
    """``s`` without a leading "the " (any of three casings)."""
    for art in ("the ", "The ", "THE "):
        if s.startswith(art):
            return s[len(art) :]
    return s


@dataclass(slots=True)
class Cand:
    """A candidate span (token range [ts, te)) before selection."""

    ts: int
    te: int
    start: int
    end: int
    name: str
    cue: str
    method: str
    ner_label: str
    priority: int  # higher wins on equal length
    is_demonym: bool = False  # any form other than "name"
    hard: bool = False  # rejected for a reason consistency must not override
    form: str = "name"  # a geo.models.MentionForm


class Context:
    """Per-document state shared by the recogniser's steps."""

    def __init__(self, document: Document, nlp: NlpResult, gazetteer: GazetteerLike) -> None:
        self.lex: Lexicon = lexicon()
        lex = self.lex
        self._gap = T.adjacent_gap  # read per call of adjacent(): bound once
        self.doc = document
        self.text = document.text
        n_text = len(self.text)
        # keep tokens that index the text correctly (hand-built NlpResults may not)
        self.toks: list[Token] = [
            t
            for t in nlp.tokens
            if 0 <= t.start < t.end <= n_text and self.text[t.start : t.end] == t.text
        ]
        self.toks.sort(key=lambda t: t.start)
        self.lookup = lookup_cache(gazetteer)
        self.n = len(self.toks)
        self.starts = [t.start for t in self.toks]
        # sentence starts
        self.sent_start = [False] * self.n
        self.sent_id = [0] * self.n
        sents = document.sentences
        si = 0
        prev_sent = -1
        for i, t in enumerate(self.toks):
            while si < len(sents) and sents[si].end <= t.start:
                si += 1
            sid = si if si < len(sents) and sents[si].start <= t.start else -1 - si
            self.sent_id[i] = sid
            if sid != prev_sent:
                self.sent_start[i] = True
                prev_sent = sid
        # a token right after an opening quote/bracket/dash at sentence start is initial too
        for i in range(1, self.n):
            if self.sent_start[i - 1] and self.toks[i - 1].text in _OPENERS:
                self.sent_start[i] = True
        # entity per token
        self.ent_of: list[Entity | None] = [None] * self.n
        self.entities = [e for e in nlp.entities if 0 <= e.start < e.end <= n_text]
        for e in self.entities:
            i = self.tok_at(e.start)
            while i < self.n and self.toks[i].start < e.end:
                if self.toks[i].end <= e.end:
                    self.ent_of[i] = e
                i += 1
        # names that spaCy tags as a place somewhere in the document
        #: entities of named things that are no places ("the Crimean War": EVENT ...)
        self.thing_entities: list[Entity] = [
            e for e in self.entities if e.label in lex.thing_labels
        ]
        self.place_names: set[str] = set()
        for e in self.entities:
            if e.label in ("GPE", "LOC"):
                self.place_names.add(normalize_name(strip_article(e.text)))
        # surnames of the people in the document: "Okafor said" after "Grace
        # Okafor"; names right before a verb of saying; names after a title
        self.person_names: dict[str, int] = {}
        self.place_count: dict[str, int] = {}
        for e in self.entities:
            if e.label in ("GPE", "LOC"):
                k = normalize_name(strip_article(e.text))
                self.place_count[k] = self.place_count.get(k, 0) + 1
            if e.label == "PERSON":
                ts, te = self.tok_at(e.start), self.tok_at(e.end)
                if te - ts >= 2:
                    last = self.toks[te - 1].text
                    if last in ("'s", "’s") and te - ts >= 3:
                        last = self.toks[te - 2].text
                    self._person(last)
                    self._person(e.text)
        for i in range(self.n - 1):
            t = self.toks[i]
            ent = self.ent_of[i]
            if (
                self.toks[i + 1].text in lex.speech_verbs
                and is_cap(t.text)
                and self.adjacent(i, i + 1)
                and (ent is None or ent.label == "PERSON")
                and (i == 0 or not is_cap(self.toks[i - 1].text) or ent is not None)
            ):
                self._person(t.text)
            lw = t.text.lower()
            if (lw in lex.honorifics or lw.rstrip(".") in lex.honorifics) and is_cap(t.text):
                j = i + 1
                while j < self.n and self.adjacent(j - 1, j) and is_cap(self.toks[j].text):
                    j += 1
                if j > i + 1:
                    self._person(self.toks[j - 1].text)
        self.person_names.pop("", None)
        #: names used as a pathogen's name somewhere ("Marburg virus", "West Nile fever"):
        #: every tail of the run of capitalised words before a disease word
        self.disease_names: set[str] = set()
        for i in range(1, self.n):
            if self.toks[i].text.lower() in lex.disease and self.adjacent(i - 1, i):
                j = i - 1
                while (
                    j >= 0
                    and i - j <= 3
                    and self.capword(j)
                    and (j == i - 1 or self.adjacent(j, j + 1))
                ):
                    self.disease_names.add(normalize_name(self.span_text(j, i)))
                    j -= 1
        #: tokens of seats of power (set by candidates.seat_candidates)
        self.seat_tokens: set[int] = set()
        self._countries: set[str] | None = None

    def _person(self, name: str) -> None:
        k = normalize_name(name)
        self.person_names[k] = self.person_names.get(k, 0) + 1

    def doc_countries(self) -> set[str]:
        """Countries of the names spaCy tags as places (their first gazetteer candidate
        that is a country, a unit or a big city; computed once)."""
        if self._countries is None:
            out: set[str] = set()
            for key in self.place_names:
                if len(key) <= T.acronym_max_len:
                    continue  # codes do not vote for their own country
                for x in self.lookup(key)[: T.region_candidates]:
                    p = x.place
                    if p.kind in ("country", "admin1") or p.population >= T.big_city_population:
                        if p.country:
                            out.add(p.country)
                        break
            self._countries = out
        return self._countries

    def person_like(self, key: str) -> bool:
        """Is ``key`` used as a person's name in this document more than as a place?"""
        n = self.person_names.get(key, 0)
        return n > 0 and n >= self.place_count.get(key, 0)

    def tok_at(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect.bisect_left(self.starts, offset)

    def span_text(self, ts: int, te: int) -> str:
        """The text from token ``ts`` to token ``te - 1``, inclusive."""
        return self.text[self.toks[ts].start : self.toks[te - 1].end]

    def adjacent(self, i: int, j: int) -> bool:
        """Tokens i and j (j = i + 1) are on one line of the same sentence."""
        if self.sent_id[i] != self.sent_id[j]:
            return False
        gap = self.text[self.toks[i].end : self.toks[j].start]
        return "\n" not in gap and len(gap) <= self._gap

    def capword(self, i: int) -> bool:
        """Token ``i`` is a capitalised word other than "I"."""
        t = self.toks[i]
        if not is_cap(t.text):
            return False
        return t.text.lower() not in ("i",)

    def prev_word(self, ts: int) -> str:
        """The token before ``ts`` when adjacent to it, else ""."""
        return self.toks[ts - 1].text if ts > 0 and self.adjacent(ts - 1, ts) else ""

    def next_word(self, te: int) -> str:
        """The token at ``te`` when adjacent to the token before it, else ""."""
        return self.toks[te].text if te < self.n and self.adjacent(te - 1, te) else ""

    def label_at(self, c: Cand) -> str:
        """The entity label over the first token of ``c`` ("" outside entities)."""
        e = self.ent_of[c.ts]
        return e.label if e is not None else ""
