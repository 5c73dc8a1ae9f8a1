"""The map's own files and the vendored JavaScript libraries, all offline.

* **Libraries** (:func:`leaflet_assets`, :func:`markercluster_assets`,
  :func:`jquery_asset`): Leaflet 1.9.3, Leaflet.markercluster 1.4.1 and jQuery 3.7.1 from
  the ``xstatic-*`` packages on PyPI, as ``(name, data: URI)`` pairs; the images that
  Leaflet's CSS refers to are inlined too. Read once per process.
* **Our scripts and styles** (:func:`static_text`): the files in ``geo/static/``, shipped
  as package data and read with :mod:`importlib.resources`; the layers inline them into
  the page (see :mod:`geo.mapview.elements`).
* :class:`OfflineMap`: a ``folium.Map`` that loads nothing from a CDN.
"""

from __future__ import annotations

import base64
import re
from functools import cache, lru_cache
from importlib import import_module, resources
from pathlib import Path
from typing import Any

import folium

__all__ = [
    "OfflineMap",
    "jquery_asset",
    "leaflet_assets",
    "markercluster_assets",
    "static_text",
]


@cache
def static_text(name: str) -> str:
    """The text of ``geo/static/<name>`` (UTF-8), read once per process."""
    return resources.files("geo").joinpath("static", name).read_text("utf-8")


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
