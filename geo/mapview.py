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
  back from ``st_folium``'s ``last_object_clicked_tooltip``.
* **Escaped.** Every string that comes from a document or the gazetteer is HTML-escaped
  before it reaches a tooltip, and all data embedded in ``<script>`` is JSON with ``<``,
  ``>`` and ``&`` escaped, so a place called ``</script><script>alert(1)</script>`` is text.
"""

from __future__ import annotations

import base64
import html
import json
import math
import re
import threading
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import import_module
from pathlib import Path
from typing import Any

import folium
from branca.element import CssLink, Element, JavascriptLink, MacroElement
from folium.elements import JSCSSMixin
from jinja2 import Template

from geo import settings
from geo.geometry import clean_polygon, place_bbox
from geo.kinds import CONTEXT_KINDS, GROUPS, POLYGON_KINDS, group_of, kind_label
from geo.models import Analysis, Place
from geo.view import PlaceView, aggregate_places

__all__ = [
    "OfflineMap",
    "build_map",
    "map_bounds",
    "parse_tooltip",
    "pick_layer",
    "place_tooltip",
    "selection_layer",
    "view_for",
]

# --------------------------------------------------------------------------- assets


def _xstatic_dir(module: str) -> Path:
    return Path(import_module(f"xstatic.pkg.{module}").BASE_DIR)


def _data_uri(mime: str, data: bytes) -> str:
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def _inline_css_images(css: str, base: Path) -> str:
    def repl(m: re.Match[str]) -> str:
        ref = m.group(1).strip("'\"")
        p = base / ref
        if ref.startswith(("data:", "#")) or not p.is_file():
            return m.group(0)
        mime = "image/png" if p.suffix == ".png" else "image/svg+xml"
        return f"url({_data_uri(mime, p.read_bytes())})"

    return re.sub(r"url\(([^)]+)\)", repl, css)


@lru_cache(maxsize=1)
def leaflet_assets() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """``(js, css)`` lists of ``(name, data: URI)`` for Leaflet 1.9.3 (xstatic-leaflet)."""
    d = _xstatic_dir("leaflet")
    css = _inline_css_images((d / "leaflet.css").read_text("utf-8"), d)
    return (
        [("leaflet", _data_uri("text/javascript", (d / "leaflet.js").read_bytes()))],
        [("leaflet_css", _data_uri("text/css", css.encode("utf-8")))],
    )


@lru_cache(maxsize=1)
def markercluster_assets() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """``(js, css)`` for Leaflet.markercluster 1.4.1 (xstatic-leaflet-markercluster)."""
    d = _xstatic_dir("leaflet_markercluster")
    js = (d / "leaflet.markercluster.js").read_bytes()
    css = (d / "MarkerCluster.css").read_text("utf-8") + (
        d / "MarkerCluster.Default.css"
    ).read_text("utf-8")
    return (
        [("markercluster", _data_uri("text/javascript", js))],
        [("markercluster_css", _data_uri("text/css", css.encode("utf-8")))],
    )


@lru_cache(maxsize=1)
def jquery_asset() -> tuple[str, str]:
    """jQuery 3.7.1 (xstatic-jquery) as a data: URI; only for extra folium plugins that
    need it -- none of the layers here does."""
    d = _xstatic_dir("jquery")
    return ("jquery", _data_uri("text/javascript", (d / "jquery.min.js").read_bytes()))


class OfflineMap(folium.Map):
    """A ``folium.Map`` whose JS/CSS are inlined local copies: no request to any CDN."""

    default_js = leaflet_assets()[0]
    default_css = leaflet_assets()[1]

    def __init__(self, *args: Any, jquery: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if jquery:
            self.default_js = [*leaflet_assets()[0], jquery_asset()]


# --------------------------------------------------------------------------- styles

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
    escape it (this module does).
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


# --------------------------------------------------------------------------- data


_TEMPLATE_OPEN = re.compile(r"\{(?=[{%#])")


def _js_json(obj: Any) -> str:
    """JSON safe to embed in an HTML ``<script>`` (no ``</script>``, no ``<!--``)."""
    s = json.dumps(obj, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    # "{{", "{%" and "{#" can only occur inside JSON strings: escape the brace so that no
    # template engine ever sees a delimiter in data (defence in depth, see _DataElement)
    s = _TEMPLATE_OPEN.sub(r"\\u007b", s)
    return (
        s.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


_POLY_CACHE: dict[tuple[int, str], dict[str, Any] | None] = {}
_POLY_LOCK = threading.Lock()


def place_polygon(place: Place, gazetteer: Any) -> dict[str, Any] | None:
    """The cleaned polygon of a country/admin place (memoised per gazetteer and id)."""
    if gazetteer is None or place.kind not in POLYGON_KINDS:
        return None
    key = (id(gazetteer), place.id)
    with _POLY_LOCK:
        if key in _POLY_CACHE:
            return _POLY_CACHE[key]
    getter = getattr(gazetteer, "geometry", None)
    try:
        poly = clean_polygon(getter(place.id)) if getter else None
    except Exception:
        poly = None
    if poly is not None:
        poly = _round_geometry(poly, 4)
    with _POLY_LOCK:
        if len(_POLY_CACHE) > 20_000:
            _POLY_CACHE.clear()
        _POLY_CACHE[key] = poly
    return poly


def _round_geometry(g: dict[str, Any], nd: int) -> dict[str, Any]:
    def r(c: Any) -> Any:
        if isinstance(c, list | tuple) and c and isinstance(c[0], int | float):
            return [round(float(c[0]), nd), round(float(c[1]), nd)]
        return [r(x) for x in c]

    return {"type": g["type"], "coordinates": r(g["coordinates"])}


def _finite_point(p: Place) -> bool:
    return (
        isinstance(p.lat, int | float)
        and isinstance(p.lon, int | float)
        and math.isfinite(p.lat)
        and math.isfinite(p.lon)
        and -90 <= p.lat <= 90
        and -180 <= p.lon <= 180
    )


def place_record(v: PlaceView, gazetteer: Any = None) -> dict[str, Any] | None:
    """What the map's JavaScript needs for one place (strings already HTML-escaped)."""
    p = v.place
    if not _finite_point(p):
        return None
    g = group_of(p.kind)
    rec: dict[str, Any] = {
        "id": p.id,
        "t": html.escape(place_tooltip(p, v.count, v.confidence, verified=v.verified)),
        "g": g,
        "lat": round(p.lat, 5),
        "lon": round(p.lon, 5),
        "s": marker_size(v.count),
        "low": v.low_confidence,
    }
    poly = place_polygon(p, gazetteer)
    if poly is not None:
        rec["poly"] = poly
    elif p.precision == "extent":
        bbox = place_bbox(p)
        # continents, oceans and other huge regions: a box around half the world says
        # nothing; their point marker stays (and the selection shows the box)
        if bbox is not None and max(bbox[2] - bbox[0], bbox[3] - bbox[1]) <= MAX_EXTENT_DEG:
            rec["ext"] = bbox
    return rec


