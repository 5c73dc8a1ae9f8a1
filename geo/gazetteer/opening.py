"""Opening the store: build it on first use or when its inputs changed, one builder at a
time."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from geo import settings
from geo.errors import GazetteerError
from geo.gazetteer.build import build_gazetteer
from geo.gazetteer.schema import inputs_fingerprint
from geo.gazetteer.store import Gazetteer

_OPEN_LOCK = threading.Lock()


def ensure_gazetteer(path: str | Path | None = None, *, force: bool = False) -> bool:
    """Build the store if it is missing, stale or ``force``; True if it was built.

    One builder at a time across processes (test workers, the app, the CLI)."""
    import fcntl

    p = Path(path) if path else settings.GAZETTEER_PATH
    if not force and p.exists() and not _stale(p):
        return False
    p.parent.mkdir(parents=True, exist_ok=True)
    with _OPEN_LOCK, open(p.with_name(p.name + ".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if force or not p.exists() or _stale(p):
            build_gazetteer(p, verbose=force)
            return True
    return False


def open_gazetteer(path: str | Path | None = None, *, build: bool = True) -> Gazetteer:
    """Open the gazetteer, building it from the installed registry data if missing."""
    p = Path(path) if path else settings.GAZETTEER_PATH
    if not build and (not p.exists() or _stale(p)):
        raise GazetteerError(f"no up-to-date gazetteer at {p}; run `python -m geo gazetteer build`")
    ensure_gazetteer(p)
    return Gazetteer(p)


def _stale(p: Path) -> bool:
    try:
        conn = sqlite3.connect(f"file:{p}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key='version'").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return True
    return row is None or row[0] != inputs_fingerprint()
