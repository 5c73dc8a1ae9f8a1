"""Exports of analyses: GeoJSON (RFC 7946), Linked Places Format (LPF), CSV and KML.

Used by the CLI (``python -m geo parse FILE --geojson OUT``) and by the app's download
buttons. Every function takes one :class:`~geo.models.Analysis` or a list of them
(a corpus) and merges places across documents by place id.

>>> from geo.export import to_geojson, to_kml, dumps, export_filename   # doctest: +SKIP
>>> fc = to_geojson(analysis, gazetteer=default_gazetteer())            # doctest: +SKIP
>>> open(export_filename(analysis, "geojson"), "w").write(dumps(fc))    # doctest: +SKIP

The GeoJSON schema is documented in ``docs/geojson.md``. Places are exported under
their display name (``name``: the form the texts use, else the conventional English
name) with the gazetteer's own name beside it (``gazetteer_name``), and with the kind
both as a code (``kind``: ``admin1``) and as readers say it (``kind_label``: province).
No export carries a server file-system path (a document's ``source`` is its base name).

The view they export (date windows, aggregated places) lives in :mod:`geo.view`, the
geometry (points, polygons, boxes) in :mod:`geo.geometry`. The plain-data records of
mentions and events (:func:`mention_record`, :func:`event_record`) are shared with the app.

Modules: :mod:`~geo.export.records` (records, names, file names),
:mod:`~geo.export.geojson`, :mod:`~geo.export.lpf`, :mod:`~geo.export.csv`,
:mod:`~geo.export.kml`.
"""

from __future__ import annotations

from geo.export.csv import CSV_COLUMNS, to_csv
from geo.export.geojson import dumps, event_feature, to_geojson
from geo.export.kml import to_kml
from geo.export.lpf import GEONAMES_URI, LPF_BASE_URI, LPF_CONTEXT, to_lpf
from geo.export.records import (
    conventional_name,
    document_countries,
    event_record,
    export_filename,
    mention_record,
    place_names,
    sentence_text,
    source_name,
)

__all__ = [
    "CSV_COLUMNS",
    "GEONAMES_URI",
    "LPF_BASE_URI",
    "LPF_CONTEXT",
    "conventional_name",
    "document_countries",
    "dumps",
    "event_feature",
    "event_record",
    "export_filename",
    "mention_record",
    "place_names",
    "sentence_text",
    "source_name",
    "to_csv",
    "to_geojson",
    "to_kml",
    "to_lpf",
]
