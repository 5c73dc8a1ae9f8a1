"""Exports of analyses: GeoJSON (RFC 7946), Linked Places Format (LPF) and CSV.

Used by the CLI (``python -m geo parse FILE --geojson OUT``) and by the app's download
buttons. Every function takes one :class:`~geo.models.Analysis` or a list of them
(a corpus) and merges places across documents by place id.

>>> from geo.export import to_geojson, to_lpf, to_csv, dumps   # doctest: +SKIP
>>> fc = to_geojson(analysis, gazetteer=default_gazetteer())    # doctest: +SKIP
>>> open("out.geojson", "w").write(dumps(fc))                   # doctest: +SKIP

The GeoJSON schema is documented in ``docs/geojson.md``.

The view they export (date windows, aggregated places) lives in :mod:`geo.view`, the
geometry (points, polygons, boxes) in :mod:`geo.geometry`. The plain-data records of
mentions and events (:func:`mention_record`, :func:`event_record`) are shared with the app.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from typing import Any
from urllib.parse import quote

from geo.errors import ExportError
from geo.geometry import GeometrySource, finite, place_bbox, place_geometry
from geo.kinds import info as kind_info
from geo.models import Analysis, Document, Event, Mention, Place, ScoredCandidate
from geo.view import PlaceView, aggregate_places, as_list, event_span

__all__ = [
    "CSV_COLUMNS",
    "GEONAMES_URI",
    "LPF_BASE_URI",
    "LPF_CONTEXT",
    "dumps",
    "event_record",
    "mention_record",
    "sentence_text",
    "to_csv",
    "to_geojson",
    "to_lpf",
]

LPF_CONTEXT = (
    "https://raw.githubusercontent.com/LinkedPasts/linked-places/master/"
    "linkedplaces-context-v1.1.jsonld"
)
#: Base of the ``@id`` of LPF features: the place id is appended (URL-quoted).
LPF_BASE_URI = "urn:geo-explorer:place:"
GEONAMES_URI = "https://sws.geonames.org/{}/"


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
    """One mention as plain data (document, passage, sentence, offsets, text, and whether
    a person verified its resolution)."""
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
        "verified": bool(r.verified),
    }


def event_record(analysis: Analysis, e: Event) -> dict[str, Any]:
    """One event as plain data (type, trigger, dates, actors, places, sentence).

    ``report_date`` is the document's date; ``date_kind``/``span_start`` tell an event's
    own date from a "since" start (docs/events.md); ``actor1``/``actor2`` are the actors
    by role (``actors``: all of them, in text order)."""
    return {
        "id": e.id,
        "document": analysis.document.id,
        "type": e.type,
        "trigger": e.trigger,
        "date": e.date,
        "date_end": e.date_end,
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


def _alternative(a: ScoredCandidate) -> dict[str, Any]:
    p = a.place
    return {
        "id": p.id,
        "name": p.name,
        "kind": p.kind,
        "lat": p.lat if finite(p.lat) else None,
        "lon": p.lon if finite(p.lon) else None,
        "score": round(float(a.score), 4) if finite(a.score) else None,
    }


def _document_record(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id,
        "title": doc.title,
        "source": doc.source,
        "date": doc.date.isoformat() if doc.date else None,
        "content_hash": doc.content_hash,
    }


# --------------------------------------------------------------------------- GeoJSON


def to_geojson(
    analyses: Analysis | list[Analysis],
    *,
    gazetteer: GeometrySource | None = None,
    events: bool = True,
) -> dict[str, Any]:
    """An RFC 7946 FeatureCollection: one Feature per resolved place (see docs/geojson.md).

    ``gazetteer`` (optional) supplies the polygons of countries and admin areas; without
    it every place is a Point. ``events=False`` leaves out the events.
    """
    items = as_list(analyses)
    features = []
    for v in aggregate_places(items):
        p = v.place
        geometry = place_geometry(p, gazetteer)
        props: dict[str, Any] = {
            "id": p.id,
            "name": p.name,
            "kind": p.kind,
            "country": p.country,
            "precision": p.precision,
            "lat": p.lat if finite(p.lat) else None,
            "lon": p.lon if finite(p.lon) else None,
            "geonameid": p.geonameid,
            "confidence": round(v.confidence, 4),
            "low_confidence": v.low_confidence,
            "verified": v.verified,
            "mention_count": v.count,
            "documents": v.document_ids,
            "alternatives": [_alternative(a) for a in v.alternatives],
            "mentions": [mention_record(a, i) for a, i in v.mentions],
        }
        if events:
            props["events"] = [event_record(a, e) for a, e in v.events]
        feature: dict[str, Any] = {
            "type": "Feature",
            "id": p.id,
            "geometry": geometry,
            "properties": props,
        }
        bbox = place_bbox(p)
        if bbox is not None and p.precision == "extent":
            feature["bbox"] = bbox
        features.append(feature)
    out: dict[str, Any] = {
        "type": "FeatureCollection",
        "features": features,
        "documents": [_document_record(a.document) for a in items],
        "unresolved": [
            mention_record(a, i) | {"reason": r.reason}
            for a in items
            for i, r in enumerate(a.resolutions)
            if r.place is None
        ],
    }
    if events:
        out["events"] = [event_record(a, e) for a in items for e in a.events]
    return out


def dumps(obj: Any, *, indent: int | None = None) -> str:
    """Strict JSON text (no NaN/Infinity), UTF-8 friendly."""
    try:
        return json.dumps(obj, ensure_ascii=False, allow_nan=False, indent=indent)
    except ValueError as exc:
        raise ExportError(f"cannot write the export as JSON: {exc}") from exc


# --------------------------------------------------------------------------- LPF


def _timespan(span: tuple[date, date]) -> dict[str, Any]:
    a, b = span
    return {"start": {"in": a.isoformat()}, "end": {"in": b.isoformat()}}


def _lpf_names(v: PlaceView) -> list[dict[str, Any]]:
    """The spellings the texts used, each cited by (up to 50 of) its sentences, then the
    gazetteer's name if no text used it."""
    p = v.place
    names: dict[str, list[dict[str, Any]]] = {}
    for a, i in v.mentions:
        m = a.resolutions[i].mention
        toponym = (m.name or m.text).strip() or p.name
        cites = names.setdefault(toponym, [])
        doc = a.document
        label = (doc.title or doc.source or doc.id).strip()
        excerpt = sentence_text(doc, _sentence_index(doc, m)).strip()
        if len(excerpt) > 300:
            excerpt = excerpt[:297] + "..."
        cite = {"label": f"{label}: {excerpt}" if excerpt else label}
        if cite not in cites and len(cites) < 50:
            cites.append(cite)
    if not names:
        names[p.name] = []
    name_list = [
        {"toponym": t, "lang": "en", "citations": c} if c else {"toponym": t, "lang": "en"}
        for t, c in names.items()
    ]
    if p.name not in names:
        name_list.append({"toponym": p.name})
    return name_list


