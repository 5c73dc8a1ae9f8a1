"""The Archive page's map: what the app's map component (:mod:`geo.ui.foliummap`)
draws, made from archive places with :mod:`geo.mapview`'s public pieces. One marker per
place sized by the square root of its mentions (:func:`~geo.mapview.marker_size`, the
records' ``s``; ``c`` the mentions, by which ``geo/static/places.js`` ranks the labels:
the most mentioned keep theirs), clustered above :data:`~geo.mapview.CLUSTER_THRESHOLD`
places, framed by :func:`~geo.mapview.map_bounds`.

**Country outlines at once.** The background outlines
(:func:`geo.mapview.country_outlines_json`, the same call as the Map page's) are read from
the sidecar beside the gazetteer (:mod:`geo.mapview.outlines`); where it is missing they
are computed once (~1 s of CPU) in a thread, and the page waits at most
:data:`OUTLINES_WAIT_S` for them before drawing the map without them
(the component then redraws the places with the outlines in the same frame).
"""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass, replace
from typing import Any

from geo.archive import PlaceCount
from geo.cache import BoundedCache
from geo.export import conventional_name
from geo.kinds import group_of
from geo.mapview import (
    CLUSTER_THRESHOLD,
    country_outlines_json,
    map_bounds,
    marker_size,
    place_tooltip,
    places_payload,
)
from geo.mapview.data import finite_point, tooltip_html
from geo.models import Place
from geo.ui import foliummap
from geo.view import PlaceView

__all__ = ["MapData", "map_data", "map_records", "outlines_json", "place_of", "reader_names"]

log = logging.getLogger(__name__)

#: seconds the page waits for country outlines that have to be computed (no sidecar yet)
OUTLINES_WAIT_S = 1.0


def outlines_json(gaz: Any) -> str:
    """The country outlines of ``gaz`` as the map's JSON (:func:`country_outlines_json`),
    ``"null"`` without a gazetteer or while they are computed for the first time."""
    return country_outlines_json(gaz, wait=OUTLINES_WAIT_S)


def place_of(p: PlaceCount) -> Place:
    """The archive place as a :class:`~geo.models.Place` (point, kind, country)."""
    return p.place()


#: conventional English names by place id (the gazetteer's aliases are read once per place)
_NAMES: BoundedCache[str, str] = BoundedCache(50_000)


def reader_names(places: list[PlaceCount], gazetteer: object | None) -> list[PlaceCount]:
    """The places under the names readers know (the display-name policy for corpus
    views: the conventional English name, "Panjshir" and not GeoNames' "Panjshayr");
    as stored in the archive when no gazetteer can be opened."""
    if gazetteer is None:
        return places
    _read_names([p for p in places if p.id not in _NAMES], gazetteer)

    def name_of(p: PlaceCount) -> str:
        return _NAMES.get_or_set(p.id, lambda: conventional_name(place_of(p), gazetteer))

    out = []
    for p in places:
        name = name_of(p)
        out.append(replace(p, name=name) if name and name != p.name else p)
    return out


def _read_names(places: list[PlaceCount], gazetteer: object) -> None:
    """The conventional names of ``places`` into :data:`_NAMES`, their aliases read in
    one pass where the gazetteer offers ``get_many(ids, aliases=True)`` (one ``get`` per
    place scans the store's names table each time: 300 places took ~25 s)."""
    many = getattr(gazetteer, "get_many", None)
    if not places or not callable(many):
        return
    try:
        full = many([p.id for p in places], aliases=True)
    except Exception:
        log.warning("names of the archive's places: get_many failed", exc_info=True)
        return
    for p in places:
        f = full.get(p.id)
        if isinstance(f, Place):
            _NAMES.put(p.id, conventional_name(f, None))  # with its aliases: nothing to read


def map_records(places: list[PlaceCount]) -> list[dict[str, Any]]:
    """What :class:`~geo.mapview.PlacesLayer` draws (as
    :func:`~geo.mapview.place_record` makes them): strings HTML-escaped, size by the
    square root of the mentions, the tooltip ending in the id a click reports; places
    without a finite point left out."""
    return [
        {
            "id": p.id,
            "t": tooltip_html(place_tooltip(place_of(p), p.mentions)),
            "n": html.escape(p.name),
            "c": p.mentions,
            "g": group_of(p.kind),
            "lat": round(p.lat, 5),
            "lon": round(p.lon, 5),
            "s": marker_size(p.mentions),
            "low": False,
        }
        for p in places
        if finite_point(place_of(p))
    ]


@dataclass(frozen=True)
class MapData:
    """One window's map for :func:`geo.ui.foliummap.show`: the places payload (JSON in
    the shape ``geo/static/places.js`` draws), the first frame, clustering."""

    payload: str
    cluster: bool
    bounds: list[list[float]] | None

    def files(self, outlines: str) -> dict[str, Any]:
        """``places``/``outlines`` (file names from :func:`geo.ui.foliummap.publish`;
        ``outlines`` is :func:`outlines_json`'s text), ``cluster`` and ``bounds``: the
        keyword arguments of :func:`geo.ui.foliummap.show` that carry the data. Published
        on every call: a file's name is its content's hash, so this is a lookup once the
        file exists -- and a file removed since (``foliummap.MAX_FILES``) comes back."""
        return {
            "places": foliummap.publish(self.payload, "places"),
            "outlines": foliummap.publish(outlines, "outlines") if outlines != "null" else None,
            "cluster": self.cluster,
            "bounds": self.bounds,
        }


def map_data(places: list[PlaceCount]) -> MapData:
    """The map of ``places``: markers sized by mentions, the legend, framed to fit them."""
    records = map_records(places)
    cluster = len(records) > CLUSTER_THRESHOLD
    return MapData(
        payload=places_payload(records, cluster=cluster, legend=True),
        cluster=cluster,
        bounds=map_bounds([PlaceView(place_of(p)) for p in places]),
    )
