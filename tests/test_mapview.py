"""Map building (geo.mapview), tested on the generated HTML."""

from __future__ import annotations

import json
import re
from dataclasses import replace

import folium
import pytest

from geo.kinds import GROUPS, group_of
from geo.mapview import (
    CLUSTER_THRESHOLD,
    OfflineMap,
    PlacesLayer,
    build_map,
    map_bounds,
    map_html,
    marker_size,
    parse_tooltip,
    pick_layer,
    place_record,
    place_tooltip,
    selection_layer,
    view_for,
)
from geo.models import Analysis, Place
from geo.ui.sample import HINDU_KUSH, KABUL, KAPISA, PANJSHIR, sample_analysis
from geo.view import aggregate_places

XSS = "<script>alert(1)</script>"


@pytest.fixture(scope="module")
def seed() -> Analysis:
    return sample_analysis()


class FakeGazetteer:
    path = "fake"

    def geometry(self, place_id):
        if place_id in (PANJSHIR.id, KAPISA.id, "geonames:1149361"):
            return {
                "type": "Polygon",
                "coordinates": [[[69, 35], [70, 35], [70, 36], [69, 36], [69, 35]]],
            }
        return None


def payload(html: str) -> dict:
    """The JSON data of the places layer in a rendered map."""
    m = re.search(r"var D = (\{.*?\});\n", html)
    assert m, "places payload not found"
    return json.loads(m.group(1))


def external_urls(html: str) -> list[str]:
    """URLs that the page would load: script src, link href, @import, CSS url()."""
    pats = [
        r"<script[^>]+src=[\"']([^\"']+)",
        r"<link[^>]+href=[\"']([^\"']+)",
        r"@import\s+(?:url\()?[\"']?([^\"')]+)",
    ]
    urls = [u for p in pats for u in re.findall(p, html, flags=re.I)]
    return [u for u in urls if re.match(r"(https?:)?//", u)]


# --------------------------------------------------------------------------- offline


def test_map_loads_nothing_from_the_network(seed):
    html = map_html(build_map(seed, gazetteer=FakeGazetteer()))
    assert external_urls(html) == []
    srcs = re.findall(r"<script[^>]+src=\"([^\"]+)", html)
    assert srcs and all(s.startswith("data:text/javascript;base64,") for s in srcs)
    hrefs = re.findall(r"<link[^>]+href=\"([^\"]+)", html)
    assert hrefs and all(h.startswith("data:text/css;base64,") for h in hrefs)
    for cdn in ("cdn.jsdelivr", "cdnjs", "code.jquery", "bootstrapcdn", "fontawesome", "unpkg"):
        assert cdn not in html
    assert "tile.openstreetmap.org" not in html  # no basemap by default


def test_assets_are_the_packaged_leaflet():
    import base64

    name, uri = OfflineMap.default_js[0]
    js = base64.b64decode(uri.split(",", 1)[1]).decode()
    assert name == "leaflet" and "1.9.3" in js
    css = base64.b64decode(OfflineMap.default_css[0][1].split(",", 1)[1]).decode()
    assert ".leaflet-container" in css
    assert "url(images/" not in css  # images are inlined too
    assert all(u.startswith("data:") for _, u in folium.Map.default_js) is False  # folium's are CDN


def test_tiles_are_optional_and_attributed(seed):
    html = map_html(build_map(seed, tiles=True))
    assert "tile.openstreetmap.org" in html
    assert "OpenStreetMap contributors" in html
    assert external_urls(html) == []  # tiles are images requested by Leaflet, not page assets
    assert payload(html)["tiles"] is True


def test_country_outlines_come_from_the_gazetteer(seed, gazetteer):
    html = map_html(build_map(seed, gazetteer=gazetteer))
    outlines = payload(html)["outlines"]
    assert outlines["type"] == "FeatureCollection"
    assert len(outlines["features"]) > 200
    assert len(html) < 3_000_000
    assert payload(map_html(build_map(seed, outlines=False)))["outlines"] is None


