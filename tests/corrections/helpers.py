"""Shared by the corrections tests: a small world of places and hand-built analyses.

Offline: analyses are built by hand with geo.models (no spaCy, no world gazetteer).
"""

from __future__ import annotations

import re
from pathlib import Path

from geo.gazetteer import MemoryGazetteer
from geo.models import (
    Analysis,
    Document,
    Event,
    Mention,
    Place,
    Resolution,
    ScoredCandidate,
    Sentence,
    summarize_places,
)

ROOT = Path(__file__).resolve().parent.parent.parent

KABUL = Place("geonames:1138958", "Kabul", "city", 34.53, 69.17, "AF", "13", population=3_000_000)
KABUL_PROV = Place("geonames:1138957", "Kabul", "admin1", 34.5, 69.3, "AF", "13")
KABUL_RIVER = Place("phys:kabul-river", "Kabul River", "river", 34.4, 70.4, countries=("AF", "PK"))
HERAT = Place("geonames:1139715", "Herat", "city", 34.34, 62.2, "AF", "11")
PANJSHIR = Place("geonames:6957555", "Panjshir", "admin1", 35.3, 69.5, "AF", "42")
GAZ = MemoryGazetteer([KABUL, KABUL_PROV, KABUL_RIVER, HERAT, PANJSHIR])
ALTS = {"Kabul": (KABUL, KABUL_PROV, KABUL_RIVER), "kabul": (KABUL, KABUL_PROV),
        "Herat": (HERAT,), "Panjshir": (PANJSHIR,)}  # fmt: skip

TEXT = "Fighting was reported in Kabul. Kabul was calm later. Herat and Panjshir waited."
OTHER = "Herat was quiet. Then Kabul, and kabul again."


def build(text: str, words: list[str] | None = None, doc_id: str = "d") -> Analysis:
    """An Analysis as the pipeline would return it: every listed word (in order) resolved to
    its first alternative; one sentence per '.', one event per sentence."""
    doc = Document(doc_id, text)
    start = 0
    for i, m in enumerate(re.finditer(r"[^.]+\.", text)):
        doc.sentences.append(Sentence(i, 0, m.start() + (m.group()[0] == " "), m.end()))
        start = m.end()
    assert start == len(text)
    resolutions: list[Resolution] = []
    pos = 0
    for w in words or re.findall(r"\b(?:Kabul|kabul|Herat|Panjshir)\b", text):
        s = text.index(w, pos)
        pos = s + len(w)
        alts = tuple(ScoredCandidate(p, 0.9 - 0.1 * i) for i, p in enumerate(ALTS[w]))
        resolutions.append(
            Resolution(Mention(s, pos, w, sentence=-1), alts[0].place, 0.7, alts, "prior")
        )
    events = []
    for s in doc.sentences:
        idx = tuple(i for i, r in enumerate(resolutions)
                    if s.start <= r.mention.start < s.end)  # fmt: skip
        events.append(Event(f"e{s.index}", s.index, "x", s.start, s.start + 1, "other",
                            place_ids=tuple(dict.fromkeys(resolutions[i].place.id for i in idx)),
                            mention_indices=idx))  # fmt: skip
    return Analysis(doc, resolutions, summarize_places(resolutions), events)


def ids(a: Analysis) -> list[str | None]:
    return [r.place.id if r.place else None for r in a.resolutions]
