"""Plain-data records shared by every export and the app: mentions, events, documents,
the names a place is exported under, and readable file names.

Nothing here carries a server file-system path: a document's ``source`` is exported as
its file's base name (:func:`source_name`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any, Protocol

from geo.errors import GeoError
from geo.geometry import finite
from geo.kinds import kind_label
from geo.models import Analysis, Document, Event, Mention, Place, ScoredCandidate
from geo.names import ascii_name, display_name, english_name, normalize_name
from geo.view import PlaceView, as_list, event_span

__all__ = [
    "PlaceSource",
    "conventional_name",
    "document_countries",
    "event_record",
    "export_filename",
    "full_place",
    "mention_record",
    "place_names",
    "sentence_text",
    "source_name",
]

#: Ids of places a user added (``geo.corrections``): their names are shown as typed.
_USER_PREFIX = "user:"


class PlaceSource(Protocol):
    """A gazetteer that gives a place with its aliases (``get``), for English names."""

    def get(self, place_id: str) -> Place | None: ...


# --------------------------------------------------------------------------- names


def full_place(p: Place, gazetteer: object = None) -> Place:
    """``p`` with its aliases: as given when it has them, else from ``gazetteer.get``
    when the gazetteer has one (a place from a lookup carries none)."""
    if p.aliases or p.id.startswith(_USER_PREFIX):
        return p
    get = getattr(gazetteer, "get", None)
    if get is None:
        return p
    try:
        full = get(p.id)
    except (GeoError, ValueError):
        return p
    return full if isinstance(full, Place) and full.id == p.id else p


def _is_name_of(text: str, p: Place) -> bool:
    key = normalize_name(text)
    return bool(key) and key in {normalize_name(n) for n in (p.name, *p.aliases)}


def document_forms(p: Place, mentions: Iterable[tuple[Analysis, int]]) -> list[str]:
    """The forms the texts use for ``p`` that are names of it: not demonyms, not close
    spellings (fuzzy matches), and for a person's reassignment only a name of the place."""
    out = []
    for a, i in mentions:
        r = a.resolutions[i]
        m = r.mention
        if m.is_demonym:
            continue
        text = m.name or m.text
        chosen = next((c for c in r.alternatives if c.place.id == p.id), None)
        if chosen is not None and chosen.match == "fuzzy":
            continue
        if r.verified and not _is_name_of(text, p):
            continue
        out.append(text)
    return out


def place_names(
    p: Place, mentions: Iterable[tuple[Analysis, int]] = (), gazetteer: object = None
) -> tuple[str, str]:
    """``(name, gazetteer_name)``: the name to show ``p`` under (the form its mentions use
    most, else its conventional English name) and the gazetteer's own name."""
    if p.id.startswith(_USER_PREFIX):
        return p.name, p.name
    full = full_place(p, gazetteer)
    return display_name(full, document_forms(full, mentions)), p.name


def document_countries(analyses: Analysis | Iterable[Analysis]) -> tuple[str, ...]:
    """The countries the documents are about, most mentioned first: the country codes of
    their resolved mentions (for ``suggest(query, countries=...)``)."""
    counts: dict[str, int] = {}
    for a in as_list(analyses):
        for r in a.resolutions:
            p = r.place
            if p is None:
                continue
            for c in dict.fromkeys((p.country, *p.countries) if p.country else p.countries):
                if c:
                    counts[c] = counts.get(c, 0) + 1
    return tuple(sorted(counts, key=lambda c: -counts[c]))


def conventional_name(p: Place, gazetteer: object = None) -> str:
    """The place's conventional English name (search, hierarchy, corpus views)."""
    if p.id.startswith(_USER_PREFIX):
        return p.name
    full = full_place(p, gazetteer)
    return english_name(full.name, full.aliases, full.kind)


# --------------------------------------------------------------------------- records


def _sentence_index(doc: Document, m: Mention) -> int:
    if 0 <= m.sentence < len(doc.sentences):
        return m.sentence
    s = doc.sentence_at(m.start) if doc.sentences else None
    return s.index if s is not None else -1


def _passage_index(doc: Document, m: Mention, sentence: int) -> int:
    if 0 <= m.passage < len(doc.passages):
        return m.passage
    if 0 <= sentence < len(doc.sentences):
        return doc.sentences[sentence].passage
    return -1


def sentence_text(doc: Document, index: int) -> str:
    """The text of sentence ``index`` of ``doc``, or "" when there is no such sentence."""
    if 0 <= index < len(doc.sentences):
        return doc.sentence_text(index)
    return ""


def mention_record(analysis: Analysis, index: int) -> dict[str, Any]:
    """One mention as plain data (document, passage, sentence, offsets, text, its form --
    ``name``, or with the setting ``all`` also ``adjectival``, ``demonym``,
    ``organisation-of-place`` or ``facility`` -- and whether a person verified its
    resolution)."""
    doc = analysis.document
    r = analysis.resolutions[index]
    m = r.mention
    si = _sentence_index(doc, m)
    return {
        "document": doc.id,
        "passage": _passage_index(doc, m, si),
        "sentence": si,
        "start": m.start,
        "end": m.end,
        "text": m.text,
        "sentence_text": sentence_text(doc, si),
        "form": m.form,
        "verified": bool(r.verified),
    }


