"""The SQLite store: :class:`Gazetteer`, read-only at run time (the file's format is in
:mod:`geo.gazetteer.schema`; it is written by :mod:`geo.gazetteer.build`)."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from geo import settings
from geo.cache import BoundedCache
from geo.errors import GazetteerError, InputError
from geo.gazetteer.protocols import check_point, suggest_places
from geo.geometry import haversine_km
from geo.models import Candidate, MatchType, Place, Suggestion
from geo.names import normalize_name, validate_name

_PLACE_COLS = (
    "p.rid, p.id, p.name, p.kind, p.fclass, p.fcode, p.country, p.admin1, p.lat, p.lon, "
    "p.population, p.importance, p.min_lon, p.min_lat, p.max_lon, p.max_lat, p.countries, "
    "p.geonameid, (SELECT text FROM sources WHERE sid=p.source)"
)


def _row_to_place(row: Sequence[Any], aliases: tuple[str, ...] = ()) -> Place:
    bbox = None if row[12] is None else (row[12], row[13], row[14], row[15])
    return Place(
        id=row[1],
        name=row[2],
        kind=row[3],
        feature_class=row[4],
        feature_code=row[5],
        country=row[6],
        admin1=row[7],
        lat=row[8],
        lon=row[9],
        population=row[10],
        importance=row[11],
        bbox=bbox,
        countries=tuple(row[16].split("|")) if row[16] else ((row[6],) if row[6] else ()),
        geonameid=row[17],
        source=row[18],
        aliases=aliases,
    )


#: a place's aliases by its row (the ``names_rid`` index of POST_SCHEMA answers it)
ALIASES_SQL = "SELECT name FROM names WHERE rid=? AND is_alias=1 ORDER BY name LIMIT 200"


class Gazetteer:
    """Read-only access to the SQLite gazetteer. Safe to share between threads."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if not self.path.exists():
            raise GazetteerError(
                f"gazetteer file {self.path} does not exist; run `python -m geo gazetteer build`"
            )
        self._local = threading.local()
        try:
            meta = dict(self._conn().execute("SELECT key, value FROM meta").fetchall())
        except sqlite3.DatabaseError as exc:
            raise GazetteerError(f"{self.path} is not a gazetteer database: {exc}") from exc
        self.meta: dict[str, str] = meta
        self._fuzzy: dict[str, list[str]] | None = None
        self._fuzzy_lock = threading.Lock()
        # parsed polygons for containing(), by rid
        self._shape_cache: BoundedCache[int, Any] = BoundedCache(2000)

    # connections are per thread (Streamlit serves each session on its own thread)
    def _conn(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            uri = f"file:{self.path}?mode=ro"
            conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
            conn.execute("PRAGMA query_only=1")
            conn.execute("PRAGMA mmap_size=268435456")
            conn.execute("PRAGMA cache_size=-65536")
            self._local.conn = conn
        return conn

    def __len__(self) -> int:
        return int(self._conn().execute("SELECT count(*) FROM places").fetchone()[0])

    def ids_of_kind(self, kind: str) -> list[str]:
        """Ids of every place of one kind (e.g. all countries, for map outlines)."""
        rows = self._conn().execute("SELECT id FROM places WHERE kind=? ORDER BY id", (kind,))
        return [r[0] for r in rows]

    def count(self, kind: str | None = None) -> int:
        if kind is None:
            return len(self)
        return int(
            self._conn().execute("SELECT count(*) FROM places WHERE kind=?", (kind,)).fetchone()[0]
        )

    # --- lookup -------------------------------------------------------------------
    def lookup(
        self, name: str, *, fuzzy: bool = True, limit: int = settings.MAX_CANDIDATES
    ) -> list[Candidate]:
        """Every place called ``name`` (aliases included), best prior first.

        Matching is case-, diacritic- and punctuation-insensitive. When nothing
        matches exactly and ``fuzzy`` is true, close spellings (rapidfuzz) are
        returned with ``match="fuzzy"`` and a name score < 1.
        """
        validate_name(name, max_chars=settings.MAX_QUERY_CHARS)
        if len(name) > settings.MAX_NAME_CHARS:
            raise InputError(
                f"name is {len(name):,} characters long; the limit is {settings.MAX_NAME_CHARS}"
            )
        key = normalize_name(name)
        out = self._lookup_key(key, name, limit)
        if out or not fuzzy or len(key) < settings.FUZZY_MIN_LEN:
            return out
        return self._fuzzy_lookup(key, limit)

    def _lookup_key(self, key: str, name: str, limit: int) -> list[Candidate]:
        rows = self._conn().execute(
            f"SELECT {_PLACE_COLS}, n.name, n.is_alias FROM names n JOIN places p ON p.rid=n.rid "
            "WHERE n.key=? ORDER BY p.importance DESC, p.population DESC LIMIT ?",
            (key, limit),
        )
        folded = name.casefold()
        out = []
        for row in rows:
            matched, is_alias = row[19] or row[2], row[20]
            match: MatchType
            if matched.casefold() != folded:
                match = "folded"
            else:
                match = "alias" if is_alias else "exact"
            out.append(Candidate(_row_to_place(row), matched, match, 1.0))
        return out

    def _fuzzy_keys(self) -> dict[str, list[str]]:
        with self._fuzzy_lock:
            if self._fuzzy is None:
                buckets: dict[str, list[str]] = {}
                for (key,) in self._conn().execute("SELECT key FROM fuzzy_keys"):
                    buckets.setdefault(key[:1], []).append(key)
                self._fuzzy = buckets
        return self._fuzzy

    def _fuzzy_lookup(self, key: str, limit: int) -> list[Candidate]:
        from rapidfuzz import fuzz, process

        keys = self._fuzzy_keys().get(key[:1], [])
        hits = process.extract(
            key, keys, scorer=fuzz.ratio, score_cutoff=settings.FUZZY_MIN_SCORE, limit=5
        )
        out: list[Candidate] = []
        for hit_key, score, _ in hits:
            for c in self._lookup_key(hit_key, hit_key, limit):
                out.append(Candidate(c.place, c.matched_name, "fuzzy", score / 100.0))
        out.sort(key=lambda c: (-c.name_score, -c.place.importance))
        return out[:limit]

    def search(self, prefix: str, *, limit: int = 20, countries: Sequence[str] = ()) -> list[Place]:
        """Places whose name or alias starts with ``prefix`` (for a search box): places
        called exactly ``prefix`` first, then (with ``countries``) those in one of these
        countries, then by prior importance and population. The places carry their
        aliases (for :func:`geo.names.english_name`)."""
        validate_name(prefix, what="search text")
        key = normalize_name(prefix)
        codes = [c for c in countries if isinstance(c, str) and c][:50]
        in_countries = f" (p.country IN ({','.join('?' * len(codes))})) DESC," if codes else ""
        rows = (
            self._conn()
            .execute(
                f"SELECT {_PLACE_COLS} FROM places p WHERE p.rid IN ("
                "  SELECT rid FROM names WHERE key >= ? AND key < ? LIMIT 5000)"
                " ORDER BY (p.rid IN (SELECT rid FROM names WHERE key=?)) DESC,"
                f"{in_countries} p.importance DESC, p.population DESC LIMIT ?",
                (key, key + "\uffff", key, *codes, limit),
            )
            .fetchall()
        )
        aliases = self._aliases([r[0] for r in rows])
        return [_row_to_place(r, aliases.get(r[0], ())) for r in rows]

    def _aliases(self, rids: Sequence[int], per_place: int = 200) -> dict[int, tuple[str, ...]]:
        out: dict[int, list[str]] = {}
        for i in range(0, len(rids), 5000):  # one scan of the names table per chunk
            chunk = list(rids[i : i + 5000])
            q = ",".join("?" * len(chunk))
            for rid, name in self._conn().execute(
                f"SELECT rid, name FROM names WHERE rid IN ({q}) AND is_alias=1 ORDER BY name",
                chunk,
            ):
                lst = out.setdefault(rid, [])
                if len(lst) < per_place:
                    lst.append(name)
        return {rid: tuple(v) for rid, v in out.items()}

    def suggest(
        self, query: str, *, limit: int = 8, countries: Sequence[str] = ()
    ) -> list[Suggestion]:
        """Search-box suggestions, most relevant first (:func:`suggest_places`: exact names
        before prefixes, places in ``countries`` and larger places first)."""
        out = suggest_places(self, query, limit=limit, countries=countries)
        missing = [s.place.id for s in out if not s.place.aliases]
        if not missing:
            return out
        q = ",".join("?" * len(missing))
        rids = dict(self._conn().execute(f"SELECT id, rid FROM places WHERE id IN ({q})", missing))
        aliases = self._aliases(list(rids.values()))
        return [
            Suggestion(replace(s.place, aliases=aliases[rids[s.place.id]]), s.how)
            if not s.place.aliases and rids.get(s.place.id) in aliases
            else s
            for s in out
        ]

    def get(self, place_id: str) -> Place | None:
        validate_name(place_id, what="place id")
        conn = self._conn()
        row = conn.execute(
            f"SELECT {_PLACE_COLS} FROM places p WHERE p.id=?", (place_id,)
        ).fetchone()
        if row is None:
            return None
        aliases = tuple(n for (n,) in conn.execute(ALIASES_SQL, (row[0],)))
        return _row_to_place(row, aliases)

    def get_many(self, place_ids: Iterable[str], *, aliases: bool = False) -> dict[str, Place]:
        """The places with these ids (those that exist). With ``aliases``, their aliases
        as :meth:`get` gives them, read for all of them at once (the names table has no
        index by place: each read scans it, ~0.1 s)."""
        ids = list(dict.fromkeys(place_ids))
        rows: dict[str, Any] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            q = ",".join("?" * len(chunk))
            for row in self._conn().execute(
                f"SELECT {_PLACE_COLS} FROM places p WHERE p.id IN ({q})", chunk
            ):
                rows[row[1]] = row
        names = self._aliases([r[0] for r in rows.values()]) if aliases and rows else {}
        return {pid: _row_to_place(r, names.get(r[0], ())) for pid, r in rows.items()}

    # --- hierarchy ----------------------------------------------------------------
    def admin1_of(self, country: str, admin1: str) -> Place | None:
        if not country or not admin1:
            return None
        row = (
            self._conn()
            .execute(
                f"SELECT {_PLACE_COLS} FROM places p WHERE p.country=? AND p.admin1=? "
                "AND p.kind='admin1' ORDER BY p.importance DESC LIMIT 1",
                (country, admin1),
            )
            .fetchone()
        )
        return _row_to_place(row) if row else None

    def country_of(self, country: str) -> Place | None:
        if not country:
            return None
        row = (
            self._conn()
            .execute(
                f"SELECT {_PLACE_COLS} FROM places p WHERE p.country=? AND p.kind='country' "
                "ORDER BY p.importance DESC LIMIT 1",
                (country,),
            )
            .fetchone()
        )
        return _row_to_place(row) if row else None

    def hierarchy(self, place: Place) -> list[Place]:
        """``[place, admin-1, country]`` (missing levels are skipped)."""
        chain = [place]
        if place.kind not in ("country", "admin1"):
            a1 = self.admin1_of(place.country, place.admin1)
            if a1 is None and place.kind not in ("continent", "ocean"):
                a1 = next(
                    (p for p in self.containing(place.lat, place.lon) if p.kind == "admin1"), None
                )
            if a1 is not None and a1.id != place.id and place.kind != "country":
                chain.append(a1)
        if place.kind != "country":
            c = self.country_of(place.country)
            if c is not None:
                chain.append(c)
        return chain

    def parent_ids(self, place: Place) -> list[str]:
        return [p.id for p in self.hierarchy(place)[1:]]

    # --- space --------------------------------------------------------------------
    def nearby(
        self, lat: float, lon: float, k: int = 10, *, kinds: Sequence[str] | None = None
    ) -> list[tuple[Place, float]]:
        """The ``k`` places nearest to (lat, lon) with their distance in km."""
        check_point(lat, lon)
        if k < 1:
            raise InputError("k must be at least 1")
        conn = self._conn()
        radius = 0.25
        rows: list[Any] = []
        while radius <= 256:
            kind_sql = ""
            params: list[Any] = [lat - radius, lat + radius, lon - radius, lon + radius]
            if kinds:
                kind_sql = f" AND p.kind IN ({','.join('?' * len(kinds))})"
                params.extend(kinds)
            rows = conn.execute(
                f"SELECT {_PLACE_COLS} FROM point_index i JOIN places p ON p.rid=i.rid "
                "WHERE i.max_lat>=? AND i.min_lat<=? AND i.max_lon>=? AND i.min_lon<=?" + kind_sql,
                params,
            ).fetchall()
            if len(rows) >= k:
                break
            radius *= 2
        scored = [(_row_to_place(r), haversine_km(lat, lon, r[8], r[9])) for r in rows]
        scored.sort(key=lambda t: t[1])
        return scored[:k]

    def containing(self, lat: float, lon: float) -> list[Place]:
        """Admin-1 and country places whose polygon contains the point (smallest first)."""
        check_point(lat, lon)
        from shapely.geometry import Point, shape

        conn = self._conn()
        rows = conn.execute(
            f"SELECT {_PLACE_COLS} FROM shape_index i JOIN places p ON p.rid=i.rid "
            "WHERE i.min_lat<=? AND i.max_lat>=? AND i.min_lon<=? AND i.max_lon>=?",
            (lat, lat, lon, lon),
        ).fetchall()
        pt = Point(lon, lat)
        hits: list[tuple[int, Place]] = []
        for r in rows:
            shp = self._shape_cache.get(r[0])
            if shp is None:
                g = conn.execute("SELECT geojson FROM geometries WHERE rid=?", (r[0],)).fetchone()
                if g is None:
                    continue
                shp = shape(json.loads(g[0]))
                self._shape_cache.put(r[0], shp)
            if shp.covers(pt):
                order = {"admin2": 0, "admin1": 1, "country": 2}.get(r[3], 3)
                hits.append((order, _row_to_place(r)))
        hits.sort(key=lambda t: t[0])
        return [p for _, p in hits]

    def geometry(self, place_id: str) -> dict[str, Any] | None:
        """The (simplified) GeoJSON geometry of a place, if it has one."""
        row = (
            self._conn()
            .execute(
                "SELECT g.geojson FROM geometries g JOIN places p ON p.rid=g.rid WHERE p.id=?",
                (place_id,),
            )
            .fetchone()
        )
        return json.loads(row[0]) if row else None

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None
