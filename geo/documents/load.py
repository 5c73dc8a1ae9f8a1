"""Loading one document: from a path, from bytes (an upload) or from a string.

``load_document(source, *, doc_id=None, date=None, name=None) -> Document``
    ``source`` is a path (``str``/``Path``) or ``bytes`` (an upload; ``name`` then gives the
    file name used to detect the type). Supported types: plain text and Markdown (also
    files without an extension), HTML, PDF and DOCX -- what is read from each is
    specified in :mod:`geo.documents.formats`. A first line ``date YYYY-MM-DD`` (the seed
    format; may be preceded by a BOM or whitespace, and the text may follow on the same
    line) sets ``Document.date`` and is removed from ``Document.text``. Without it, the
    date comes from a dateline, then the HTML/PDF/DOCX metadata
    (:mod:`geo.documents.dating`); ``Document.date_source`` says which. ``.jsonl`` /
    ``.ndjson`` is a corpus; ``load_document`` accepts one holding exactly one record, use
    :func:`~geo.documents.load_corpus` for more.

``document_from_text(text, *, doc_id=None, date=None, title="", source="pasted")``
    A document from a string (pasted text). The optional seed header is honoured.

Every loading problem raises :class:`geo.errors.DocumentError` whose message starts with
the file name: unknown type, empty file, binary / not UTF-8 text, larger than
``settings.MAX_DOCUMENT_BYTES``, text longer than ``settings.MAX_DOCUMENT_CHARS``, broken
PDF/DOCX, no text.
"""

from __future__ import annotations

import io
import os
from datetime import date as Date
from pathlib import Path

from geo.documents.build import coerce_date, make_document
from geo.documents.corpus import iter_corpus_lines
from geo.documents.dating import docx_creation_date, html_published_date, pdf_creation_date
from geo.documents.formats import (
    CORPUS_EXTENSIONS,
    HTML_EXTENSIONS,
    SUPPORTED_EXTENSIONS,
    TEXT_EXTENSIONS,
    decode_text,
    docx_text,
    extension,
    html_text,
    pdf_text,
    read_source,
    sniff,
)
from geo.errors import DocumentError
from geo.models import DateSource, Document

__all__ = ["document_from_text", "load_document"]


def load_document(
    source: str | os.PathLike[str] | bytes,
    *,
    doc_id: str | None = None,
    date: Date | str | None = None,
    name: str | None = None,
) -> Document:
    """Load one document from a path or from bytes (``name`` = the upload's file name).

    ``date`` (a ``datetime.date`` or ``"YYYY-MM-DD"``) overrides a date header.
    Raises :class:`DocumentError` (message prefixed with the file name) on any problem.
    """
    data, label = read_source(source, name)
    explicit = coerce_date(date, label)
    ext = extension(label)
    if ext == "":
        ext = sniff(data)
    if ext not in SUPPORTED_EXTENSIONS:
        raise DocumentError(
            f"unsupported file type {ext!r} (supported: {', '.join(SUPPORTED_EXTENSIONS)})",
            path=label,
        )
    stem = Path(label).stem if label else ""
    if ext in CORPUS_EXTENSIONS:
        docs = iter_corpus_lines(io.BytesIO(data), label)
        first = next(docs, None)
        if first is None:
            raise DocumentError("empty corpus (no records)", path=label)
        if next(docs, None) is not None:
            raise DocumentError(
                "JSON lines file holds several documents; use load_corpus()", path=label
            )
        if doc_id is not None:
            first.id = doc_id
        if explicit is not None:
            first.date, first.date_source = explicit, "user"
        return first

    title = ""
    meta_date: Date | None = None
    meta_source: DateSource = "none"
    if ext in TEXT_EXTENSIONS:
        text = decode_text(data, label)
    elif ext in HTML_EXTENSIONS:
        text, title = html_text(data, label)
        meta_date, meta_source = html_published_date(data), "html"
    elif ext == ".pdf":
        text, title = pdf_text(data, label)
        meta_date, meta_source = pdf_creation_date(data), "pdf-metadata"
    else:  # .docx
        text, title = docx_text(data, label)
        meta_date, meta_source = docx_creation_date(data), "docx-metadata"
    return make_document(
        text,
        doc_id=doc_id,
        date=explicit,
        title=title or stem,
        source=label,
        label=label,
        meta_date=meta_date,
        meta_source=meta_source if meta_date is not None else "none",
    )


def document_from_text(
    text: str,
    *,
    doc_id: str | None = None,
    date: Date | str | None = None,
    title: str = "",
    source: str = "pasted",
) -> Document:
    """A split :class:`Document` from a string.

    Never raises for ``str`` input except :class:`DocumentError` when the text is empty or
    whitespace only (after an optional ``date YYYY-MM-DD`` header) or longer than
    ``settings.MAX_DOCUMENT_CHARS``.
    """
    if not isinstance(text, str):
        raise DocumentError(f"expected text (str), got {type(text).__name__}", path=source)
    explicit = coerce_date(date, source)
    return make_document(
        text, doc_id=doc_id, date=explicit, title=title, source=source, label=source
    )
