"""Building and framing the map (geo.mapview.build)."""

from __future__ import annotations

from dataclasses import replace

from geo.mapview import CLUSTER_THRESHOLD, build_map, map_bounds, map_html, view_for
from geo.view import aggregate_places
from tests.fixtures.sample import HINDU_KUSH, KABUL, PANJSHIR, sample_analysis


def test_tiles_are_optional_and_attributed(seed, payload, external_urls):
    html = map_html(build_map(seed, tiles=True))
    assert "tile.openstreetmap.org" in html
    assert "OpenStreetMap contributors" in html
    assert external_urls(html) == []  # tiles are images requested by Leaflet, not page assets
    assert payload(html)["tiles"] is True


def test_clustering_is_automatic_for_large_corpora(payload):
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


def test_map_is_framed_on_the_places(seed):
    html = map_html(build_map(seed))
    assert "fitBounds" in html
    b = map_bounds(aggregate_places(seed))
    assert b is not None
    (s, w), (n, e) = b
    # framed on the cities, provinces and features with their country (Afghanistan,
    # 60.5-75 E, 29.4-38.5 N) as context; not the world
    assert s <= 29.4 and n >= 38.5 and w <= 60.5 and e >= 74.9 and w > 55 and e < 80
    assert map_bounds([]) is None
    one = map_bounds(aggregate_places(sample_analysis("Kabul.", doc_id="k")))
    assert one is not None and one[1][0] - one[0][0] >= 1.0  # a single place gets a margin


def test_view_for():
    assert view_for(KABUL) == ((34.52813, 69.17233), 9)
    # a province is framed by its extent (1 degree: zoom 9), not zoomed out to a fixed 7
    assert view_for(PANJSHIR)[1] == 9
    assert 3 <= view_for(HINDU_KUSH)[1] <= 8


def test_payload_cache_is_reused(seed, payload):
    cache: dict = {}
    h1 = map_html(build_map(seed, cache=cache))
    assert len(cache) == 1
    h2 = map_html(build_map(seed, cache=cache))
    assert payload(h1) == payload(h2)


def test_places_without_coordinates_are_skipped(seed, payload):
    views = aggregate_places(seed)
    bad = replace(views[0], place=replace(views[0].place, lat=float("nan")))
    html = map_html(build_map(views=[bad, *views[1:]]))
    assert len(payload(html)["places"]) == len(views) - 1
