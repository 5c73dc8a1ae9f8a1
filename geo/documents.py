"""Loading documents and splitting them into passages and sentences.

Public entry points
-------------------
``load_document(source, *, doc_id=None, date=None, name=None) -> Document``
    ``source`` is a path (``str``/``Path``) or ``bytes`` (an upload; ``name`` then gives the
    file name used to detect the type). Supported types:

    * ``.txt`` ``.text`` ``.md`` ``.markdown`` and files without an extension: plain text,
      UTF-8 (with or without BOM), UTF-16 with a BOM, or cp1252 when the bytes clearly are
      text. A first line ``date YYYY-MM-DD`` (the seed format; may be preceded by a BOM or
      whitespace, and the text may follow on the same line) sets ``Document.date`` and is
      removed from ``Document.text``.
    * ``.html`` ``.htm`` ``.xhtml``: the main text only (``<main>``, else the largest
      ``<article>``, else ``<body>``), without markup, scripts, styles, navigation,
      headers, footers, asides and forms. Block elements become paragraphs.
    * ``.pdf``: the text layer (pypdf), pages separated by a blank line. A PDF without a
      text layer is refused ("no extractable text (scanned PDF?)").
    * ``.docx``: paragraphs and table cells (python-docx). The zip is checked first
      (declared total uncompressed size, compression ratio, number of entries).
    * ``.jsonl`` / ``.ndjson``: a corpus; ``load_document`` accepts one holding exactly one
      record, use :func:`load_corpus` for more.

``document_from_text(text, *, doc_id=None, date=None, title="", source="pasted")``
    A document from a string (pasted text). The optional seed header is honoured.

``load_corpus(source, *, name=None) -> Iterator[Document]``
    JSON lines ``{"id": ..., "text": ..., "date"?: "YYYY-MM-DD", "title"?: ...}`` read line
    by line. A bad line raises :class:`DocumentError` naming the file and the line number.

``split(document) -> Document`` / ``split_text(text)``
    Fill ``document.passages`` and ``document.sentences``.

Every loading problem raises :class:`geo.errors.DocumentError` whose message starts with
the file name: unknown type, empty file, binary / not UTF-8 text, larger than
``settings.MAX_DOCUMENT_BYTES``, text longer than ``settings.MAX_DOCUMENT_CHARS``, broken
PDF/DOCX, no text.

Text handling: ``\\r\\n`` and lone ``\\r`` become ``\\n``; a leading BOM is dropped; lone
surrogate code points (only possible in Python strings) become U+FFFD so the text can be
encoded; nothing else is changed. Text that is empty or whitespace only (after the
optional header) raises ``DocumentError("empty document")``. ``Document.id`` defaults to
the first 16 hex digits of the SHA-256 of the text.

Passages and sentences
----------------------
Passages are paragraphs separated by one or more blank (empty or whitespace-only) lines; a
single newline does not split. A text without blank lines but with several lines is split
line by line (one passage per non-empty line) unless it looks hard-wrapped (most lines
long and not ending in sentence punctuation), in which case it stays one paragraph.
Paragraphs longer than ``MAX_PASSAGE_CHARS`` are cut into several passages at sentence
boundaries (so the NLP model never sees huge inputs).

Sentences are found with regular expressions only (several MB/s): a boundary is sentence
punctuation (``. ! ? …``, optionally followed by closing quotes/brackets) followed by
whitespace, unless

* the next word starts with a lower-case letter (``approx. five``, ``... so far``),
* the word before the period is a title or a never-final abbreviation (Mr. Dr. St. Gen.
  Lt. Col. e.g. i.e. vs. ...), an initial (``J. R. R. Tolkien``), ``No.``/``Art.``/``Vol.``
  or a month abbreviation followed by a number (``No. 6``, ``Jan. 5``), a list number at
  the start of a line (``1. ...``),
* the word before is an ambiguous abbreviation (``U.S.``, ``a.m.``, ``etc.``, ``Inc.``)
  and the next word is not a typical sentence opener (The, He, It, But ...).

Decimals (``3.5``) never split because the period is not followed by whitespace. Inside a
multi-line paragraph a single newline also ends a sentence before a list item (``- x``,
``2. x``), after a markdown heading, and after a short line without final punctuation
followed by a capitalised line (a heading). Sentences longer than ``MAX_SENTENCE_CHARS``
are cut at whitespace.

Invariants (tested with hypothesis): ``0 <= start < end <= len(text)``; passages and
sentences are sorted and do not overlap; every sentence lies inside its passage;
``text[start:end]`` has no leading/trailing whitespace; every non-whitespace character of
the text is in exactly one passage and one sentence.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import json
import os
import re
import zipfile
from collections.abc import Iterator
from datetime import date as Date
from pathlib import Path
from typing import Any, BinaryIO

from geo import settings
from geo.errors import DocumentError
from geo.models import Document, Passage, Sentence

__all__ = [
    "MAX_PASSAGE_CHARS",
    "MAX_SENTENCE_CHARS",
    "SUPPORTED_EXTENSIONS",
    "document_from_text",
    "load_corpus",
    "load_document",
    "split",
    "split_text",
]


def _words(s: str) -> frozenset[str]:
    """A set of whitespace-separated words."""
    return frozenset(s.split())


#: Paragraphs longer than this are cut into several passages (at sentence boundaries).
MAX_PASSAGE_CHARS = 10_000
#: Sentences longer than this are cut at whitespace.
MAX_SENTENCE_CHARS = 2_000

TEXT_EXTENSIONS = frozenset({".txt", ".text", ".md", ".markdown"})
HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml"})
CORPUS_EXTENSIONS = frozenset({".jsonl", ".ndjson"})
SUPPORTED_EXTENSIONS = tuple(
    sorted(TEXT_EXTENSIONS | HTML_EXTENSIONS | CORPUS_EXTENSIONS | {".pdf", ".docx"})
)

# DOCX (zip) guards: a real document's XML compresses ~5-20x; images do not compress.
DOCX_MAX_UNCOMPRESSED = 200 * 1024 * 1024
DOCX_MAX_RATIO = 100.0
DOCX_RATIO_FLOOR = 10 * 1024 * 1024  # the ratio only matters above this total size
DOCX_MAX_ENTRIES = 5_000


# --------------------------------------------------------------------------- public API


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
    data, label = _read_source(source, name)
    explicit = _coerce_date(date, label)
    ext = _extension(label)
    if ext == "":
        ext = _sniff(data)
    if ext not in SUPPORTED_EXTENSIONS:
        raise DocumentError(
            f"unsupported file type {ext!r} (supported: {', '.join(SUPPORTED_EXTENSIONS)})",
            path=label,
        )
    stem = Path(label).stem if label else ""
    if ext in CORPUS_EXTENSIONS:
        docs = _iter_corpus_lines(io.BytesIO(data), label)
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
            first.date = explicit
        return first

    title = ""
    if ext in TEXT_EXTENSIONS:
        text = _decode_text(data, label)
    elif ext in HTML_EXTENSIONS:
        text, title = _html_text(data, label)
    elif ext == ".pdf":
        text, title = _pdf_text(data, label)
    else:  # .docx
        text, title = _docx_text(data, label)
    return _make_document(
        text,
        doc_id=doc_id,
        date=explicit,
        title=title or stem,
        source=label,
        label=label,
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
    explicit = _coerce_date(date, source)
    return _make_document(
        text, doc_id=doc_id, date=explicit, title=title, source=source, label=source
    )


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
        return _iter_corpus_lines(io.BytesIO(bytes(source)), label)
    path = Path(os.fspath(source))
    label = str(path)
    if not path.exists():
        raise DocumentError("file not found", path=label)
    if not path.is_file():
        raise DocumentError("not a regular file", path=label)
    return _iter_corpus_file(path, label)


def split(document: Document) -> Document:
    """Fill ``document.passages`` and ``document.sentences`` (in place); returns it."""
    document.passages, document.sentences = split_text(document.text)
    return document


def split_text(text: str) -> tuple[list[Passage], list[Sentence]]:
    """Passages and sentences of ``text`` (see the module docstring for the rules)."""
    passages: list[Passage] = []
    sentences: list[Sentence] = []
    for ps, pe in _paragraph_spans(text):
        spans = _sentence_spans(text, ps, pe)
        if not spans:
            continue
        # group sentences into passages no longer than MAX_PASSAGE_CHARS
        group_start = 0
        for i in range(1, len(spans) + 1):
            if i == len(spans) or spans[i][1] - spans[group_start][0] > MAX_PASSAGE_CHARS:
                p_index = len(passages)
                ids = []
                for s, e in spans[group_start:i]:
                    ids.append(len(sentences))
                    sentences.append(Sentence(len(sentences), p_index, s, e))
                passages.append(
                    Passage(p_index, spans[group_start][0], spans[i - 1][1], tuple(ids))
                )
                group_start = i
    return passages, sentences


# --------------------------------------------------------------------------- reading


def _read_source(source: str | os.PathLike[str] | bytes, name: str | None) -> tuple[bytes, str]:
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        label = name or "<bytes>"
        if len(data) > settings.MAX_DOCUMENT_BYTES:
            raise DocumentError(_too_big(len(data)), path=label)
    elif isinstance(source, str | os.PathLike):
        path = Path(os.fspath(source))
        label = name or str(path)
        try:
            st = path.stat()
        except FileNotFoundError:
            raise DocumentError("file not found", path=label) from None
        except OSError as exc:
            raise DocumentError(f"cannot read file: {exc.strerror or exc}", path=label) from None
        if not path.is_file():
            raise DocumentError("not a regular file", path=label)
        if st.st_size > settings.MAX_DOCUMENT_BYTES:
            raise DocumentError(_too_big(st.st_size), path=label)
        try:
            with path.open("rb") as fh:
                data = fh.read(settings.MAX_DOCUMENT_BYTES + 1)
        except OSError as exc:
            raise DocumentError(f"cannot read file: {exc.strerror or exc}", path=label) from None
        if len(data) > settings.MAX_DOCUMENT_BYTES:  # grew while reading
            raise DocumentError(_too_big(len(data)), path=label)
    else:
        raise DocumentError(f"expected a path or bytes, got {type(source).__name__}")
    if not data:
        raise DocumentError("empty file", path=label)
    return data, label


def _too_big(n: int) -> str:
    limit = settings.MAX_DOCUMENT_BYTES
    return f"file too large ({n:,} bytes; the limit is {limit:,} bytes)"


def _extension(label: str) -> str:
    return Path(label).suffix.lower() if label and not label.startswith("<") else ""


def _sniff(data: bytes) -> str:
    """Type of a file without extension: PDF and zip (docx) by magic, else text."""
    head = data[:1024]
    if b"%PDF-" in head:
        return ".pdf"
    if data.startswith(b"PK\x03\x04"):
        return ".docx"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if stripped.startswith((b"<!doctype html", b"<html")):
        return ".html"
    return ".txt"


def _coerce_date(value: Date | str | None, label: str) -> Date | None:
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


# C0 control bytes that do not occur in text files (TAB LF VT FF CR, SUB and ESC are allowed).
_BINARY_CONTROLS = re.compile(rb"[\x00-\x08\x0e-\x19\x1c-\x1f\x7f]")
_HIGH_BYTES = bytes(range(0x80, 0x100))


def _decode_text(data: bytes, label: str) -> str:
    """Bytes of a text file -> str: UTF-16 (BOM), UTF-8(-sig), else cp1252 if text-like."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise DocumentError("not UTF-8 text (broken UTF-16)", path=label) from None
    if b"\x00" in data:
        raise DocumentError("binary file (NUL bytes): not UTF-8 text", path=label)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # cp1252 only when the bytes look like text: no control bytes, mostly ASCII.
    sample = data[:65536]
    high = len(sample) - len(sample.translate(None, _HIGH_BYTES))
    if not _BINARY_CONTROLS.search(data) and high <= 0.3 * len(sample):
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    raise DocumentError("not UTF-8 text (binary file or unknown encoding)", path=label)


