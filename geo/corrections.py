"""Curation: corrections that persist.

A user fixes a wrong resolution once and keeps the fix::

    store = CorrectionStore()                          # settings.CORRECTIONS_DB
    store.assign(doc, mention, "geonames:1138958")     # pick a candidate / any gazetteer place
    store.not_a_place(doc, mention, scope="document")  # every identical mention in the document
    p = store.add_place("Darra", "valley", 35.1, 69.6) # a place the gazetteer lacks -> "user:..."
    store.assign(doc, mention, p.id, scope="corpus")   # every identical mention anywhere
    store.undo(doc)                                    # revert the last correction made in doc
    analysis = apply_corrections(analysis, store, gazetteer)

Keys and scopes
---------------
A correction is keyed by the document's ``content_hash`` and the mention's offsets
``(start, end)`` plus its ``text`` (a key whose text no longer matches is stale and never
applies), so it re-applies whenever the same text is analysed again. ``scope`` widens it:

* ``"mention"``  -- this span only;
* ``"document"`` -- every mention in the same document with the same normalised text
  (:func:`geo.names.normalize_name`);
* ``"corpus"``   -- every such mention in every document.

For one mention the rule that applies is the latest active mention-scope correction of
its span, else the latest active document-scope one of its text in its document, else the
latest active corpus-scope one of its text: mention overrides document overrides corpus.

History, undo and sharing
-------------------------
Rows are append-only. ``undo`` appends an ``"undo"`` row naming the correction it reverts;
"active" means "not reverted by any undo row". "Latest" is by ``(created_at, id)``:
timestamps are UTC with microseconds and strictly increasing within a store, so locally
that is the order the user made them. The export is a versioned JSON file; importing it
inserts the rows the store does not have (by their global ``id``), so importing the same
file twice changes nothing, and two stores that exchanged files hold the same rows and
therefore the same state (last writer wins by timestamp; the losing correction stays in the
history). A row whose id exists with different content is a conflict: the local row is
kept and the conflict counted.

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
import math
import os
import re
import sqlite3
import tempfile
import threading
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Literal, cast

from geo import settings
from geo.errors import CorrectionError, InputError
from geo.gazetteer import GazetteerLike, suggest_places
from geo.models import (
    KINDS,
    Analysis,
    Candidate,
    Document,
    Event,
    Mention,
    Place,
    Resolution,
    Suggestion,
    summarize_places,
)
from geo.names import normalize_name, validate_name

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "NOT_A_PLACE_REASON",
    "Correction",
    "CorrectionStore",
    "Rules",
    "UserPlacesGazetteer",
    "apply_corrections",
    "unmatched_corrections",
]

Action = Literal["assign", "not_a_place", "undo"]
Scope = Literal["mention", "document", "corpus"]
ACTIONS: tuple[Action, ...] = ("assign", "not_a_place", "undo")
SCOPES: tuple[Scope, ...] = ("mention", "document", "corpus")

FORMAT = "geo-corrections"
FORMAT_VERSION = 1
SCHEMA_VERSION = 1
USER_PREFIX = "user:"
NOT_A_PLACE_REASON = "marked not a place by a user"
CORRECTED_REASON = "corrected by a user"
MAX_AUTHOR_CHARS = 200
MAX_ID_CHARS = 200
MAX_CLOCK_SKEW = timedelta(days=1)  # imported timestamps may be this far ahead of ours

_HASH_RE = re.compile(r"^[0-9a-f]{64}$")
_COUNTRY_RE = re.compile(r"^[A-Z]{2}$")

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


@dataclass(frozen=True, slots=True)
class Correction:
    """One row of the history: a correction, or an ``"undo"`` of one (``target``)."""

    id: str
    action: Action
    scope: Scope
    doc_hash: str
    start: int
    end: int
    text: str
    place_id: str | None = None
    target: str | None = None
    author: str = ""
    created_at: str = ""
    seq: int = 0  # local to a store, not exported
    undone: bool = False  # derived: an undo row reverts it

    @property
    def norm(self) -> str:
        return normalize_name(self.text)

    @property
    def key(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.text)

    def to_dict(self) -> dict[str, Any]:
        """The portable record (the export format): no local ``seq``, no derived fields."""
        return {
            "id": self.id,
            "action": self.action,
            "scope": self.scope,
            "doc_hash": self.doc_hash,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "place_id": self.place_id,
            "target": self.target,
            "author": self.author,
            "created_at": self.created_at,
        }


# --- validation -------------------------------------------------------------------------


def _doc_hash(doc: Document | str) -> str:
    if isinstance(doc, Document):
        return doc.content_hash
    if not isinstance(doc, str) or not _HASH_RE.match(doc):
        raise InputError(
            f"document must be a Document or its content_hash (64 hex digits), got {doc!r:.80}"
        )
    return doc


def _check_mention(mention: Mention) -> Mention:
    start: Any = getattr(mention, "start", None)
    end: Any = getattr(mention, "end", None)
    text: Any = getattr(mention, "text", None)
    if any(not isinstance(v, int) or isinstance(v, bool) for v in (start, end)):
        raise InputError(f"mention offsets must be integers, got {start!r}, {end!r}")
    if not isinstance(text, str) or not text.strip():
        raise InputError("mention text is empty")
    if start < 0 or end <= start or len(text) != end - start:
        raise InputError(
            f"mention {text!r:.80} does not fit its offsets {start}..{end} "
            f"(need 0 <= start < end and end - start == len(text))"
        )
    if len(text) > settings.MAX_QUERY_CHARS:
        raise InputError(f"mention is {len(text):,} characters long; the limit is "
                         f"{settings.MAX_QUERY_CHARS:,}")  # fmt: skip
    return mention


def _check_scope(scope: object) -> Scope:
    if scope not in SCOPES:
        raise InputError(f"scope must be one of {', '.join(SCOPES)}; got {scope!r}")
    return cast(Scope, scope)


def _check_author(author: object) -> str:
    if not isinstance(author, str):
        raise InputError(f"author must be a string, got {type(author).__name__}")
    if len(author) > MAX_AUTHOR_CHARS:
        raise InputError(
            f"author is {len(author):,} characters long; the limit is {MAX_AUTHOR_CHARS}"
        )
    return author.strip()


def _check_place_id(place_id: object) -> str:
    if not isinstance(place_id, str) or not place_id.strip():
        raise InputError(f"place id must be a non-empty string, got {place_id!r:.80}")
    if len(place_id) > MAX_ID_CHARS or place_id != place_id.strip():
        raise InputError(f"place id {place_id!r:.80} is malformed")
    return place_id


def _check_coord(value: object, what: str, limit: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InputError(f"{what} must be a number, got {value!r:.40}")
    v = float(value)
    if not math.isfinite(v) or not -limit <= v <= limit:
        raise InputError(f"{what} {value!r} is outside -{limit:g}..{limit:g}")
    return v


def _check_new_place(
    name: object, kind: object, lat: object, lon: object, country: object
) -> tuple[str, str, float, float, str]:
    nm = validate_name(name, what="place name", max_chars=settings.MAX_NAME_CHARS).strip()
    if kind not in KINDS:
        raise InputError(f"kind must be one of {', '.join(KINDS)}; got {kind!r:.40}")
    if not isinstance(country, str) or not (country == "" or _COUNTRY_RE.match(country)):
        raise InputError(
            f"country must be an ISO 3166-1 alpha-2 code such as 'AF', got {country!r:.40}"
        )
    return (nm, cast(str, kind), _check_coord(lat, "latitude", 90.0),
            _check_coord(lon, "longitude", 180.0), country)  # fmt: skip


def _slug(name: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", normalize_name(name)).strip("-")[:40].strip("-")
    return s or "place"


def _fmt_ts(dt: datetime) -> str:
    """Fixed-width UTC text, so that text order is time order."""
    d = dt.astimezone(UTC)
    return (f"{d.year:04d}-{d.month:02d}-{d.day:02d}T{d.hour:02d}:{d.minute:02d}:"
            f"{d.second:02d}.{d.microsecond:06d}Z")  # fmt: skip


def _parse_ts(s: str) -> datetime:
    dt = datetime.fromisoformat(s)
    if dt.tzinfo is None:
        raise ValueError("timestamp has no time zone")
    return dt.astimezone(UTC)


# --- the store ----------------------------------------------------------------------------


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
            floor = _parse_ts(last) + timedelta(microseconds=1)
            now = max(now, floor)
        return _fmt_ts(now)

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
        doc_hash = _doc_hash(doc)
        _check_mention(mention)
        scope = _check_scope(scope)
        author = _check_author(author)
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
        return self._record("assign", doc, mention, _check_place_id(place_id), scope, author)

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
        author = _check_author(author)
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
                    (_doc_hash(cast(Document | str, doc)),),
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
        nm, kd, la, lo, cc = _check_new_place(name, kind, lat, lon, country)
        author = _check_author(author)
        pid = f"{USER_PREFIX}{_slug(nm)}-{uuid.uuid4().hex[:12]}"
        with self._write() as conn:
            conn.execute(
                "INSERT INTO user_places(id, name, norm, kind, lat, lon, country, author, "
                "created_at) VALUES (?,?,?,?,?,?,?,?,?)",
                (pid, nm, normalize_name(nm), kd, la, lo, cc, author, _fmt_ts(datetime.now(UTC))),
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

    def with_user_places(self, gazetteer: GazetteerLike) -> UserPlacesGazetteer:
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
        where, params = ("WHERE c.doc_hash = ?", (_doc_hash(doc),)) if doc is not None else ("", ())
        rows = self._read(
            f"SELECT {_COLS}, EXISTS(SELECT 1 "
            "FROM corrections u WHERE u.target = c.id AND u.action = 'undo') "
            f"FROM corrections c {where} ORDER BY c.seq",
            params,
        )
        return [self._row(r, undone=bool(r[12])) for r in rows]

    def active(self, doc: Document | str | None = None) -> list[Correction]:
        """The corrections (made in ``doc``, or all) that no undo reverted, oldest first."""
        where, params = ("AND c.doc_hash = ?", (_doc_hash(doc),)) if doc is not None else ("", ())
        rows = self._read(
            f"SELECT {_COLS} FROM corrections c WHERE {_ACTIVE} {where} "
            "ORDER BY c.created_at, c.id",
            params,
        )
        return [self._row(r) for r in rows]

    def rules(self, doc: Document | str, texts: Iterable[str] = ()) -> Rules:
        """The active corrections that can apply to ``doc``: its own (every scope) and the
        corpus-scope ones whose normalised text is among ``texts`` (mention texts)."""
        doc_hash = _doc_hash(doc)
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
        return {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "exported_at": _fmt_ts(datetime.now(UTC)),
            "corrections": [c.to_dict() for c in rows],
            "places": [
                {"id": p[0], "name": p[1], "kind": p[2], "lat": p[3], "lon": p[4],
                 "country": p[5], "author": p[6], "created_at": p[7], "source": "user",
                 "verified": True}
                for p in places
            ],
        }  # fmt: skip

    def import_(self, data: Any) -> dict[str, int]:
        """Merge an :meth:`export` into this store, all or nothing. Idempotent.

        Returns counts: ``corrections_added``, ``corrections_unchanged``, ``places_added``,
        ``places_unchanged`` and ``conflicts`` (an id already here with other content: the
        local row is kept).
        """
        corrections, places = _parse_export(data)
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
        path = Path(path)
        try:
            fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".part", dir=path.parent)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as f:
                    json.dump(data, f, ensure_ascii=False, indent=1)
                    f.write("\n")
                    f.flush()
                    os.fsync(f.fileno())
                os.replace(tmp, path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as exc:
            raise CorrectionError(f"cannot write {path}: {exc}") from exc
        return data

    def import_from(self, path: str | Path) -> dict[str, int]:
        """Read a corrections file and :meth:`import_` it. Bad files -> CorrectionError."""
        path = Path(path)
        try:
            size = path.stat().st_size
            if size > settings.MAX_CORRECTIONS_FILE_BYTES:
                raise CorrectionError(f"{path}: {size:,} bytes; the limit is "
                                      f"{settings.MAX_CORRECTIONS_FILE_BYTES:,}")  # fmt: skip
            raw = path.read_bytes()
        except OSError as exc:
            raise CorrectionError(f"cannot read {path}: {exc.strerror or exc}") from exc
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise CorrectionError(f"{path}: not a JSON corrections file ({exc})") from exc
        try:
            return self.import_(data)
        except CorrectionError as exc:
            raise CorrectionError(f"{path}: {exc}") from exc


class UserPlacesGazetteer:
    """A gazetteer overlay: user-added places are found by ``get`` and (exact name)
    ``lookup`` like gazetteer places; every other attribute is the base gazetteer's."""

    def __init__(self, base: GazetteerLike, store: CorrectionStore) -> None:
        self.base = base
        self.store = store

    def get(self, place_id: str) -> Place | None:
        if place_id.startswith(USER_PREFIX):
            return self.store.place(place_id)
        return self.base.get(place_id)

    def lookup(
        self, name: str, *, fuzzy: bool = True, limit: int = settings.MAX_CANDIDATES
    ) -> list[Candidate]:
        out = self.base.lookup(name, fuzzy=fuzzy, limit=limit)
        user = [Candidate(p, p.name, "exact" if p.name.casefold() == name.casefold() else "folded")
                for p in self.store.places_named(name)]  # fmt: skip
        if not user:
            return out
        if out and out[0].match == "fuzzy":
            out = []  # an exact user place beats fuzzy gazetteer guesses
        return (out[: max(0, limit - len(user))] + user)[:limit]

    def suggest(self, query: str, *, limit: int = 8) -> list[Suggestion]:
        """Search-box suggestions over the base gazetteer and this store's own places."""
        return suggest_places(self, query, limit=limit)

    def parent_ids(self, place: Place) -> list[str]:
        if place.id.startswith(USER_PREFIX):
            country = getattr(self.base, "country_of", None)
            parent = country(place.country) if country is not None and place.country else None
            return [parent.id] if parent is not None else []
        return self.base.parent_ids(place)

    def __getattr__(self, name: str) -> Any:
        if name in ("base", "store"):  # not set yet (copy/unpickle): no recursion
            raise AttributeError(name)
        return getattr(self.base, name)