def map_bounds(views: Sequence[PlaceView]) -> list[list[float]] | None:
    """``[[south, west], [north, east]]`` around the places' points, or None.

    Countries, continents, oceans and seas are context: when other places exist the
    frame is fitted to those (the country outlines stay visible around them).
    """
    ok = [v for v in views if _finite_point(v.place)]
    focus = [v for v in ok if v.place.kind not in CONTEXT_KINDS] or ok
    pts = [(v.place.lat, v.place.lon) for v in focus]
    if not pts:
        return None
    lats = [a for a, _ in pts]
    lons = [b for _, b in pts]
    s, n, w, e = min(lats), max(lats), min(lons), max(lons)
    if n - s < 0.5:  # a single place: show its surroundings
        s, n = s - 0.5, n + 0.5
    if e - w < 0.5:
        w, e = w - 0.5, e + 0.5
    return [[max(s, -85.0), max(w, -180.0)], [min(n, 85.0), min(e, 180.0)]]


def view_for(place: Place) -> tuple[tuple[float, float], int]:
    """Centre and zoom to fly to for a place."""
    zoom = {
        "country": 5,
        "admin1": 7,
        "admin2": 9,
        "city": 9,
        "continent": 3,
        "ocean": 3,
        "sea": 5,
    }.get(place.kind)
    if zoom is None:
        b = place.bbox
        if b and all(isinstance(x, int | float) and math.isfinite(x) for x in b):
            span = max(b[2] - b[0], b[3] - b[1], 0.01)
            zoom = int(max(3, min(11, round(8 - math.log2(span)))))
        else:
            zoom = 8
    return (round(place.lat, 6), round(place.lon, 6)), zoom