# --------------------------------------------------------------------------- HTML

_HTML_SKIP = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "svg",
        "iframe",
        "button",
        "select",
        "textarea",
        "head",
        "menu",
        "object",
        "embed",
        "canvas",
        "math",
    }
)
_HTML_SKIP_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search"})
_HTML_BLOCK = frozenset(
    {
        "address",
        "article",
        "blockquote",
        "body",
        "caption",
        "center",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "html",
        "li",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "td",
        "th",
        "tr",
        "ul",
    }
)
_PARA = object()
_LINE = object()


def _html_text(data: bytes, label: str) -> tuple[str, str]:
    if b"\x00" in data[:65536] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentError("binary file (NUL bytes): not UTF-8 text", path=label)
    try:
        from bs4 import BeautifulSoup, CData, NavigableString, Tag
    except ImportError as exc:  # pragma: no cover - dependency missing
        raise DocumentError(f"HTML support needs beautifulsoup4: {exc}", path=label) from None
    try:
        soup = BeautifulSoup(data, "lxml")
        title_tag = soup.find("title")
        title = " ".join(title_tag.get_text(" ").split()) if isinstance(title_tag, Tag) else ""
        root: Any = soup.find("main")
        if root is None:
            articles = soup.find_all("article")
            if articles:
                root = max(articles, key=lambda a: len(a.get_text()))
        if root is None:
            root = soup.body or soup
        out: list[Any] = []
        stack: list[tuple[Any, bool]] = [(root, False)]
        while stack:
            node, closing = stack.pop()
            if closing:
                out.append(_PARA)
                continue
            if isinstance(node, Tag):
                tag = node.name.lower() if node.name else ""
                if tag in _HTML_SKIP or _html_hidden(node):
                    continue
                if tag == "br":
                    out.append(_LINE)
                    continue
                children = [(c, False) for c in reversed(node.contents)]
                if tag in _HTML_BLOCK:
                    out.append(_PARA)
                    stack.append((node, True))
                stack.extend(children)
            elif type(node) is NavigableString or type(node) is CData:
                out.append(str(node))
    except DocumentError:
        raise
    except RecursionError:
        raise DocumentError("HTML nested too deeply", path=label) from None
    except Exception as exc:
        raise DocumentError(f"cannot parse HTML: {exc}", path=label) from None
    paragraphs: list[str] = []
    lines: list[str] = []
    buf: list[str] = []

    def flush_line() -> None:
        line = " ".join("".join(buf).split())
        buf.clear()
        if line:
            lines.append(line)

    for item in out:
        if item is _PARA:
            flush_line()
            if lines:
                paragraphs.append("\n".join(lines))
                lines.clear()
        elif item is _LINE:
            flush_line()
        else:
            buf.append(item)
    flush_line()
    if lines:
        paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs), title


