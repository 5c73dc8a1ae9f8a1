"""What the map's JavaScript gets: one record per place, polygons, country outlines.

All of it is plain JSON-able data; strings from documents or the gazetteer are
HTML-escaped here, before they reach a tooltip.
"""

from __future__ import annotations

import html
import logging
import math
import threading
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any

from geo.cache import BoundedCache
from geo.export import place_names
from geo.geometry import clean_polygon, place_bbox
from geo.kinds import POLYGON_KINDS, group_of
from geo.mapview.outlines import Simplification, outlines_text, store_digest, stored_outlines
from geo.mapview.styles import MAX_EXTENT_DEG, marker_size, place_tooltip
from geo.models import Place
from geo.recognize.forms import only_forms_note
from geo.view import PlaceView

if TYPE_CHECKING:
    from geo.gazetteer import GazetteerView

__all__ = [
    "POLYGON_CACHE_SIZE",
    "country_outlines_json",
    "finite_point",
    "place_polygon",
    "place_record",
    "round_geometry",
]

log = logging.getLogger(__name__)

#: Polygons kept in memory, per gazetteer and place id (least recently used go first).
POLYGON_CACHE_SIZE = 20_000
_POLYGONS: BoundedCache[tuple[int, str], dict[str, Any] | None] = BoundedCache(POLYGON_CACHE_SIZE)


def round_geometry(g: dict[str, Any], nd: int) -> dict[str, Any]:
    """A GeoJSON (Multi)Polygon with its coordinates rounded to ``nd`` decimals."""

    def r(c: Any) -> Any:
        if isinstance(c, list | tuple) and c and isinstance(c[0], int | float):
            return [round(float(c[0]), nd), round(float(c[1]), nd)]
        return [r(x) for x in c]

    return {"type": g["type"], "coordinates": r(g["coordinates"])}


def finite_point(p: Place) -> bool:
    """Whether the place has a finite latitude and longitude within their ranges."""
    return (
        isinstance(p.lat, int | float)
        and isinstance(p.lon, int | float)
        and math.isfinite(p.lat)
        and math.isfinite(p.lon)
        and -90 <= p.lat <= 90
        and -180 <= p.lon <= 180
    )


def _polygon(gazetteer: GazetteerView, place_id: str) -> dict[str, Any] | None:
    try:
        poly = clean_polygon(gazetteer.geometry(place_id))
    except Exception:
        poly = None
    if poly is not None:
        poly = round_geometry(poly, 4)
    return poly


def place_polygon(place: Place, gazetteer: GazetteerView | None) -> dict[str, Any] | None:
    """The cleaned polygon (4 decimals) of a country/admin place, or None.

    Memoised per gazetteer object and place id, for :data:`POLYGON_CACHE_SIZE` places.
    """
    if gazetteer is None or place.kind not in POLYGON_KINDS:
        return None
    return _POLYGONS.get_or_set((id(gazetteer), place.id), lambda: _polygon(gazetteer, place.id))


def place_record(v: PlaceView, gazetteer: GazetteerView | None = None) -> dict[str, Any] | None:
    """What the map's JavaScript needs for one place (strings already HTML-escaped)."""
    p = v.place
    if not finite_point(p):
        return None
    g = group_of(p.kind)
    tip = place_tooltip(p, v.count, v.confidence, verified=v.verified)
    note = only_forms_note(a.resolutions[i].mention for a, i in v.mentions)
    if note:  # "Russia · country · 1 mention · named only as 'Russian' [id]"
        body, sep, tail = tip.rpartition(" [")
        tip = f"{body} · {note}{sep}{tail}"
    rec: dict[str, Any] = {
        "id": p.id,
        "t": tooltip_html(tip),
        "n": html.escape(place_names(p, v.mentions, gazetteer)[0]),  # as the text says it
        "c": v.count,
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


def tooltip_html(text: str) -> str:
    """A :func:`place_tooltip` text as HTML: escaped, its trailing ``[id]`` in a hidden
    span -- never shown, still in the tooltip's text content that a click reports
    (:func:`~geo.mapview.styles.parse_tooltip` reads it back)."""
    body, sep, tail = text.rpartition(" [")
    if not sep:
        return html.escape(text)
    return f'{html.escape(body)}<span class="geo-id" hidden>[{html.escape(tail)}</span>'


# --------------------------------------------------------------------------- outlines

_OUTLINES: BoundedCache[tuple[str, Simplification], Future[str]] = BoundedCache(8)
_OUTLINES_LOCK = threading.Lock()


def country_outlines_json(
    gazetteer: GazetteerView | None,
    *,
    wait: float | None = None,
    tolerance: float = 0.08,
    min_area: float = 0.02,
    digits: int = 2,
) -> str:
    """All country polygons of the gazetteer as one GeoJSON string, for the background
    (``"null"`` without a gazetteer): :mod:`geo.mapview.outlines`, kept beside the store.

    Simplified for display (``tolerance`` degrees, islands smaller than ``min_area``
    square degrees dropped, ``digits`` decimals): about 0.5 MB. Once per gazetteer file
    and process: read from the sidecar the build wrote, else computed once (~1 s of CPU
    for the real store, in a thread of its own) and kept for every later process.
    ``wait``: at most so many seconds for outlines that have to be computed (None: until
    they are); ``"null"`` when they are not ready by then -- a later call gets them.
    """
    if gazetteer is None:
        return "null"
    how = Simplification(tolerance, min_area, digits)
    digest = store_digest(gazetteer)
    # a verified store by its bytes (a store rebuilt in place is another one), else by object
    key = (digest or f"{getattr(gazetteer, 'path', '')}|{id(gazetteer)}", how)
    with _OUTLINES_LOCK:  # one thread reads or computes them, the others wait for it
        fut = _OUTLINES.get(key)
        first = fut is None
        if fut is None:
            fut = Future()
            _OUTLINES.put(key, fut)
    if first:
        try:
            text = stored_outlines(gazetteer, how)  # the sidecar: at once
        except Exception:  # never a future left pending: whoever waits would wait forever
            log.warning("country outlines: the kept file could not be read", exc_info=True)
            text = None
        if text is not None:
            fut.set_result(text)
        else:
            threading.Thread(
                target=_compute, args=(fut, gazetteer, how), name="geo-outlines", daemon=True
            ).start()
    try:
        return fut.result(timeout=wait)
    except TimeoutError:
        return "null"


def _compute(fut: Future[str], gazetteer: GazetteerView, how: Simplification) -> None:
    try:
        fut.set_result(outlines_text(gazetteer, how))
    except Exception:
        log.warning("country outlines could not be computed", exc_info=True)
        fut.set_result("null")
