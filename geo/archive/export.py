"""The current view of an archive as downloads: :func:`export_view` -> GeoJSON of the
places with their counts and of the dated events (a feature each, ISO ``start``/``end``
for QGIS's temporal controller and kepler.gl's time filter), the same as KML (placemarks,
events with a TimeSpan) and CSV of the mentions, in the field names of :mod:`geo.export`
(``docs/geojson.md``); formula-like cells neutralised as there. Places carry the names
readers know (``name``, the conventional English name when a gazetteer is given) and the
stored ``gazetteer_name``, as the single-document exports do."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from typing import Any

from geo.archive.places import PlaceCount, places_in_window, point_of
from geo.archive.store import Archive, Window
from geo.export import dumps
from geo.export.csv import safe_cell
from geo.export.kml import KmlPlace, kml_document
from geo.export.records import conventional_name, slug
from geo.kinds import kind_label
from geo.view import date_span

__all__ = ["CSV_COLUMNS", "EXPORT_MAX_EVENTS", "EXPORT_MAX_MENTIONS", "ViewExport", "export_view"]

#: The CSV holds at most this many mentions (the newest); the GeoJSON every place.
EXPORT_MAX_MENTIONS = 100_000
#: The GeoJSON and KML hold at most this many dated events (the newest).
EXPORT_MAX_EVENTS = 100_000
CSV_COLUMNS = (
    "document",
    "title",
    "date",
    "start",
    "end",
    "text",
    "sentence",
    "place_id",
    "name",
    "kind",
    "kind_label",
    "lat",
    "lon",
    "confidence",
    "form",
    "passage",
)


@dataclass(frozen=True, slots=True)
class ViewExport:
    geojson: str
    csv: str
    stem: str  # file name without extension: archive name and window
    mentions: int  # rows in the CSV
    truncated: bool  # more mentions than EXPORT_MAX_MENTIONS in the window
    kml: str = ""
    events: int = 0  # event features in the GeoJSON and KML
    events_truncated: bool = False  # more dated events than EXPORT_MAX_EVENTS


_SQL = """
SELECT m.doc_id, coalesce(d.title, ''), d.date, m.start, m."end", m.text, m.sentence,
       m.place_id, p.name, m.kind, m.geometry, m.confidence, m.form, m.passage
