"""The corrections store: user corrections and user-added places in one SQLite file.

History and undo
----------------
Rows are append-only. ``undo`` appends an ``"undo"`` row naming the correction it reverts;
"active" means "not reverted by any undo row". "Latest" is by ``(created_at, id)``:
timestamps are UTC with microseconds and strictly increasing within a store, so locally
that is the order the user made them. Sharing (export/import) is described in
:mod:`geo.corrections.exchange`.

Durability
----------
SQLite in WAL mode with ``synchronous=FULL``: every acknowledged write is fsynced into the
WAL before ``commit`` returns, so it survives a SIGKILL of the app (``NORMAL`` would too)
and also an OS crash or power loss (``NORMAL`` may lose the last transactions there).
Writers take the write lock up front (``BEGIN IMMEDIATE``) and wait ``busy_timeout`` for
each other, so two browser sessions or processes never see "database is locked".
"""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, cast

from geo import settings
from geo.corrections.checks import (
    check_author,
    check_mention,
    check_new_place,
    check_place_id,
    check_scope,
    content_hash_of,
    fmt_ts,
    parse_ts,
    slug,
)
from geo.corrections.exchange import (
    export_data,
    parse_export,
    read_export_file,
    write_export_file,
)
from geo.corrections.model import USER_PREFIX, Action, Correction, Rules, Scope
from geo.corrections.overlay import UserPlacesGazetteer
from geo.errors import CorrectionError, InputError
from geo.gazetteer import GazetteerLike, GazetteerView
from geo.models import Document, Mention, Place
from geo.names import normalize_name

__all__ = ["SCHEMA_VERSION", "CorrectionStore"]

SCHEMA_VERSION = 1

SCHEMA = (
    """CREATE TABLE IF NOT EXISTS corrections(
  seq INTEGER PRIMARY KEY AUTOINCREMENT,  -- local arrival order
  id TEXT NOT NULL UNIQUE,                -- global (uuid4 hex): identity across stores
  action TEXT NOT NULL CHECK(action IN ('assign', 'not_a_place', 'undo')),
  scope TEXT NOT NULL CHECK(scope IN ('mention', 'document', 'corpus')),
  doc_hash TEXT NOT NULL,                 -- Document.content_hash of the corrected document
  m_start INTEGER NOT NULL,
  m_end INTEGER NOT NULL,
  text TEXT NOT NULL,                     -- the mention text (stale-key check)
  norm TEXT NOT NULL,                     -- normalize_name(text): document/corpus scopes
  place_id TEXT,                          -- assign: the chosen place
  target TEXT,                            -- undo: id of the reverted correction
  author TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,               -- UTC, microseconds, strictly increasing locally
  CHECK((action = 'assign') = (place_id IS NOT NULL)),
  CHECK((action = 'undo') = (target IS NOT NULL))
)""",
    "CREATE INDEX IF NOT EXISTS corrections_doc ON corrections(doc_hash, created_at)",
    "CREATE INDEX IF NOT EXISTS corrections_norm ON corrections(norm) WHERE scope = 'corpus'",
    "CREATE INDEX IF NOT EXISTS corrections_target ON corrections(target) WHERE target IS NOT NULL",
    "CREATE INDEX IF NOT EXISTS corrections_time ON corrections(created_at)",
    """CREATE TABLE IF NOT EXISTS user_places(
  id TEXT PRIMARY KEY,                    -- "user:<slug>-<12 hex>"
  name TEXT NOT NULL,
  norm TEXT NOT NULL,                     -- normalize_name(name): lookup by name
  kind TEXT NOT NULL,
  lat REAL NOT NULL,
  lon REAL NOT NULL,
  country TEXT NOT NULL DEFAULT '',
  author TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
)""",
    "CREATE INDEX IF NOT EXISTS user_places_norm ON user_places(norm)",
)

_COLS = (
    "seq, id, action, scope, doc_hash, m_start, m_end, text, place_id, target, author, created_at"
)
# a correction (not an undo row) that no undo row reverts
_ACTIVE = (
    "c.action != 'undo' AND NOT EXISTS "
    "(SELECT 1 FROM corrections u WHERE u.target = c.id AND u.action = 'undo')"
)


