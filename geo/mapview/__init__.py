"""Folium maps of the places in one or many analyses -- offline first.

* **No CDN.** Folium's default JavaScript/CSS (Leaflet, jQuery, Bootstrap, Font Awesome,
  awesome-markers) comes from public CDNs, so on a closed network its maps are blank.
  :class:`OfflineMap` carries Leaflet 1.9.3 (PyPI ``xstatic-leaflet``) inlined as
  ``data:`` URIs, and clustering uses Leaflet.markercluster from
  ``xstatic-leaflet-markercluster`` the same way. Markers are ``DivIcon`` SVG shapes,
  areas are GeoJSON polygons and selection rings ``CircleMarker``s, so nothing needs
  Bootstrap or icon fonts.
* **No basemap by default.** Country outlines come from our own Natural Earth shapes in the
  gazetteer, drawn on a plain background; OpenStreetMap tiles are an option
  (``tiles=True``), the only thing that then goes to the network.
* **Styled by kind** (see :data:`GROUPS`): shape and colour per kind group, size by number
  of mentions, countries/provinces as their polygons, ranges/valleys/rivers with their
  extent as a dashed box, low-confidence resolutions hollow and dashed with a "?".
* **Clickable and parseable.** Every place's tooltip reads
  ``"Kabul · city · 8 mentions [geonames:1138958]"``; :func:`parse_tooltip` gets the id
  back from a clicked tooltip's text (every layer also carries ``geoId``, what the app's
  map component reports).
* **Escaped.** Every string that comes from a document or the gazetteer is HTML-escaped
  before it reaches a tooltip, and all data embedded in ``<script>`` is JSON with ``<``,
  ``>`` and ``&`` escaped, so a place called ``</script><script>alert(1)</script>`` is text.

Modules: :mod:`~geo.mapview.assets` (vendored libraries, ``geo/static`` files,
:class:`OfflineMap`), :mod:`~geo.mapview.styles` (sizes, colours, tooltips),
:mod:`~geo.mapview.elements` (safe data in scripts), :mod:`~geo.mapview.data` (place
records, polygons, :func:`country_outlines_json`), :mod:`~geo.mapview.outlines` (the
country outlines: computed once, kept beside the gazetteer), :mod:`~geo.mapview.layers` (places, selection, pick),
:mod:`~geo.mapview.remember` (:class:`RememberView`) and :mod:`~geo.mapview.build`
(:func:`build_map`). The JavaScript and CSS are files in ``geo/static/``, inlined into
the page.
"""

from __future__ import annotations

from geo.kinds import GROUPS, kind_label
from geo.mapview.assets import (
    OfflineMap,
    jquery_asset,
    leaflet_assets,
    markercluster_assets,
    static_text,
)
from geo.mapview.build import CLUSTER_THRESHOLD, build_map, map_bounds, map_html, view_for
from geo.mapview.data import (
    POLYGON_CACHE_SIZE,
    country_outlines_json,
    place_polygon,
    place_record,
)
from geo.mapview.layers import (
    PlacesLayer,
    pick_layer,
    places_payload,
    selection_data,
    selection_layer,
)
from geo.mapview.remember import RememberView
from geo.mapview.styles import (
    BACKGROUND,
    LAND,
    MAX_EXTENT_DEG,
    marker_size,
    parse_tooltip,
    place_tooltip,
)

__all__ = [
    "BACKGROUND",
    "CLUSTER_THRESHOLD",
    "GROUPS",
    "LAND",
    "MAX_EXTENT_DEG",
    "POLYGON_CACHE_SIZE",
    "OfflineMap",
    "PlacesLayer",
    "RememberView",
    "build_map",
    "country_outlines_json",
    "jquery_asset",
    "kind_label",
    "leaflet_assets",
    "map_bounds",
    "map_html",
    "marker_size",
    "markercluster_assets",
    "parse_tooltip",
    "pick_layer",
    "place_polygon",
    "place_record",
    "place_tooltip",
    "places_payload",
    "selection_data",
    "selection_layer",
    "static_text",
    "view_for",
]
