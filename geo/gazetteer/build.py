"""Build the SQLite gazetteer from data the package registries ship and the curated
``data/*.csv`` files (sources: :mod:`geo.gazetteer.sources`)."""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from geo import settings
from geo.gazetteer.airports import load_airports
from geo.gazetteer.checksum import file_digest, remove_checksum, write_checksum
from geo.gazetteer.schema import SCHEMA, inputs_fingerprint
from geo.gazetteer.sources import (
    countries_json,
    load_admin1,
    load_admin2,
    load_cities,
    load_continents,
    load_countries,
    load_country_aliases,
    load_geonames_points,
    load_physical,
    with_geonames_points,
)
from geo.gazetteer.writer import Row, Writer, finish_store
from geo.names import normalize_name


def _yield_admin_names(conn: sqlite3.Connection, rows: Iterable[Row]) -> Iterator[Row]:
    """An administrative unit owns its bare name: a physical feature keeps its full
    name ("Panjshir Valley") but loses aliases that are the name of a country or an
    admin-1 unit it lies in ("Panjshir" is the province)."""
    admin: set[tuple[str, str]] = set(
        conn.execute(
            "SELECT p.country, n.key FROM names n JOIN places p ON p.rid=n.rid "
            "WHERE p.kind IN ('country', 'admin1')"
        ).fetchall()
    )
    for r in rows:
        own = normalize_name(r.name)
        r.aliases = [
            a
            for a in r.aliases
            if normalize_name(a) == own
            or not any((c, normalize_name(a)) in admin for c in r.countries)
        ]
        yield r


def build_gazetteer(path: str | Path | None = None, *, verbose: bool = False) -> dict[str, Any]:
    """Build the gazetteer into ``path`` (atomically: a temp file is renamed into place)
    and record its SHA-256 beside it (:mod:`geo.gazetteer.checksum`)."""
    from tqdm import tqdm

    path = Path(path) if path else settings.GAZETTEER_PATH
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.building")
    if tmp.exists():
        tmp.unlink()
    t0 = time.perf_counter()
    conn = sqlite3.connect(tmp)
    conn.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
    w = Writer(conn)
    counts: dict[str, int] = {}
    steps = tqdm(total=7, desc="gazetteer", disable=not verbose, unit="source")

    capitals = {iso: c.get("capital", "") for iso, c in countries_json().items()}
    cities = list(load_cities(capitals))
    cities_by_id = {int(c.geonameid or 0): c for c in cities}
    steps.update()
    extra = load_country_aliases()
    points = load_geonames_points()
    countries = list(with_geonames_points(load_countries(cities_by_id), points))
    for c in countries:
        c.aliases.extend(extra.get(c.country, []))
    counts["country"] = w.add(countries)
    steps.update()
    counts["admin1"] = w.add(with_geonames_points(load_admin1(cities), points))
    steps.update()
    counts["city"] = w.add(cities)
    counts["admin2"] = w.add(load_admin2())
    steps.update()
    counts["continent"] = w.add(load_continents())
    counts["physical"] = w.add(_yield_admin_names(conn, load_physical()))
    steps.update()
    counts["airport"] = w.add(load_airports(conn))
    steps.update()
    conn.execute("INSERT INTO meta VALUES ('version', ?)", (inputs_fingerprint(),))
    conn.execute("INSERT INTO meta VALUES ('built', ?)", (time.strftime("%Y-%m-%dT%H:%M:%S"),))
    conn.execute("INSERT INTO meta VALUES ('counts', ?)", (json.dumps(counts),))
    conn.commit()
    finish_store(conn)
    conn.commit()
    conn.execute("VACUUM")
    conn.close()
    steps.update()
    steps.close()
    digest = file_digest(tmp)
    if not path.is_symlink():  # (a link is replaced by the new file: its target stays as it is)
        remove_checksum(path)  # until the new one is written: the old store is "stale"
    os.replace(tmp, path)
    write_checksum(path, digest)
    counts["seconds"] = round(time.perf_counter() - t0, 1)  # type: ignore[assignment]
    counts["bytes"] = path.stat().st_size
    return counts
