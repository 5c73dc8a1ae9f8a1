"""The map's background: every country polygon of the gazetteer, simplified for display,
as one GeoJSON string (~0.5 MB) -- computed once per gazetteer file and kept beside it.

**Computed** by :func:`compute_outlines` with shapely 2's array functions (parse, drop
islands, simplify, snap to the grid, label points: each one call over all countries;
~1 s of CPU for the real store, where the per-country loop with ``gazetteer.get`` took
~20 s -- each ``get`` scanned the names table for the aliases, which outlines never use).

**Kept** in a sidecar file beside the store's real file, ``gazetteer.sqlite.outlines.json``
(:func:`sidecar_path`): one header line (JSON: this module's :data:`FORMAT`, the
simplification, the store's SHA-256 as its build recorded it in ``gazetteer.sqlite.sha256``
and the SHA-256 of the body), then the body, the map's JSON as served. It is written
atomically (a temp file renamed over it) by ``python -m geo gazetteer build`` and by the
first process that needs it (:func:`outlines_text`); a sidecar of another store, format or
simplification, or damaged (its body does not match its hash), is not used -- the outlines
are computed again and the sidecar rewritten. Where the store's folder cannot be written,
the sidecar goes to ``GEO_USER_DIR/cache/`` (:func:`cache_path`). A store without a
verified checksum gets no sidecar (the outlines are computed, kept in memory only).

:func:`geo.mapview.data.country_outlines_json` is the callers' entry point (memoised per
process, with a bounded wait for the app).
"""

from __future__ import annotations

import hashlib
import html
import json
import logging
import os
import threading
from dataclasses import astuple, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geo import settings
from geo.gazetteer import checksum
from geo.mapview.elements import js_json

if TYPE_CHECKING:
    from geo.gazetteer import GazetteerView

__all__ = [
    "DISPLAY",
    "FORMAT",
    "SUFFIX",
    "Simplification",
    "cache_path",
    "compute_outlines",
    "outlines_text",
    "read_sidecar",
    "save_outlines",
    "sidecar_path",
    "store_digest",
    "stored_outlines",
    "write_sidecar",
]

log = logging.getLogger(__name__)

#: the computation's version, in every sidecar's header: bump it when the output changes
FORMAT = 1
#: the sidecar's name: the store's name plus this
SUFFIX = ".outlines.json"


@dataclass(frozen=True)
class Simplification:
    """How the outlines are simplified for display: ``tolerance`` degrees (Douglas-Peucker,
    topology kept), islands smaller than ``min_area`` square degrees dropped (the largest
    part of a country always stays), coordinates snapped to ``digits`` decimals."""

    tolerance: float = 0.08
    min_area: float = 0.02
    digits: int = 2


#: the simplification of the map's background
DISPLAY = Simplification()


# --------------------------------------------------------------------------- computing


def _each(fn: Any, geoms: Any, *args: Any, **kwargs: Any) -> Any:
    """``fn`` over an array of geometries at once; when GEOS refuses one of them, one by
    one, the refused ones becoming None (a country left out, not the map)."""
    import numpy as np
    import shapely

    try:
        return fn(geoms, *args, **kwargs)
    except shapely.errors.GEOSException:
        out = np.full(len(geoms), None, dtype=object)
        for i, g in enumerate(geoms):
            try:
                out[i] = fn(g, *args, **kwargs)
            except shapely.errors.GEOSException:
                out[i] = None
        return out


def _largest(parts: Any, owner: Any, n: int) -> tuple[Any, Any]:
    """Per owner (``0..n-1``): the index into ``parts`` of its largest part (-1: none),
    and that part's area."""
    import numpy as np
    import shapely

    area = shapely.area(parts)
    best = np.full(n, -1)
    best_area = np.zeros(n)
    if len(parts):
        order = np.lexsort((-area, owner))  # by owner, largest first
        first = np.ones(len(order), dtype=bool)
        first[1:] = owner[order][1:] != owner[order][:-1]
        best[owner[order[first]]] = order[first]
        best_area[owner[order[first]]] = area[order[first]]
    return best, best_area


