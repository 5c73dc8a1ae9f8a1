"""GeoJSON (RFC 7946): one Feature per resolved place and one per dated event.

The schema is documented in ``docs/geojson.md``.
"""

from __future__ import annotations

import json
from typing import Any

from geo.errors import ExportError
from geo.export.records import (
    alternative_record,
    document_record,
    event_dates,
    event_record,
    mention_record,
    place_view_names,
    sentence_text,
)
from geo.geometry import GeometrySource, finite, place_bbox, place_geometry, point_geometry
from geo.kinds import kind_label
from geo.models import Analysis, Event
from geo.view import PlaceView, aggregate_places, as_list

__all__ = ["dumps", "event_feature", "to_geojson"]


def _place_feature(v: PlaceView, gazetteer: GeometrySource | None, events: bool) -> dict[str, Any]:
    p = v.place
    name, gazetteer_name = place_view_names(v, gazetteer)
    props: dict[str, Any] = {
        "feature_type": "place",
        "id": p.id,
        "name": name,
        "gazetteer_name": gazetteer_name,
        "kind": p.kind,
        "kind_label": kind_label(p.kind),
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
        "alternatives": [alternative_record(a) for a in v.alternatives],
        "mentions": [mention_record(a, i) for a, i in v.mentions],
    }
    if events:
        props["events"] = [event_record(a, e) for a, e in v.events]
    feature: dict[str, Any] = {
        "type": "Feature",
        "id": p.id,
        "geometry": place_geometry(p, gazetteer),
        "properties": props,
    }
    bbox = place_bbox(p)
    if bbox is not None and p.precision == "extent":
        feature["bbox"] = bbox
    return feature


def event_feature(
    analysis: Analysis, e: Event, names: dict[str, str] | None = None
) -> dict[str, Any] | None:
    """A dated event as a Feature (None when it has no date): its geometry is the point of
    its place (a Point) or of its places (a MultiPoint), null when none was resolved;
    ``start``/``end`` are ISO dates (QGIS temporal controller, kepler.gl time filter)."""
    start, end = event_dates(e)
    if start is None:
        return None
    places = {r.place.id: r.place for r in analysis.resolutions if r.place is not None}
    points = []
    for pid in dict.fromkeys(e.place_ids):
        p = places.get(pid)
        g = point_geometry(p) if p is not None else None
        if g is not None and g["coordinates"] not in points:
            points.append(g["coordinates"])
    geometry: dict[str, Any] | None = None
    if len(points) == 1:
        geometry = {"type": "Point", "coordinates": points[0]}
    elif points:
        geometry = {"type": "MultiPoint", "coordinates": points}
    doc = analysis.document
    names = names or {}
    return {
        "type": "Feature",
        "id": f"{doc.id}/{e.id}",
        "geometry": geometry,
        "properties": {
            "feature_type": "event",
            "id": f"{doc.id}/{e.id}",
            "event_id": e.id,
            "type": e.type,
            "sub_type": e.sub_type,
            "start": start,
            "end": end,
            "date_text": e.date_text,
            "time_precision": e.time_precision,
            "report_date": e.report_date,
            "date_kind": e.date_kind,
            "trigger": e.trigger,
            "actors": [a.text for a in e.actors],
            "actor1": [a.text for a in e.actors if a.role == "actor1"],
            "actor2": [a.text for a in e.actors if a.role == "actor2"],
            "place_ids": list(dict.fromkeys(e.place_ids)),
            "places": [
                names.get(pid) or places[pid].name
                for pid in dict.fromkeys(e.place_ids)
                if pid in places
            ],
            "sentence": sentence_text(doc, e.sentence),
            "document": doc.id,
            "document_title": doc.title,
        },
    }


def to_geojson(
    analyses: Analysis | list[Analysis],
    *,
    gazetteer: GeometrySource | None = None,
    events: bool = True,
) -> dict[str, Any]:
    """An RFC 7946 FeatureCollection (see docs/geojson.md): one Feature per resolved place
    (``properties.feature_type == "place"``), then one per dated event (``"event"``).

    ``gazetteer`` (optional) supplies the polygons of countries and admin areas (without
    it every place is a Point) and the aliases behind English names. ``events=False``
    leaves out the events (features and lists).
    """
    items = as_list(analyses)
    views = aggregate_places(items)
    features = [_place_feature(v, gazetteer, events) for v in views]
    names = {f["id"]: f["properties"]["name"] for f in features}
    if events:
        for a in items:
            for e in a.events:
                ef = event_feature(a, e, names)
                if ef is not None:
                    features.append(ef)
    out: dict[str, Any] = {
        "type": "FeatureCollection",
        "features": features,
        "documents": [document_record(a.document) for a in items],
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