# --------------------------------------------------------------------------- outlines

_OUTLINES: dict[str, str] = {}
_OUTLINES_LOCK = threading.Lock()


def _country_ids(gazetteer: Any) -> list[str]:
    lister = getattr(gazetteer, "ids_of_kind", None)
    return list(lister("country")) if callable(lister) else []


def country_outlines_json(
    gazetteer: Any, *, tolerance: float = 0.08, min_area: float = 0.02, digits: int = 2
) -> str:
    """All country polygons of the gazetteer as one GeoJSON string, for the background.

    Simplified for display (``tolerance`` degrees, islands smaller than ``min_area``
    square degrees dropped, ``digits`` decimals): about 0.5 MB. Computed once per
    gazetteer file and process.
    """
    if gazetteer is None:
        return "null"
    key = f"{getattr(gazetteer, 'path', id(gazetteer))}:{tolerance}:{min_area}:{digits}"
    with _OUTLINES_LOCK:
        hit = _OUTLINES.get(key)
        if hit is not None:
            return hit
        import shapely
        from shapely.geometry import MultiPolygon, mapping, shape

        feats = []
        for pid in _country_ids(gazetteer):
            try:
                g = gazetteer.geometry(pid)
                if not g:
                    continue
                geom = shape(g)
                parts = list(getattr(geom, "geoms", [geom]))
                keep = [p for p in parts if p.area >= min_area] or [
                    max(parts, key=lambda p: p.area)
                ]
                geom = MultiPolygon(keep) if len(keep) > 1 else keep[0]
                geom = shapely.set_precision(
                    geom.simplify(tolerance, preserve_topology=True), 10.0**-digits
                )
            except Exception:
                continue
            if geom.is_empty:
                continue
            feats.append(
                {
                    "type": "Feature",
                    "properties": {},
                    "geometry": _round_geometry(dict(mapping(geom)), digits),
                }
            )
        out = _js_json({"type": "FeatureCollection", "features": feats})
        _OUTLINES[key] = out
        return out


# --------------------------------------------------------------------------- elements

_SHAPES_JS = r"""
function geoShape(shape, colour, s, low) {
  var w = low ? 2 : 1.5, h = s / 2, f = low ? '#ffffff' : colour,
      st = low ? colour : '#ffffff', dash = low ? ' stroke-dasharray="3 2"' : '',
      a = 'fill="' + f + '" fill-opacity="' + (low ? 0.85 : 0.9) + '" stroke="' + st +
          '" stroke-width="' + w + '"' + dash, body;
  var pts = function (p) { return '<polygon points="' + p.map(function (q) {
      return q[0].toFixed(1) + ',' + q[1].toFixed(1); }).join(' ') + '" ' + a + '/>'; };
  if (shape === 'square') body = '<rect x="2" y="2" width="' + (s - 4) + '" height="' + (s - 4) + '" rx="2" ' + a + '/>';
  else if (shape === 'diamond') body = pts([[h, 1], [s - 1, h], [h, s - 1], [1, h]]);
  else if (shape === 'triangle') body = pts([[h, 1.5], [s - 1, s - 2], [1, s - 2]]);
  else if (shape === 'vee') body = pts([[1, 2], [s - 1, 2], [h, s - 1.5]]);
  else if (shape === 'hexagon') body = pts([[h, 1], [s - 2, s * 0.27], [s - 2, s * 0.73], [h, s - 1], [2, s * 0.73], [2, s * 0.27]]);
  else if (shape === 'drop') body = '<path d="M' + h + ' 1 C ' + (s * 0.9) + ' ' + (s * 0.45) + ' ' + (s - 1.5) + ' ' + (s - 1) + ' ' + h + ' ' + (s - 1) +
      ' C 1.5 ' + (s - 1) + ' ' + (s * 0.1) + ' ' + (s * 0.45) + ' ' + h + ' 1 Z" ' + a + '/>';
  else body = '<circle cx="' + h + '" cy="' + h + '" r="' + (h - 1.5) + '" ' + a + '/>';
  var q = low ? '<text x="' + h + '" y="' + (h + s * 0.17) + '" text-anchor="middle" font-size="' + Math.max(9, s * 0.5) +
      '" font-family="sans-serif" font-weight="700" fill="' + colour + '">?</text>' : '';
  return '<svg xmlns="http://www.w3.org/2000/svg" width="' + s + '" height="' + s + '" viewBox="0 0 ' + s + ' ' + s + '">' + body + q + '</svg>';
}
"""

