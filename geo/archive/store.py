"""Opening an annotated GeoParquet archive (``python -m geo annotate IN OUT``) read-only
with DuckDB: :func:`open_archive` -> :class:`Archive`.

The archive is checked first (``manifest.json``, the four table folders, each with at
least one partition file, every table readable); what is wrong is named in an
:class:`ArchiveError` that never carries a server path (only the folder's base name).

One :class:`Archive` (one in-memory DuckDB connection, views over the partition files
and index tables made from them) serves every session of the app; each query runs on its
own cursor (:meth:`Archive.cursor`), which DuckDB makes safe to use from several threads.

**Indexes on disk.** The index tables (documents, resolved mentions, places, events'
days) are built once into a DuckDB file under ``GEO_USER_DIR/cache/archives/`` (never in
the archive, which stays read-only), keyed by the archive's folder, its partition files'
names, sizes and modification times, DuckDB's version and :data:`INDEX_VERSION`; the app
attaches that file read-only (several processes may share it) and DuckDB pages it in
within :data:`MEMORY_LIMIT`, so the server's memory does not grow with the archive and a
second opening reads no Parquet file. A new or changed partition makes a new key (a
rebuild); a damaged index file is rebuilt; where the cache folder cannot be written the
indexes are made in memory as before.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from geo.errors import GeoError

if TYPE_CHECKING:
    import duckdb

__all__ = ["TABLES", "Archive", "ArchiveError", "Span", "Step", "Window", "open_archive"]

log = logging.getLogger(__name__)

TABLES = ("mentions", "places", "events", "documents")
#: the index tables' layout: a change here makes every cached index file stale
INDEX_VERSION = 1
INDEX_TABLES = ("doc_index", "mention_index", "place_index", "event_index")
MANIFEST = "manifest.json"
#: DuckDB's memory budget and threads (the app shares the machine with its sessions).
MEMORY_LIMIT = "512MB"
THREADS = 2

Step = Literal["day", "week", "month"]


class ArchiveError(GeoError):
    """An archive folder cannot be opened: missing manifest or table, unreadable file."""


@dataclass(frozen=True, slots=True)
class Window:
    """A date window on the documents' dates (inclusive; ``None`` = open end). The open
    window (both ``None``) also keeps undated documents."""

    start: date | None = None
    end: date | None = None

    @property
    def open(self) -> bool:
        return self.start is None and self.end is None

    def sql(self, column: str) -> tuple[str, list[object]]:
        """A SQL condition on the date column ``column`` and its parameters."""
        parts: list[str] = []
        params: list[object] = []
        if self.start is not None:
            parts.append(f"{column} >= ?")
            params.append(self.start)
        if self.end is not None:
            parts.append(f"{column} <= ?")
            params.append(self.end)
        return (" AND ".join(parts) or "TRUE"), params


@dataclass(frozen=True, slots=True)
class Span:
    """The documents' dates: first and last day, and how many documents have none."""

    first: date | None
    last: date | None
    documents: int
    undated: int


# Small in-memory tables made once at open (they read every file: a damaged one fails
# then, naming its table), so that a map or a click reads no Parquet file: the documents
# (key = hash of id and partition, id, partition, date, title), one row per resolved
# mention (place, document key, offset), one per place (name, kind, point); the events'
# (type, day) on the first timeline. Passages' text stays in the files, read per page.
_INDEXES = {
    "documents": """CREATE TABLE doc_index AS
       SELECT hash(id, partition) AS k, id, partition, date, coalesce(title, '') AS title
       FROM documents""",
    "mentions": """CREATE TABLE mention_index AS
       SELECT place_id, hash(doc_id, part) AS k, start FROM mentions
       WHERE place_id IS NOT NULL AND geometry IS NOT NULL""",
    "places": """CREATE TABLE place_index AS
       SELECT id, any_value(name) AS name, any_value(kind) AS kind,
              any_value(country) AS country, any_value(geonameid) AS geonameid,
              any_value(geometry) AS geometry
       FROM places GROUP BY id""",
}
# an event's day: the first day of its own date ("2021-08" -> Aug 1), else its document's
_EVENT_INDEX = """CREATE TABLE IF NOT EXISTS event_index AS
   SELECT coalesce(e.type, 'other') AS type,
          coalesce(TRY_CAST(CASE length(e.date) WHEN 4 THEN e.date || '-01-01'
                                              WHEN 7 THEN e.date || '-01'
                                              ELSE substr(e.date, 1, 10) END AS DATE),
                   d.date) AS day
   FROM events e LEFT JOIN doc_index d ON d.k = hash(e.doc_id, e.part)"""


