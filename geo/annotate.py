"""The evaluation schema of ``python -m geo annotate IN.jsonl OUT.jsonl``.

Input lines: ``{"id", "text", "date"?}`` (other fields are kept). Output: the same
lines with ``"toponyms": [{"start","end","name","lat","lon","geonameid","place_id",
"kind","confidence"}]`` — the schema ``shared/eval/score.py`` reads. Demonyms
("Afghan") and streets or buildings ("Chicken Street") are not toponyms and are left out
(``forms="all"`` keeps them, with their ``form``); unresolved mentions have null lat/lon.

The run itself (reading, partitions, workers, resume) is :mod:`geo.batch`.
"""

from __future__ import annotations

from typing import Any

from geo.models import Analysis
from geo.recognize.forms import FormSetting, select_forms


def toponyms(analysis: Analysis, forms: FormSetting = "names") -> list[dict[str, Any]]:
    """The evaluation schema's toponyms: place names only (``forms="names"``), or the
    mentions of a wider setting with their ``form`` (``forms="all"``: "Russian", "the EU"
    too; ``"facilities"``: "Chicken Street" too)."""
    out = []
    for r in select_forms(analysis.resolutions, forms):
        m = r.mention
        p = r.place
        rec: dict[str, Any] = {
            "start": m.start,
            "end": m.end,
            "name": m.text,
            "lat": p.lat if p else None,
            "lon": p.lon if p else None,
            "geonameid": str(p.geonameid) if p and p.geonameid else None,
            "place_id": p.id if p else None,
            "kind": p.kind if p else None,
            "confidence": round(r.confidence, 4),
        }
        if forms != "names":
            rec["form"] = m.form
        out.append(rec)
    return out