def _names(gazetteer: GazetteerView, ids: list[str]) -> dict[str, str]:
    """The countries' names: one query where the store offers ``get_many`` (its ``get``
    also reads every alias)."""
    many = getattr(gazetteer, "get_many", None)
    if callable(many):
        try:
            return {pid: p.name for pid, p in many(ids).items()}
        except Exception:
            log.warning("country names: get_many failed, asking one by one", exc_info=True)
    out = {}
    for pid in ids:
        try:
            p = gazetteer.get(pid)
        except Exception:
            p = None
        if p is not None:
            out[pid] = p.name
    return out


def _geojson_texts(gazetteer: GazetteerView, ids: list[str]) -> list[str | None]:
    out: list[str | None] = []
    for pid in ids:
        try:
            g = gazetteer.geometry(pid)
            out.append(json.dumps(g) if g else None)
        except Exception:
            out.append(None)
    return out


def compute_outlines(gazetteer: GazetteerView, how: Simplification = DISPLAY) -> str:
    """Every country polygon of ``gazetteer`` as one GeoJSON FeatureCollection, simplified
    (``how``); each feature's properties label it: ``n`` the name (HTML-escaped), ``lat``/
    ``lon`` a point inside its largest part, ``a`` that part's area (square degrees: the
    zoom at which the label appears). Countries without a usable polygon are left out."""
    import numpy as np
    import shapely

    ids = gazetteer.ids_of_kind("country")
    texts = np.array(_geojson_texts(gazetteer, ids), dtype=object)
    n = len(ids)
    geoms = shapely.from_geojson(texts, on_invalid="ignore") if n else np.array([], object)
    areal = np.isin(shapely.get_type_id(geoms), (3, 6))  # Polygon, MultiPolygon
    geoms[~areal] = None
    # the parts a country keeps: those of at least min_area, or else its largest one
    parts, owner = shapely.get_parts(geoms, return_index=True)
    biggest, _ = _largest(parts, owner, n)
    keep = shapely.area(parts) >= how.min_area
    kept_any = np.zeros(n, dtype=bool)
    kept_any[owner[keep]] = True
    keep[biggest[(biggest >= 0) & ~kept_any]] = True
    out = np.full(n, None, dtype=object)
    if keep.any():
        shapely.multipolygons(parts[keep], indices=owner[keep], out=out)
    one = np.bincount(owner[keep], minlength=n) == 1
    out[one] = shapely.get_geometry(out[one], 0)  # a single part stays a Polygon
    out = _each(shapely.simplify, out, how.tolerance, preserve_topology=True)
    out = _each(shapely.set_precision, out, 10.0**-how.digits)
    bounds = shapely.bounds(out)
    ok = ~shapely.is_missing(out) & ~shapely.is_empty(out) & np.isfinite(bounds).all(axis=1)
    # the label: a point inside the largest part that is left
    out[~ok] = None
    parts, owner = shapely.get_parts(out, return_index=True)
    biggest, big_area = _largest(parts, owner, n)
    names = _names(gazetteer, ids)
    shown = np.flatnonzero(ok & (biggest >= 0))
    points = shapely.point_on_surface(parts[biggest[shown]])
    xs, ys = shapely.get_x(points), shapely.get_y(points)
    geo = shapely.to_geojson(out[shown])  # numbers and brackets only: spliced as they are
    feats = []
    for j, i in enumerate(shown):
        name = names.get(ids[i])
        props: dict[str, Any] = {}
        if name is not None:
            props = {"n": html.escape(name), "lat": round(float(ys[j]), 2),
                     "lon": round(float(xs[j]), 2), "a": round(float(big_area[i]), 1)}  # fmt: skip
        feats.append(f'{{"type":"Feature","properties":{js_json(props)},"geometry":{geo[j]}}}')
    return '{"type":"FeatureCollection","features":[' + ",".join(feats) + "]}"


# --------------------------------------------------------------------------- keeping


def sidecar_path(store: str | Path) -> Path:
    """Where the outlines of the store at ``store`` are kept: beside its real file (as its
    checksum, :func:`geo.gazetteer.checksum.checksum_path`)."""
    p = Path(os.path.realpath(store))
    return p.with_name(p.name + SUFFIX)


