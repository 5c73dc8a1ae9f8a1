"""From text to a split :class:`~geo.models.Document`: the one path every loader takes.

Text handling: ``\\r\\n`` and lone ``\\r`` become ``\\n``; a leading BOM is dropped; lone
surrogate code points (only possible in Python strings) become U+FFFD so the text can be
encoded; nothing else is changed. Text that is empty or whitespace only (after the
optional header) raises ``DocumentError("empty document")``. ``Document.id`` defaults to
the first 16 hex digits of the SHA-256 of the text.

A first line ``date YYYY-MM-DD`` (the seed format; may be preceded by a BOM or whitespace,
and the text may follow on the same line) sets ``Document.date`` and is removed from
``Document.text``; an explicit date wins over it. Without either, the date comes from a
dateline at the top of the text, then from the file's metadata (``meta_date``): the order
of trust and the recognised forms are in :mod:`geo.documents.dating`.
``Document.date_source`` records which one it was.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date as Date

from geo import settings
from geo.documents.dating import find_dateline
from geo.documents.split import split
from geo.errors import DocumentError
from geo.models import DateSource, Document

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
    text: str,
    *,
    doc_id: str | None,
    date: Date | None,
    title: str,
    source: str,
    label: str,
    meta_date: Date | None = None,
    meta_source: DateSource = "none",
) -> Document:
    """A split document from ``text``. ``date``: the caller's explicit date ("user");
    ``meta_date``/``meta_source``: the file's own metadata date ("html", "pdf-metadata",
    "docx-metadata"), used when neither a header nor a dateline gives one."""
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
    chosen: Date | None = None
    how: DateSource = "none"
    span: tuple[int, int] | None = None
    if date is not None:
        chosen, how = date, "user"
    elif header_date is not None:
        chosen, how = header_date, "header"
    line = find_dateline(text, year_hint=meta_date.year if meta_date else None)
    if line is not None:
        span = (line[1], line[2])  # the dateline is the report date, whoever dates the doc
        if chosen is None:
            chosen, how = line[0], "dateline"
    if chosen is None and meta_date is not None and meta_source != "none":
        chosen, how = meta_date, meta_source
    doc = Document(
        id=doc_id if doc_id else hashlib.sha256(text.encode("utf-8")).hexdigest()[:16],
        text=text,
        date=chosen,
        title=title,
        source=source,
        date_source=how,
        date_span=span,
    )
    return split(doc)


#: the longest title :func:`headline` makes (characters)
HEADLINE_CHARS = 90
_SENTENCE_END = re.compile(r"(?<=[.!?])\s")


def headline(text: str, limit: int = HEADLINE_CHARS) -> str:
    """A title for a text that came without one (pasted text): its first line when that
    is short enough to be a headline, else the first sentence of that line, cut at a word
    boundary with "…" when still longer than ``limit``. An optional ``date YYYY-MM-DD``
    header is skipped; "" for blank text."""
    m = _HEADER.match(text)
    body = text[m.end() :] if m else text
    first = next((" ".join(ln.split()) for ln in body.splitlines() if ln.strip()), "")
    if len(first) <= limit:
        return first
    sentence = _SENTENCE_END.split(first, maxsplit=1)[0]
    if len(sentence) <= limit:
        return sentence
    cut = sentence[: limit - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut) + "…"
