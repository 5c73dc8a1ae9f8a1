"""Marker styles and tooltips (geo.mapview.styles)."""

from __future__ import annotations

import html
from dataclasses import replace

from geo.kinds import GROUPS, group_of
from geo.mapview import marker_size, parse_tooltip, place_tooltip
from tests.fixtures.sample import KABUL, KAPISA

XSS = "<script>alert(1)</script>"


def test_distinct_shapes_and_colours():
    assert len({v.colour for v in GROUPS.values()}) == len(GROUPS)
    shapes = [v.marker for k, v in GROUPS.items() if k != "other"]
    assert len(set(shapes)) == len(shapes)
    assert group_of("lake") == "water" and group_of("desert") == "physical"
    assert group_of("admin2") == "admin" and group_of("unknown-kind") == "other"


def test_marker_size_grows_and_is_capped():
    sizes = [marker_size(n) for n in (1, 2, 5, 20, 100, 10_000)]
    assert sizes == sorted(sizes) and sizes[0] >= 12 and sizes[-1] <= 40


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
    evil = replace(KABUL, name=XSS)
    assert parse_tooltip(html.unescape(html.escape(place_tooltip(evil)))) == KABUL.id


def test_verified_places_say_so():
    t = place_tooltip(KAPISA, 1, 0.42, verified=True)
    assert t == "Kāpīsā · province · 1 mention · ✔ verified [geonames:1138255]"
    assert parse_tooltip(t) == KAPISA.id
