"""The map's layers: all places as one element, and highlights drawn on top of it.

* :class:`PlacesLayer`: polygons (countries, provinces), dashed extent boxes (ranges,
  valleys, rivers), SVG markers by kind group, clustering for large corpora, the country
  outlines and the legend -- one script, ``geo/static/places.js`` with
  ``geo/static/shapes.js`` and ``geo/static/map.css``.
* :func:`selection_layer` (``geo/static/selection.js``) and :func:`pick_layer`
  (``geo/static/pick.js``): non-interactive feature groups for
  folium maps (the app's map draws :func:`selection_data` itself).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import folium
from folium.elements import JSCSSMixin

from geo.geometry import place_bbox
from geo.kinds import GROUPS
from geo.mapview.assets import markercluster_assets, static_text
from geo.mapview.data import finite_point, place_polygon
from geo.mapview.elements import (
    PARENT_CALL,
    DataElement,
    js_json,
    js_string_lines,
    script_template,
    static_source,
)
from geo.mapview.styles import BACKGROUND, LAND, marker_size
from geo.models import Place

if TYPE_CHECKING:
    from geo.gazetteer import GazetteerView

__all__ = ["PlacesLayer", "pick_layer", "places_payload", "selection_data", "selection_layer"]

# D: the payload; geoShape(shape, colour, size, low): an SVG marker; the stylesheet is
# added to the document once, whatever the number of maps
_PLACES_TEMPLATE = script_template(
    "var {{ this.get_name() }} = (function (map) {\n",
    "  var D = {{ this.payload|safe }};\n",
    "\n",
    static_source("shapes.js"),
    "\n",
    "  var css = document.getElementById('geo-map-css');\n",
    "  if (!css) {\n",
    "    css = document.createElement('style'); css.id = 'geo-map-css';\n",
    "    css.textContent = {% raw %}",
    js_string_lines(static_text("map.css"), " " * 6),
    "{% endraw %};\n",
    "    document.head.appendChild(css);\n",
    "  }\n",
    static_source("places.js"),
    PARENT_CALL,
)


class PlacesLayer(DataElement, JSCSSMixin):
    """All places of a view as one element: polygons, extents, markers and the legend.

    ``records`` are :func:`~geo.mapview.data.place_record` dicts; ``outlines_json`` is
    the pre-serialised background (:func:`~geo.mapview.data.country_outlines_json`).
    ``payload`` is the serialised data of an earlier layer with the same arguments
    (then ``records`` are not serialised again).
    """

    _template = _PLACES_TEMPLATE
    default_js = []  # noqa: RUF012 - folium's JSCSSMixin API; set per instance below
    default_css = []  # noqa: RUF012

    def __init__(
        self,
        records: list[dict[str, Any]],
        *,
        cluster: bool = False,
        outlines_json: str = "null",
        tiles: bool = False,
        legend: bool = True,
        payload: str | None = None,
    ) -> None:
        super().__init__()
        self._name = "GeoPlaces"
        if cluster:
            self.default_js, self.default_css = markercluster_assets()
        if payload is not None:
            self.payload = payload
            return
        present = [g for g in GROUPS if any(r["g"] == g for r in records)]
        notes = ["size: number of mentions"]
        if not cluster and any("ext" in r for r in records):
            notes.append("dashed box: extent")
        if cluster:
            notes.append("numbers: clusters, click to zoom in")
        data = {
            "places": records,
            "groups": {k: [v.label, v.colour, v.marker] for k, v in GROUPS.items()},
            "legend": present if legend else None,
            "notes": notes,
            "title": f"{len(records)} place{'s' if len(records) != 1 else ''}",
            "cluster": cluster,
            "tiles": tiles,
            "background": BACKGROUND,
            "land": LAND,
        }
        body = js_json(data)
        # outlines are a pre-serialised (cached) JSON string: splice it in
        self.payload = body[:-1] + ',"outlines":' + outlines_json + "}"


def places_payload(
    records: list[dict[str, Any]],
    *,
    cluster: bool = False,
    outlines_json: str = "null",
    tiles: bool = False,
    legend: bool = True,
) -> str:
    """The JSON that ``geo/static/places.js`` draws (what the app's map component fetches
    as its places file): :class:`PlacesLayer`'s payload, without a folium map."""
    return PlacesLayer(
        records, cluster=cluster, outlines_json=outlines_json, tiles=tiles, legend=legend
    ).payload


# --------------------------------------------------------------------------- selection


class _SelectionRing(DataElement):
    _template = script_template(
        "(function (group) {\n",
        "  var D = {{ this.payload|safe }};\n",
        static_source("selection.js"),
        PARENT_CALL,
    )

    def __init__(self, payload: dict[str, Any]) -> None:
        super().__init__()
        self._name = "GeoSelection"
        self.payload = js_json(payload)


def selection_layer(
    place: Place,
    *,
    count: int = 1,
    gazetteer: GazetteerView | None = None,
    name: str = "selection",
) -> folium.FeatureGroup:
    """A non-interactive highlight of one place, as a feature group for a folium map.

    Drawn on top of the map without re-rendering it: a ring around the marker, the
    polygon outline for countries/provinces, the extent box for physical features.
    """
    fg = folium.FeatureGroup(name=name, control=False)
    payload = selection_data(place, count=count, gazetteer=gazetteer)
    if payload is not None:
        fg.add_child(_SelectionRing(payload))
    return fg


def selection_data(
    place: Place, *, count: int = 1, gazetteer: GazetteerView | None = None
) -> dict[str, Any] | None:
    """What ``geo/static/selection.js`` draws for a selected place (point, ring radius,
    polygon or extent box), or None for a place without a finite point."""
    if not finite_point(place):
        return None
    payload: dict[str, Any] = {"lat": place.lat, "lon": place.lon, "r": marker_size(count) / 2 + 5}
    poly = place_polygon(place, gazetteer)
    if poly is not None:
        payload["poly"] = poly
    elif place.precision == "extent":
        bbox = place_bbox(place)
        if bbox is not None:
            payload["ext"] = bbox
    return payload


# --------------------------------------------------------------------------- pick


class _PickMark(DataElement):
    _template = script_template(
        "(function (group) {\n",
        "  var D = {{ this.payload|safe }};\n",
        static_source("pick.js"),
        PARENT_CALL,
    )

    def __init__(self, payload: dict[str, Any]) -> None:
        super().__init__()
        self._name = "GeoPick"
        self.payload = js_json(payload)


def pick_layer(lat: float, lon: float, *, name: str = "pick") -> folium.FeatureGroup:
    """A non-interactive dashed circle at a point picked on the map (a new place's site)."""
    fg = folium.FeatureGroup(name=name, control=False)
    if all(isinstance(x, int | float) and math.isfinite(x) for x in (lat, lon)):
        fg.add_child(_PickMark({"lat": float(lat), "lon": float(lon)}))
    return fg