class Archive:
    """An open archive: DuckDB views ``mentions``, ``places``, ``events``, ``documents``
    over its partition files, and the in-memory ``doc_index``, ``mention_index``,
    ``place_index``, ``event_index`` made from them. ``name`` is the folder's base name
    (safe to show)."""

    def __init__(
        self,
        root: Path,
        con: duckdb.DuckDBPyConnection,
        has_passages: bool,
        mention_files: dict[int, str],
    ) -> None:
        self.root = root
        self.mention_files = mention_files  # partition -> its mentions file
        self.name = root.name
        self._con = con
        self._lock = threading.Lock()
        self.has_passages = has_passages
        self.span = self._span()
        self._events_ready = False
        self.index_file: Path | None = None  # the cached index file, None when in memory

    def event_index(self) -> None:
        """Make the ``event_index`` table (type, day) on first use."""
        if not self._events_ready:
            with self._lock:
                self._con.execute(_EVENT_INDEX)
                self._events_ready = True

    @contextmanager
    def cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor of its own for one query (DuckDB cursors are per thread)."""
        with self._lock:
            cur = self._con.cursor()
        try:
            yield cur
        finally:
            cur.close()

    def _span(self) -> Span:
        with self.cursor() as cur:
            row = cur.execute(
                "SELECT min(date), max(date), count(*), count(*) FILTER (WHERE date IS NULL) "
                "FROM documents WHERE status = 'ok'"
            ).fetchone()
        assert row is not None
        return Span(row[0], row[1], int(row[2]), int(row[3]))

    def close(self) -> None:
        self._con.close()


def _sql_str(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _check(root: Path) -> dict[str, list[Path]]:
    """The partition files of each table; :class:`ArchiveError` naming what is missing."""
    name = root.name or "archive"
    if not root.is_dir():
        raise ArchiveError(f"archive {name!r}: no such folder")
    manifest = root / MANIFEST
    if not manifest.is_file():
        raise ArchiveError(
            f"archive {name!r} has no {MANIFEST}: not an output of `python -m geo annotate`"
        )
    try:
        json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ArchiveError(
            f"archive {name!r}: {MANIFEST} is unreadable ({type(exc).__name__})"
        ) from None
    files: dict[str, list[Path]] = {}
    missing = []
    for t in TABLES:
        folder = root / t
        # hidden temporary files (".part-….tmp-…") are skipped
        found = sorted(folder.glob("[!._]*.parquet")) if folder.is_dir() else []
        if not found:
            missing.append(t)
        files[t] = found
    if missing:
        raise ArchiveError(
            f"archive {name!r} is missing table{'s' if len(missing) > 1 else ''} "
            f"{', '.join(missing)} (no partition files in {', '.join(m + '/' for m in missing)})"
        )
    return files


def _clean(message: str, root: Path) -> str:
    """A DuckDB message without the server's paths."""
    for p in (str(root.resolve()), str(root)):
        message = message.replace(p, root.name)
    return message.splitlines()[0][:300] if message else "unknown error"


def _create_view(con: duckdb.DuckDBPyConnection, t: str, files: list[Path]) -> None:
    """The view ``t`` over its partition files (columns missing from old files: null)."""
    listing = "[" + ", ".join(_sql_str(str(f)) for f in files) + "]"
    extra = ""
    if t in ("mentions", "events"):
        # the partition of each row (its file's name), to join documents by id within
        # their partition: ids need not be unique across inputs
        extra = ", CAST(regexp_extract(filename, 'part-(\\d+)', 1) AS BIGINT) AS part"
    con.execute(
        f"CREATE VIEW {t}_raw AS SELECT * FROM read_parquet({listing}, "
        "union_by_name = true, filename = true)"
    )
    cols = {r[0] for r in con.execute(f"DESCRIBE {t}_raw").fetchall()}
    if t == "mentions" and "passage" not in cols:
        extra += ", NULL::VARCHAR AS passage, NULL::BIGINT AS passage_start"
    con.execute(f"CREATE VIEW {t} AS SELECT * EXCLUDE (filename){extra} FROM {t}_raw")


def _index_key(root: Path, files: dict[str, list[Path]]) -> str:
    """The cache key of an archive's indexes: folder, partition files (name, size,
    modification time), DuckDB's version (``hash()`` values) and :data:`INDEX_VERSION`."""
    import duckdb

    h = hashlib.sha256(f"{INDEX_VERSION}|{duckdb.__version__}|{root.resolve()}".encode())
    for t in TABLES:
        for f in files[t]:
            st = f.stat()
            h.update(f"|{t}/{f.name}:{st.st_size}:{st.st_mtime_ns}".encode())
    return h.hexdigest()[:24]


def _make_indexes(con: duckdb.DuckDBPyConnection, root: Path) -> None:
    """The index tables, from the views (each reads every file: a damaged one fails here,
    naming its table)."""
    import duckdb

    for t, sql in _INDEXES.items():
        try:
            con.execute(sql)
        except duckdb.Error as exc:
            raise ArchiveError(
                f"archive {root.name!r}: table {t} cannot be read: {_clean(str(exc), root)}"
            ) from None


