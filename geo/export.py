"""Exports of analyses: GeoJSON (RFC 7946), Linked Places Format (LPF) and CSV.

Used by the CLI (``python -m geo parse FILE --geojson OUT``) and by the app's download
buttons. Every function takes one :class:`~geo.models.Analysis` or a list of them
(a corpus) and merges places across documents by place id.

>>> from geo.export import to_geojson, to_lpf, to_csv, dumps   # doctest: +SKIP
>>> fc = to_geojson(analysis, gazetteer=default_gazetteer())    # doctest: +SKIP
>>> open("out.geojson", "w").write(dumps(fc))                   # doctest: +SKIP

The GeoJSON schema is documented in ``docs/geojson.md``.

Also here, because the app, the map and the exports share them:

* :func:`aggregate_places` -- one :class:`PlaceView` per resolved place of a corpus;
* :func:`date_span` / :func:`filter_by_date` -- the date window ("events between 15 and
  17 August") applied to an analysis, so that the map, the passages, the events and the
  downloads all show the same view.
"""

from __future__ import annotations

import calendar
import csv
import io
import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol
from urllib.parse import quote

from geo import settings
from geo.errors import ExportError
from geo.models import (
    Analysis,
    Document,
    Event,
    Mention,
    Place,
    summarize_places,
)

__all__ = [
    "LPF_CONTEXT",
    "PlaceView",
    "aggregate_places",
    "date_span",
    "dumps",
    "event_record",
    "filter_by_date",
    "mention_date_span",
    "place_geometry",
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

# Getty AAT place types (from World Historical Gazetteer's AAT subset) per kind.
AAT_TYPES: dict[str, tuple[str, str]] = {
    "city": ("aat:300008347", "inhabited place"),
    "country": ("aat:300232420", "sovereign state"),
    "admin1": ("aat:300232418", "administrative division"),
    "admin2": ("aat:300232418", "administrative division"),
    "mountain_range": ("aat:300386831", "mountain range"),
    "mountain": ("aat:300008795", "mountain"),
    "river": ("aat:300008707", "river"),
    "lake": ("aat:300008680", "lake"),
    "desert": ("aat:300008916", "desert"),
    "sea": ("aat:300008694", "sea"),
    "gulf": ("aat:300132315", "gulf"),
    "bay": ("aat:300132316", "bay"),
    "strait": ("aat:300387217", "passage (bodies of water)"),
    "channel": ("aat:300387217", "passage (bodies of water)"),
    "ocean": ("aat:300008687", "ocean"),
    "valley": ("aat:300008761", "valley"),
    "pass": ("aat:300259572", "pass"),
    "plateau": ("aat:300132339", "plateau"),
    "plain": ("aat:300008805", "plain"),
    "basin": ("aat:300386845", "basin"),
    "peninsula": ("aat:300008804", "peninsula"),
    "island": ("aat:300008791", "island"),
    "archipelago": ("aat:300386853", "island group"),
    "region": ("aat:300182722", "region (geographic)"),
    "glacier": ("aat:300008835", "glacier"),
    "delta": ("aat:300008760", "delta"),
    "wetland": ("aat:300008899", "wetland"),
    "continent": ("aat:300128176", "continent"),
}


class GeometrySource(Protocol):
    """What the exports need from a gazetteer: ``geometry(place_id)`` (optional)."""

    def geometry(self, place_id: str) -> dict[str, Any] | None: ...


# --------------------------------------------------------------------------- dates


def date_span(value: str | None) -> tuple[date, date] | None:
    """The days an ISO date of any precision covers: ``"2021-08"`` -> (Aug 1, Aug 31).

    Accepts ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` (and a longer ISO datetime, whose
    date part is used). Returns ``None`` for anything else.
    """
    if not value or not isinstance(value, str):
        return None
    s = value.strip()[:10]
    try:
        parts = [int(p) for p in s.split("-")] if s[:1] != "-" else []
    except ValueError:
        return None
    try:
        if len(parts) == 1 and len(s) == 4:
            return date(parts[0], 1, 1), date(parts[0], 12, 31)
        if len(parts) == 2:
            y, m = parts
            return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])
        if len(parts) == 3:
            d = date(*parts)
            return d, d
    except ValueError:
        return None
    return None


def event_span(event: Event) -> tuple[date, date] | None:
    """The days an event's date covers (``date`` .. ``date_end`` when given)."""
    a = date_span(event.date)
    if a is None:
        return None
    b = date_span(event.date_end) if event.date_end else None
    if b is not None and b[1] >= a[0]:
        return a[0], b[1]
    return a


def _overlaps(span: tuple[date, date] | None, start: date | None, end: date | None) -> bool:
    if span is None:
        return False
    if start is not None and span[1] < start:
        return False
    return not (end is not None and span[0] > end)


