"""Opening an annotated GeoParquet archive (``python -m geo annotate IN OUT``) read-only
with DuckDB: :func:`open_archive` -> :class:`Archive`.

The archive is checked first (``manifest.json``, the four table folders, each with at
least one partition file, every table readable); what is wrong is named in an
:class:`ArchiveError` that never carries a server path (only the folder's base name).

One :class:`Archive` (one in-memory DuckDB connection, views over the partition files)
serves every session of the app; each query runs on its own cursor
(:meth:`Archive.cursor`), which DuckDB makes safe to use from several threads.
"""

from __future__ import annotations

import json
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


class Archive:
    """An open archive: DuckDB views ``mentions``, ``places``, ``events``, ``documents``
    over its partition files. ``name`` is the folder's base name (safe to show)."""

    def __init__(self, root: Path, con: duckdb.DuckDBPyConnection, has_passages: bool) -> None:
        self.root = root
        self.name = root.name
        self._con = con
        self._lock = threading.Lock()
        self.has_passages = has_passages
        self.span = self._span()

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
    # every file's footer is read here: a damaged one fails now, naming its table
    con.execute(f"SELECT count(*) FROM {t}").fetchone()


def open_archive(path: str | Path) -> Archive:
    """Open the archive folder ``path`` read-only (the files are never written).

    Raises :class:`ArchiveError` when the manifest or a table is missing or a partition
    file cannot be read (the message names the table, not the server path)."""
    import duckdb

    root = Path(path)
    files = _check(root)
    con = duckdb.connect(":memory:", config={"threads": THREADS, "memory_limit": MEMORY_LIMIT})
    try:
        for t in TABLES:
            try:
                _create_view(con, t, files[t])
            except duckdb.Error as exc:
                raise ArchiveError(
                    f"archive {root.name!r}: table {t} cannot be read: {_clean(str(exc), root)}"
                ) from None
        has_passages = "passage" in {r[0] for r in con.execute("DESCRIBE mentions_raw").fetchall()}
        return Archive(root, con, has_passages)
    except duckdb.Error as exc:
        con.close()
        raise ArchiveError(
            f"archive {root.name!r} cannot be read: {_clean(str(exc), root)}"
        ) from None
    except BaseException:
        con.close()
        raise