# --- the export format ----------------------------------------------------------------------


def _field(d: dict[str, Any], name: str, types: type | tuple[type, ...], where: str) -> Any:
    if name not in d:
        raise CorrectionError(f"{where}: missing {name!r}")
    v = d[name]
    if isinstance(v, bool) or not isinstance(v, types):
        raise CorrectionError(f"{where}.{name}: unexpected value {v!r:.60}")
    return v


def _parse_ts_field(d: dict[str, Any], where: str) -> str:
    s = _field(d, "created_at", str, where)
    try:
        dt = _parse_ts(s)
    except (ValueError, OverflowError) as exc:
        raise CorrectionError(f"{where}.created_at: {s!r:.60} is not an ISO 8601 time with a "
                              f"time zone ({exc})") from exc  # fmt: skip
    # "latest wins" orders by time: a far-future stamp would win over every later correction
    if dt > datetime.now(UTC) + MAX_CLOCK_SKEW:
        raise CorrectionError(f"{where}.created_at: {s!r:.60} is in the future")
    return _fmt_ts(dt)


def _parse_export(data: Any) -> tuple[list[Correction], list[dict[str, Any]]]:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise CorrectionError(f"not a corrections file: expected an object with "
                              f'"format": "{FORMAT}"')  # fmt: skip
    version = data.get("version")
    if version != FORMAT_VERSION or isinstance(version, bool):
        raise CorrectionError(f"unsupported corrections file version {version!r} "
                              f"(this version reads version {FORMAT_VERSION})")  # fmt: skip
    rows, place_rows = data.get("corrections", []), data.get("places", [])
    if not isinstance(rows, list) or not isinstance(place_rows, list):
        raise CorrectionError('"corrections" and "places" must be lists')

    places: list[dict[str, Any]] = []
    seen: set[str] = set()
    for i, p in enumerate(place_rows):
        where = f"places[{i}]"
        if not isinstance(p, dict):
            raise CorrectionError(f"{where}: expected an object")
        pid = _field(p, "id", str, where)
        if not pid.startswith(USER_PREFIX) or len(pid) > MAX_ID_CHARS or pid in seen:
            raise CorrectionError(f"{where}.id: {pid!r:.60} is not a new 'user:' id")
        seen.add(pid)
        try:
            nm, kd, la, lo, cc = _check_new_place(
                p.get("name"), p.get("kind"), p.get("lat"), p.get("lon"), p.get("country", "")
            )
            author = _check_author(p.get("author", ""))
        except InputError as exc:
            raise CorrectionError(f"{where}: {exc}") from exc
        places.append({"id": pid, "name": nm, "kind": kd, "lat": la, "lon": lo, "country": cc,
                       "author": author, "created_at": _parse_ts_field(p, where)})  # fmt: skip

    out: list[Correction] = []
    ids: set[str] = set()
    for i, r in enumerate(rows):
        where = f"corrections[{i}]"
        if not isinstance(r, dict):
            raise CorrectionError(f"{where}: expected an object")
        cid = _field(r, "id", str, where)
        if not cid or len(cid) > MAX_ID_CHARS or cid in ids:
            raise CorrectionError(f"{where}.id: {cid!r:.60} is empty, too long or repeated")
        ids.add(cid)
        action = _field(r, "action", str, where)
        if action not in ACTIONS:
            raise CorrectionError(f"{where}.action: must be one of {', '.join(ACTIONS)}")
        try:
            scope = _check_scope(_field(r, "scope", str, where))
            doc_hash = _doc_hash(_field(r, "doc_hash", str, where))
            m = Mention(_field(r, "start", int, where), _field(r, "end", int, where),
                        _field(r, "text", str, where))  # fmt: skip
            _check_mention(m)
            author = _check_author(r.get("author", ""))
            place_id = r.get("place_id")
            target = r.get("target")
            if action == "assign":
                _check_place_id(place_id)
            elif place_id is not None:
                raise InputError(f"{action} has a place_id")
            if action == "undo":
                if not isinstance(target, str) or not target or target == cid:
                    raise InputError("an undo needs the id of the correction it reverts")
            elif target is not None:
                raise InputError(f"{action} has a target")
        except InputError as exc:
            raise CorrectionError(f"{where}: {exc}") from exc
        out.append(Correction(
            id=cid, action=action, scope=scope, doc_hash=doc_hash, start=m.start, end=m.end,
            text=m.text, place_id=place_id, target=target, author=author,
            created_at=_parse_ts_field(r, where),
        ))  # fmt: skip
    return out, places