def _html_hidden(node: Any) -> bool:
    attrs = node.attrs or {}
    if not attrs:
        return False
    if "hidden" in attrs or str(attrs.get("aria-hidden", "")).lower() == "true":
        return True
    if str(attrs.get("role", "")).lower() in _HTML_SKIP_ROLES:
        return True
    style = str(attrs.get("style", "")).replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


# --------------------------------------------------------------------------- PDF


def _pdf_text(data: bytes, label: str) -> tuple[str, str]:
    if b"%PDF-" not in data[:1024]:
        raise DocumentError("not a PDF file (no %PDF header)", path=label)
    try:
        from pypdf import PdfReader
    except ImportError as exc:  # pragma: no cover - dependency missing
        raise DocumentError(f"PDF support needs pypdf: {exc}", path=label) from None
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                decrypted = reader.decrypt("") != 0
            except Exception:
                decrypted = False
            if not decrypted:
                raise DocumentError("encrypted PDF (password required)", path=label)
        pages: list[str] = []
        total = 0
        for page in reader.pages:
            t = page.extract_text() or ""
            t = t.replace("\r\n", "\n").replace("\r", "\n").strip()
            if t:
                pages.append(t)
                total += len(t)
                if total > settings.MAX_DOCUMENT_CHARS:
                    raise DocumentError(_too_long(total), path=label)
        title = ""
        try:
            meta = reader.metadata
            if meta is not None and meta.title:
                title = " ".join(str(meta.title).split())
        except Exception:
            title = ""
    except DocumentError:
        raise
    except RecursionError:
        raise DocumentError("broken PDF (nested too deeply)", path=label) from None
    except Exception as exc:
        raise DocumentError(f"broken PDF: {exc}", path=label) from None
    text = "\n\n".join(pages)
    if not text.strip():
        raise DocumentError("no extractable text (scanned PDF?)", path=label)
    return text, title


