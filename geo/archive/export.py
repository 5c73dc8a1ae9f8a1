"""The current view of an archive as downloads: :func:`export_view` -> GeoJSON of the
places with their counts and CSV of the mentions, in the column names of
:mod:`geo.export` (``docs/geojson.md``); formula-like cells neutralised as there."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from typing import Any

from geo.archive.places import places_in_window, point_of
from geo.archive.store import Archive, Window
from geo.export import dumps
from geo.export.records import slug
from geo.kinds import kind_label

__all__ = ["CSV_COLUMNS", "EXPORT_MAX_MENTIONS", "ViewExport", "export_view"]

#: The CSV holds at most this many mentions (the newest); the GeoJSON every place.
EXPORT_MAX_MENTIONS = 100_000
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
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True, slots=True)
class ViewExport:
    geojson: str
    csv: str
    stem: str  # file name without extension: archive name and window
    mentions: int  # rows in the CSV
    truncated: bool  # more mentions than EXPORT_MAX_MENTIONS in the window


def _cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


_SQL = """
SELECT m.doc_id, coalesce(d.title, ''), d.date, m.start, m."end", m.text, m.sentence,
       m.place_id, p.name, m.kind, m.geometry, m.confidence, m.form, m.passage
FROM mentions m JOIN doc_index d ON d.k = hash(m.doc_id, m.part)
LEFT JOIN place_index p ON p.id = m.place_id
WHERE {window}
ORDER BY d.date DESC NULLS LAST, m.doc_id, m.start
LIMIT ?
"""


def export_view(archive: Archive, window: Window | None = None) -> ViewExport:
    """The places (GeoJSON FeatureCollection) and mentions (CSV) of ``window``."""
    window = window or Window()
    features = [
        {
            "type": "Feature",
            "id": p.id,
            "geometry": {"type": "Point", "coordinates": [p.lon, p.lat]},
            "properties": {
                "feature_type": "place",
                "id": p.id,
                "name": p.name,
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
        for p in places_in_window(archive, window, limit=1_000_000)
    ]
    fc = {
        "type": "FeatureCollection",
        "archive": archive.name,
        "window": {
            "start": window.start.isoformat() if window.start else None,
            "end": window.end.isoformat() if window.end else None,
        },
        "features": features,
    }
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
                _cell(doc),
                _cell(title),
                day.isoformat() if day else "",
                start,
                end,
                _cell(text),
                sent,
                pid or "",
                _cell(name or ""),
                kind or "",
                kind_label(kind) if kind else "",
                pt[0] if pt else "",
                pt[1] if pt else "",
                conf,
                form or "",
                _cell(passage or ""),
            ]
        )
    stem = slug(archive.name) or "archive"
    if window.start or window.end:
        stem += "_" + "_".join(d.isoformat() if d else "open" for d in (window.start, window.end))
    return ViewExport(
        dumps(fc), buf.getvalue(), stem, min(len(rows), EXPORT_MAX_MENTIONS),
        len(rows) > EXPORT_MAX_MENTIONS,
    )  # fmt: skip
