"""CSV: one row per mention (resolved or not), safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
from typing import Any

from geo.export.records import _sentence_index, place_names, sentence_text
from geo.geometry import finite
from geo.kinds import kind_label
from geo.models import Analysis
from geo.view import as_list

__all__ = ["CSV_COLUMNS", "safe_cell", "to_csv"]

CSV_COLUMNS = (
    "document",
    "start",
    "end",
    "text",
    "sentence",
    "place_id",
    "name",
    "gazetteer_name",
    "kind",
    "kind_label",
    "lat",
    "lon",
    "confidence",
    "verified",
    "status",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """Neutralise spreadsheet formulas in text cells (OWASP CSV injection)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def to_csv(analyses: Analysis | list[Analysis], *, gazetteer: object = None) -> str:
    """One row per mention (resolved or not), RFC 4180 quoting.

    ``name`` is the name the document uses for the place (else its English name),
    ``gazetteer_name`` the gazetteer's; ``gazetteer`` (optional) supplies the aliases
    behind English names. Text cells that start like a spreadsheet formula (``=``, ``+``,
    ``-``, ``@``) get a leading apostrophe so that opening the file in a spreadsheet
    cannot run anything.
    """
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(CSV_COLUMNS)
    for a in as_list(analyses):
        doc = a.document
        by_place: dict[str, list[tuple[Analysis, int]]] = {}
        for i, r in enumerate(a.resolutions):
            if r.place is not None:
                by_place.setdefault(r.place.id, []).append((a, i))
        names = {
            pid: place_names(a.resolutions[ms[0][1]].place, ms, gazetteer)  # type: ignore[arg-type]
            for pid, ms in by_place.items()
        }
        for r in a.resolutions:
            m = r.mention
            p = r.place
            name, gazetteer_name = names[p.id] if p else ("", "")
            row = [
                doc.id,
                m.start,
                m.end,
                m.text,
                sentence_text(doc, _sentence_index(doc, m)),
                p.id if p else "",
                name,
                gazetteer_name,
                p.kind if p else "",
                kind_label(p.kind) if p else "",
                p.lat if p and finite(p.lat) else "",
                p.lon if p and finite(p.lon) else "",
                round(r.confidence, 4) if finite(r.confidence) else "",
                "true" if r.verified else "false",
                "resolved" if p else "unresolved",
            ]
            w.writerow([safe_cell(c) for c in row])
    return buf.getvalue()