def test_clustering_inlines_markercluster(seed):
    html = map_html(build_map(seed, cluster=True))
    assert "L.markerClusterGroup" in html and payload(html)["cluster"] is True
    assert external_urls(html) == []
    import base64

    decoded = [
        base64.b64decode(u.split(",", 1)[1]) for u in re.findall(r'src="(data:[^"]+)"', html)
    ]
    assert any(b"MarkerClusterGroup" in d for d in decoded)
    assert payload(map_html(build_map(seed)))["cluster"] is False
    assert "map.setMaxZoom(18)" in html  # markercluster refuses a map without maxZoom


def test_clustering_is_automatic_for_large_corpora():
    places = [
        replace(
            KABUL, id=f"geonames:{i}", name=f"Town {i}", lat=-60 + (i % 120), lon=-170 + i % 340
        )
        for i in range(CLUSTER_THRESHOLD + 1)
    ]
    docs = [sample_analysis("Kabul.", doc_id="x")]
    views = aggregate_places(docs)
    big = [replace(views[0], place=p) for p in places]
    html = map_html(build_map(views=big))
    assert payload(html)["cluster"] is True
    assert len(payload(html)["places"]) == CLUSTER_THRESHOLD + 1


# --------------------------------------------------------------------------- styling


def test_places_are_styled_by_kind(seed):
    data = payload(map_html(build_map(seed, gazetteer=FakeGazetteer())))
    by_id = {p["id"]: p for p in data["places"]}
    assert by_id[KABUL.id]["g"] == "city"
    assert by_id[PANJSHIR.id]["g"] == "admin"
    assert by_id["geonames:1149361"]["g"] == "country"
    assert by_id[HINDU_KUSH.id]["g"] == "mountain"
    assert by_id["phys:panjshir-river"]["g"] == "water"
    assert by_id["phys:panjshir-valley"]["g"] == "valley"
    # provinces and countries are drawn as polygons, physical features with their extent
    assert by_id[PANJSHIR.id]["poly"]["type"] == "Polygon"
    assert "poly" not in by_id[KABUL.id] and "ext" not in by_id[KABUL.id]
    assert by_id[HINDU_KUSH.id]["ext"] == [67.0, 34.0, 73.5, 36.8]
    # size grows with the number of mentions
    assert by_id[KABUL.id]["s"] > by_id[HINDU_KUSH.id]["s"]
    # low confidence (Kapisa 0.42 < settings.LOW_CONFIDENCE) is marked
    assert by_id[KAPISA.id]["low"] is True and by_id[KABUL.id]["low"] is False
    assert "?" in by_id[KAPISA.id]["t"] and "low confidence 0.42" in by_id[KAPISA.id]["t"]
    # legend lists the groups that are present, in legend order
    assert data["legend"] == ["city", "admin", "country", "mountain", "water", "valley"]
    assert {k: v[1] for k, v in data["groups"].items()} == {k: v.colour for k, v in GROUPS.items()}


def test_huge_extents_are_not_boxed():
    arctic = Place("phys:arctic", "Arctic", "region", 90.0, 0.0, bbox=(-180.0, 66.5, 180.0, 90.0))
    views = aggregate_places(sample_analysis("Kabul.", doc_id="a"))
    rec = place_record(replace(views[0], place=arctic))
    assert rec is not None and "ext" not in rec
    rec = place_record(replace(views[0], place=HINDU_KUSH))
    assert rec is not None and rec["ext"] == [67.0, 34.0, 73.5, 36.8]


def test_distinct_shapes_and_colours():
    assert len({v.colour for v in GROUPS.values()}) == len(GROUPS)
    shapes = [v.marker for k, v in GROUPS.items() if k != "other"]
    assert len(set(shapes)) == len(shapes)
    assert group_of("lake") == "water" and group_of("desert") == "physical"
    assert group_of("admin2") == "admin" and group_of("unknown-kind") == "other"


def test_marker_size_grows_and_is_capped():
    sizes = [marker_size(n) for n in (1, 2, 5, 20, 100, 10_000)]
    assert sizes == sorted(sizes) and sizes[0] >= 12 and sizes[-1] <= 40


