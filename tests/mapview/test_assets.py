"""Vendored libraries inlined as data: URIs (geo.mapview.assets): nothing from a CDN."""

from __future__ import annotations

import base64
import re

import folium

from geo.mapview import OfflineMap, PlacesLayer, build_map, map_html


def test_map_loads_nothing_from_the_network(seed, fake_gazetteer, external_urls):
    html = map_html(build_map(seed, gazetteer=fake_gazetteer))
    assert external_urls(html) == []
    srcs = re.findall(r"<script[^>]+src=\"([^\"]+)", html)
    assert srcs and all(s.startswith("data:text/javascript;base64,") for s in srcs)
    hrefs = re.findall(r"<link[^>]+href=\"([^\"]+)", html)
    assert hrefs and all(h.startswith("data:text/css;base64,") for h in hrefs)
    for cdn in ("cdn.jsdelivr", "cdnjs", "code.jquery", "bootstrapcdn", "fontawesome", "unpkg"):
        assert cdn not in html
    assert "tile.openstreetmap.org" not in html  # no basemap by default


def test_assets_are_the_packaged_leaflet():
    name, uri = OfflineMap.default_js[0]
    js = base64.b64decode(uri.split(",", 1)[1]).decode()
    assert name == "leaflet" and "1.9.3" in js
    css = base64.b64decode(OfflineMap.default_css[0][1].split(",", 1)[1]).decode()
    assert ".leaflet-container" in css
    assert "url(images/" not in css  # images are inlined too
    assert all(u.startswith("data:") for _, u in folium.Map.default_js) is False  # folium's are CDN


def test_jquery_only_on_request(seed, external_urls):
    def scripts(html: str) -> list[bytes]:
        uris = re.findall(r'<script[^>]+src="data:text/javascript;base64,([^"]+)"', html)
        return [base64.b64decode(u) for u in uris]

    assert not any(b"jQuery" in s for s in scripts(map_html(build_map(seed))))
    html = map_html(build_map(seed, jquery=True))
    assert any(b"jQuery" in s for s in scripts(html)) and external_urls(html) == []


def test_st_folium_gets_only_data_uris(seed):
    """st_folium hands every element's default_js/css to its iframe: all must be local."""
    m = build_map(seed, cluster=True)
    links = []
    stack = [m]
    while stack:
        el = stack.pop()
        links += [u for _, u in getattr(el, "default_js", [])]
        links += [u for _, u in getattr(el, "default_css", [])]
        stack.extend(getattr(el, "_children", {}).values())
    assert links and all(u.startswith("data:") for u in links)
    assert any(isinstance(c, PlacesLayer) for c in m._children.values())