FROM mentions m JOIN doc_index d ON d.k = hash(m.doc_id, m.part)
LEFT JOIN place_index p ON p.id = m.place_id
WHERE {window}
ORDER BY d.date DESC NULLS LAST, m.doc_id, m.start
LIMIT ?
"""


# the window holds an event by its own day (the first day of its date); only events with
# a date of their own are exported (as in the single-document GeoJSON); the sentence's
# text comes from a mention's passage of that sentence, when the archive stores passages
_EVENTS_SQL = """
WITH ev AS (
  SELECT e.doc_id, e.part, e.event_id, e.type, e.sub_type, e.date, e.date_end, e.date_text,
         e.trigger, e.sentence, e.place_ids, e.actors, coalesce(d.title, '') AS title,
         TRY_CAST(CASE length(e.date) WHEN 4 THEN e.date || '-01-01'
                                      WHEN 7 THEN e.date || '-01'
                                      ELSE substr(e.date, 1, 10) END AS DATE) AS day
  FROM events e JOIN doc_index d ON d.k = hash(e.doc_id, e.part)
  WHERE e.date IS NOT NULL
), picked AS (
  SELECT * FROM ev WHERE day IS NOT NULL AND {window}
  ORDER BY day DESC, doc_id, event_id LIMIT ?
), said AS (
  SELECT m.doc_id, m.part, m.sentence, any_value(m.passage) AS passage
  FROM mentions m JOIN (SELECT DISTINCT doc_id, part, sentence FROM picked) k
    ON m.doc_id = k.doc_id AND m.part = k.part AND m.sentence = k.sentence
  GROUP BY ALL
)
SELECT p.*, s.passage FROM picked p
LEFT JOIN said s ON s.doc_id = p.doc_id AND s.part = p.part AND s.sentence = p.sentence
ORDER BY p.day DESC, p.doc_id, p.event_id
"""


def _display_names(places: list[PlaceCount], gazetteer: object | None) -> dict[str, str]:
    if gazetteer is None:
        return {p.id: p.name for p in places}
    return {p.id: conventional_name(p.place(), gazetteer) for p in places}


def _place_feature(p: PlaceCount, name: str) -> dict[str, Any]:
    return {
        "type": "Feature",
        "id": p.id,
        "geometry": {"type": "Point", "coordinates": [p.lon, p.lat]},
        "properties": {
            "feature_type": "place",
            "id": p.id,
            "name": name,
            "gazetteer_name": p.name,
            "kind": p.kind,
            "kind_label": kind_label(p.kind) if p.kind else "",
            "country": p.country,
            "lat": p.lat,
            "lon": p.lon,
            "geonameid": p.geonameid,
            "mention_count": p.mentions,
            "document_count": p.documents,
        },
    }


def _event_features(
    archive: Archive, window: Window, names: dict[str, str]
) -> tuple[list[dict[str, Any]], bool]:
    """The window's dated events as GeoJSON features (newest first, at most
    :data:`EXPORT_MAX_EVENTS`) and whether there were more."""
    cond, params = window.sql("day")
    with archive.cursor() as cur:
        rows = cur.execute(
            _EVENTS_SQL.format(window=cond), [*params, EXPORT_MAX_EVENTS + 1]
        ).fetchall()
        ids = sorted({pid for r in rows for pid in (r[10] or [])})
        points: dict[str, tuple[float, float]] = {}
        if ids:
            got = cur.execute(
                "SELECT id, geometry FROM place_index WHERE list_contains(?, id)", [ids]
            ).fetchall()
            points = {pid: pt for pid, g in got if (pt := point_of(g)) is not None}
    features = []
    for (
        doc,
        _part,
        eid,
        etype,
        sub,
        d0,
        d1,
        dtext,
        trig,
        _sent,
        pids,
        actors,
        title,
        _day,
        passage,
    ) in rows[:EXPORT_MAX_EVENTS]:
        a, b = date_span(d0), date_span(d1) if d1 else None
        if a is None:
            continue
        end = b[1] if b is not None and b[1] >= a[0] else a[1]
        pids = list(dict.fromkeys(pids or []))
        coords: list[list[float]] = []
        for pid in pids:
            pt = points.get(pid)
            if pt is not None and [pt[1], pt[0]] not in coords:
                coords.append([pt[1], pt[0]])
        geometry: dict[str, Any] | None = None
        if len(coords) == 1:
            geometry = {"type": "Point", "coordinates": coords[0]}
        elif coords:
            geometry = {"type": "MultiPoint", "coordinates": coords}
        fid = f"{doc}/{eid}"
        features.append({
            "type": "Feature",
            "id": fid,
            "geometry": geometry,
            "properties": {
                "feature_type": "event", "id": fid, "event_id": eid, "type": etype,
                "sub_type": sub, "start": a[0].isoformat(), "end": end.isoformat(),
                "date_text": dtext, "trigger": trig, "actors": list(actors or []),
                "place_ids": pids,
                "places": [names.get(pid, pid) for pid in pids if pid in points],
                "sentence": passage or "", "document": doc, "document_title": title,
            },
        })  # fmt: skip
    return features, len(rows) > EXPORT_MAX_EVENTS


def export_view(
    archive: Archive, window: Window | None = None, *, gazetteer: object | None = None
) -> ViewExport:
    """The places and dated events (GeoJSON FeatureCollection, KML) and the mentions
    (CSV) of ``window``; with ``gazetteer`` places are named as readers know them."""
    window = window or Window()
    archive.ensure_views()  # the mentions and events are read from the partition files
    places = places_in_window(archive, window, limit=1_000_000)
    names = _display_names(places, gazetteer)
    events, events_truncated = _event_features(archive, window, names)
    features = [_place_feature(p, names[p.id]) for p in places] + events
    fc = {
        "type": "FeatureCollection",
        "archive": archive.name,
        "window": {
            "start": window.start.isoformat() if window.start else None,
            "end": window.end.isoformat() if window.end else None,
        },
        "features": features,
    }
    kml_places: list[KmlPlace] = [
        (
            names[p.id],
            f"{kind_label(p.kind) if p.kind else 'place'}"
            + (f" ({p.country})" if p.country else "")
            + f"; mentioned {p.mentions}× in {p.documents} document"
            + ("s" if p.documents != 1 else ""),
            {"place_id": p.id, "gazetteer_name": p.name, "kind": p.kind,
             "kind_label": kind_label(p.kind) if p.kind else "", "country": p.country,
             "geonameid": p.geonameid, "mention_count": p.mentions,
             "document_count": p.documents},
            [p.lon, p.lat],
        )
        for p in places
    ]  # fmt: skip
    kml = kml_document(f"{archive.name}: {len(places)} places", kml_places, events)
    cond, params = window.sql("d.date")
    with archive.cursor() as cur:
        rows = cur.execute(_SQL.format(window=cond), [*params, EXPORT_MAX_MENTIONS + 1]).fetchall()
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(CSV_COLUMNS)
    for doc, title, day, start, end, text, sent, pid, name, kind, geom, conf, form, passage in rows[
        :EXPORT_MAX_MENTIONS
    ]:
        pt = point_of(geom)
        w.writerow(
            [
                safe_cell(doc),
                safe_cell(title),
                day.isoformat() if day else "",
                start,
                end,
                safe_cell(text),
                sent,
                pid or "",
                safe_cell(name or ""),
                kind or "",
                kind_label(kind) if kind else "",
                pt[0] if pt else "",
                pt[1] if pt else "",
                conf,
                form or "",
                safe_cell(passage or ""),
            ]
        )
    stem = slug(archive.name) or "archive"
    if window.start or window.end:
        stem += "_" + "_".join(d.isoformat() if d else "open" for d in (window.start, window.end))
    return ViewExport(
        dumps(fc), buf.getvalue(), stem, min(len(rows), EXPORT_MAX_MENTIONS),
        len(rows) > EXPORT_MAX_MENTIONS, kml, len(events), events_truncated,
    )  # fmt: skip