def test_map_is_framed_on_the_places(seed):
    html = map_html(build_map(seed))
    assert "fitBounds" in html
    b = map_bounds(aggregate_places(seed))
    assert b is not None
    (s, w), (n, e) = b
    # framed on the cities, provinces and features; the country is context
    assert s <= 34.53 and n >= 35.5 and w <= 69.18 and e >= 70.5 and w > 67
    assert map_bounds([]) is None
    one = map_bounds(aggregate_places(sample_analysis("Kabul.", doc_id="k")))
    assert one is not None and one[1][0] - one[0][0] >= 1.0  # a single place gets a margin


def test_remembered_view_is_restored_after_the_fit(seed):
    """``remember=`` : the tab's last pan/zoom for that key wins over the default fit (the
    key is data: a hostile one stays a string)."""
    assert "sessionStorage" not in map_html(build_map(seed))
    key = "k</script><script>alert(1)//'\""
    html = map_html(build_map(seed, remember=key))
    restore = html.index("sessionStorage.getItem")
    assert html.index("fitBounds") < restore  # restored after the fit
    assert "moveend" in html[restore:]
    assert '"k\\u003c/script\\u003e\\u003cscript\\u003ealert(1)//\'\\""' in html
    assert "</script><script>alert(1)" not in html


def test_view_for():
    assert view_for(KABUL) == ((34.52813, 69.17233), 9)
    assert view_for(PANJSHIR)[1] == 7
    assert 3 <= view_for(HINDU_KUSH)[1] <= 8


# --------------------------------------------------------------------------- tooltips


def test_tooltip_round_trip():
    t = place_tooltip(KABUL, 8, 0.93)
    assert t == "Kabul · city · 8 mentions [geonames:1138958]"
    assert parse_tooltip(t) == KABUL.id
    low = place_tooltip(KAPISA, 1, 0.42)
    assert low.startswith("Kāpīsā? · province · 1 mention · low confidence 0.42")
    assert parse_tooltip(low) == KAPISA.id
    odd = replace(KABUL, id="user:a b[c]", name="Kabul [old] city")
    assert parse_tooltip(place_tooltip(odd)) == "user:a_b_c_"
    assert parse_tooltip("Cluster of places · click to zoom in") is None
    assert parse_tooltip(None) is None and parse_tooltip("") is None
    # what st_folium returns is the text of the escaped tooltip HTML: same text
    import html

    evil = replace(KABUL, name=XSS)
    assert parse_tooltip(html.unescape(html.escape(place_tooltip(evil)))) == KABUL.id


# --------------------------------------------------------------------------- escaping


