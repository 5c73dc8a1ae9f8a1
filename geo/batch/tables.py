"""The four tables of a batch output, as Arrow schemas, and their rows from analyses.

* ``mentions``: one row per mention (resolved or not), point of its place (null when
  unresolved).
* ``places``: one row per place per partition, with its mention and document counts
  in that partition (sum them over partitions: :func:`geo.batch.read` does).
* ``events``: one row per event, point of its first place (null when it has none).
* ``documents``: one row per input document, its status (``ok``, ``empty``, ``failed``)
  and the reason of a failure.

Geometries are WKB points (x = longitude, y = latitude) in EPSG:4326; the tables with a
geometry carry GeoParquet 1.1 ``geo`` metadata (see docs/scale.md).
"""

from __future__ import annotations

import json
import math
import struct
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

import pyarrow as pa

from geo.export import event_record, mention_record
from geo.models import Analysis, Place

GEOPARQUET_VERSION = "1.1.0"
GEOMETRY = "geometry"
_WKB_POINT = struct.Struct("<BIdd")  # little-endian, type 1 (Point), x, y

MENTIONS = pa.schema(
    [
        ("doc_id", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("text", pa.string()),
        ("place_id", pa.string()),
        ("geonameid", pa.int64()),
        ("kind", pa.string()),
        ("confidence", pa.float64()),
        ("form", pa.string()),  # "name" or "demonym"
        ("sentence", pa.int32()),  # sentence index in the document (-1 unknown)
        ("passage", pa.string()),  # the sentence's text (null: unknown sentence)
        ("passage_start", pa.int64()),  # its offset in the document (start - this: in it)
        (GEOMETRY, pa.binary()),
    ]
)
PLACES = pa.schema(
    [
        ("id", pa.string()),
        ("name", pa.string()),
        ("kind", pa.string()),
        ("country", pa.string()),
        ("geonameid", pa.int64()),
        ("mention_count", pa.int64()),
        ("document_count", pa.int64()),
        ("partition", pa.int64()),
        (GEOMETRY, pa.binary()),
    ]
)
EVENTS = pa.schema(
    [
        ("doc_id", pa.string()),
        ("event_id", pa.string()),  # "e0", "e1" ... within the document
        ("type", pa.string()),
        ("sub_type", pa.string()),  # ACLED sub-type or null (docs/events.md)
        ("date", pa.string()),  # ISO, as precise as known: "2021-08-15", "2021-08", "2021"
        ("date_end", pa.string()),
        ("date_text", pa.string()),
        ("time_precision", pa.string()),
        ("trigger", pa.string()),
        ("sentence", pa.int32()),  # sentence index (its text is not stored: see docs/scale.md)
        ("place_ids", pa.list_(pa.string())),
        ("actors", pa.list_(pa.string())),
        (GEOMETRY, pa.binary()),
    ]
)
DOCUMENTS = pa.schema(
    [
        ("id", pa.string()),
        ("title", pa.string()),
        ("date", pa.date32()),
        ("characters", pa.int64()),
        ("status", pa.string()),  # "ok", "empty" (no text), "failed"
        ("error", pa.string()),
        ("file", pa.string()),
        ("line", pa.int64()),  # 1-based line (JSON lines) or row (Parquet); 0 whole file
        ("partition", pa.int64()),
        ("mentions", pa.int64()),
        ("resolved", pa.int64()),
        ("places", pa.int64()),
        ("events", pa.int64()),
    ]
)
SCHEMAS: dict[str, pa.Schema] = {
    "mentions": MENTIONS,
    "places": PLACES,
    "events": EVENTS,
    "documents": DOCUMENTS,
}
TABLES = tuple(SCHEMAS)


def point_wkb(lat: float | None, lon: float | None) -> bytes | None:
    """A WKB point (x = lon, y = lat), or None for missing or non-finite coordinates."""
    if lat is None or lon is None or not (math.isfinite(lat) and math.isfinite(lon)):
        return None
    return _WKB_POINT.pack(1, 1, float(lon), float(lat))


@lru_cache(maxsize=1)
def crs_projjson() -> dict[str, Any]:
    """EPSG:4326 as PROJJSON, as GeoParquet wants it."""
    from pyproj import CRS

    return dict(CRS.from_epsg(4326).to_json_dict())


def geo_metadata(bbox: tuple[float, float, float, float] | None) -> bytes:
    """The GeoParquet ``geo`` key of a table whose ``geometry`` column holds points."""
    column: dict[str, Any] = {
        "encoding": "WKB",
        "geometry_types": ["Point"],
        "crs": crs_projjson(),
    }
    if bbox is not None:
        column["bbox"] = list(bbox)
    meta = {
        "version": GEOPARQUET_VERSION,
        "primary_column": GEOMETRY,
        "columns": {GEOMETRY: column},
    }
    return json.dumps(meta).encode("utf-8")


@dataclass(slots=True)
class _Columns:
    schema: pa.Schema
    cols: dict[str, list[Any]] = field(init=False)
    bbox: list[float] | None = None

    def __post_init__(self) -> None:
        self.cols = {name: [] for name in self.schema.names}

    def add(self, row: dict[str, Any], lat: float | None = None, lon: float | None = None) -> None:
        for name, values in self.cols.items():
            values.append(row.get(name))
        if GEOMETRY in self.cols:
            wkb = point_wkb(lat, lon)
            self.cols[GEOMETRY][-1] = wkb
            if wkb is not None and lat is not None and lon is not None:
                b = self.bbox
                if b is None:
                    self.bbox = [lon, lat, lon, lat]
                else:
                    b[0], b[1] = min(b[0], lon), min(b[1], lat)
                    b[2], b[3] = max(b[2], lon), max(b[3], lat)

    def table(self) -> pa.Table:
        table = pa.table(self.cols, schema=self.schema)
        if GEOMETRY in self.cols:
            bbox = tuple(self.bbox) if self.bbox else None
            table = table.replace_schema_metadata({"geo": geo_metadata(bbox)})  # type: ignore[arg-type]
        return table


@dataclass(slots=True)
class _PlaceTally:
    place: Place
    mentions: int = 0
    documents: int = 0


class PartitionTables:
    """Collects the rows of one partition's documents; :meth:`tables` gives the tables."""

    def __init__(self, partition: int) -> None:
        self.partition = partition
        self._cols = {name: _Columns(schema) for name, schema in SCHEMAS.items()}
        self._places: dict[str, _PlaceTally] = {}

    def add(
        self,
        *,
        doc_id: str,
        title: str,
        doc_date: date | None,
        characters: int,
        file: str,
        line: int,
        analysis: Analysis | None = None,
        error: str | None = None,
    ) -> None:
        """One document: its analysis (None when empty or failed, with ``error``)."""
        counts = {"mentions": 0, "resolved": 0, "places": 0, "events": 0}
        if analysis is not None:
            self._add_analysis(doc_id, analysis)
            counts = {
                "mentions": len(analysis.resolutions),
                "resolved": sum(1 for r in analysis.resolutions if r.place is not None),
                "places": len(analysis.places),
                "events": len(analysis.events),
            }
        status = "failed" if error is not None else ("ok" if analysis is not None else "empty")
        self._cols["documents"].add(
            {
                "id": doc_id,
                "title": title,
                "date": doc_date,
                "characters": characters,
                "status": status,
                "error": error,
                "file": file,
                "line": line,
                "partition": self.partition,
            }
            | counts
        )

    def _add_analysis(self, doc_id: str, analysis: Analysis) -> None:
        mentions = self._cols["mentions"]
        doc = analysis.document
        for i, r in enumerate(analysis.resolutions):
            m, p = r.mention, r.place
            rec = mention_record(analysis, i)
            si = rec["sentence"]
            known = 0 <= si < len(doc.sentences)
            mentions.add(
                {
                    "doc_id": doc_id,
                    "start": m.start,
                    "end": m.end,
                    "text": m.text,
                    "place_id": p.id if p else None,
                    "geonameid": p.geonameid if p and p.geonameid else None,
                    "kind": p.kind if p else None,
                    "confidence": round(r.confidence, 4),
                    "form": m.form,
                    "sentence": si,
                    "passage": rec["sentence_text"] if known else None,
                    "passage_start": doc.sentences[si].start if known else None,
                },
                *((p.lat, p.lon) if p else (None, None)),
            )
        for s in analysis.places:
            tally = self._places.get(s.place.id)
            if tally is None:
                tally = self._places[s.place.id] = _PlaceTally(s.place)
            tally.mentions += len(s.mention_indices)
            tally.documents += 1
        located = {s.place.id: s.place for s in analysis.places}
        events = self._cols["events"]
        for e in analysis.events:
            rec = event_record(analysis, e)
            first = next((located[i] for i in e.place_ids if i in located), None)
            events.add(
                {
                    "doc_id": doc_id,
                    "event_id": rec["id"],
                    "type": rec["type"],
                    "sub_type": rec["sub_type"],
                    "date": rec["date"],
                    "date_end": rec["date_end"],
                    "date_text": rec["date_text"],
                    "time_precision": rec["time_precision"],
                    "trigger": rec["trigger"],
                    "sentence": rec["sentence"],
                    "place_ids": rec["place_ids"],
                    "actors": rec["actors"],
                },
                *((first.lat, first.lon) if first else (None, None)),
            )

    def tables(self) -> dict[str, pa.Table]:
        places = self._cols["places"]
        for t in self._places.values():
            p = t.place
            places.add(
                {
                    "id": p.id,
                    "name": p.name,
                    "kind": p.kind,
                    "country": p.country or "|".join(p.countries),
                    "geonameid": p.geonameid or None,
                    "mention_count": t.mentions,
                    "document_count": t.documents,
                    "partition": self.partition,
                },
                p.lat,
                p.lon,
            )
        self._places.clear()
        return {name: cols.table() for name, cols in self._cols.items()}