# --- applying ---------------------------------------------------------------------------------


class Rules:
    """The active corrections for one document, indexed by precedence (see module doc)."""

    def __init__(self, doc_hash: str, corrections: Iterable[Correction]) -> None:
        self.doc_hash = doc_hash
        self.by_span: dict[tuple[int, int, str], Correction] = {}
        self.by_doc_text: dict[str, Correction] = {}
        self.by_corpus_text: dict[str, Correction] = {}
        # oldest first: a later correction of the same key replaces an earlier one
        for c in sorted(corrections, key=lambda c: (c.created_at, c.id)):
            if c.action == "undo" or c.undone:
                continue
            if c.scope == "corpus":
                self.by_corpus_text[c.norm] = c
            elif c.doc_hash != doc_hash:
                continue
            elif c.scope == "document":
                self.by_doc_text[c.norm] = c
            else:
                self.by_span[c.key] = c

    def __bool__(self) -> bool:
        return bool(self.by_span or self.by_doc_text or self.by_corpus_text)

    def match(self, mention: Mention) -> Correction | None:
        c = self.by_span.get((mention.start, mention.end, mention.text))
        if c is not None:
            return c
        norm = normalize_name(mention.text)
        return self.by_doc_text.get(norm) or self.by_corpus_text.get(norm)


