"""Typed records passed between the pipeline stages.

document -> passages/sentences -> mentions -> candidates -> resolutions -> events

All offsets are Python ``str`` indices into ``Document.text``:
``document.text[m.start:m.end] == m.text`` for every mention.
Every record has ``to_dict()`` returning plain JSON-serialisable data.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Literal

from geo.kinds import KINDS as KINDS  # re-exported: the kinds' vocabulary lives in geo.kinds
from geo.kinds import Kind

Precision = Literal["point", "admin2", "admin1", "country", "extent"]
MatchType = Literal["exact", "alias", "folded", "fuzzy"]
MentionForm = Literal["name", "adjectival", "demonym", "organisation-of-place", "facility"]
"""How a mention refers to its place: "name" (the place's own name: "Russia", "Kabul"),
"adjectival" (an adjective of it: "Russian troops", "Russian-made", "European"),
"demonym" (a noun for its people: "the Afghans", "an American"), "organisation-of-place"
(a union or body whose name stands for a territory: "the EU"), "facility" (a street,
square, bridge or building the gazetteer lacks, which stands for the city the text
puts it in: "Chicken Street in Kabul"). See :mod:`geo.recognize.forms` and
:mod:`geo.recognize.facilities`."""
MENTION_FORMS: tuple[MentionForm, ...] = (
    "name", "adjectival", "demonym", "organisation-of-place", "facility",
)  # fmt: skip
FacilityKind = Literal["street", "square", "bridge", "building", "facility"]
"""What a "facility" mention names (its ``cue``): from the head word of its name
(``data/lexicon/facility_heads.csv``), "facility" for a spaCy FAC entity without one."""
FACILITY_KINDS: tuple[FacilityKind, ...] = (
    "street", "square", "bridge", "building", "facility",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry."""

    id: str  # stable: "geonames:1138958", "ne:...", "phys:hindu-kush", "user:..."
    name: str
    kind: Kind  # see geo.kinds
    lat: float
    lon: float
    country: str = (
        ""  # ISO 3166-1 alpha-2 ("" for seas, multi-country features list several in countries)
    )
    admin1: str = ""  # GeoNames admin-1 code within the country ("13"), "" if unknown
    feature_class: str = ""  # GeoNames class: A, P, H, T, L, ...
    feature_code: str = ""  # GeoNames code: PCLI, ADM1, PPLC, PPL, MTS, STM, VAL ...
    population: int = 0
    importance: float = 0.0  # prior in [0, 1] used to rank candidates
    bbox: tuple[float, float, float, float] | None = None  # (min_lon, min_lat, max_lon, max_lat)
    countries: tuple[str, ...] = ()  # all countries a feature touches (physical features)
    geonameid: int | None = None
    source: str = ""
    aliases: tuple[str, ...] = ()

    @property
    def precision(self) -> Precision:
        if self.kind == "country":
            return "country"
        if self.kind in ("admin1", "admin2"):
            return self.kind
        if self.kind == "city" or self.kind in ("mountain", "pass", "cape"):
            return "point"
        return "extent"

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["bbox"] = list(self.bbox) if self.bbox else None
        d["countries"] = list(self.countries)
        d["aliases"] = list(self.aliases)
        d["precision"] = self.precision
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Place:
        d = {k: v for k, v in d.items() if k in cls.__dataclass_fields__}
        if d.get("bbox") is not None:
            d["bbox"] = tuple(d["bbox"])
        d["countries"] = tuple(d.get("countries") or ())
        d["aliases"] = tuple(d.get("aliases") or ())
        return cls(**d)


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A place offered by a search box, with why it matched ("" for its own name)."""

    place: Place
    how: str = ""  # "other name", "similar to …", "starts with", or ""


@dataclass(frozen=True, slots=True)
class Candidate:
    """A gazetteer place that a name could refer to, with how the name matched."""

    place: Place
    matched_name: str
    match: MatchType = "exact"
    name_score: float = 1.0  # 1.0 for exact/alias/folded, rapidfuzz score/100 for fuzzy

    def to_dict(self) -> dict[str, Any]:
        return {
            "place": self.place.to_dict(),
            "matched_name": self.matched_name,
            "match": self.match,
            "name_score": self.name_score,
        }


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int  # index in the document
    passage: int  # index of the passage that holds it
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Passage:
    index: int
    start: int
    end: int
    sentences: tuple[int, ...] = ()  # sentence indices


DateSource = Literal[
    "edited", "header", "user", "dateline", "html", "pdf-metadata", "docx-metadata", "none"
]
"""Where ``Document.date`` came from: "edited" (set by a person in the app, which re-dates
the document's events), then most trusted first after "user" (an explicit ``date=``
argument or the JSON-lines ``date`` field): the ``date YYYY-MM-DD`` first line,
a dateline at the top of the text, the HTML's published-date markup, the PDF's or DOCX's
creation date; "none" when there is no date. See :mod:`geo.documents.dating`."""


@dataclass(slots=True)
class Document:
    id: str
    text: str
    date: date | None = None  # the document's date: anchors relative dates, report date of events
    title: str = ""
    source: str = ""  # file name or "pasted"
    passages: list[Passage] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    date_source: DateSource = "none"  # where ``date`` came from ("none": no date, or unknown)
    date_span: tuple[int, int] | None = None  # [start, end) of a dateline's date in ``text``

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def passage_text(self, i: int) -> str:
        p = self.passages[i]
        return self.text[p.start : p.end]

    def sentence_text(self, i: int) -> str:
        s = self.sentences[i]
        return self.text[s.start : s.end]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing character ``offset`` (binary search)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid - 1
            elif offset >= s.end:
                lo = mid + 1
            else:
                return s
        return None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "source": self.source,
            "date": self.date.isoformat() if self.date else None,
            "date_source": self.date_source if self.date else "none",
            "date_span": list(self.date_span) if self.date_span else None,
            "content_hash": self.content_hash,
            "text": self.text,
            "passages": [asdict(p) | {"sentences": list(p.sentences)} for p in self.passages],
            "sentences": [asdict(s) for s in self.sentences],
        }


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of the document that names a place."""

    start: int
    end: int
    text: str
    passage: int = -1  # passage index
    sentence: int = -1  # sentence index
    method: str = "ner"  # how it was found: "ner", "gazetteer", "pattern", "demonym"
    ner_label: str = ""  # spaCy label when NER saw it (GPE, LOC, FAC, ORG, NORP ...)
    cue: str = (
        ""  # type cue from the context: "admin1", "valley", "river", "mountain_range", "city" ...
    )
    name: str = ""  # the toponym itself without the cue words ("Kapisa" in "Kapisa province")
    # True for every form other than "name" (kept in sync with ``form`` for older code)
    is_demonym: bool = False
    form: MentionForm = "name"  # how the span refers to its place (see MentionForm)

    def __post_init__(self) -> None:
        if self.form != "name" and not self.is_demonym:
            object.__setattr__(self, "is_demonym", True)
        elif self.is_demonym and self.form == "name":
            object.__setattr__(self, "form", "demonym")

    @property
    def lookup_name(self) -> str:
        return self.name or self.text

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class ScoredCandidate:
    place: Place
    score: float  # in [0, 1]
    match: MatchType = "exact"
    features: dict[str, float] = field(default_factory=dict)  # the evidence, for explanation

    def to_dict(self, *, full: bool = False) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.place.id,
            "name": self.place.name,
            "kind": self.place.kind,
            "country": self.place.country,
            "lat": self.place.lat,
            "lon": self.place.lon,
            "score": round(self.score, 4),
            "match": self.match,
        }
        if full:
            d["features"] = {k: round(v, 4) for k, v in self.features.items()}
        return d