_PLACES_TEMPLATE = (
    """
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = (function (map) {
  var D = {{ this.payload|safe }};
"""
    + _SHAPES_JS
    + r"""
  var css = document.getElementById('geo-map-css');
  if (!css) {
    css = document.createElement('style'); css.id = 'geo-map-css';
    css.textContent = '.geo-pin{background:none;border:none}' +
      '.geo-pin span{display:block}.geo-pin svg{filter:drop-shadow(0 1px 1.5px rgba(0,0,0,.45));overflow:visible}' +
      '.geo-legend{background:rgba(255,255,255,.92);padding:5px 8px;border-radius:6px;' +
      'font:11px/1.3 system-ui,sans-serif;color:#222;box-shadow:0 1px 4px rgba(0,0,0,.25);max-width:170px}' +
      '.geo-legend b{display:block;margin-bottom:2px;user-select:none}' +
      '.geo-legend-body div{display:flex;align-items:center;gap:5px;margin:1px 0}' +
      '.geo-legend svg{flex:none;display:block}.geo-legend .geo-note{display:block;color:#666;font-size:10px;margin-top:2px}';
    document.head.appendChild(css);
  }
  map.getContainer().style.background = D.background;
  if (map.options.maxZoom === undefined) map.setMaxZoom(18);  // clustering needs one
  if (D.outlines) {
    L.geoJSON(D.outlines, {interactive: false, style: {color: '#9aa7b4', weight: 0.7,
      fillColor: D.land, fillOpacity: D.tiles ? 0 : 1}}).addTo(map);
  }
  var polys = L.featureGroup(), extents = L.featureGroup();
  var points = D.cluster && L.markerClusterGroup ? L.markerClusterGroup({
      showCoverageOnHover: false, maxClusterRadius: 45, chunkedLoading: true,
      spiderfyOnMaxZoom: true}) : L.featureGroup();
  if (D.cluster && L.MarkerCluster && !L.MarkerCluster.__geoTip) {
    L.MarkerCluster.__geoTip = true;
    L.MarkerCluster.addInitHook(function () {
      this.bindTooltip('Cluster of places \u00b7 click to zoom in', {direction: 'top'});
    });
    points.on('clustermouseover', function (e) {
      e.layer.setTooltipContent(e.layer.getChildCount() + ' places \u00b7 click to zoom in');
    });
  }
  var order = {country: 0, admin: 1};
  var sorted = D.places.slice().sort(function (a, b) {
    return (order[a.g] === undefined ? 2 : order[a.g]) - (order[b.g] === undefined ? 2 : order[b.g]);
  });
  sorted.forEach(function (p) {
    var G = D.groups[p.g] || D.groups.other, colour = G[1];
    if (p.poly) {
      L.geoJSON(p.poly, {style: {color: colour, weight: p.low ? 2 : 1.5, opacity: 0.9,
          dashArray: p.low ? '6 4' : null, fillColor: colour,
          fillOpacity: p.low ? 0.05 : (p.g === 'country' ? 0.035 : 0.16)},
        onEachFeature: function (f, layer) { layer.bindTooltip(p.t, {sticky: true}); }
      }).addTo(polys);
    }
    if (p.ext && !D.cluster) {  // a big corpus: extents only for the selection
      L.rectangle([[p.ext[1], p.ext[0]], [p.ext[3], p.ext[2]]], {color: colour, weight: 1.5,
        opacity: 0.8, dashArray: '5 5', fill: false}).bindTooltip(p.t, {sticky: true}).addTo(extents);
    }
    var el = document.createElement('span');
    el.innerHTML = geoShape(G[2], colour, p.s, p.low);  // our own SVG, no document text
    el.dataset.place = p.id;  // for tests and scripts; set as data, never parsed as HTML
    var m = L.marker([p.lat, p.lon], {
      icon: L.divIcon({className: 'geo-pin geo-' + p.g + (p.low ? ' geo-low' : ''), html: el,
                       iconSize: [p.s, p.s], iconAnchor: [p.s / 2, p.s / 2]}),
      riseOnHover: true, keyboard: true, zIndexOffset: p.s * 10});
    // left or right of the pin, towards the map's centre: never cut off at an edge
    m.bindTooltip(p.t, {direction: 'auto', offset: [p.s / 2, 0]});
    m.addTo(points);
  });
  polys.addTo(map); extents.addTo(map); points.addTo(map);
  if (D.legend) {
    var legend = L.control({position: 'bottomright'});
    legend.onAdd = function () {
      var div = L.DomUtil.create('div', 'geo-legend');
      L.DomEvent.disableClickPropagation(div); L.DomEvent.disableScrollPropagation(div);
      var title = document.createElement('b'); title.textContent = D.title + ' \u25be';
      title.title = 'Show/hide the legend'; title.style.cursor = 'pointer';
      var body = document.createElement('div'); body.className = 'geo-legend-body';
      title.onclick = function () {
        var hidden = body.style.display === 'none';
        body.style.display = hidden ? '' : 'none';
        title.textContent = D.title + (hidden ? ' \u25be' : ' \u25b8');
      };
      div.appendChild(title); div.appendChild(body);
      var row = function (shape, colour, low, text) {
        var r = document.createElement('div'), sw = document.createElement('span');
        sw.innerHTML = geoShape(shape, colour, 13, low);
        var label = document.createElement('span'); label.textContent = text;
        r.appendChild(sw); r.appendChild(label); body.appendChild(r);
      };
      D.legend.forEach(function (k) { var G = D.groups[k]; row(G[2], G[1], false, G[0]); });
      row('circle', '#555', true, 'low confidence (?)');
      D.notes.forEach(function (t) {
        var n = document.createElement('div'); n.className = 'geo-note'; n.textContent = t; body.appendChild(n);
      });
      return div;
    };
    legend.addTo(map);
  }
  return {polygons: polys, extents: extents, points: points};
})({{ this._parent.get_name() }});
{% endmacro %}
"""
)