def mention_date_span(analysis: Analysis, index: int) -> tuple[date, date] | None:
    """When a mention is "about": the date of a dated event in its sentence, else the
    document's date, else ``None``."""
    r = analysis.resolutions[index]
    sentence = r.mention.sentence
    for e in analysis.events:
        if sentence >= 0 and e.sentence == sentence:
            span = event_span(e)
            if span is not None:
                return span
    d = analysis.document.date
    return (d, d) if d else None


def filter_by_date(analysis: Analysis, start: date | None, end: date | None) -> Analysis:
    """The part of an analysis inside a date window (inclusive; ``None`` = open end).

    Keeps the events whose date overlaps the window and the mentions whose date
    (:func:`mention_date_span`) does; places are re-summarised from the kept mentions
    and event ``mention_indices`` are renumbered. With no window the analysis itself is
    returned.
    """
    if start is None and end is None:
        return analysis
    keep = [
        i
        for i in range(len(analysis.resolutions))
        if _overlaps(mention_date_span(analysis, i), start, end)
    ]
    renumber = {old: new for new, old in enumerate(keep)}
    resolutions = [analysis.resolutions[i] for i in keep]
    events = []
    for e in analysis.events:
        if not _overlaps(event_span(e), start, end):
            continue
        idx = tuple(renumber[i] for i in e.mention_indices if i in renumber)
        events.append(_replace_event(e, idx))
    return Analysis(analysis.document, resolutions, summarize_places(resolutions), events)


def _replace_event(e: Event, mention_indices: tuple[int, ...]) -> Event:
    from dataclasses import replace

    return replace(e, mention_indices=mention_indices)


# --------------------------------------------------------------------------- places


@dataclass(slots=True)
class PlaceView:
    """A resolved place of a corpus with every mention and event of it."""

    place: Place
    mentions: list[tuple[Analysis, int]] = field(default_factory=list)  # (analysis, res index)
    confidence: float = 0.0  # max over the mentions
    alternatives: tuple[Any, ...] = ()  # ScoredCandidate, of the most confident mention
    verified: bool = False
    events: list[tuple[Analysis, Event]] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.mentions)

    @property
    def low_confidence(self) -> bool:
        return not self.verified and self.confidence < settings.LOW_CONFIDENCE

    @property
    def document_ids(self) -> list[str]:
        return list(dict.fromkeys(a.document.id for a, _ in self.mentions))


def _is_analysis(a: object) -> bool:
    # duck-typed, so that analyses made before a module reload (Streamlit's file
    # watcher) are still accepted
    return hasattr(a, "document") and hasattr(a, "resolutions") and hasattr(a, "events")


def as_list(analyses: Analysis | Iterable[Analysis]) -> list[Analysis]:
    if _is_analysis(analyses):
        return [analyses]  # type: ignore[list-item]
    out = list(analyses)  # type: ignore[arg-type]
    for a in out:
        if not _is_analysis(a):
            raise ExportError(f"expected Analysis objects, got {type(a).__name__}")
    return out


def aggregate_places(analyses: Analysis | Iterable[Analysis]) -> list[PlaceView]:
    """One :class:`PlaceView` per place id over all analyses, in order of first mention."""
    views: dict[str, PlaceView] = {}
    for a in as_list(analyses):
        for i, r in enumerate(a.resolutions):
            if r.place is None:
                continue
            v = views.get(r.place.id)
            if v is None:
                v = views[r.place.id] = PlaceView(r.place, confidence=-1.0)
            v.mentions.append((a, i))
            if r.confidence > v.confidence:
                v.confidence = r.confidence
                v.alternatives = r.alternatives
            v.verified = v.verified or r.verified
        for e in a.events:
            for pid in dict.fromkeys(e.place_ids):
                if pid in views:
                    views[pid].events.append((a, e))
    for v in views.values():
        v.confidence = max(v.confidence, 0.0)
    return list(views.values())


# --------------------------------------------------------------------------- geometry


def _finite(*xs: float) -> bool:
    return all(isinstance(x, int | float) and math.isfinite(x) for x in xs)


def point_geometry(place: Place) -> dict[str, Any] | None:
    if not _finite(place.lat, place.lon) or not (-90 <= place.lat <= 90):
        return None
    lon = ((place.lon + 180.0) % 360.0) - 180.0 if not -180 <= place.lon <= 180 else place.lon
    return {"type": "Point", "coordinates": [round(lon, 6), round(place.lat, 6)]}


