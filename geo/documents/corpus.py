"""JSON-lines corpora: one document per line, read line by line.

Each line is ``{"id": ..., "text": ..., "date"?: "YYYY-MM-DD", "title"?: ...}``; blank lines
are skipped and ``id`` defaults to the content hash. A bad line raises
:class:`~geo.errors.DocumentError` naming the file and the 1-based line number.
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from geo import settings
from geo.documents.build import coerce_date, make_document
from geo.errors import DocumentError
from geo.models import Document

__all__ = ["iter_corpus_lines", "load_corpus"]


def load_corpus(
    source: str | os.PathLike[str] | bytes, *, name: str | None = None
) -> Iterator[Document]:
    """Stream the documents of a JSON lines corpus, one line at a time.

    Missing/unreadable files raise immediately; a bad line raises :class:`DocumentError`
    naming the file and the 1-based line number when iteration reaches it.
    Blank lines are skipped. ``id`` defaults to the content hash.
    """
    if isinstance(source, bytes | bytearray):
        label = name or "<bytes>"
        return iter_corpus_lines(io.BytesIO(bytes(source)), label)
    path = Path(os.fspath(source))
    label = str(path)
    if not path.exists():
        raise DocumentError("file not found", path=label)
    if not path.is_file():
        raise DocumentError("not a regular file", path=label)
    return _iter_corpus_file(path, label)


def _iter_corpus_file(path: Path, label: str) -> Iterator[Document]:
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise DocumentError(f"cannot read file: {exc.strerror or exc}", path=label) from None
    with fh:
        yield from iter_corpus_lines(fh, label)


def iter_corpus_lines(fh: BinaryIO, label: str) -> Iterator[Document]:
    limit = settings.MAX_DOCUMENT_BYTES
    lineno = 0
    while True:
        raw = fh.readline(limit + 1)
        if not raw:
            return
        lineno += 1
        if len(raw) > limit and not raw.endswith(b"\n"):
            raise DocumentError(f"line {lineno}: longer than {limit:,} bytes", path=label)
        if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise DocumentError(f"line {lineno}: not UTF-8 text", path=label) from None
        try:
            rec = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            msg = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
            raise DocumentError(f"line {lineno}: invalid JSON ({msg})", path=label) from None
        if not isinstance(rec, dict):
            raise DocumentError(f"line {lineno}: expected a JSON object", path=label)
        text = rec.get("text")
        if not isinstance(text, str):
            raise DocumentError(f'line {lineno}: missing or non-string "text"', path=label)
        rid = rec.get("id")
        if rid is not None and not isinstance(rid, str | int):
            raise DocumentError(f'line {lineno}: "id" must be a string or integer', path=label)
        rdate = rec.get("date")
        if rdate is not None and not isinstance(rdate, str):
            raise DocumentError(f'line {lineno}: "date" must be a string', path=label)
        title = rec.get("title")
        try:
            yield make_document(
                text,
                doc_id=None if rid is None else str(rid),
                date=coerce_date(rdate, label) if rdate else None,
                title=title if isinstance(title, str) else "",
                source=label,
                label=label,
            )
        except DocumentError as exc:
            detail = str(exc)
            prefix = f"{label}: "
            if detail.startswith(prefix):
                detail = detail[len(prefix) :]
            raise DocumentError(f"line {lineno}: {detail}", path=label) from None