class _Rendered(Element):
    """Already-rendered JavaScript, inserted as it is."""

    _template = Template("{{ this.text }}")

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


class _DataElement(MacroElement):
    """A MacroElement whose rendered script is never parsed as a template again.

    branca's ``MacroElement.render`` wraps each rendered macro in ``Element(text)``, i.e.
    compiles the *output* -- with our data in it -- as a Jinja template: slow for a
    large corpus (0.25 s for 3 MB) and a template injection if a name contained
    ``{{ … }}``. Here the output is inserted verbatim.
    """

    def render(self, **kwargs: Any) -> None:  # type: ignore[override]
        figure: Any = self.get_root()
        for name, url in getattr(self, "default_js", []):
            figure.header.add_child(JavascriptLink(url), name=name)
        for name, url in getattr(self, "default_css", []):
            figure.header.add_child(CssLink(url), name=name)
        script = self._template.module.__dict__.get("script")
        if script is not None:
            figure.script.add_child(_Rendered(script(self, kwargs)), name=self.get_name())
        for child in self._children.values():
            child.render(**kwargs)


class PlacesLayer(_DataElement, JSCSSMixin):
    """All places of a view as one element: polygons, extents, markers and the legend."""

    _template = Template(_PLACES_TEMPLATE)
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
        body = _js_json(data)
        # outlines are a pre-serialised (cached) JSON string: splice it in
        self.payload = body[:-1] + ',"outlines":' + outlines_json + "}"


_SELECTION_TEMPLATE = """
{% macro script(this, kwargs) %}
(function (group) {
  var D = {{ this.payload|safe }};
  if (D.poly) {
    L.geoJSON(D.poly, {interactive: false, style: {color: '#f39c12', weight: 3.5, opacity: 1,
      fill: false}}).addTo(group);
  }
  if (D.ext) {
    L.rectangle([[D.ext[1], D.ext[0]], [D.ext[3], D.ext[2]]], {interactive: false,
      color: '#f39c12', weight: 3, dashArray: '6 5', fill: false}).addTo(group);
  }
  L.circleMarker([D.lat, D.lon], {interactive: false, radius: D.r, color: '#f39c12',
    weight: 4, opacity: 0.95, fill: false, className: 'geo-selection'}).addTo(group);
  L.circleMarker([D.lat, D.lon], {interactive: false, radius: D.r + 5, color: '#ffffff',
    weight: 2, opacity: 0.9, fill: false}).addTo(group);
})({{ this._parent.get_name() }});
{% endmacro %}
"""