class CorrectionStore:
    """User corrections and user-added places in one SQLite file. Thread- and process-safe.

    ``gazetteer`` (optional) lets :meth:`assign` reject place ids the gazetteer does not know.
    """

    def __init__(
        self,
        path: str | Path | None = None,
        *,
        gazetteer: GazetteerLike | None = None,
        timeout: float | None = None,
    ) -> None:
        self.path = Path(path) if path is not None else Path(settings.CORRECTIONS_DB)
        self.gazetteer = gazetteer
        self.timeout = settings.CORRECTIONS_BUSY_TIMEOUT_S if timeout is None else float(timeout)
        self._lock = threading.RLock()
        self._db: sqlite3.Connection | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise CorrectionError(f"cannot create the corrections directory {self.path.parent}: "
                                  f"{exc}") from exc  # fmt: skip
        self._db = self._open()

    def __repr__(self) -> str:
        return f"CorrectionStore({str(self.path)!r})"

    # --- connection -------------------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(
                self.path, timeout=self.timeout, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise CorrectionError(f"cannot open the corrections store {self.path}: {exc}") from exc
        try:
            conn.execute(f"PRAGMA busy_timeout={int(self.timeout * 1000)}")
            self._schema_version(conn)  # read-only: reject a foreign file before touching it
            # Switching to WAL needs an exclusive lock; it is persistent, so only the first
            # opener of a new file does it (and a concurrent opener waits on busy_timeout).
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
                if mode != "wal":
                    raise CorrectionError(f"{self.path}: cannot switch to WAL mode (got {mode})")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("BEGIN IMMEDIATE")
            try:
                if self._schema_version(conn) == 0:
                    for stmt in SCHEMA:
                        conn.execute(stmt)
                    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            conn.close()
            raise CorrectionError(f"{self.path} is not a usable corrections store: {exc}") from exc
        except BaseException:
            conn.close()
            raise
        return conn

    def _schema_version(self, conn: sqlite3.Connection) -> int:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise CorrectionError(f"{self.path} was written by a newer version (schema "
                                  f"{version}; this version reads up to {SCHEMA_VERSION})")  # fmt: skip
        if version == 0:
            tables = conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            ).fetchall()
            if {t[0] for t in tables} - {"corrections", "user_places"}:
                raise CorrectionError(f"{self.path} is an SQLite file but not a corrections store")
        return version

    def _conn(self) -> sqlite3.Connection:
        if self._db is None:
            raise CorrectionError(f"the corrections store {self.path} is closed")
        return self._db

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction holding the write lock from its start (no upgrade deadlock)."""
        with self._lock:
            conn = self._conn()
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise CorrectionError(f"{self.path}: {exc}") from exc
            try:
                yield conn
                conn.execute("COMMIT")
            except sqlite3.Error as exc:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise CorrectionError(f"{self.path}: {exc}") from exc
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise

    def _read(self, sql: str, params: Iterable[Any] = ()) -> list[Any]:
        with self._lock:
            try:
                return self._conn().execute(sql, tuple(params)).fetchall()
            except sqlite3.Error as exc:
                raise CorrectionError(f"{self.path}: {exc}") from exc

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None

    def __enter__(self) -> CorrectionStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- rows -------------------------------------------------------------------------

    @staticmethod
    def _row(r: Any, undone: bool = False) -> Correction:
        return Correction(
            seq=r[0], id=r[1], action=r[2], scope=r[3], doc_hash=r[4], start=r[5], end=r[6],
            text=r[7], place_id=r[8], target=r[9], author=r[10], created_at=r[11], undone=undone,
        )  # fmt: skip

    def _next_ts(self, conn: sqlite3.Connection) -> str:
        """Now, or 1 µs after the newest row: strictly increasing within this store."""
        now = datetime.now(UTC)
        last = conn.execute("SELECT max(created_at) FROM corrections").fetchone()[0]
        if last is not None:
            floor = parse_ts(last) + timedelta(microseconds=1)
            now = max(now, floor)
        return fmt_ts(now)

    @staticmethod
    def _insert(conn: sqlite3.Connection, c: Correction) -> None:
        conn.execute(
            "INSERT INTO corrections(id, action, scope, doc_hash, m_start, m_end, text, norm, "
            "place_id, target, author, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (c.id, c.action, c.scope, c.doc_hash, c.start, c.end, c.text, c.norm, c.place_id,
             c.target, c.author, c.created_at),
        )  # fmt: skip

    def _record(
        self,
        action: Action,
        doc: Document | str,
        mention: Mention,
        place_id: str | None,
        scope: Scope,
        author: str,
    ) -> Correction:
        doc_hash = content_hash_of(doc)
        check_mention(mention)
        scope = check_scope(scope)
        author = check_author(author)
        if scope != "mention" and not normalize_name(mention.text):
            raise InputError(f"mention {mention.text!r} has no letters or digits to match on")
        with self._write() as conn:
            if place_id is not None:
                self._check_known(conn, place_id)
            c = Correction(
                id=uuid.uuid4().hex, action=action, scope=scope, doc_hash=doc_hash,
                start=mention.start, end=mention.end, text=mention.text, place_id=place_id,
                author=author, created_at=self._next_ts(conn),
            )  # fmt: skip
            self._insert(conn, c)
            seq = conn.execute("SELECT last_insert_rowid()").fetchone()[0]
        return replace(c, seq=seq)

    def _check_known(self, conn: sqlite3.Connection, place_id: str) -> None:
        if place_id.startswith(USER_PREFIX):
            if conn.execute("SELECT 1 FROM user_places WHERE id = ?", (place_id,)).fetchone():
                return
            raise CorrectionError(f"no user-added place {place_id!r} in {self.path}")
        if self.gazetteer is not None and self.gazetteer.get(place_id) is None:
            raise CorrectionError(f"the gazetteer has no place {place_id!r}")

    # --- corrections --------------------------------------------------------------------

    def assign(
        self,
        doc: Document | str,
        mention: Mention,
        place_id: str,
        *,
        scope: Scope = "mention",
        author: str = "",
    ) -> Correction:
        """Resolve ``mention`` to ``place_id``: another candidate, any gazetteer place or a
        user-added place ("user:..."). ``doc`` is the Document or its content_hash."""
        return self._record("assign", doc, mention, check_place_id(place_id), scope, author)

    def not_a_place(
        self, doc: Document | str, mention: Mention, *, scope: Scope = "mention", author: str = ""
    ) -> Correction:
        """Mark ``mention`` (and, by scope, every identical one) as not naming a place."""
        return self._record("not_a_place", doc, mention, None, scope, author)

    def undo(
        self,
        doc: Document | str | None = None,
        *,
        correction_id: str | None = None,
        author: str = "",
    ) -> Correction | None:
        """Revert the latest active correction made in ``doc``, or the one ``correction_id``.

        Appends an ``"undo"`` row. Returns the reverted correction (``undone=True``), or
        None when ``doc`` has nothing left to undo.
        """
        if (doc is None) == (correction_id is None):
            raise InputError("undo needs exactly one of a document or a correction id")
        author = check_author(author)
        with self._write() as conn:
            if correction_id is not None:
                row = conn.execute(
                    f"SELECT {_COLS} FROM corrections WHERE id = ?", (correction_id,)
                ).fetchone()
                if row is None:
                    raise CorrectionError(f"no correction with id {correction_id!r}")
                if row[2] == "undo":
                    raise CorrectionError(f"{correction_id!r} is an undo; it cannot be undone")
                if conn.execute(
                    "SELECT 1 FROM corrections WHERE target = ? AND action = 'undo'",
                    (correction_id,),
                ).fetchone():
                    raise CorrectionError(f"correction {correction_id!r} is already undone")
            else:
                row = conn.execute(
                    f"SELECT {_COLS} FROM corrections c WHERE c.doc_hash = ? AND {_ACTIVE} "
                    "ORDER BY c.created_at DESC, c.id DESC LIMIT 1",
                    (content_hash_of(cast(Document | str, doc)),),
                ).fetchone()
                if row is None:
                    return None
            target = self._row(row, undone=True)
            self._insert(conn, replace(
                target, id=uuid.uuid4().hex, action="undo", place_id=None, target=target.id,
                author=author, created_at=self._next_ts(conn),
            ))  # fmt: skip
        return target

    # --- user places ----------------------------------------------------------------------

    def add_place(
        self,
        name: str,
        kind: str,
        lat: float,
        lon: float,
        *,
        country: str = "",
        author: str = "",
    ) -> Place:
        """Add a place the gazetteer lacks; returns it with id ``"user:<slug>-<hex>"``."""
        nm, kd, la, lo, cc = check_new_place(name, kind, lat, lon, country)
        author = check_author(author)
        pid = f"{USER_PREFIX}{slug(nm)}-{uuid.uuid4().hex[:12]}"
        with self._write() as conn:
            conn.execute(
                "INSERT INTO user_places(id, name, norm, kind, lat, lon, country, author, "
                "created_at) VALUES (?,?,?,?,?,?,?,?,?)",
                (pid, nm, normalize_name(nm), kd, la, lo, cc, author, fmt_ts(datetime.now(UTC))),
            )
        place = self.place(pid)
        assert place is not None
        return place

    @staticmethod
    def _place_row(r: Any) -> Place:
        return Place(
            id=r[0], name=r[1], kind=r[2], lat=r[3], lon=r[4], country=r[5],
            countries=(r[5],) if r[5] else (), source="user",
        )  # fmt: skip

    def place(self, place_id: str) -> Place | None:
        """A user-added place by id."""
        rows = self._read(
            "SELECT id, name, kind, lat, lon, country FROM user_places WHERE id = ?", (place_id,)
        )
        return self._place_row(rows[0]) if rows else None

    def places_named(self, name: str) -> list[Place]:
        """User-added places whose normalised name equals that of ``name``."""
        rows = self._read(
            "SELECT id, name, kind, lat, lon, country FROM user_places WHERE norm = ? "
            "ORDER BY created_at, id",
            (normalize_name(name),),
        )
        return [self._place_row(r) for r in rows]

    def with_user_places(self, gazetteer: GazetteerView) -> UserPlacesGazetteer:
        """``gazetteer`` plus this store's user-added places (for ``get`` and ``lookup``)."""
        return UserPlacesGazetteer(gazetteer, self)

    def places(self) -> list[Place]:
        """Every user-added place, oldest first."""
        rows = self._read(
            "SELECT id, name, kind, lat, lon, country FROM user_places ORDER BY created_at, id"
        )
        return [self._place_row(r) for r in rows]

    # --- reading ----------------------------------------------------------------------------

    def history(self, doc: Document | str | None = None) -> list[Correction]:
        """Every row (corrections and undos) made in ``doc`` (or all), in arrival order."""
        where, params = (
            ("WHERE c.doc_hash = ?", (content_hash_of(doc),)) if doc is not None else ("", ())
        )
        rows = self._read(
            f"SELECT {_COLS}, EXISTS(SELECT 1 "
            "FROM corrections u WHERE u.target = c.id AND u.action = 'undo') "
            f"FROM corrections c {where} ORDER BY c.seq",
            params,
        )
        return [self._row(r, undone=bool(r[12])) for r in rows]

    def active(self, doc: Document | str | None = None) -> list[Correction]:
        """The corrections (made in ``doc``, or all) that no undo reverted, oldest first."""
        where, params = (
            ("AND c.doc_hash = ?", (content_hash_of(doc),)) if doc is not None else ("", ())
        )
        rows = self._read(
            f"SELECT {_COLS} FROM corrections c WHERE {_ACTIVE} {where} "
            "ORDER BY c.created_at, c.id",
            params,
        )
        return [self._row(r) for r in rows]

    def rules(self, doc: Document | str, texts: Iterable[str] = ()) -> Rules:
        """The active corrections that can apply to ``doc``: its own (every scope) and the
        corpus-scope ones whose normalised text is among ``texts`` (mention texts)."""
        doc_hash = content_hash_of(doc)
        norms = sorted({n for n in (normalize_name(t) for t in texts) if n})
        rows = self._read(
            f"SELECT {_COLS} FROM corrections c WHERE {_ACTIVE} AND (c.doc_hash = ? OR "
            "(c.scope = 'corpus' AND c.norm IN (SELECT value FROM json_each(?)))) "
            "ORDER BY c.created_at, c.id",
            (doc_hash, json.dumps(norms)),
        )
        return Rules(doc_hash, [self._row(r) for r in rows])

    def effective(self, doc: Document | str, mention: Mention) -> Correction | None:
        """The correction that applies to one mention, if any (see the module doc)."""
        return self.rules(doc, [mention.text]).match(mention)

    def __len__(self) -> int:
        return int(self._read("SELECT count(*) FROM corrections")[0][0])

    def revision(self) -> tuple[int, int]:
        """Changes whenever a row is written, by any process: ``(newest correction seq,
        number of user places)``. Rows are append-only, so equal revisions mean equal
        state; a UI re-applies corrections only when it changes (two cheap index reads)."""
        row = self._read(
            "SELECT (SELECT coalesce(max(seq), 0) FROM corrections), "
            "(SELECT count(*) FROM user_places)"
        )[0]
        return int(row[0]), int(row[1])

    # --- sharing ---------------------------------------------------------------------------

    def export(self, doc: Document | str | None = None) -> dict[str, Any]:
        """Everything (or ``doc``'s history and the user places it uses) as versioned JSON."""
        rows = self.history(doc)
        places = self._read(
            "SELECT id, name, kind, lat, lon, country, author, created_at FROM user_places "
            "ORDER BY created_at, id"
        )
        if doc is not None:
            used = {c.place_id for c in rows}
            places = [p for p in places if p[0] in used]
        return export_data(rows, places)

    def import_(self, data: Any) -> dict[str, int]:
        """Merge an :meth:`export` into this store, all or nothing. Idempotent.

        Returns counts: ``corrections_added``, ``corrections_unchanged``, ``places_added``,
        ``places_unchanged`` and ``conflicts`` (an id already here with other content: the
        local row is kept).
        """
        corrections, places = parse_export(data)
        counts = dict.fromkeys(("corrections_added", "corrections_unchanged", "places_added",
                                "places_unchanged", "conflicts"), 0)  # fmt: skip
        with self._write() as conn:
            for p in places:
                old = conn.execute(
                    "SELECT name, kind, lat, lon, country FROM user_places WHERE id = ?", (p["id"],)
                ).fetchone()
                if old is None:
                    conn.execute(
                        "INSERT INTO user_places(id, name, norm, kind, lat, lon, country, "
                        "author, created_at) VALUES (?,?,?,?,?,?,?,?,?)",
                        (p["id"], p["name"], normalize_name(p["name"]), p["kind"], p["lat"],
                         p["lon"], p["country"], p["author"], p["created_at"]),
                    )  # fmt: skip
                    counts["places_added"] += 1
                elif tuple(old) == (p["name"], p["kind"], p["lat"], p["lon"], p["country"]):
                    counts["places_unchanged"] += 1
                else:
                    counts["conflicts"] += 1
            in_file = {c.id for c in corrections}
            for i, c in enumerate(corrections):
                old = conn.execute(f"SELECT {_COLS} FROM corrections WHERE id = ?",
                                   (c.id,)).fetchone()  # fmt: skip
                if old is not None:
                    same = self._row(old).to_dict() == c.to_dict()
                    counts["corrections_unchanged" if same else "conflicts"] += 1
                    continue
                where = f"corrections[{i}]"
                if (
                    c.place_id is not None
                    and c.place_id.startswith(USER_PREFIX)
                    and not conn.execute(
                        "SELECT 1 FROM user_places WHERE id = ?", (c.place_id,)
                    ).fetchone()
                ):
                    raise CorrectionError(f"{where}: user place {c.place_id!r} is neither in "
                                              "the file nor in the store")  # fmt: skip
                if c.target is not None and c.target not in in_file:
                    tgt = conn.execute(
                        "SELECT action FROM corrections WHERE id = ?", (c.target,)
                    ).fetchone()
                    if tgt is None:
                        raise CorrectionError(f"{where}: undoes {c.target!r}, which is neither "
                                              "in the file nor in the store")  # fmt: skip
                self._insert(conn, c)
                counts["corrections_added"] += 1
            bad = conn.execute(
                "SELECT u.id FROM corrections u JOIN corrections t ON t.id = u.target "
                "WHERE u.action = 'undo' AND t.action = 'undo' LIMIT 1"
            ).fetchone()
            if bad is not None:
                raise CorrectionError(f"correction {bad[0]!r} undoes an undo, which is not allowed")
        return counts

    def export_to(self, path: str | Path, doc: Document | str | None = None) -> dict[str, Any]:
        """Write :meth:`export` to ``path`` atomically (temp file, fsync, rename)."""
        data = self.export(doc)
        write_export_file(Path(path), data)
        return data

    def import_from(self, path: str | Path) -> dict[str, int]:
        """Read a corrections file and :meth:`import_` it. Bad files -> CorrectionError."""
        path = Path(path)
        data = read_export_file(path)
        try:
            return self.import_(data)
        except CorrectionError as exc:
            raise CorrectionError(f"{path}: {exc}") from exc
