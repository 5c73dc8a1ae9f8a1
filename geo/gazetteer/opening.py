"""Opening the store: verify it, build it on first use or when its inputs changed, one
builder at a time.

The policy, for a store at ``path`` (its checksum is :mod:`geo.gazetteer.checksum`):

* missing, or built from other inputs (the ``meta`` fingerprint differs), or **no
  checksum recorded** (a store built before checksums, or copied without its sidecar):
  *stale* -- :func:`open_gazetteer` rebuilds it; with ``build=False`` (batch workers)
  it is refused with a :class:`GazetteerError` saying how to build it;
* its bytes differ from the recorded checksum: *damaged* -- refused everywhere with
  :class:`GazetteerDamaged` (never used, never replaced behind the user's back);
  ``python -m geo gazetteer build`` (:func:`ensure_gazetteer` with ``repair``) rebuilds it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

from geo import settings
from geo.errors import GazetteerDamaged, GazetteerError
from geo.gazetteer import checksum
from geo.gazetteer.build import build_gazetteer
from geo.gazetteer.schema import inputs_fingerprint
from geo.gazetteer.store import Gazetteer

_OPEN_LOCK = threading.Lock()

State = Literal["ok", "stale", "damaged"]


@contextlib.contextmanager
def store_lock(path: str | Path) -> Iterator[None]:
    """Hold the store's build lock (``<store>.lock``): one builder or importer at a time
    across processes; readers that find the store mid-change wait on it."""
    import fcntl

    p = Path(path)
    with _OPEN_LOCK, open(p.with_name(p.name + ".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def damaged_error(path: str | Path) -> GazetteerDamaged:
    p = Path(path)
    return GazetteerDamaged(
        f"the gazetteer {p} is damaged: its bytes do not match the SHA-256 recorded when it "
        f"was built ({checksum.checksum_path(p).name}); rebuild it with "
        "`python -m geo gazetteer build`"
    )


def ensure_gazetteer(
    path: str | Path | None = None, *, force: bool = False, repair: bool = False
) -> bool:
    """Build the store if it is missing, stale or ``force``; True if it was built.

    A damaged store raises :class:`GazetteerDamaged`, unless ``repair`` (the
    ``gazetteer build`` command) rebuilds it. One builder at a time across processes
    (test workers, the app, the CLI)."""
    p = Path(path) if path else settings.GAZETTEER_PATH
    if not force and p.exists():
        state = store_state(p)
        if state == "ok" or (state == "damaged" and not repair and not _lockable(p)):
            return _ok_or_raise(p, state)
    p.parent.mkdir(parents=True, exist_ok=True)
    with store_lock(p):  # a store found damaged may be mid-rebuild: look again under the lock
        state = store_state(p) if p.exists() else "stale"
        if force or state == "stale" or (state == "damaged" and repair):
            build_gazetteer(p, verbose=force or repair)
            return True
    return _ok_or_raise(p, state)


def open_gazetteer(path: str | Path | None = None, *, build: bool = True) -> Gazetteer:
    """Open the gazetteer after checking it (:func:`store_state`), building it from the
    installed registry data if missing or stale (``build=False``: refuse instead)."""
    p = Path(path) if path else settings.GAZETTEER_PATH
    if build:
        ensure_gazetteer(p)
    else:
        verify_gazetteer(p)
    return Gazetteer(p)


def verify_gazetteer(path: str | Path | None = None) -> None:
    """Refuse a store that is not up to date and intact, without building anything:
    :class:`GazetteerDamaged` when its bytes differ from its checksum, a
    :class:`GazetteerError` when it is missing, stale or has no checksum recorded."""
    p = Path(path) if path else settings.GAZETTEER_PATH
    state = store_state(p) if p.exists() else "stale"
    if state != "ok" and _lockable(p):  # a builder may be replacing it: wait, look again
        with store_lock(p):
            state = store_state(p) if p.exists() else "stale"
    if state == "stale":
        why = (
            "it has no recorded checksum"
            if p.exists() and checksum.check(p) == "missing"
            else "it is missing or was built from other inputs"
        )
        raise GazetteerError(
            f"no up-to-date gazetteer at {p} ({why}); run `python -m geo gazetteer build`"
        )
    _ok_or_raise(p, state)


def store_state(p: Path) -> State:
    """``damaged`` (bytes differ from the recorded checksum), ``stale`` (no checksum,
    unreadable or built from other inputs) or ``ok``. The hash is memoised per file."""
    status = checksum.check(p)
    if status == "damaged":
        return "damaged"
    if status == "missing":
        return "stale"
    try:
        conn = sqlite3.connect(f"file:{p}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key='version'").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return "stale"
    return "ok" if row is not None and row[0] == inputs_fingerprint() else "stale"


def _ok_or_raise(p: Path, state: State) -> bool:
    if state == "damaged":
        raise damaged_error(p)
    return False


def _lockable(p: Path) -> bool:
    """Whether this process may take the store's lock (a read-only data folder: no)."""
    lock = p.with_name(p.name + ".lock")
    return os.access(lock if lock.exists() else p.parent, os.W_OK)
