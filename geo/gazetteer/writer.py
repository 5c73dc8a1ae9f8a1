"""Writing places into a store: the :class:`Row` record, its prior importance, which
aliases are kept, and the :class:`Writer` (used by the build and the GeoNames import)."""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from geo.gazetteer.schema import POST_SCHEMA
from geo.kinds import prior as kind_prior
from geo.names import normalize_name


def importance(kind: str, population: int = 0, feature_code: str = "") -> float:
    """Prior in [0, 1]: how likely a bare mention of this name means this place."""
    if kind == "city":
        imp = 0.05 + 0.09 * math.log10(max(population, 0) + 1)  # 1M -> 0.59, 10M -> 0.68
        if feature_code == "PPLC":
            imp += 0.12
        elif feature_code in ("PPLA",):
            imp += 0.05
        return round(min(imp, 0.85), 4)
    base = kind_prior(kind)
    if kind in ("country", "admin1") and population:
        base += min(0.05, 0.01 * math.log10(population + 1) - 0.03)
    if kind == "admin2":  # a county/district: between a town and a province
        base = 0.3 + 0.03 * math.log10(population + 1)
    return round(min(max(base, 0.0), 1.0), 4)


@dataclass(slots=True)
class Row:
    id: str
    name: str
    kind: str
    lat: float
    lon: float
    fclass: str = ""
    fcode: str = ""
    country: str = ""
    admin1: str = ""
    population: int = 0
    bbox: tuple[float, float, float, float] | None = None
    countries: tuple[str, ...] = ()
    geonameid: int | None = None
    source: str = ""
    aliases: list[str] = field(default_factory=list)
    geometry: dict[str, Any] | None = None  # GeoJSON, simplified
    importance: float | None = None


def keep_alias(alias: str, *, codes: bool = False) -> bool:
    """Keep names a reader of Latin-script text could write; drop digits, and short
    all-caps codes (IATA-like) unless ``codes`` (state/province abbreviations: NSW)."""
    if not alias or len(alias) > 120:
        return False
    key = normalize_name(alias)
    if not key or not any("a" <= c <= "z" for c in key):
        return False
    if alias.isupper() and len(alias) <= 3 and not (codes and len(alias) >= 2):
        return False
    return not key.replace(" ", "").isdigit()


class Writer:
    """Insert rows into an open store (used by build and by import-geonames)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.n = 0
        self.sources: dict[str, int] = dict(
            (t, sid) for sid, t in conn.execute("SELECT sid, text FROM sources")
        )

    def source_id(self, text: str) -> int:
        sid = self.sources.get(text)
        if sid is None:
            sid = self.conn.execute("INSERT INTO sources(text) VALUES (?)", (text,)).lastrowid
            assert sid is not None
            self.sources[text] = sid
        return sid

    def add(self, rows: Iterable[Row], *, replace: bool = False) -> int:
        cur = self.conn.cursor()
        n = 0
        for r in rows:
            imp = (
                r.importance
                if r.importance is not None
                else importance(r.kind, r.population, r.fcode)
            )
            bb = r.bbox
            params = (
                r.id,
                r.name,
                r.kind,
                r.fclass,
                r.fcode,
                r.country,
                r.admin1,
                r.lat,
                r.lon,
                r.population,
                imp,
                bb[0] if bb else None,
                bb[1] if bb else None,
                bb[2] if bb else None,
                bb[3] if bb else None,
                "|".join(r.countries),
                r.geonameid,
                self.source_id(r.source),
            )
            if replace:
                old = cur.execute("SELECT rid FROM places WHERE id=?", (r.id,)).fetchone()
                if old:
                    for t in ("names", "geometries", "point_index", "shape_index"):
                        cur.execute(f"DELETE FROM {t} WHERE rid=?", (old[0],))
                    cur.execute("DELETE FROM places WHERE rid=?", (old[0],))
            cur.execute(
                "INSERT INTO places(id,name,kind,fclass,fcode,country,admin1,lat,lon,population,"
                "importance,min_lon,min_lat,max_lon,max_lat,countries,geonameid,source) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                params,
            )
            rid = cur.lastrowid
            names = [(normalize_name(r.name), rid, "", 0)]
            names += [(normalize_name(a), rid, a, 1) for a in r.aliases if a]
            cur.executemany(
                "INSERT OR IGNORE INTO names VALUES (?,?,?,?)", [x for x in names if x[0]]
            )
            cur.execute(
                "INSERT INTO point_index VALUES (?,?,?,?,?)", (rid, r.lat, r.lat, r.lon, r.lon)
            )
            if r.geometry is not None:
                cur.execute(
                    "INSERT INTO geometries VALUES (?,?)",
                    (rid, json.dumps(r.geometry, separators=(",", ":"))),
                )
                if bb and r.kind in ("country", "admin1", "admin2"):
                    cur.execute(
                        "INSERT INTO shape_index VALUES (?,?,?,?,?)",
                        (rid, bb[1], bb[3], bb[0], bb[2]),
                    )
            n += 1
        self.n += n
        return n


def finish_store(conn: sqlite3.Connection) -> None:
    conn.executescript(POST_SCHEMA)
    # names the fuzzy fallback may suggest: everything but small villages
    conn.executescript(
        """
        DROP TABLE IF EXISTS fuzzy_keys;
        CREATE TABLE fuzzy_keys(key TEXT PRIMARY KEY) WITHOUT ROWID;
        INSERT OR IGNORE INTO fuzzy_keys
          SELECT n.key FROM names n JOIN places p ON p.rid=n.rid
          WHERE (p.kind != 'city' OR p.population >= 5000) AND length(n.key) >= 4;
        """
    )
