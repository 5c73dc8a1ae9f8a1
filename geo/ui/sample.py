"""A hand-built analysis of the seed article, for tests and benchmarks of the UI.

It needs neither spaCy nor the gazetteer file: places carry the coordinates of the real
gazetteer entries. The real pipeline (:func:`geo.pipeline.analyze`) is what the app uses.
"""

from __future__ import annotations

import re
from datetime import date

from geo.documents import document_from_text, split
from geo.models import (
    Actor,
    Analysis,
    Document,
    Event,
    Mention,
    Place,
    Resolution,
    ScoredCandidate,
    summarize_places,
)
from geo.settings import SEEDS_DIR

KABUL = Place(
    "geonames:1138958", "Kabul", "city", 34.52813, 69.17233, country="AF", admin1="13",
    feature_class="P", feature_code="PPLC", population=4434550, importance=0.77,
    geonameid=1138958,
)  # fmt: skip
KABUL_PROVINCE = Place(
    "geonames:1138957", "Kābul", "admin1", 34.4949, 69.3846, country="AF", admin1="13",
    bbox=(68.842, 34.143, 69.928, 34.895), geonameid=1138957,
)  # fmt: skip
PANJSHIR = Place(
    "geonames:6957555", "Panjshayr", "admin1", 35.3368, 69.7587, country="AF", admin1="42",
    bbox=(69.246, 35.081, 70.273, 35.892), geonameid=6957555, aliases=("Panjshir",),
)  # fmt: skip
VALLEY = Place(
    "phys:panjshir-valley", "Panjshir Valley", "valley", 35.35, 69.6, country="AF",
    bbox=(69.2, 35.0, 70.3, 35.9),
)  # fmt: skip
RIVER = Place(
    "phys:panjshir-river", "Panjshir River", "river", 35.2, 69.5, country="AF",
    bbox=(69.1, 34.9, 70.4, 35.9),
)  # fmt: skip
HINDU_KUSH = Place(
    "phys:hindu-kush", "Hindu Kush", "mountain_range", 35.5, 70.5, country="AF",
    bbox=(67.0, 34.0, 73.5, 36.8), countries=("AF", "PK"),
)  # fmt: skip
KAPISA = Place(
    "geonames:1138255", "Kāpīsā", "admin1", 34.9748, 69.6626, country="AF", admin1="14",
    bbox=(69.278, 34.639, 69.916, 35.182), geonameid=1138255,
)  # fmt: skip
AFGHANISTAN = Place(
    "geonames:1149361", "Afghanistan", "country", 34.164262, 66.496586, country="AF",
    bbox=(60.49, 29.39, 74.89, 38.47), geonameid=1149361,
)  # fmt: skip

PLACES = (KABUL, KABUL_PROVINCE, PANJSHIR, VALLEY, RIVER, HINDU_KUSH, KAPISA, AFGHANISTAN)

# surface form -> (place, confidence); longest names first so "Panjshir Valley" wins.
_NAMES: dict[str, tuple[Place | None, float]] = {
    "Panjshir Valley": (VALLEY, 0.9),
    "Panjshir River": (RIVER, 0.85),
    "Hindu Kush": (HINDU_KUSH, 0.95),
    "Kapisa": (KAPISA, 0.42),  # deliberately low: the UI must mark it
    "Afghanistan": (AFGHANISTAN, 0.99),
    "Panjshir": (PANJSHIR, 0.8),
    "Kabul": (KABUL, 0.93),
    "Al Qaeda": (None, 0.0),
}


def seed_text() -> str:
    return sorted(SEEDS_DIR.glob("*.txt"))[0].read_text("utf-8")


def sample_analysis(
    text: str | None = None, *, doc_id: str | None = None, document: Document | None = None
) -> Analysis:
    """The seed article (or ``text``, or ``document``) with the places above found by exact
    string match -- a stand-in for :func:`geo.pipeline.analyze` in tests."""
    doc = document or document_from_text(text if text is not None else seed_text(), doc_id=doc_id)
    if not doc.passages:
        split(doc)
    pattern = re.compile("|".join(re.escape(n) for n in _NAMES))
    resolutions: list[Resolution] = []
    for m in pattern.finditer(doc.text):
        place, conf = _NAMES[m.group()]
        s = doc.sentence_at(m.start())
        mention = Mention(
            m.start(), m.end(), m.group(),
            passage=s.passage if s else -1, sentence=s.index if s else -1,
            name=m.group(),
        )  # fmt: skip
        alts: tuple[ScoredCandidate, ...] = ()
        if place is KABUL:
            alts = (ScoredCandidate(KABUL, 0.93), ScoredCandidate(KABUL_PROVINCE, 0.31))
        elif place is not None:
            alts = (ScoredCandidate(place, conf),)
        reason = "not in the gazetteer" if place is None else "sample"
        resolutions.append(Resolution(mention, place, conf if place else 0.0, alts, reason))
    events = _events(doc.text, doc.sentences, resolutions)
    return Analysis(doc, resolutions, summarize_places(resolutions), events)


_EVENTS = (
    ("took control of Kabul", "took", "control", "2021-08-15", "15 August 2021", "Taliban"),
    ("commissioned a delegation", "commissioned", "government", "2021-08-17", "August 17",
     "Ahmad Massoud"),
    ("sent their forces", "sent", "movement", "2021-08-30", "a week now", "Taliban"),
    ("sent thousands of its fighters", "sent", "movement", "2021-08", "", "Taliban"),
)  # fmt: skip


def _events(text: str, sentences: list, resolutions: list[Resolution]) -> list[Event]:
    out: list[Event] = []
    for phrase, trigger, etype, when, when_text, actor in _EVENTS:
        pos = text.find(phrase)
        if pos < 0:
            continue
        sent = next((s for s in sentences if s.start <= pos < s.end), None)
        if sent is None:
            continue
        idx = tuple(
            i
            for i, r in enumerate(resolutions)
            if r.place is not None and sent.start <= r.mention.start < sent.end
        )
        place_ids = tuple(dict.fromkeys(resolutions[i].place.id for i in idx))  # type: ignore[union-attr]
        a = text.find(actor, sent.start, sent.end)
        actors = (Actor(actor, a, a + len(actor), "group"),) if a >= 0 else ()
        tstart = text.find(trigger, pos)
        out.append(
            Event(
                f"e{len(out)}", sent.index, trigger, tstart, tstart + len(trigger), etype,  # type: ignore[arg-type]
                actors=actors, place_ids=place_ids, mention_indices=idx, date=when,
                date_text=when_text, time_precision="day" if len(when) == 10 else "month",
            )
        )  # fmt: skip
    return out


def sample_date() -> date:
    return date(2021, 9, 6)