# --------------------------------------------------------------------------- DOCX


def _docx_text(data: bytes, label: str) -> tuple[str, str]:
    buf = io.BytesIO(data)
    if not zipfile.is_zipfile(buf):
        raise DocumentError("not a .docx file (not a zip archive)", path=label)
    try:
        with zipfile.ZipFile(buf) as zf:
            infos = zf.infolist()
            names = {i.filename for i in infos}
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError) as exc:
        raise DocumentError(f"broken .docx (bad zip): {exc}", path=label) from None
    if len(infos) > DOCX_MAX_ENTRIES:
        raise DocumentError(f"refused: zip holds {len(infos):,} entries", path=label)
    total = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos)
    if total > DOCX_MAX_UNCOMPRESSED:
        raise DocumentError(
            f"refused: declared uncompressed size {total:,} bytes exceeds "
            f"{DOCX_MAX_UNCOMPRESSED:,} (zip bomb?)",
            path=label,
        )
    if total > DOCX_RATIO_FLOOR and total > DOCX_MAX_RATIO * max(packed, 1):
        raise DocumentError(
            f"refused: compression ratio {total / max(packed, 1):.0f}:1 (zip bomb?)", path=label
        )
    if "word/document.xml" not in names:
        raise DocumentError("not a Word document (no word/document.xml)", path=label)
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError as exc:  # pragma: no cover - dependency missing
        raise DocumentError(f"DOCX support needs python-docx: {exc}", path=label) from None
    try:
        d = docx.Document(io.BytesIO(data))
        paragraphs: list[str] = []
        body = d.element.body
        for child in body.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                t = Paragraph(child, d).text
                if t.strip():
                    paragraphs.append(t.strip())
            elif tag == "tbl":
                for row in Table(child, d).rows:
                    seen: set[int] = set()
                    for cell in row.cells:
                        if id(cell._tc) in seen:  # merged cells repeat
                            continue
                        seen.add(id(cell._tc))
                        t = cell.text.strip()
                        if t:
                            paragraphs.append(t)
        title = ""
        try:
            title = " ".join((d.core_properties.title or "").split())
        except Exception:
            title = ""
    except RecursionError:
        raise DocumentError("broken .docx (nested too deeply)", path=label) from None
    except Exception as exc:
        raise DocumentError(f"broken .docx: {exc}", path=label) from None
    text = "\n\n".join(paragraphs)
    if not text.strip():
        raise DocumentError("no text in the Word document", path=label)
    return text, title