def cache_path(digest: str) -> Path:
    """Where they are kept when the store's folder cannot be written: the user's cache."""
    return settings.USER_DIR / "cache" / f"country-outlines-{digest[:16]}.json"


def store_digest(gazetteer: object) -> str | None:
    """The SHA-256 the build recorded for ``gazetteer``'s file, when the file matches it
    (:func:`geo.gazetteer.checksum.check`, memoised: free after ``open_gazetteer``); None
    for a gazetteer without a file, or whose file has no checksum or does not match it."""
    path = getattr(gazetteer, "path", None)
    if not isinstance(path, str | Path):
        return None
    try:
        if not Path(path).is_file() or checksum.check(path) != "ok":
            return None
        return checksum.recorded_digest(path) or None
    except OSError:
        return None


def _header(digest: str, how: Simplification, body: bytes) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "simplification": list(astuple(how)),
        "store_sha256": digest,
        "sha256": hashlib.sha256(body).hexdigest(),
    }


def read_sidecar(path: Path, digest: str, how: Simplification = DISPLAY) -> str | None:
    """The outlines kept in ``path`` for the store with ``digest``; None when the file is
    missing, unreadable, damaged, or belongs to another store, format or simplification."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    head, sep, body = data.partition(b"\n")
    try:
        found = json.loads(head)
        expected = _header(digest, how, body)
        if not sep or not isinstance(found, dict) or found != expected:
            return None
        return body.decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return None


def write_sidecar(path: Path, digest: str, text: str, how: Simplification = DISPLAY) -> None:
    """Keep ``text`` in ``path`` for the store with ``digest``, atomically: a temp file in
    the same folder, flushed to disk, renamed over ``path`` (a reader sees the old file or
    the new one, never half of one). Raises OSError when it cannot be written."""
    body = text.encode("utf-8")
    head = json.dumps(_header(digest, how, body), separators=(",", ":")).encode("ascii")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        with open(tmp, "wb") as f:
            f.write(head + b"\n" + body)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def stored_outlines(gazetteer: object, how: Simplification = DISPLAY) -> str | None:
    """The outlines kept for ``gazetteer``'s store (beside it, else in the user's cache),
    or None: read at once, never computed."""
    digest = store_digest(gazetteer)
    if digest is None:
        return None
    path = getattr(gazetteer, "path", "")
    for where in (sidecar_path(path), cache_path(digest)):
        text = read_sidecar(where, digest, how)
        if text is not None:
            return text
    return None


def _keep(gazetteer: object, digest: str, text: str, how: Simplification) -> Path | None:
    path = getattr(gazetteer, "path", "")
    for where in (sidecar_path(path), cache_path(digest)):
        try:
            write_sidecar(where, digest, text, how)
            return where
        except OSError as exc:
            log.info("country outlines not kept in %s: %s", where.name, exc)
    log.warning("country outlines could not be kept: computed again by the next process")
    return None


def outlines_text(gazetteer: GazetteerView, how: Simplification = DISPLAY) -> str:
    """The outlines of ``gazetteer``: the kept ones, else computed and kept (a store with a
    verified checksum only)."""
    text = stored_outlines(gazetteer, how)
    if text is not None:
        return text
    text = compute_outlines(gazetteer, how)
    digest = store_digest(gazetteer)
    if digest is not None:
        _keep(gazetteer, digest, text, how)
    return text


def save_outlines(gazetteer: GazetteerView, how: Simplification = DISPLAY) -> Path | None:
    """Make sure the outlines of ``gazetteer``'s store are kept (computed unless a valid
    sidecar exists); where they are, None for a store without a verified checksum. What
    ``python -m geo gazetteer build`` calls."""
    digest = store_digest(gazetteer)
    if digest is None:
        return None
    path = getattr(gazetteer, "path", "")
    for where in (sidecar_path(path), cache_path(digest)):
        if read_sidecar(where, digest, how) is not None:
            return where
    return _keep(gazetteer, digest, compute_outlines(gazetteer, how), how)