def _build_index_file(root: Path, files: dict[str, list[Path]], target: Path) -> None:
    """Build the index tables into ``target`` (a temporary file renamed into place)."""
    import duckdb

    tmp = target.with_name(f".{target.name}.{os.getpid()}-{threading.get_ident()}.tmp")
    tmp.unlink(missing_ok=True)
    con = duckdb.connect(str(tmp), config={"threads": THREADS, "memory_limit": MEMORY_LIMIT})
    try:
        for t in TABLES:
            _create_view(con, t, files[t])
        _make_indexes(con, root)
        con.execute(_EVENT_INDEX)
        for t in TABLES:  # the views name the server's files: not kept in the cache
            con.execute(f"DROP VIEW {t}")
            con.execute(f"DROP VIEW {t}_raw")
        con.execute("CHECKPOINT")
    except BaseException:
        con.close()
        tmp.unlink(missing_ok=True)
        raise
    con.close()
    os.replace(tmp, target)


def _attach_indexes(con: duckdb.DuckDBPyConnection, target: Path) -> bool:
    """Attach the index file read-only and name its tables in ``con``; False when it
    cannot be read (damaged: the caller rebuilds it)."""
    import duckdb

    try:
        con.execute(f"ATTACH {_sql_str(str(target))} AS idx (READ_ONLY)")
    except duckdb.Error as exc:
        log.warning("archive index file unreadable (%s): rebuilding", type(exc).__name__)
        return False
    try:
        have = {r[0] for r in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE database_name = 'idx'"
        ).fetchall()}  # fmt: skip
        if not set(INDEX_TABLES) <= have:
            raise duckdb.Error(f"missing tables {sorted(set(INDEX_TABLES) - have)}")
        for t in INDEX_TABLES:
            con.execute(f"CREATE VIEW {t} AS SELECT * FROM idx.{t}")
    except duckdb.Error as exc:
        log.warning("archive index file incomplete (%s): rebuilding", exc)
        for t in INDEX_TABLES:
            con.execute(f"DROP VIEW IF EXISTS {t}")
        con.execute("DETACH idx")
        return False
    return True


def _cached_indexes(
    con: duckdb.DuckDBPyConnection, root: Path, files: dict[str, list[Path]], cache_dir: Path
) -> Path | None:
    """Attach the archive's cached index file, building it first when missing or damaged;
    None when the cache folder cannot be written (the caller makes them in memory)."""
    target = cache_dir / f"{_index_key(root, files)}.duckdb"
    if target.is_file() and _attach_indexes(con, target):
        return target
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        target.unlink(missing_ok=True)
        _build_index_file(root, files, target)
    except OSError as exc:
        log.warning("archive index cache not writable (%s): indexes in memory", exc.strerror)
        return None
    return target if _attach_indexes(con, target) else None


def default_cache_dir() -> Path:
    """Where archive index files are kept: ``GEO_USER_DIR/cache/archives``."""
    from geo import settings

    return settings.USER_DIR / "cache" / "archives"


def open_archive(path: str | Path, *, cache_dir: Path | bool | None = True) -> Archive:
    """Open the archive folder ``path`` read-only (the files are never written).

    ``cache_dir``: where the index file is kept (``True``: :func:`default_cache_dir`;
    ``False``/``None``: indexes in memory, nothing written).
    Raises :class:`ArchiveError` when the manifest or a table is missing or a partition
    file cannot be read (the message names the table, not the server path)."""
    import duckdb

    root = Path(path)
    files = _check(root)
    con = duckdb.connect(":memory:", config={"threads": THREADS, "memory_limit": MEMORY_LIMIT})
    con.execute("SET parquet_metadata_cache = true")
    try:
        for t in TABLES:
            try:
                _create_view(con, t, files[t])
            except duckdb.Error as exc:
                raise ArchiveError(
                    f"archive {root.name!r}: table {t} cannot be read: {_clean(str(exc), root)}"
                ) from None
        has_passages = "passage" in {r[0] for r in con.execute("DESCRIBE mentions_raw").fetchall()}
        folder = default_cache_dir() if cache_dir is True else cache_dir or None
        index_file = _cached_indexes(con, root, files, folder) if folder else None
        if index_file is None:
            _make_indexes(con, root)
        by_part = {}
        for f in files["mentions"]:
            m = re.search(r"part-(\d+)", f.name)
            if m:
                by_part[int(m.group(1))] = str(f)
        archive = Archive(root, con, has_passages, by_part)
        if index_file is not None:
            archive.index_file = index_file
            archive._events_ready = True  # built with the others
        return archive
    except duckdb.Error as exc:
        con.close()
        raise ArchiveError(
            f"archive {root.name!r} cannot be read: {_clean(str(exc), root)}"
        ) from None
    except BaseException:
        con.close()
        raise
