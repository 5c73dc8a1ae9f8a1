"""The store's format: its SQLite schema and the fingerprint of the inputs it was built from.

Read by :mod:`geo.gazetteer.opening` (is the store on disk up to date?) and by the writers
(:mod:`geo.gazetteer.build`, :mod:`geo.gazetteer.writer`); imports nothing else from the
package.
"""

from __future__ import annotations

from geo import settings

SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE places(
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  fclass TEXT NOT NULL DEFAULT '',
  fcode TEXT NOT NULL DEFAULT '',
  country TEXT NOT NULL DEFAULT '',
  admin1 TEXT NOT NULL DEFAULT '',
  lat REAL NOT NULL,
  lon REAL NOT NULL,
  population INTEGER NOT NULL DEFAULT 0,
  importance REAL NOT NULL DEFAULT 0,
  min_lon REAL, min_lat REAL, max_lon REAL, max_lat REAL,
  countries TEXT NOT NULL DEFAULT '',
  geonameid INTEGER,
  source INTEGER NOT NULL DEFAULT 0  -- sources.sid
);
CREATE TABLE sources(sid INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE);
-- key: normalize_name(name); is_alias: 0 for the place's own name (then name is '')
CREATE TABLE names(
  key TEXT NOT NULL,
  rid INTEGER NOT NULL,
  name TEXT NOT NULL,
  is_alias INTEGER NOT NULL,
  PRIMARY KEY(key, rid)
) WITHOUT ROWID;
CREATE TABLE geometries(rid INTEGER PRIMARY KEY, geojson TEXT NOT NULL);
CREATE VIRTUAL TABLE point_index USING rtree(rid, min_lat, max_lat, min_lon, max_lon);
CREATE VIRTUAL TABLE shape_index USING rtree(rid, min_lat, max_lat, min_lon, max_lon);
"""
POST_SCHEMA = """
CREATE INDEX IF NOT EXISTS places_admin ON places(country, admin1)
  WHERE kind IN ('admin1', 'country');
-- a place's aliases by its row (Gazetteer.get): without it every get() scans the names
CREATE INDEX IF NOT EXISTS names_rid ON names(rid, is_alias);
"""


def _version(package: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return ""


def inputs_fingerprint() -> str:
    """Schema version + a hash of the curated inputs under data/: a store built from
    other inputs is stale and rebuilt on first use."""
    import hashlib

    h = hashlib.sha256(settings.GAZETTEER_VERSION.encode())
    for package in settings.GAZETTEER_PACKAGES:  # data packages with a version range
        h.update(f"{package}={_version(package)}".encode())
    for p in settings.GAZETTEER_INPUTS:
        if p.exists():
            h.update(p.name.encode())
            h.update(p.read_bytes())
    return f"{settings.GAZETTEER_VERSION}-{h.hexdigest()[:16]}"