def clean_polygon(geojson: dict[str, Any] | None) -> dict[str, Any] | None:
    """A valid (Multi)Polygon in RFC 7946 winding order from any GeoJSON geometry, or None.

    Invalid rings are repaired with ``shapely.make_valid``; anything that is not areal
    after repair is dropped.
    """
    if not geojson:
        return None
    try:
        from shapely import make_valid
        from shapely.geometry import MultiPolygon, Polygon, mapping, shape
        from shapely.geometry.polygon import orient

        geom = shape(geojson)
        if geom.is_empty:
            return None
        if not geom.is_valid:
            geom = make_valid(geom)
        polys: list[Polygon] = []
        stack = [geom]
        while stack:
            g = stack.pop()
            if isinstance(g, Polygon):
                if not g.is_empty and g.area > 0:
                    polys.append(orient(g, 1.0))
            elif hasattr(g, "geoms"):
                stack.extend(g.geoms)
        if not polys:
            return None
        out = polys[0] if len(polys) == 1 else MultiPolygon(polys)
        return dict(mapping(out))
    except Exception:
        return None


def place_geometry(place: Place, gazetteer: GeometrySource | None) -> dict[str, Any] | None:
    """The polygon of a country/admin area when the gazetteer has it, else the point."""
    if gazetteer is not None and place.kind in ("country", "admin1", "admin2"):
        getter = getattr(gazetteer, "geometry", None)
        if getter is not None:
            try:
                poly = clean_polygon(getter(place.id))
            except Exception:
                poly = None
            if poly is not None:
                return poly
    return point_geometry(place)


def place_bbox(place: Place) -> list[float] | None:
    b = place.bbox
    if b is None or len(b) != 4 or not _finite(*b):
        return None
    w, s, e, n = (float(x) for x in b)
    if not (-90 <= s <= n <= 90 and -180 <= w <= 180 and -180 <= e <= 180):
        return None
    return [round(w, 6), round(s, 6), round(e, 6), round(n, 6)]


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
    return {
        "id": e.id,
        "document": analysis.document.id,
        "type": e.type,
        "trigger": e.trigger,
        "date": e.date,
        "date_end": e.date_end,
        "date_text": e.date_text,
        "time_precision": e.time_precision,
        "actors": [a.text for a in e.actors],
        "place_ids": list(e.place_ids),
        "sentence": e.sentence,
        "sentence_text": sentence_text(analysis.document, e.sentence),
    }


def _alternative(a: Any) -> dict[str, Any]:
    p = a.place
    return {
        "id": p.id,
        "name": p.name,
        "kind": p.kind,
        "lat": p.lat if _finite(p.lat) else None,
        "lon": p.lon if _finite(p.lon) else None,
        "score": round(float(a.score), 4) if _finite(a.score) else None,
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
            "lat": p.lat if _finite(p.lat) else None,
            "lon": p.lon if _finite(p.lon) else None,
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
    by_doc = {a.document.id: a.document for a in items}
    features = []
    for v in aggregate_places(items):
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
        spans = sorted({s for _, e in v.events if (s := event_span(e)) is not None})
        geometry = place_geometry(p, gazetteer)
        geoms: list[Any] = []
        if geometry is not None:
            g = dict(geometry)
            g["certainty"] = "less-certain" if v.low_confidence else "certain"
            geoms.append(g)
        aat = AAT_TYPES.get(p.kind)
        type_entry: dict[str, Any] = {"sourceLabels": [{"label": p.kind, "lang": "en"}]}
        if aat:
            type_entry = {"identifier": aat[0], "label": aat[1]} | type_entry
        else:
            type_entry["label"] = p.kind.replace("_", " ")
        docs = [by_doc[d] for d in v.document_ids if d in by_doc]
        desc = (
            f"{p.kind.replace('_', ' ')}"
            + (f" ({', '.join(p.countries or (p.country,))})" if (p.countries or p.country) else "")
            + f"; mentioned {v.count} time{'s' if v.count != 1 else ''} in "
            + f"{len(docs)} document{'s' if len(docs) != 1 else ''}"
            + (
                "; resolution verified by a person"
                if v.verified
                else f"; resolution confidence {v.confidence:.2f}"
            )
        )
        feature: dict[str, Any] = {
            "@id": base_uri + quote(p.id, safe=":-_."),
            "type": "Feature",
            "properties": {
                "title": p.name,
                "ccodes": [c for c in (p.countries or ((p.country,) if p.country else ()))],
                "verified": v.verified,
                "verified_mentions": sum(1 for a, i in v.mentions if a.resolutions[i].verified),
            },
            "names": name_list,
            "types": [type_entry],
            "geometry": {"type": "GeometryCollection", "geometries": geoms},
            "descriptions": [{"value": desc, "lang": "en"}],
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
                p.lat if p and _finite(p.lat) else "",
                p.lon if p and _finite(p.lon) else "",
                round(r.confidence, 4) if _finite(r.confidence) else "",
                "true" if r.verified else "false",
                "resolved" if p else "unresolved",
            ]
            w.writerow([_cell(c) for c in row])
    return buf.getvalue()