def _lpf_type(p: Place) -> dict[str, Any]:
    """The place type: the Getty AAT concept of its kind when there is one."""
    aat = kind_info(p.kind).aat
    type_entry: dict[str, Any] = {"sourceLabels": [{"label": p.kind, "lang": "en"}]}
    if aat:
        type_entry = {"identifier": aat[0], "label": aat[1]} | type_entry
    else:
        type_entry["label"] = p.kind.replace("_", " ")
    return type_entry


def _lpf_description(v: PlaceView, n_docs: int) -> str:
    """``"city (AF); mentioned 8 times in 1 document; resolution confidence 0.93"``."""
    p = v.place
    return (
        f"{p.kind.replace('_', ' ')}"
        + (f" ({', '.join(p.countries or (p.country,))})" if (p.countries or p.country) else "")
        + f"; mentioned {v.count} time{'s' if v.count != 1 else ''} in "
        + f"{n_docs} document{'s' if n_docs != 1 else ''}"
        + (
            "; resolution verified by a person"
            if v.verified
            else f"; resolution confidence {v.confidence:.2f}"
        )
    )


def to_lpf(
    analyses: Analysis | list[Analysis],
    *,
    gazetteer: GeometrySource | None = None,
    base_uri: str = LPF_BASE_URI,
) -> dict[str, Any]:
    """Linked Places Format (GeoJSON-LD, v1.1) for World Historical Gazetteer & co.

    One feature per resolved place: ``names`` are the spellings the texts used, each
    cited by the sentences it occurs in; ``when`` lists the dates of the events at the
    place; ``links`` point to GeoNames when the place has a geonameid.
    ``properties.verified`` is true when a person confirmed the resolution of at least one
    of its mentions (``verified_mentions`` says how many); a verified geometry is
    ``"certain"``. Places a user added (ids ``user:…``) carry no links.
    """
    items = as_list(analyses)
    doc_ids = {a.document.id for a in items}
    features = []
    for v in aggregate_places(items):
        p = v.place
        spans = sorted({s for _, e in v.events if (s := event_span(e)) is not None})
        geometry = place_geometry(p, gazetteer)
        geoms: list[Any] = []
        if geometry is not None:
            g = dict(geometry)
            g["certainty"] = "less-certain" if v.low_confidence else "certain"
            geoms.append(g)
        n_docs = sum(1 for d in v.document_ids if d in doc_ids)
        feature: dict[str, Any] = {
            "@id": base_uri + quote(p.id, safe=":-_."),
            "type": "Feature",
            "properties": {
                "title": p.name,
                "ccodes": [c for c in (p.countries or ((p.country,) if p.country else ()))],
                "verified": v.verified,
                "verified_mentions": sum(1 for a, i in v.mentions if a.resolutions[i].verified),
            },
            "names": _lpf_names(v),
            "types": [_lpf_type(p)],
            "geometry": {"type": "GeometryCollection", "geometries": geoms},
            "descriptions": [{"value": _lpf_description(v, n_docs), "lang": "en"}],
        }
        if spans:
            feature["when"] = {"timespans": [_timespan(s) for s in spans]}
        if p.geonameid:
            feature["links"] = [
                {"type": "closeMatch", "identifier": GEONAMES_URI.format(int(p.geonameid))}
            ]
        features.append(feature)
    return {"type": "FeatureCollection", "@context": LPF_CONTEXT, "features": features}