# --------------------------------------------------------------------------- corpus


def _iter_corpus_file(path: Path, label: str) -> Iterator[Document]:
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise DocumentError(f"cannot read file: {exc.strerror or exc}", path=label) from None
    with fh:
        yield from _iter_corpus_lines(fh, label)


def _iter_corpus_lines(fh: BinaryIO, label: str) -> Iterator[Document]:
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
            yield _make_document(
                text,
                doc_id=None if rid is None else str(rid),
                date=_coerce_date(rdate, label) if rdate else None,
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


# --------------------------------------------------------------------------- building

_HEADER = re.compile(r"\A\s*date:?[ \t]+(\d{4}-\d{2}-\d{2})(?=\s|\Z)\s*", re.IGNORECASE)
_SURROGATE = re.compile("[\ud800-\udfff]")


def _too_long(n: int) -> str:
    return f"text too long ({n:,} characters; the limit is {settings.MAX_DOCUMENT_CHARS:,})"


def _make_document(
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
        raise DocumentError(_too_long(len(text)), path=label)
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


# --------------------------------------------------------------------------- paragraphs

_BLANK_LINES = re.compile(r"\n[^\S\n]*\n(?:[^\S\n]*\n)*")
_NONSPACE = re.compile(r"\S")
_LINE_END_PUNCT = frozenset(".!?:;\"'”’)»…。！？")


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    m = _NONSPACE.search(text, s, e)
    if m is None:
        return s, s
    s = m.start()
    seg_len = len(text[s:e].rstrip())
    return s, s + seg_len


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _BLANK_LINES.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    if len(spans) == 1 and text.count("\n") >= 2 and not _looks_hard_wrapped(text):
        spans = []
        pos = 0
        while (i := text.find("\n", pos)) != -1:
            spans.append((pos, i))
            pos = i + 1
        spans.append((pos, len(text)))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        s, e = _trim(text, s, e)
        if s < e:
            out.append((s, e))
    return out


def _looks_hard_wrapped(text: str) -> bool:
    """Lines that are mostly long and do not end sentences: a wrapped paragraph."""
    lines = [ln.strip() for ln in text.split("\n")]
    lines = [ln for ln in lines if ln]
    if len(lines) < 3:
        return False
    ends = sum(1 for ln in lines if ln[-1] in _LINE_END_PUNCT)
    lengths = sorted(len(ln) for ln in lines)
    median = lengths[len(lengths) // 2]
    return ends < 0.4 * len(lines) and median >= 40


# --------------------------------------------------------------------------- sentences

_TERMINAL = re.compile(r"(?:[.!?…]+[\"'”’»)\]]*(?=\s|\Z)|[。！？]+[\"'”’»)\]」』]*)")
_OPENERS = "\"'“‘«([¿¡"
# Never sentence-final when followed by more text (titles and Latin abbreviations).
_NEVER_FINAL = _words("""mr mrs ms messrs mme mlle dr prof st gen lt col capt cpt sgt maj brig adm cmdr cmdt
    cdr gov sen rep rev hon pres supt insp cpl pvt fr mt ft e.g i.e cf viz vs v approx ca
    esp incl dept""")
_NUMBER_ABBR = frozenset({"no", "nos", "vol", "art", "fig", "figs", "p", "pp", "sec", "ch", "op"})
_MONTH_ABBR = frozenset(
    {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
)
# Can end a sentence: split only before a typical sentence opener.
_AMBIGUOUS = frozenset(
    {"etc", "inc", "ltd", "corp", "co", "jr", "sr", "bros", "govt", "est", "al", "univ"}
)
_MULTI_DOT = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_STARTERS = _words("""The A An He She It They We I You This That These Those There Here His Her Its Their
    Our My Your But And Or Yet So However Meanwhile Moreover Also Still Then Thus Therefore
    In On At After Before When While As If Since Although Though Because During For From
    Some Many Most Both Each Every No Not Nor One Two According Officials Earlier Later
    Last Now Today Yesterday What Who Why How Where""")
_LIST_ITEM = re.compile(r"[^\S\n]*(?:[-*•–·▪+]|\d{1,3}[.)])\s")


def _sentence_spans(text: str, ps: int, pe: int) -> list[tuple[int, int]]:
    bounds: list[int] = []
    for m in _TERMINAL.finditer(text, ps, pe):
        if _is_boundary(text, m.start(), m.end(), ps, pe):
            bounds.append(m.end())
    if text.find("\n", ps, pe) != -1:
        bounds.extend(_newline_bounds(text, ps, pe))
        bounds.sort()
    spans: list[tuple[int, int]] = []
    cur = ps
    for b in [*bounds, pe]:
        if b <= cur:
            continue
        s, e = _trim(text, cur, b)
        cur = b
        if s < e:
            if e - s > MAX_SENTENCE_CHARS:
                spans.extend(_cut_long(text, s, e))
            else:
                spans.append((s, e))
    return spans


def _is_boundary(text: str, ms: int, me: int, ps: int, pe: int) -> bool:
    # the first character of the next sentence, skipping whitespace and opening quotes
    nxt = me
    while nxt < pe and (text[nxt].isspace() or text[nxt] in _OPENERS):
        nxt += 1
    if nxt >= pe:
        return True
    c = text[nxt]
    if c.islower():
        return False
    if text[ms] != "." or (me - ms > 1 and text[ms + 1] == "."):
        return True  # ! ? … and "..." before a capital
    # the word before the period
    ws = ms
    floor = max(ps, ms - 40)
    while ws > floor and not text[ws - 1].isspace():
        ws -= 1
    word = text[ws:ms].lstrip(_OPENERS)
    if not word:
        return True
    lw = word.lower()
    if lw in _NEVER_FINAL:
        return False
    if len(word) == 1 and word.isalpha() and word.isupper():
        return False  # an initial: J. R. R. Tolkien
    if c.isdigit() and (lw in _NUMBER_ABBR or lw in _MONTH_ABBR):
        return False  # No. 6, Jan. 5
    if word.isdigit() and len(word) <= 3 and (ws == ps or text[ws - 1] == "\n"):
        return False  # "1. item" at the start of a line
    if lw in _AMBIGUOUS or _MULTI_DOT.fullmatch(word):
        end = nxt
        while end < pe and (text[end].isalpha() or text[end] == "'"):
            end += 1
        return text[nxt:end] in _STARTERS
    return True


def _newline_bounds(text: str, ps: int, pe: int) -> list[int]:
    """Sentence breaks at single newlines inside a paragraph (lists, headings)."""
    lines: list[tuple[int, int]] = []
    pos = ps
    while True:
        i = text.find("\n", pos, pe)
        if i == -1:
            lines.append((pos, pe))
            break
        lines.append((pos, i))
        pos = i + 1
    longest = max(len(text[s:e].strip()) for s, e in lines)
    out: list[int] = []
    for (s0, e0), (s1, e1) in itertools.pairwise(lines):
        prev = text[s0:e0].strip()
        following = text[s1:e1].lstrip()
        if not prev or not following:
            continue
        if (
            _LIST_ITEM.match(text, s1, e1)
            or prev.startswith("#")
            or (
                prev[-1] not in _LINE_END_PUNCT
                and len(prev) < 80
                and len(prev) <= 0.6 * longest
                and (following[0].isupper() or following[0].isdigit() or following[0] in _OPENERS)
            )
        ):
            out.append(e0)
    return out


def _cut_long(text: str, s: int, e: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    while e - s > MAX_SENTENCE_CHARS:
        cut = s + MAX_SENTENCE_CHARS
        ws = cut
        lo = s + MAX_SENTENCE_CHARS // 2
        while ws > lo and not text[ws].isspace():
            ws -= 1
        if ws > lo:
            cut = ws
        a, b = _trim(text, s, cut)
        if a < b:
            out.append((a, b))
        s, e = _trim(text, cut, e)
        if s >= e:
            return out
    out.append((s, e))
    return out
