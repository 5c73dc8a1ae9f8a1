"""Opening an annotated GeoParquet archive (``python -m geo annotate IN OUT``) read-only
with DuckDB: :func:`open_archive` -> :class:`Archive`.

The archive is checked first (``manifest.json``, the four table folders, each with at
least one partition file, every table readable); what is wrong is named in an
:class:`ArchiveError` that never carries a server path (only the folder's base name).

One :class:`Archive` (one in-memory DuckDB connection, views over the partition files
and small in-memory index tables made from them at open) serves every session of the app; each query runs on its own cursor
(:meth:`Archive.cursor`), which DuckDB makes safe to use from several threads.
"""

from __future__ import annotations

import json
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

TABLES = ("mentions", "places", "events", "documents")
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


def open_archive(path: str | Path) -> Archive:
    """Open the archive folder ``path`` read-only (the files are never written).

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
        for t, sql in _INDEXES.items():
            try:
                con.execute(sql)
            except duckdb.Error as exc:
                raise ArchiveError(
                    f"archive {root.name!r}: table {t} cannot be read: {_clean(str(exc), root)}"
                ) from None
        by_part = {}
        for f in files["mentions"]:
            m = re.search(r"part-(\d+)", f.name)
            if m:
                by_part[int(m.group(1))] = str(f)
        return Archive(root, con, has_passages, by_part)
    except duckdb.Error as exc:
        con.close()
        raise ArchiveError(
            f"archive {root.name!r} cannot be read: {_clean(str(exc), root)}"
        ) from None
    except BaseException:
        con.close()
        raise
