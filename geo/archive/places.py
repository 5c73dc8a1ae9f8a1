"""The places of an archive in a date window, with their mention and document counts:
:func:`places_in_window` (what the archive map shows)."""

from __future__ import annotations

import math
import struct
from dataclasses import dataclass

from geo.archive.store import Archive, Window
from geo.models import Place

__all__ = ["MAP_MAX_PLACES", "PlaceCount", "places_in_window", "point_of"]

#: At most this many places (the most mentioned) are drawn on the map. The map's script
#: places names by arithmetic and makes a name only when its pin is shown (not inside a
#: cluster): all 1,558 places of the 100,000-document bench archive draw in the time of
#: 300, and a pan or zoom re-places the names in 0.03-0.15 s (it took 2-4 s at 300
#: places when every candidate position was laid out by the browser).
MAP_MAX_PLACES = 2000

_WKB_POINT = struct.Struct("<BIdd")


@dataclass(frozen=True, slots=True)
class PlaceCount:
    """One place of the window: where it is and how often the documents name it."""

    id: str
    name: str
    kind: str
    country: str
    geonameid: int | None
    lat: float
    lon: float
    mentions: int
    documents: int

    def place(self) -> Place:
        """The archive place as a :class:`~geo.models.Place` (point, kind, country)."""
        return Place(self.id, self.name, self.kind, self.lat, self.lon,  # type: ignore[arg-type]
                     country=self.country, geonameid=self.geonameid)  # fmt: skip


def point_of(wkb: bytes | None) -> tuple[float, float] | None:
    """``(lat, lon)`` of a little-endian WKB point (what the batch writes), or None."""
    if not wkb or len(wkb) != _WKB_POINT.size:
        return None
    order, kind, x, y = _WKB_POINT.unpack(wkb)
    if order != 1 or kind != 1 or not (math.isfinite(x) and math.isfinite(y)):
        return None
    return y, x


_SQL = """
WITH counts AS (
    SELECT i.place_id, count(*) AS mentions, count(DISTINCT i.k) AS documents
    FROM mention_index i {join} WHERE {window}
    GROUP BY i.place_id ORDER BY mentions DESC, i.place_id LIMIT ?
)
SELECT c.place_id, coalesce(p.name, c.place_id), coalesce(p.kind, ''),
       coalesce(p.country, ''), p.geonameid, p.geometry, c.mentions, c.documents
FROM counts c LEFT JOIN place_index p ON p.id = c.place_id
ORDER BY c.mentions DESC, c.place_id
"""


def places_in_window(
    archive: Archive, window: Window | None = None, *, limit: int = MAP_MAX_PLACES
) -> list[PlaceCount]:
    """The resolved places named in the documents dated in ``window`` (all documents,
    dated or not, for an open window), most mentioned first, at most ``limit``."""
    window = window or Window()
    cond, params = window.sql("d.date")
    join = "" if window.open else "JOIN doc_index d ON d.k = i.k"
    with archive.cursor() as cur:
        rows = cur.execute(_SQL.format(join=join, window=cond), [*params, limit]).fetchall()
    out = []
    for pid, name, kind, country, gid, geom, mentions, documents in rows:
        pt = point_of(geom)
        if pt is None:
            continue
        out.append(
            PlaceCount(pid, name, kind, country, gid, pt[0], pt[1], int(mentions), int(documents))
        )
    return out
