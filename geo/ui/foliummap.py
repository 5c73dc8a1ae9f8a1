"""The map's Streamlit component: our own small Leaflet page, kept across reruns.

Why not ``streamlit_folium.st_folium``: it sends the whole rendered map (0.8 MB with the
country outlines, Leaflet inlined) to the browser on every script run, the browser
posts it into the map's frame again, and its frontend reports a click only after a
250 ms debounce. Measured in Chromium (bench/ui.py) that made a click on a pin take
about 2 s to reach the panel. Here:

* **The page is ours** (``geo/static/map_page.html`` and ``map_page.js``),
  served by Streamlit from a directory made once per process (:func:`assets_dir`) with
  Leaflet and Leaflet.markercluster copied from the ``xstatic-*`` packages -- no CDN --
  and ``geo.js``, our map scripts from ``geo/static/`` wrapped as functions.
* **The map's data are files**, named by their content (:func:`publish`): the places
  of a view and the country outlines are fetched once by the frame (and cached by the
  browser); a script run sends only their names, the selection and a fly-to request
  (a few hundred bytes). The reading pane (:mod:`geo.ui.reader`) publishes its passages
  the same way and fetches them from the main page (:func:`url_of`).
* **Clicks go back at once** (``Streamlit.setComponentValue``, no debounce), each with a
  fresh ``n`` so that a click is always a change -- also on a new frame, e.g. after a
  visit to another page.
* **One map per frame**: a new selection redraws only the highlight; new places (another
  document, a correction) redraw the places in the same frame, where the person was.

The module keeps its old name (the app's tests know it); it is the only module that
knows the component's name (:data:`COMPONENT`: the element's ``component_name`` in a
script run, the title of the map's iframe in a browser).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import threading
from collections.abc import Callable
from functools import cache
from importlib import import_module
from pathlib import Path
from typing import Any

import streamlit.components.v1 as components
from streamlit import config

from geo.mapview import static_text

#: The online basemap's tiles (only when the person turns it on).
TILES_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
#: Files of the map's data kept in the component's directory (oldest deleted first).
MAX_FILES = 256
_NAME = "geo_map"
#: The name the component is declared under (``<module>.<name>``).
COMPONENT = f"{__name__}.{_NAME}"

_LOCK = threading.Lock()


def _xstatic(module: str) -> Path:
    return Path(import_module(f"xstatic.pkg.{module}").BASE_DIR)


def _geo_js() -> str:
    """Our map scripts (fragments of ``geo/static/``) as the functions the page calls."""
    parts = [
        ("geoPlaces(map, D)", ["shapes.js", "places.js"]),
        ("geoSelection(group, D)", ["selection.js"]),
        ("geoPick(group, D)", ["pick.js"]),
    ]
    return "".join(
        f"function {sig} {{\n" + "\n".join(static_text(n) for n in names) + "\n}\n"
        for sig, names in parts
    )


@cache
def assets_dir() -> Path:
    """The directory Streamlit serves the component from, made once per process: our
    page, Leaflet (+ images), markercluster, ``map.css`` and ``geo.js``."""
    d = Path(tempfile.mkdtemp(prefix="geo-map-"))
    (d / "index.html").write_text(static_text("map_page.html"), "utf-8")
    (d / "component.js").write_text(static_text("map_page.js"), "utf-8")
    (d / "map.css").write_text(static_text("map.css"), "utf-8")
    (d / "geo.js").write_text(_geo_js(), "utf-8")
    leaflet = _xstatic("leaflet")
    shutil.copy(leaflet / "leaflet.js", d / "leaflet.js")
    shutil.copy(leaflet / "leaflet.css", d / "leaflet.css")
    shutil.copytree(leaflet / "images", d / "images")
    mc = _xstatic("leaflet_markercluster")
    shutil.copy(mc / "leaflet.markercluster.js", d / "markercluster.js")
    (d / "markercluster.css").write_text(
        (mc / "MarkerCluster.css").read_text("utf-8")
        + (mc / "MarkerCluster.Default.css").read_text("utf-8"),
        "utf-8",
    )
    return d


_component = components.declare_component(_NAME, path=str(assets_dir()))


def publish(text: str, prefix: str) -> str:
    """Put ``text`` (JSON) where the map's frame can fetch it; returns its file name,
    made of ``prefix`` and a hash of the content (the same text, the same name)."""
    name = f"{prefix}-{hashlib.sha1(text.encode('utf-8')).hexdigest()[:20]}.json"
    d = assets_dir()
    path = d / name
    try:
        os.utime(path)  # in use again: the youngest, the last to be deleted
        return name
    except FileNotFoundError:
        pass
    with _LOCK:
        tmp = d / f".{name}.{threading.get_ident()}"
        tmp.write_text(text, "utf-8")
        os.replace(tmp, path)
        data = sorted(d.glob("*.json"), key=lambda p: p.stat().st_mtime)
        for old in data[: max(0, len(data) - MAX_FILES)]:
            if old != path:
                old.unlink(missing_ok=True)
    return name


def url_of(name: str) -> str:
    """The path (from the server's root) under which the main page fetches a file made by
    :func:`publish` (the map's frame fetches it by its bare name)."""
    base = str(config.get_option("server.baseUrlPath") or "").strip("/")
    return "/".join(["", *([base] if base else []), "component", COMPONENT, name])


def published(name: str) -> str:
    """The text of a file made by :func:`publish` (for tests)."""
    return (assets_dir() / Path(name).name).read_text("utf-8")


def show(
    *,
    key: str,
    height: int,
    places: str,
    outlines: str | None,
    cluster: bool,
    tiles: bool,
    bounds: list[list[float]] | None,
    frame: str,
    selection: dict[str, Any] | None = None,
    pick: dict[str, float] | None = None,
    picking: bool = False,
    fly: dict[str, Any] | None = None,
    on_change: Callable[[], None] | None = None,
) -> Any:
    """Draw (or update) the map ``key``. ``places``/``outlines``: names from
    :func:`publish`; ``bounds``: the first view's frame; ``frame``: the key under which
    the browser tab remembers the person's pan and zoom; ``selection``:
    :func:`geo.mapview.selection_data`; ``pick``: a point being picked for a new place
    (``picking``: map clicks report points); ``fly``: ``{"n", "center", "zoom",
    "bbox"}`` -- each new ``n`` is carried out once. The value (in
    ``st.session_state[key]``) is the last click: ``{"kind": "place", "id", "lat",
    "lng", "n"}`` or ``{"kind": "point", "lat", "lng", "n"}``."""
    return _component(
        key=key,
        height=height,
        payload=places,
        outlines=outlines,
        cluster=cluster,
        tiles=TILES_URL if tiles else None,
        bounds=bounds,
        frame=frame,
        selection=selection,
        pick=pick,
        picking=picking,
        fly=fly,
        center=fly["center"] if fly else None,
        zoom=fly["zoom"] if fly else None,
        default=None,
        on_change=on_change,
    )
