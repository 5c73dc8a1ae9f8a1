"""From text to a split :class:`~geo.models.Document`: the one path every loader takes.

Text handling: ``\\r\\n`` and lone ``\\r`` become ``\\n``; a leading BOM is dropped; lone
surrogate code points (only possible in Python strings) become U+FFFD so the text can be
encoded; nothing else is changed. Text that is empty or whitespace only (after the
optional header) raises ``DocumentError("empty document")``. ``Document.id`` defaults to
the first 16 hex digits of the SHA-256 of the text.

A first line ``date YYYY-MM-DD`` (the seed format; may be preceded by a BOM or whitespace,
and the text may follow on the same line) sets ``Document.date`` and is removed from
``Document.text``; an explicit date wins over it.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date as Date

from geo import settings
from geo.documents.split import split
from geo.errors import DocumentError
from geo.models import Document

__all__ = ["coerce_date", "make_document", "too_long"]

_HEADER = re.compile(r"\A\s*date:?[ \t]+(\d{4}-\d{2}-\d{2})(?=\s|\Z)\s*", re.IGNORECASE)
_SURROGATE = re.compile("[\ud800-\udfff]")


def too_long(n: int) -> str:
    return f"text too long ({n:,} characters; the limit is {settings.MAX_DOCUMENT_CHARS:,})"


def coerce_date(value: Date | str | None, label: str) -> Date | None:
    if value is None or isinstance(value, Date):
        return value
    if isinstance(value, str):
        try:
            return Date.fromisoformat(value.strip()[:10])
        except ValueError:
            raise DocumentError(
                f"invalid date {value!r} (expected YYYY-MM-DD)", path=label
            ) from None
    raise DocumentError(f"invalid date {value!r}", path=label)


def make_document(
    text: str, *, doc_id: str | None, date: Date | None, title: str, source: str, label: str
) -> Document:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = _SURROGATE.sub("\ufffd", text)
    header_date: Date | None = None
    m = _HEADER.match(text)
    if m:
        try:
            header_date = Date.fromisoformat(m.group(1))
        except ValueError:
            header_date = None  # not a valid date: not a header, keep the text
        else:
            text = text[m.end() :]
    if len(text) > settings.MAX_DOCUMENT_CHARS:
        raise DocumentError(too_long(len(text)), path=label)
    if not text.strip():
        raise DocumentError("empty document (no text)", path=label)
    doc = Document(
        id=doc_id if doc_id else hashlib.sha256(text.encode("utf-8")).hexdigest()[:16],
        text=text,
        date=date if date is not None else header_date,
        title=title,
        source=source,
    )
    return split(doc)