def test_document_and_place_strings_are_escaped(seed):
    evil_place = replace(KABUL, name=XSS + "\"'&", id="geonames:1138958")
    text = f"{XSS} Kabul </script><script>alert(2)</script>"
    a = sample_analysis(text, doc_id=XSS)
    a.resolutions[:] = [replace(r, place=evil_place) if r.place else r for r in a.resolutions]
    from geo.models import summarize_places

    a.places[:] = summarize_places(a.resolutions)
    a.document.title = XSS
    html = map_html(build_map(a, gazetteer=FakeGazetteer()))
    assert XSS not in html
    assert "</script><script>alert(2)" not in html
    assert "<script>alert" not in html
    data = payload(html)
    tip = data["places"][0]["t"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#x27;&amp;" in tip
    # the selection highlight carries no text at all
    fg = selection_layer(evil_place, gazetteer=FakeGazetteer())
    m = build_map(a)
    fg.add_to(m)
    assert XSS not in map_html(m)


def test_no_template_injection(seed):
    """Names are data: never evaluated by Jinja (branca re-parses rendered scripts)."""
    evil = replace(KABUL, name="Kab {{ 7*7 }} {% if 1 %}x{% endif %} {# c #} ul")
    a = sample_analysis("Kabul.", doc_id="t")
    a.resolutions[:] = [replace(r, place=evil) for r in a.resolutions]
    from geo.models import summarize_places

    a.places[:] = summarize_places(a.resolutions)
    html = map_html(build_map(a))
    assert "Kab 49" not in html and "{{ 7*7 }}" not in html
    assert payload(html)["places"][0]["t"].startswith(
        "Kab {{ 7*7 }} {% if 1 %}x{% endif %} {# c #} ul"
    )


def test_payload_cache_is_reused(seed):
    cache: dict = {}
    h1 = map_html(build_map(seed, cache=cache))
    assert len(cache) == 1
    h2 = map_html(build_map(seed, cache=cache))
    assert payload(h1) == payload(h2)


def test_places_without_coordinates_are_skipped(seed):
    views = aggregate_places(seed)
    bad = replace(views[0], place=replace(views[0].place, lat=float("nan")))
    assert place_record(bad) is None
    html = map_html(build_map(views=[bad, *views[1:]]))
    assert len(payload(html)["places"]) == len(views) - 1


# --------------------------------------------------------------------------- selection


def test_selection_layer(seed):
    m = build_map(seed)
    fg = selection_layer(PANJSHIR, count=8, gazetteer=FakeGazetteer())
    assert isinstance(fg, folium.FeatureGroup)
    fg.add_to(m)
    html = map_html(m)
    assert "geo-selection" in html and "interactive: false" in html
    assert '"poly"' in html
    ext = selection_layer(HINDU_KUSH)
    m2 = build_map(seed)
    ext.add_to(m2)
    assert '"ext":[67.0,34.0,73.5,36.8]' in map_html(m2)


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


def test_unknown_place_point_in_the_map(seed):
    p = Place("user:1", "Somewhere", "other", 10.0, 10.0)
    fg = selection_layer(p)
    m = build_map(seed)
    fg.add_to(m)
    assert "geo-selection" in map_html(m)


def test_pick_layer_marks_a_point_without_text(seed):
    m = build_map(seed)
    pick_layer(35.1, 69.6).add_to(m)
    html = map_html(m)
    assert "geo-pick" in html and '{"lat":35.1,"lon":69.6}' in html
    assert "interactive: false" in html
    empty = pick_layer(float("nan"), 1.0)  # nothing drawn for a bad point
    assert not empty._children


def test_verified_places_say_so_and_are_never_low(seed):
    t = place_tooltip(KAPISA, 1, 0.42, verified=True)
    assert t == "Kāpīsā · province · 1 mention · ✔ verified [geonames:1138255]"
    assert parse_tooltip(t) == KAPISA.id
    v = next(v for v in aggregate_places(seed) if v.place.id == KAPISA.id)
    v.verified = True
    rec = place_record(v)
    assert rec is not None and rec["low"] is False and "✔ verified" in rec["t"]


HOSTILE = [
    "<script>window.__pwned=1</script>",
    "<img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    "</textarea>",
    '"><svg onload=alert(1)>',
    "' \" `",
    "{{7*7}}",
    "{% for x in y %}z{% endfor %}",
    "\u202eevil\u200d\u0301",
]


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_user_place_names_stay_text_in_the_map(name):
    """A place a user added can carry any name: it is data in the tooltip, never markup or
    template."""
    user = Place("user:x-0123456789ab", name, "valley", 34.6, 69.0, source="user")
    a = sample_analysis(f"{name} near Kabul.", doc_id=name)
    a.resolutions[:] = [replace(r, place=user, verified=True) for r in a.resolutions]
    from geo.models import summarize_places

    a.places[:] = summarize_places(a.resolutions)
    html = map_html(build_map(a))
    scripts = re.findall(r"<script>(.*?)</script>", html, flags=re.S)
    body = "".join(scripts)
    for bad in ("<script>window", "<img", "<svg onload", "</textarea>", "{{7*7}}", "{%"):
        if bad in name:
            assert bad not in body
    tip = payload(html)["places"][0]["t"]
    import html as h

    assert h.unescape(tip).startswith(name) and "✔ verified" in tip
    assert parse_tooltip(h.unescape(tip)) == user.id