@dataclass(frozen=True, slots=True)
class Resolution:
    """The resolver's answer for one mention. ``place is None`` means unresolved."""

    mention: Mention
    place: Place | None
    confidence: float  # in [0, 1]; 0 when unresolved
    alternatives: tuple[ScoredCandidate, ...] = ()  # ranked, best first (includes the chosen one)
    reason: str = ""  # why unresolved / how resolved, for the UI
    verified: bool = False  # set by a human correction

    @property
    def resolved(self) -> bool:
        return self.place is not None

    @property
    def precision(self) -> Precision | None:
        return self.place.precision if self.place else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "mention": self.mention.to_dict(),
            "place_id": self.place.id if self.place else None,
            "confidence": round(self.confidence, 4),
            "precision": self.precision,
            "alternatives": [a.to_dict() for a in self.alternatives],
            "reason": self.reason,
            "verified": self.verified,
        }


EventType = Literal[
    "battles",
    "violence_against_civilians",
    "explosions_remote_violence",
    "protests",
    "riots",
    "strategic_developments",
    "negotiation",
    "government",
    "statement",
    "other",
]
"""Event types: ACLED's six event types, then the non-violent ones (docs/events.md)."""

#: The event types before the ACLED-compatible taxonomy -> their type now.
LEGACY_EVENT_TYPES: dict[str, EventType] = {
    "movement": "strategic_developments",
    "control": "battles",
    "fighting": "battles",
    "negotiation": "negotiation",
    "statement": "statement",
    "government": "government",
    "other": "other",
}
TimePrecision = Literal["day", "week", "month", "year", "approx", "unknown"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]  # TimeML TIMEX3 types
SubType = Literal[
    # battles
    "armed clash",
    "government regains territory",
    "non-state actor overtakes territory",
    # violence against civilians
    "sexual violence",
    "attack",
    "abduction/forced disappearance",
    # explosions/remote violence
    "chemical weapon",
    "air/drone strike",
    "suicide bomb",
    "shelling/artillery/missile attack",
    "remote explosive/landmine/IED",
    "grenade",
    # protests
    "peaceful protest",
    "protest with intervention",
    "excessive force against protesters",
    # riots
    "violent demonstration",
    "mob violence",
    # strategic developments
    "agreement",
    "arrests",
    "change to group/activity",
    "disrupted weapons use",
    "headquarters or base established",
    "looting/property destruction",
    "non-violent transfer of territory",
    "other",
]
"""ACLED's event sub-types (ACLED Codebook 2023, lower case), grouped by event type; see
:data:`SUB_TYPES_OF` and docs/events.md."""

