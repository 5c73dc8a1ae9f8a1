"""Geometry shared by the stages: great-circle distances, points, boxes, polygon cleaning.

Part of the shared floor: imports only ``geo.models``.
"""

from __future__ import annotations

import math
from typing import Any, Protocol

from geo.models import Place

EARTH_RADIUS_KM = 6371.0088  # mean Earth radius (IUGG)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


class GeometrySource(Protocol):
    """What the exports need from a gazetteer: ``geometry(place_id)`` (optional)."""

    def geometry(self, place_id: str) -> dict[str, Any] | None: ...


# --------------------------------------------------------------------------- geometry


def finite(*xs: float) -> bool:
    return all(isinstance(x, int | float) and math.isfinite(x) for x in xs)


def point_geometry(place: Place) -> dict[str, Any] | None:
    if not finite(place.lat, place.lon) or not (-90 <= place.lat <= 90):
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
    if b is None or len(b) != 4 or not finite(*b):
        return None
    w, s, e, n = (float(x) for x in b)
    if not (-90 <= s <= n <= 90 and -180 <= w <= 180 and -180 <= e <= 180):
        return None
    return [round(w, 6), round(s, 6), round(e, 6), round(n, 6)]