# --------------------------------------------------------------------------- CSV

CSV_COLUMNS = (
    "document",
    "start",
    "end",
    "text",
    "sentence",
    "place_id",
    "name",
    "kind",
    "lat",
    "lon",
    "confidence",
    "verified",
    "status",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    """Neutralise spreadsheet formulas in text cells (OWASP CSV injection)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def to_csv(analyses: Analysis | list[Analysis]) -> str:
    """One row per mention (resolved or not), RFC 4180 quoting.

    Text cells that start like a spreadsheet formula (``=``, ``+``, ``-``, ``@``) get a
    leading apostrophe so that opening the file in a spreadsheet cannot run anything.
    """
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(CSV_COLUMNS)
    for a in as_list(analyses):
        doc = a.document
        for r in a.resolutions:
            m = r.mention
            p = r.place
            row = [
                doc.id,
                m.start,
                m.end,
                m.text,
                sentence_text(doc, _sentence_index(doc, m)),
                p.id if p else "",
                p.name if p else "",
                p.kind if p else "",
                p.lat if p and finite(p.lat) else "",
                p.lon if p and finite(p.lon) else "",
                round(r.confidence, 4) if finite(r.confidence) else "",
                "true" if r.verified else "false",
                "resolved" if p else "unresolved",
            ]
            w.writerow([_cell(c) for c in row])
    return buf.getvalue()