#: Which sub-types an event of each type may carry (ACLED's grouping; a negotiation that
#: reaches an agreement is ACLED's strategic development "agreement").
SUB_TYPES_OF: dict[EventType, tuple[SubType, ...]] = {
    "battles": ("armed clash", "government regains territory",
                "non-state actor overtakes territory"),
    "violence_against_civilians": ("sexual violence", "attack", "abduction/forced disappearance"),
    "explosions_remote_violence": ("chemical weapon", "air/drone strike", "suicide bomb",
                                   "shelling/artillery/missile attack",
                                   "remote explosive/landmine/IED", "grenade"),
    "protests": ("peaceful protest", "protest with intervention",
                 "excessive force against protesters"),
    "riots": ("violent demonstration", "mob violence"),
    "strategic_developments": ("agreement", "arrests", "change to group/activity",
                               "disrupted weapons use", "headquarters or base established",
                               "looting/property destruction",
                               "non-violent transfer of territory", "other"),
    "negotiation": ("agreement",),
    "government": (),
    "statement": (),
    "other": (),
}  # fmt: skip
ActorRole = Literal["actor1", "actor2", "other"]
DateKind = Literal["event", "since", "none"]
"""How an event is dated: "event" (its own date, ``Event.date``), "since" (only the start
of a state that still holds: ``Event.span_start``, "since 2010"), "none" (only the report
date)."""


@dataclass(frozen=True, slots=True)
class Actor:
    text: str
    start: int
    end: int
    kind: str  # "person", "organisation", "group"
    # "actor1": who acts (subject, "by" agent); "actor2": who is acted on (object,
    # passive subject, object of a preposition of the trigger); "other": taking part in
    # another way, or no parse was available
    role: ActorRole = "other"


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what, when, where — one per sentence with an action."""

    id: str  # "e0", "e1" ... stable within a document
    sentence: int
    trigger: str
    trigger_start: int
    trigger_end: int
    type: EventType
    actors: tuple[Actor, ...] = ()
    place_ids: tuple[str, ...] = ()  # resolved places in the sentence
    mention_indices: tuple[int, ...] = ()  # indices into Analysis.resolutions
    date: str | None = None  # ISO: "2021-08-15", "2021-08", "2021"
    date_end: str | None = None  # for ranges / approximate windows
    date_text: str = ""  # the words the date came from
    time_precision: TimePrecision = "unknown"
    anchor_event: str | None = None  # id of the event this date is relative to
    report_date: str | None = None  # ISO day the document reports it (its date), else None
    date_kind: DateKind = "none"  # "event" iff ``date`` is set; "since": ``span_start`` only
    span_start: str | None = None  # ISO start of a state "since <date>" (not the event's date)
    sub_type: SubType | None = None  # ACLED sub-type when the trigger tells it (docs/events.md)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["actors"] = [asdict(a) for a in self.actors]
        d["place_ids"] = list(self.place_ids)
        d["mention_indices"] = list(self.mention_indices)
        return d


@dataclass(slots=True)
class PlaceSummary:
    """A resolved place with every mention of it in the analysis."""

    place: Place
    mention_indices: list[int]  # indices into Analysis.resolutions
    confidence: float  # max over its mentions
    alternatives: tuple[ScoredCandidate, ...] = ()
    verified: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "place": self.place.to_dict(),
            "mention_indices": list(self.mention_indices),
            "confidence": round(self.confidence, 4),
            "alternatives": [a.to_dict() for a in self.alternatives],
            "verified": self.verified,
        }


def summarize_places(resolutions: Sequence[Resolution]) -> list[PlaceSummary]:
    """Group resolved mentions by place, in order of first mention: each place with its
    mention indices, its best confidence (and that mention's alternatives), and whether
    a person verified any of them."""
    by_id: dict[str, PlaceSummary] = {}
    for i, r in enumerate(resolutions):
        if r.place is None:
            continue
        s = by_id.get(r.place.id)
        if s is None:
            by_id[r.place.id] = PlaceSummary(
                r.place, [i], r.confidence, r.alternatives, verified=r.verified
            )
        else:
            s.mention_indices.append(i)
            if r.confidence > s.confidence:
                s.confidence = r.confidence
                s.alternatives = r.alternatives
            s.verified = s.verified or r.verified
    return list(by_id.values())


@dataclass(slots=True)
class Analysis:
    """Everything the pipeline found in one document."""

    document: Document
    resolutions: list[Resolution]
    places: list[PlaceSummary]
    events: list[Event]

    @property
    def mentions(self) -> list[Mention]:
        return [r.mention for r in self.resolutions]

    def place(self, place_id: str) -> PlaceSummary | None:
        for p in self.places:
            if p.place.id == place_id:
                return p
        return None

    def to_dict(self) -> dict[str, Any]:
        return {
            "document": self.document.to_dict(),
            "resolutions": [r.to_dict() for r in self.resolutions],
            "places": [p.to_dict() for p in self.places],
            "events": [e.to_dict() for e in self.events],
        }
