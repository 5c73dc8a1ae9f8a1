"""How places look on the map: colours of the background, marker sizes, tooltips.

Shapes, colours and labels per kind group live in :mod:`geo.kinds` (:data:`GROUPS`); the
SVG markers are drawn by ``geo/static/shapes.js``.
"""

from __future__ import annotations

import math
import re

from geo import settings
from geo.kinds import kind_label
from geo.models import Place

__all__ = [
    "BACKGROUND",
    "LAND",
    "MAX_EXTENT_DEG",
    "marker_size",
    "parse_tooltip",
    "place_tooltip",
]

MAX_EXTENT_DEG = 25.0  # larger extents are not drawn as boxes on the overview
BACKGROUND = "#dfe8ef"  # the sea / no-data colour
LAND = "#f7f5ef"


def marker_size(count: int) -> int:
    """Marker size in px: grows with the square root of the number of mentions."""
    return int(min(40, 14 + 4 * math.sqrt(max(count, 1) - 1)))


# --------------------------------------------------------------------------- tooltips

_TOOLTIP_ID = re.compile(r"\[([^\[\]\s]+)\]\s*$")


def place_tooltip(
    place: Place, count: int = 0, confidence: float | None = None, *, verified: bool = False
) -> str:
    """Plain-text tooltip: ``"Kabul · city · 8 mentions [geonames:1138958]"``.

    Low-confidence places get a "?" after the name and their confidence; places a person
    verified get "✔ verified". The text is NOT escaped: callers that put it into HTML must
    escape it (:func:`geo.mapview.data.place_record` does).
    """
    low = not verified and confidence is not None and confidence < settings.LOW_CONFIDENCE
    name = place.name + ("?" if low else "")
    parts = [name, kind_label(place.kind)]
    if count:
        parts.append(f"{count} mention{'s' if count != 1 else ''}")
    if low and confidence is not None:
        parts.append(f"low confidence {confidence:.2f}")
    if verified:
        parts.append("✔ verified")
    clean_id = re.sub(r"[\s\[\]]", "_", place.id)
    return " · ".join(parts) + f" [{clean_id}]"


def parse_tooltip(text: object) -> str | None:
    """The place id at the end of a tooltip text (see :func:`place_tooltip`), or None."""
    if not isinstance(text, str):
        return None
    m = _TOOLTIP_ID.search(text.strip())
    return m.group(1) if m else None
