"""The places layer, the selection and the pick (geo.mapview.layers), on the rendered HTML."""

from __future__ import annotations

import base64
import re
from dataclasses import replace

import folium
import pytest

from geo.kinds import GROUPS
from geo.mapview import build_map, map_html, parse_tooltip, pick_layer, selection_layer
from geo.models import Place, summarize_places
from tests.fixtures.sample import HINDU_KUSH, KABUL, KAPISA, PANJSHIR, sample_analysis

XSS = "<script>alert(1)</script>"


# --------------------------------------------------------------------------- places


def test_places_are_styled_by_kind(seed, fake_gazetteer, payload):
    data = payload(map_html(build_map(seed, gazetteer=fake_gazetteer)))
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


def test_country_outlines_come_from_the_gazetteer(seed, gazetteer, payload):
    html = map_html(build_map(seed, gazetteer=gazetteer))
    outlines = payload(html)["outlines"]
    assert outlines["type"] == "FeatureCollection"
    assert len(outlines["features"]) > 200
    assert len(html) < 3_000_000
    assert payload(map_html(build_map(seed, outlines=False)))["outlines"] is None


def test_clustering_inlines_markercluster(seed, payload, external_urls):
    html = map_html(build_map(seed, cluster=True))
    assert "L.markerClusterGroup" in html and payload(html)["cluster"] is True
    assert external_urls(html) == []
    decoded = [
        base64.b64decode(u.split(",", 1)[1]) for u in re.findall(r'src="(data:[^"]+)"', html)
    ]
    assert any(b"MarkerClusterGroup" in d for d in decoded)
    assert payload(map_html(build_map(seed)))["cluster"] is False
    assert "map.setMaxZoom(18)" in html  # markercluster refuses a map without maxZoom


# --------------------------------------------------------------------------- escaping


def test_document_and_place_strings_are_escaped(fake_gazetteer, payload):
    evil_place = replace(KABUL, name=XSS + "\"'&", id="geonames:1138958")
    text = f"{XSS} Kabul </script><script>alert(2)</script>"
    a = sample_analysis(text, doc_id=XSS)
    a.resolutions[:] = [replace(r, place=evil_place) if r.place else r for r in a.resolutions]
    a.places[:] = summarize_places(a.resolutions)
    a.document.title = XSS
    html = map_html(build_map(a, gazetteer=fake_gazetteer))
    assert XSS not in html
    assert "</script><script>alert(2)" not in html
    assert "<script>alert" not in html
    data = payload(html)
    tip = data["places"][0]["t"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#x27;&amp;" in tip
    # the selection highlight carries no text at all
    fg = selection_layer(evil_place, gazetteer=fake_gazetteer)
    m = build_map(a)
    fg.add_to(m)
    assert XSS not in map_html(m)


def test_no_template_injection(payload):
    """Names are data: never evaluated by Jinja (branca re-parses rendered scripts)."""
    evil = replace(KABUL, name="Kab {{ 7*7 }} {% if 1 %}x{% endif %} {# c #} ul")
    a = sample_analysis("Kabul.", doc_id="t")
    a.resolutions[:] = [replace(r, place=evil) for r in a.resolutions]
    a.places[:] = summarize_places(a.resolutions)
    html = map_html(build_map(a))
    assert "Kab 49" not in html and "{{ 7*7 }}" not in html
    assert payload(html)["places"][0]["t"].startswith(
        "Kab {{ 7*7 }} {% if 1 %}x{% endif %} {# c #} ul"
    )


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
def test_hostile_user_place_names_stay_text_in_the_map(name, payload):
    """A place a user added can carry any name: it is data in the tooltip, never markup or
    template."""
    user = Place("user:x-0123456789ab", name, "valley", 34.6, 69.0, source="user")
    a = sample_analysis(f"{name} near Kabul.", doc_id=name)
    a.resolutions[:] = [replace(r, place=user, verified=True) for r in a.resolutions]
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
    # the id is in a hidden span: not shown, but in the text content a click reports
    shown, _ = tip.split('<span class="geo-id" hidden>')
    assert user.id not in shown
    assert parse_tooltip(h.unescape(re.sub(r"<[^>]*>", "", tip))) == user.id


# --------------------------------------------------------------------------- selection


def test_selection_layer(seed, fake_gazetteer):
    m = build_map(seed)
    fg = selection_layer(PANJSHIR, count=8, gazetteer=fake_gazetteer)
    assert isinstance(fg, folium.FeatureGroup)
    fg.add_to(m)
    html = map_html(m)
    assert "geo-selection" in html and "interactive: false" in html
    assert '"poly"' in html
    ext = selection_layer(HINDU_KUSH)
    m2 = build_map(seed)
    ext.add_to(m2)
    assert '"ext":[67.0,34.0,73.5,36.8]' in map_html(m2)


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