_REMEMBER_TEMPLATE = """
{% macro script(this, kwargs) %}
(function (map) {
  var key = 'geo-view:' + {{ this.payload|safe }};
  try {
    var v = JSON.parse(window.sessionStorage.getItem(key) || 'null');
    if (v && isFinite(v.lat) && isFinite(v.lng) && isFinite(v.z)) {
      map.setView([v.lat, v.lng], v.z, {animate: false});
    }
  } catch (e) {}
  map.on('moveend', function () {
    try {
      var c = map.getCenter();
      window.sessionStorage.setItem(key, JSON.stringify({lat: c.lat, lng: c.lng, z: map.getZoom()}));
    } catch (e) {}
  });
})({{ this._parent.get_name() }});
{% endmacro %}
"""


class RememberView(_DataElement):
    """Keep the map's centre and zoom in the browser tab's ``sessionStorage`` under
    ``key``, and restore them when a map with the same key is drawn again -- e.g. after a
    correction redraws the map, the person stays where they were. Added after
    ``fit_bounds`` (the fit is the default for a key not seen yet in this tab)."""

    _template = Template(_REMEMBER_TEMPLATE)

    def __init__(self, key: str) -> None:
        super().__init__()
        self._name = "GeoRememberView"
        self.payload = _js_json(str(key))


class _SelectionRing(_DataElement):
    _template = Template(_SELECTION_TEMPLATE)

    def __init__(self, payload: dict[str, Any]) -> None:
        super().__init__()
        self._name = "GeoSelection"
        self.payload = _js_json(payload)


def selection_layer(
    place: Place, *, count: int = 1, gazetteer: Any = None, name: str = "selection"
) -> folium.FeatureGroup:
    """A non-interactive highlight of one place, for ``st_folium(feature_group_to_add=)``.

    Drawn on top of the map without re-rendering it: a ring around the marker, the
    polygon outline for countries/provinces, the extent box for physical features.
    """
    fg = folium.FeatureGroup(name=name, control=False)
    payload: dict[str, Any] = {"lat": place.lat, "lon": place.lon, "r": marker_size(count) / 2 + 5}
    poly = place_polygon(place, gazetteer)
    if poly is not None:
        payload["poly"] = poly
    elif place.precision == "extent":
        bbox = place_bbox(place)
        if bbox is not None:
            payload["ext"] = bbox
    if _finite_point(place):
        fg.add_child(_SelectionRing(payload))
    return fg


_PICK_TEMPLATE = """
{% macro script(this, kwargs) %}
(function (group) {
  var D = {{ this.payload|safe }};
  L.circleMarker([D.lat, D.lon], {interactive: false, radius: 9, color: '#1f77b4', weight: 3,
    dashArray: '3 3', fillColor: '#1f77b4', fillOpacity: 0.25, className: 'geo-pick'}).addTo(group);
  L.circleMarker([D.lat, D.lon], {interactive: false, radius: 2, color: '#1f77b4', weight: 2,
    fill: true, fillOpacity: 1}).addTo(group);
})({{ this._parent.get_name() }});
{% endmacro %}
"""


class _PickMark(_DataElement):
    _template = Template(_PICK_TEMPLATE)

    def __init__(self, payload: dict[str, Any]) -> None:
        super().__init__()
        self._name = "GeoPick"
        self.payload = _js_json(payload)


def pick_layer(lat: float, lon: float, *, name: str = "pick") -> folium.FeatureGroup:
    """A non-interactive dashed circle at a point picked on the map (a new place's site)."""
    fg = folium.FeatureGroup(name=name, control=False)
    if all(isinstance(x, int | float) and math.isfinite(x) for x in (lat, lon)):
        fg.add_child(_PickMark({"lat": float(lat), "lon": float(lon)}))
    return fg


# --------------------------------------------------------------------------- the map

CLUSTER_THRESHOLD = 250  # more point markers than this -> clustering


def build_map(
    analyses: Analysis | Iterable[Analysis] | None = None,
    *,
    views: Sequence[PlaceView] | None = None,
    gazetteer: Any = None,
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
            padding_bottom_right=(160 if legend else 30, 30),
            max_zoom=8,
        )
    if remember:
        RememberView(remember).add_to(m)
    return m


def map_html(m: folium.Map) -> str:
    """The standalone HTML page of a map (for tests and "save map")."""
    return str(m.get_root().render())