def _find_place(
    place_id: str,
    r: Resolution,
    store: CorrectionStore,
    gazetteer: GazetteerLike | None,
    cache: dict[str, Place | None],
) -> Place | None:
    if place_id in cache:
        return cache[place_id]
    place: Place | None = None
    if r.place is not None and r.place.id == place_id:
        place = r.place
    else:
        place = next((a.place for a in r.alternatives if a.place.id == place_id), None)
    if place is None:
        if place_id.startswith(USER_PREFIX):
            place = store.place(place_id)
        elif gazetteer is not None:
            place = gazetteer.get(place_id)
    cache[place_id] = place
    return place


def _corrected(r: Resolution, c: Correction, place: Place | None) -> Resolution:
    if c.action == "not_a_place":
        return Resolution(r.mention, None, 0.0, r.alternatives, NOT_A_PLACE_REASON, verified=True)
    reason = f"{CORRECTED_REASON} ({c.author})" if c.author else CORRECTED_REASON
    return Resolution(r.mention, place, 1.0, r.alternatives, reason, verified=True)


def _relink_events(
    document: Document, resolutions: list[Resolution], events: list[Event]
) -> list[Event]:
    """Recompute each event's places (resolved mentions inside its sentence, text order)."""
    out = []
    for e in events:
        if 0 <= e.sentence < len(document.sentences):
            s = document.sentences[e.sentence]
            idx = sorted(
                (i for i, r in enumerate(resolutions)
                 if r.place is not None and s.start <= r.mention.start and r.mention.end <= s.end),
                key=lambda i: (resolutions[i].mention.start, resolutions[i].mention.end, i),
            )  # fmt: skip
        else:
            idx = [i for i in e.mention_indices
                   if i < len(resolutions) and resolutions[i].place is not None]  # fmt: skip
        ids: list[str] = []
        for i in idx:
            pid = cast(Place, resolutions[i].place).id
            if pid not in ids:
                ids.append(pid)
        if tuple(ids) != e.place_ids or tuple(idx) != e.mention_indices:
            e = replace(e, place_ids=tuple(ids), mention_indices=tuple(idx))
        out.append(e)
    return out


