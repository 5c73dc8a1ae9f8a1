"""Loading documents and splitting them into passages and sentences.

Public entry points
-------------------
``load_document(source, *, doc_id=None, date=None, name=None) -> Document``
    A path or the bytes of an upload: text, Markdown, HTML, PDF, DOCX, or a one-record
    JSON lines file (:mod:`geo.documents.load`, formats in :mod:`geo.documents.formats`).
``document_from_text(text, *, doc_id=None, date=None, title="", source="pasted")``
    A document from a string (pasted text). The optional seed header is honoured
    (:mod:`geo.documents.build`). ``headline(text)`` titles an untitled text by its
    first line.
``load_corpus(source, *, name=None) -> Iterator[Document]``
    JSON lines, streamed (:mod:`geo.documents.corpus`).
``split(document) -> Document`` / ``split_text(text)``
    Passages and sentences with exact offsets (:mod:`geo.documents.split`).

Every loading problem raises :class:`geo.errors.DocumentError` whose message starts with
the file name: unknown type, empty file, binary / not UTF-8 text, larger than
``settings.MAX_DOCUMENT_BYTES``, text longer than ``settings.MAX_DOCUMENT_CHARS``, broken
PDF/DOCX, no text.
"""

from geo.documents.build import headline
from geo.documents.corpus import load_corpus
from geo.documents.formats import SUPPORTED_EXTENSIONS
from geo.documents.load import document_from_text, load_document
from geo.documents.split import MAX_PASSAGE_CHARS, MAX_SENTENCE_CHARS, split, split_text

__all__ = [
    "MAX_PASSAGE_CHARS",
    "MAX_SENTENCE_CHARS",
    "SUPPORTED_EXTENSIONS",
    "document_from_text",
    "headline",
    "load_corpus",
    "load_document",
    "split",
    "split_text",
]
