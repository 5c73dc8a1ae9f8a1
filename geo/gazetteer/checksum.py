"""The store's checksum: a SHA-256 of the whole built file, recorded by the builder in a
sidecar next to it (``gazetteer.sqlite.sha256``, in ``sha256sum`` format, so
``sha256sum -c`` checks it too) and compared when the store is opened.

A checksum cannot live inside the file it covers, hence the sidecar. Hashing the ~92 MB
store takes ~0.09 s (SHA-256 is hardware-accelerated here; BLAKE2b took 0.25 s), once per
process and version of the file: :func:`check` memoises its answer by (path, size,
mtime_ns, inode, recorded digest). ``PRAGMA quick_check`` (0.7 s) and even
``integrity_check`` (1.4 s) miss a flipped byte inside a record or in an unused header
field; the checksum catches a flip anywhere (docs/scale.md has the table).

Imports nothing else from the package.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from pathlib import Path
from typing import Literal

#: the sidecar's name: the store's name plus this
SUFFIX = ".sha256"

Status = Literal["ok", "missing", "damaged"]

_HEX = re.compile(r"[0-9a-f]{64}")
_MEMO: dict[tuple[str, int, int, int, str], Status] = {}
_MEMO_LOCK = threading.Lock()
_MEMO_MAX = 64  # a process opens a handful of stores; tests open many small ones


def checksum_path(path: str | Path) -> Path:
    """Where the checksum of the store at ``path`` is recorded: beside the file itself (a
    symlinked ``data/gazetteer.sqlite`` finds the one beside its target)."""
    p = Path(os.path.realpath(path))
    return p.with_name(p.name + SUFFIX)


def file_digest(path: str | Path) -> str:
    """The SHA-256 of a file's bytes (hex)."""
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def recorded_digest(path: str | Path) -> str | None:
    """The digest recorded for the store at ``path``: None when no sidecar exists, ``""``
    when the sidecar is unreadable or not a SHA-256 line (which no file matches)."""
    side = checksum_path(path)
    try:
        text = side.read_text("ascii")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError):
        return ""
    first = text.split(maxsplit=1)[0].lower() if text.strip() else ""
    return first if _HEX.fullmatch(first) else ""


def write_checksum(path: str | Path, digest: str | None = None) -> str:
    """Record the checksum of the store at ``path`` (computed unless ``digest`` is
    given), atomically: a temp file renamed over the sidecar. Returns the digest."""
    p = Path(path)
    digest = digest or file_digest(p)
    side = checksum_path(p)
    tmp = side.with_name(f"{side.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="ascii") as f:
        f.write(f"{digest}  {side.name.removesuffix(SUFFIX)}\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, side)
    return digest


def remove_checksum(path: str | Path) -> None:
    """Forget the store's checksum (before the store is rewritten in place)."""
    checksum_path(path).unlink(missing_ok=True)


def check(path: str | Path) -> Status:
    """``ok`` when the store's bytes match the recorded checksum, ``damaged`` when they
    do not, ``missing`` when none is recorded. Memoised per (path, size, mtime_ns, inode,
    recorded digest): a store replaced or rewritten is hashed again."""
    p = Path(path)
    recorded = recorded_digest(p)
    if recorded is None:
        return "missing"
    st = p.stat()
    key = (str(p.resolve()), st.st_size, st.st_mtime_ns, st.st_ino, recorded)
    with _MEMO_LOCK:
        known = _MEMO.get(key)
    if known is not None:
        return known
    status: Status = "ok" if recorded and file_digest(p) == recorded else "damaged"
    with _MEMO_LOCK:
        if len(_MEMO) >= _MEMO_MAX:
            _MEMO.clear()
        _MEMO[key] = status
    return status