def event_dates(e: Event) -> tuple[str | None, str | None]:
    """The ISO first and last day an event's date covers (``"2021-08"`` -> Aug 1, Aug 31)."""
    span = event_span(e)
    return (span[0].isoformat(), span[1].isoformat()) if span else (None, None)


def event_record(analysis: Analysis, e: Event) -> dict[str, Any]:
    """One event as plain data (type, trigger, dates, actors, places, sentence); ``start``
    and ``end`` are the ISO first and last days of its date.

    ``report_date`` is the document's date; ``date_kind``/``span_start`` tell an event's
    own date from a "since" start (docs/events.md); ``actor1``/``actor2`` are the actors
    by role (``actors``: all of them, in text order); ``sub_type`` is ACLED's sub-type
    or None."""
    start, end = event_dates(e)
    return {
        "id": e.id,
        "document": analysis.document.id,
        "type": e.type,
        "sub_type": e.sub_type,
        "trigger": e.trigger,
        "date": e.date,
        "date_end": e.date_end,
        "start": start,
        "end": end,
        "date_text": e.date_text,
        "time_precision": e.time_precision,
        "report_date": e.report_date,
        "date_kind": e.date_kind,
        "span_start": e.span_start,
        "actors": [a.text for a in e.actors],
        "actor1": [a.text for a in e.actors if a.role == "actor1"],
        "actor2": [a.text for a in e.actors if a.role == "actor2"],
        "place_ids": list(e.place_ids),
        "sentence": e.sentence,
        "sentence_text": sentence_text(analysis.document, e.sentence),
    }


def alternative_record(a: ScoredCandidate) -> dict[str, Any]:
    p = a.place
    return {
        "id": p.id,
        "name": p.name,
        "kind": p.kind,
        "kind_label": kind_label(p.kind),
        "lat": p.lat if finite(p.lat) else None,
        "lon": p.lon if finite(p.lon) else None,
        "score": round(float(a.score), 4) if finite(a.score) else None,
    }


def source_name(source: str) -> str:
    """A document's source as exports show it: the file's base name, never its directory
    (``"/srv/in/kabul.txt"`` -> ``"kabul.txt"``, ``"C:\\in\\a.pdf"`` -> ``"a.pdf"``)."""
    if not source:
        return ""
    return PureWindowsPath(PurePosixPath(source).name).name


def document_record(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id,
        "title": doc.title,
        "source": source_name(doc.source),
        "date": doc.date.isoformat() if doc.date else None,
        "date_source": doc.date_source,  # header, dateline, html, pdf-metadata ... or none
        "content_hash": doc.content_hash,
    }


def document_label(doc: Document) -> str:
    """How a citation names a document: its title, else its file's base name, else its id."""
    return (doc.title or source_name(doc.source) or doc.id).strip()


def place_view_names(v: PlaceView, gazetteer: object = None) -> tuple[str, str]:
    return place_names(v.place, v.mentions, gazetteer)


# --------------------------------------------------------------------------- file names

_SLUG_DROP = re.compile(r"[^a-z0-9]+")
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)),
                     *(f"lpt{i}" for i in range(10))}  # fmt: skip
_EXT = re.compile(r"^[A-Za-z0-9]{1,10}(?:\.[A-Za-z0-9]{1,10})?$")  # "csv", "lpf.json"


def slug(text: str, max_chars: int = 60) -> str:
    """``"Kabul falls to the Taliban!"`` -> ``"kabul-falls-to-the-taliban"`` (ASCII, cut
    at a word boundary)."""
    s = _SLUG_DROP.sub("-", ascii_name(text).lower()).strip("-")
    if len(s) > max_chars:
        s = s[:max_chars].rsplit("-", 1)[0] if "-" in s[:max_chars] else s[:max_chars]
    return s.strip("-")


def _doc_stem(doc: Document) -> str:
    stem = PurePosixPath(source_name(doc.source)).stem if doc.source != "pasted" else ""
    return slug(doc.title) or slug(stem) or "document"


def export_filename(analyses: Analysis | list[Analysis], ext: str) -> str:
    """A readable file name for an export: the document's title as a slug and its date,
    ``kabul-falls-to-the-taliban_2021-08-15.geojson``; for several documents the first
    title, how many more, and the span of their dates
    (``kabul-falls_and-2-more_2021-08-15_2021-09-06.csv``). ``ext`` without the dot."""
    ext = ext.lstrip(".")
    if not _EXT.match(ext):
        raise ValueError(f"not a file extension: {ext!r}")
    items = as_list(analyses)
    if not items:
        return f"geo-export.{ext}"
    stem = _doc_stem(items[0].document)
    if len(items) > 1:
        stem += f"_and-{len(items) - 1}-more"
    dates = sorted({d for a in items if isinstance(d := a.document.date, date)})
    if dates:
        stem += "_" + dates[0].isoformat()
        if len(dates) > 1:
            stem += "_" + dates[-1].isoformat()
    if stem.split("_")[0] in _WINDOWS_RESERVED:
        stem = "doc-" + stem
    return f"{stem}.{ext}"