def apply_corrections(
    analysis: Analysis, store: CorrectionStore, gazetteer: GazetteerLike | None = None
) -> Analysis:
    """A new Analysis whose resolutions follow the user's corrections. The input is unchanged.

    A corrected resolution gets the chosen place, ``confidence=1.0`` and ``verified=True``
    (alternatives kept); "not a place" leaves it unresolved (``place=None``, ``verified=True``,
    reason :data:`NOT_A_PLACE_REASON`), so it drops out of ``places``. A correction naming a
    place that can no longer be found (gazetteer rebuilt without it) is skipped. Places are
    re-summarised and events re-linked to the corrected places.
    """
    rules = store.rules(analysis.document, (r.mention.text for r in analysis.resolutions))
    if not rules:
        return Analysis(analysis.document, list(analysis.resolutions), list(analysis.places),
                        list(analysis.events))  # fmt: skip
    cache: dict[str, Place | None] = {}
    resolutions: list[Resolution] = []
    for r in analysis.resolutions:
        c = rules.match(r.mention)
        place = None
        if c is not None and c.action == "assign":
            place = _find_place(cast(str, c.place_id), r, store, gazetteer, cache)
            if place is None:
                c = None
        resolutions.append(r if c is None else _corrected(r, c, place))
    events = _relink_events(analysis.document, resolutions, analysis.events)
    return Analysis(analysis.document, resolutions, summarize_places(resolutions), events)


def unmatched_corrections(analysis: Analysis, store: CorrectionStore) -> list[Correction]:
    """Active mention-scope corrections of this document whose span matches no mention
    (e.g. the recognizer changed), for the UI to show."""
    spans = {(r.mention.start, r.mention.end, r.mention.text) for r in analysis.resolutions}
    return [c for c in store.active(analysis.document)
            if c.scope == "mention" and c.key not in spans]  # fmt: skip
