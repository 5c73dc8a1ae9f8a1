"""``st_folium`` with the map rendered once, not on every script run.

``streamlit_folium.st_folium`` renders the whole folium map (templates, ids, the
leaflet script -- half a megabyte with the country outlines) on every rerun, only to
find that the script did not change. For our map that is 60 % of a click's server time,
and it holds the GIL while other sessions wait (bench/load.py). Here the map is rendered
once (:func:`render`) and kept with the view; each run only renders the small selection
layers (``feature_group_to_add``) and calls the same component with the same arguments
``st_folium`` would (``tests/ui/test_foliummap.py`` checks that against ``st_folium``
itself), with one deliberate difference: the ``default`` value matches what the
frontend starts from, so drawing a new map does not send a spurious value back. If
streamlit-folium changes its internals, :func:`render` returns None and :func:`show`
falls back to plain ``st_folium``.

This is the only module that uses streamlit-folium's private names
(:data:`PRIVATE_NAMES`) or knows its component's name (:data:`COMPONENT`, e.g. for
tests that look for the map among a page's elements or frames).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import folium
import streamlit as st
import streamlit_folium as sf

#: What :func:`render` and :func:`show` use of ``streamlit_folium`` besides ``st_folium``:
#: private functions (and two public helpers that are not documented).
PRIVATE_NAMES = (
    "_component_func",
    "_get_html",
    "_get_header",
    "_get_map_string",
    "_get_feature_group_string",
    "get_full_id",
    "generate_js_hash",
)
#: The name ``st_folium``'s component is declared under: the element's
#: ``component_name`` in a script run, the title of the map's iframe in a browser.
COMPONENT = "streamlit_folium.st_folium"


@dataclass(slots=True)
class Rendered:
    """A folium map rendered the way ``st_folium`` renders it, ready to send again."""

    fmap: folium.Map
    script: str
    header: str
    html: str
    m_id: str
    defaults: dict[str, Any]
    css_links: list[str]
    js_links: list[str]
    hashes: dict[tuple[str | None, bool], str] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def hash_key(self, key: str | None, return_on_hover: bool) -> str:
        k = (key, return_on_hover)
        h = self.hashes.get(k)
        if h is None:
            h = self.hashes[k] = sf.generate_js_hash(self.script, key, return_on_hover)
        return h


def _links(root: Any) -> tuple[list[str], list[str]]:
    """The CSS and JS links of every element under ``root``, as ``st_folium`` collects
    them (our assets are inlined, so these are normally empty)."""
    css: list[str] = []
    js: list[str] = []

    def walk(el: Any) -> Iterable[Any]:
        if isinstance(el, folium.elements.JSCSSMixin):
            yield el
        for child in getattr(el, "_children", {}).values():
            yield from walk(child)

    for el in walk(root):
        css.extend(href for _, href in getattr(el, "default_css", []))
        js.extend(src for _, src in getattr(el, "default_js", []))
    return css, js


def _bounds(m: folium.Map) -> dict[str, dict[str, Any]]:
    try:
        (s, w), (n, e) = m.get_bounds()
    except (AttributeError, ValueError, TypeError):
        s = w = n = e = None
    return {"_southWest": {"lat": s, "lng": w}, "_northEast": {"lat": n, "lng": e}}


def render(m: folium.Map) -> Rendered | None:
    """Render ``m`` once (it is changed by this: folium ids become stable names).
    None when this streamlit-folium lacks the pieces used here."""
    if not isinstance(m, folium.Map) or not all(hasattr(sf, n) for n in PRIVATE_NAMES):
        return None
    m.get_root().render()
    m.render()
    html = sf._get_html(m)
    header = sf._get_header(m)
    script = sf._get_map_string(m)
    css, js = _links(m)
    defaults = {
        "last_clicked": None,
        "last_object_clicked": None,
        # st_folium says None; its frontend starts from 0 and, comparing the two, reports
        # a "change" as soon as a new map is drawn: one needless rerun per map mount
        # (after every correction), and a window in which a click can be lost.
        "last_object_clicked_count": 0,
        "last_object_clicked_tooltip": None,
        "last_object_clicked_popup": None,
        "all_drawings": None,
        "last_active_drawing": None,
        "bounds": _bounds(m),
        "zoom": m.options.get("zoom") if hasattr(m, "options") else {},
        "last_circle_radius": None,
        "last_circle_polygon": None,
        "selected_layers": None,
        "selected_tags": None,
        "last_geocoder_result": None,
    }
    return Rendered(
        fmap=m,
        script=script,
        header=header,
        html=html,
        m_id=sf.get_full_id(m),
        defaults=defaults,
        css_links=css,
        js_links=js,
    )


def mounted(rendered: Rendered | None, key: str) -> bool:
    """True when the map ``key`` is on the page already (its component has a value in
    the session); False for a map about to be drawn anew -- e.g. after a visit to
    another page, which removes the component and its value. A new map's frontend counts
    clicks from 0 again."""
    if rendered is None:
        return key in st.session_state
    return rendered.hash_key(key, False) in st.session_state


def show(
    m: folium.Map,
    rendered: Rendered | None,
    *,
    key: str,
    height: int,
    use_container_width: bool = True,
    returned_objects: Sequence[str] | None = None,
    center: tuple[float, float] | None = None,
    zoom: int | None = None,
    feature_group_to_add: list[folium.FeatureGroup] | None = None,
    on_change: Callable[[], None] | None = None,
) -> Any:
    """``st_folium(m, ...)`` for a map already rendered into ``rendered`` (a falsy
    ``rendered``: plain ``st_folium``). Only the arguments the app uses are supported."""
    if rendered is None:
        return sf.st_folium(
            m,
            key=key,
            height=height,
            use_container_width=use_container_width,
            returned_objects=returned_objects,
            center=center,
            zoom=zoom,
            feature_group_to_add=feature_group_to_add,
            on_change=on_change,
        )
    width = None if use_container_width else 500
    defaults = {
        k: v
        for k, v in rendered.defaults.items()
        if returned_objects is None or k in returned_objects
    }
    css, js = list(rendered.css_links), list(rendered.js_links)
    fg_string = None
    if feature_group_to_add:
        fg_string = ""
        with rendered.lock:  # the groups are attached to the shared map while rendered
            for idx, fg in enumerate(feature_group_to_add):
                fg_string += sf._get_feature_group_string(fg, map=rendered.fmap, idx=idx)
                more_css, more_js = _links(fg)
                css += more_css
                js += more_js
    hash_key = rendered.hash_key(key, False)

    def _on_change() -> None:
        st.session_state[key] = st.session_state.get(hash_key, {})
        if on_change is not None:
            on_change()

    return sf._component_func(
        script=rendered.script,
        header=rendered.header,
        html=rendered.html,
        id=rendered.m_id,
        key=hash_key,
        height=height,
        width=width,
        returned_objects=returned_objects,
        default=defaults,
        zoom=zoom,
        center=center,
        feature_group=fg_string,
        return_on_hover=False,
        layer_control=None,
        pixelated=False,
        css_links=list(dict.fromkeys(css)),
        js_links=list(dict.fromkeys(js)),
        on_change=_on_change,
        wrap_longitude=False,
    )
