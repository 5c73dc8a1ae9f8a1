"""The map of a view: :func:`build_map`, its frame (:func:`map_bounds`), the view to fly
to for one place (:func:`view_for`) and the standalone page (:func:`map_html`)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import folium

from geo.geometry import place_bbox
from geo.kinds import CONTEXT_KINDS
from geo.mapview.assets import OfflineMap
from geo.mapview.data import country_outlines_json, finite_point, place_record
from geo.mapview.layers import PlacesLayer
from geo.mapview.remember import RememberView
from geo.models import Analysis, Place
from geo.view import PlaceView, aggregate_places

if TYPE_CHECKING:
    from geo.gazetteer import GazetteerView

__all__ = ["CLUSTER_THRESHOLD", "build_map", "map_bounds", "map_html", "view_for"]

CLUSTER_THRESHOLD = 250  # more point markers than this -> clustering
CONTEXT_MAX_DEG = 30.0  # countries up to this size are framed with the places
MIN_SPAN_DEG = 3.0  # the first view spans at least this much


def map_bounds(views: Sequence[PlaceView]) -> list[list[float]] | None:
    """``[[south, west], [north, east]]`` around the places' points, or None.

    Countries, continents, oceans and seas are context: when other places exist the
    frame is fitted to those (the country outlines stay visible around them).
    """
    ok = [v for v in views if finite_point(v.place)]
    focus = [v for v in ok if v.place.kind not in CONTEXT_KINDS] or ok
    pts = [(v.place.lat, v.place.lon) for v in focus]
    if not pts:
        return None
    # country context: the (not too large) countries of the view are framed too
    for v in ok:
        b = place_bbox(v.place) if v.place.kind == "country" else None
        if b is not None and max(b[2] - b[0], b[3] - b[1]) <= CONTEXT_MAX_DEG:
            pts += [(b[1], b[0]), (b[3], b[2])]
    lats = [a for a, _ in pts]
    lons = [b for _, b in pts]
    s, n, w, e = min(lats), max(lats), min(lons), max(lons)
    # never closer than a few degrees: the neighbours' edges show where this is
    for lo, hi, attr in ((s, n, "lat"), (w, e, "lon")):
        pad = max(0.0, MIN_SPAN_DEG - (hi - lo)) / 2 + (hi - lo) * 0.08
        if attr == "lat":
            s, n = lo - pad, hi + pad
        else:
            w, e = lo - pad, hi + pad
    return [[max(s, -85.0), max(w, -180.0)], [min(n, 85.0), min(e, 180.0)]]


def view_for(place: Place) -> tuple[tuple[float, float], int]:
    """Centre and zoom to fly to for a place: its extent framed (a province fills the
    map, never a zoom-out to a fixed level), else a zoom by kind."""
    b = place.bbox
    if b and all(isinstance(x, int | float) and math.isfinite(x) for x in b):
        span = max(b[2] - b[0], b[3] - b[1], 0.01)
        zoom = int(max(3, min(11, math.floor(9.3 - math.log2(span)))))
    else:
        zoom = {
            "country": 5,
            "admin1": 7,
            "admin2": 9,
            "city": 9,
            "continent": 3,
            "ocean": 3,
            "sea": 5,
        }.get(place.kind, 8)
    return (round(place.lat, 6), round(place.lon, 6)), zoom


def build_map(
    analyses: Analysis | Iterable[Analysis] | None = None,
    *,
    views: Sequence[PlaceView] | None = None,
    gazetteer: GazetteerView | None = None,
    tiles: bool = False,
    cluster: bool | None = None,
    outlines: bool = True,
    legend: bool = True,
    jquery: bool = False,
    records: list[dict[str, Any]] | None = None,
    cache: dict[Any, Any] | None = None,
    remember: str | None = None,
) -> folium.Map:
    """The map of every resolved place in ``analyses`` (or of precomputed ``views``).

    ``gazetteer`` supplies polygons (countries, provinces) and the country outlines.
    ``tiles=True`` adds an OpenStreetMap basemap (network!). ``cluster=None`` clusters
    automatically above :data:`CLUSTER_THRESHOLD` places. The map is framed to fit the
    places. ``records`` are precomputed :func:`place_record` dicts and ``cache`` a dict
    that keeps the serialised layer for the next call with the same records (the app
    keeps both per view, so a click does not re-serialise a 1,000-document map).
    ``remember`` keeps the person's pan and zoom across redraws of maps with that key
    (:class:`RememberView`).
    """
    if views is None:
        views = aggregate_places(analyses) if analyses is not None else []
    m = OfflineMap(
        location=[20, 0],
        zoom_start=2,
        tiles=None,
        control_scale=True,
        world_copy_jump=False,
        min_zoom=2,
        max_bounds=True,
        jquery=jquery,
    )
    if tiles:
        folium.TileLayer(
            "OpenStreetMap",
            name="OpenStreetMap",
            attr="&copy; OpenStreetMap contributors",
            max_zoom=19,
        ).add_to(m)
    if records is None:
        records = [r for v in views if (r := place_record(v, gazetteer)) is not None]
    if cluster is None:
        cluster = len(records) > CLUSTER_THRESHOLD
    key = ("payload", tiles, cluster, outlines, legend, id(gazetteer))
    layer = PlacesLayer(
        records,
        cluster=cluster,
        outlines_json=country_outlines_json(gazetteer) if outlines else "null",
        tiles=tiles,
        legend=legend,
        payload=cache.get(key) if cache is not None else None,
    )
    if cache is not None:
        cache[key] = layer.payload
    layer.add_to(m)
    bounds = map_bounds(views)
    if bounds is not None:
        # keep the places clear of the legend (bottom right)
        m.fit_bounds(
            bounds,
            padding_top_left=(30, 30),
            padding_bottom_right=(30, 30),
            max_zoom=8,
        )
        # not animated: a zoom animation still running would swallow a fly to the
        # selection (Leaflet ignores setView while it animates) or undo a restored view
        for child in m._children.values():
            if isinstance(child, folium.map.FitBounds):
                child.options["animate"] = False
    if remember:
        RememberView(remember).add_to(m)
    return m


def map_html(m: folium.Map) -> str:
    """The standalone HTML page of a map (for tests and "save map")."""
    return str(m.get_root().render())
