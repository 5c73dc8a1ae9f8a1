"""Sharing corrections: the versioned JSON export, its validation, and its files.

The export is a versioned JSON file; importing it inserts the rows the store does not have
(by their global ``id``), so importing the same file twice changes nothing, and two stores
that exchanged files hold the same rows and therefore the same state (last writer wins by
timestamp; the losing correction stays in the history). A row whose id exists with
different content is a conflict: the local row is kept and the conflict counted.

This module knows the format only; merging into the SQLite store is
:meth:`geo.corrections.CorrectionStore.import_`.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from geo import settings
from geo.corrections.checks import (
    MAX_ID_CHARS,
    check_author,
    check_mention,
    check_new_place,
    check_place_id,
    check_scope,
    content_hash_of,
    fmt_ts,
    parse_ts,
)
from geo.corrections.model import ACTIONS, USER_PREFIX, Correction
from geo.errors import CorrectionError, InputError
from geo.models import Mention

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "export_data",
    "parse_export",
    "read_export_file",
    "write_export_file",
]

FORMAT = "geo-corrections"
FORMAT_VERSION = 1
MAX_CLOCK_SKEW = timedelta(days=1)  # imported timestamps may be this far ahead of ours


def export_data(rows: Iterable[Correction], places: Iterable[Sequence[Any]]) -> dict[str, Any]:
    """The export of history ``rows`` and user ``places``, rows of ``(id, name, kind, lat,
    lon, country, author, created_at)``."""
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "exported_at": fmt_ts(datetime.now(UTC)),
        "corrections": [c.to_dict() for c in rows],
        "places": [
            {"id": p[0], "name": p[1], "kind": p[2], "lat": p[3], "lon": p[4],
             "country": p[5], "author": p[6], "created_at": p[7], "source": "user",
             "verified": True}
            for p in places
        ],
    }  # fmt: skip


def write_export_file(path: Path, data: dict[str, Any]) -> None:
    """Write ``data`` to ``path`` atomically (temp file, fsync, rename)."""
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


def read_export_file(path: Path) -> Any:
    """The decoded JSON of a corrections file (not validated yet). Bad files ->
    CorrectionError."""
    try:
        size = path.stat().st_size
        if size > settings.MAX_CORRECTIONS_FILE_BYTES:
            raise CorrectionError(f"{path}: {size:,} bytes; the limit is "
                                  f"{settings.MAX_CORRECTIONS_FILE_BYTES:,}")  # fmt: skip
        raw = path.read_bytes()
    except OSError as exc:
        raise CorrectionError(f"cannot read {path}: {exc.strerror or exc}") from exc
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CorrectionError(f"{path}: not a JSON corrections file ({exc})") from exc


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
        dt = parse_ts(s)
    except (ValueError, OverflowError) as exc:
        raise CorrectionError(f"{where}.created_at: {s!r:.60} is not an ISO 8601 time with a "
                              f"time zone ({exc})") from exc  # fmt: skip
    # "latest wins" orders by time: a far-future stamp would win over every later correction
    if dt > datetime.now(UTC) + MAX_CLOCK_SKEW:
        raise CorrectionError(f"{where}.created_at: {s!r:.60} is in the future")
    return fmt_ts(dt)


def parse_export(data: Any) -> tuple[list[Correction], list[dict[str, Any]]]:
    """The corrections and user places of an export, each checked and normalised.

    Anything wrong raises :class:`CorrectionError` naming the record (``corrections[3]``,
    ``places[0].id`` ...). What only the store can check (targets and places that must
    already be there, undos of undos) is checked by the import.
    """
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
            nm, kd, la, lo, cc = check_new_place(
                p.get("name"), p.get("kind"), p.get("lat"), p.get("lon"), p.get("country", "")
            )
            author = check_author(p.get("author", ""))
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
            scope = check_scope(_field(r, "scope", str, where))
            doc_hash = content_hash_of(_field(r, "doc_hash", str, where))
            m = Mention(_field(r, "start", int, where), _field(r, "end", int, where),
                        _field(r, "text", str, where))  # fmt: skip
            check_mention(m)
            author = check_author(r.get("author", ""))
            place_id = r.get("place_id")
            target = r.get("target")
            if action == "assign":
                check_place_id(place_id)
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
