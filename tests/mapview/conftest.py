"""Fixtures of the map tests: the seed analysis, a two-polygon gazetteer and readers of
the rendered HTML (pytest's importlib mode: helpers are fixtures, not imports)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import pytest

from geo.models import Analysis
from tests.fixtures.sample import KAPISA, PANJSHIR, sample_analysis

SQUARE = {"type": "Polygon", "coordinates": [[[69, 35], [70, 35], [70, 36], [69, 36], [69, 35]]]}


class FakeGazetteer:
    """Polygons for Panjshir, Kapisa and Afghanistan; no country outlines. Counts the
    geometry look-ups."""

    path = "fake"

    def __init__(self) -> None:
        self.calls = 0

    def geometry(self, place_id: str) -> dict[str, Any] | None:
        self.calls += 1
        if place_id in (PANJSHIR.id, KAPISA.id, "geonames:1149361"):
            return SQUARE
        return None

    def ids_of_kind(self, kind: str) -> list[str]:
        return []


@pytest.fixture(scope="module")
def seed() -> Analysis:
    return sample_analysis()


@pytest.fixture
def fake_gazetteer() -> FakeGazetteer:
    return FakeGazetteer()


def _payload(html: str) -> dict[str, Any]:
    m = re.search(r"var D = (\{.*?\});\n", html)
    assert m, "places payload not found"
    return json.loads(m.group(1))


def _external_urls(html: str) -> list[str]:
    pats = [
        r"<script[^>]+src=[\"']([^\"']+)",
        r"<link[^>]+href=[\"']([^\"']+)",
        r"@import\s+(?:url\()?[\"']?([^\"')]+)",
    ]
    urls = [u for p in pats for u in re.findall(p, html, flags=re.I)]
    return [u for u in urls if re.match(r"(https?:)?//", u)]


@pytest.fixture(scope="session")
def payload() -> Callable[[str], dict[str, Any]]:
    """``payload(html)``: the JSON data of the places layer in a rendered map."""
    return _payload


@pytest.fixture(scope="session")
def external_urls() -> Callable[[str], list[str]]:
    """``external_urls(html)``: URLs the page would load (script src, link href, @import)."""
    return _external_urls
