"""Reading files: bytes in, text (and a title) out, for every supported type.

* ``.txt`` ``.text`` ``.md`` ``.markdown`` and files without an extension: plain text,
  UTF-8 (with or without BOM), UTF-16 with a BOM, or cp1252 when the bytes clearly are
  text. (A first line ``date YYYY-MM-DD`` is the seed header: :mod:`geo.documents.build`.)
* ``.html`` ``.htm`` ``.xhtml``: the main text only (``<main>``, else the largest
  ``<article>``, else ``<body>``), without markup, scripts, styles, navigation,
  headers, footers, asides and forms. Block elements become paragraphs.
* ``.pdf``: the text layer (pypdf), pages separated by a blank line. A PDF without a
  text layer is refused ("no extractable text (scanned PDF?)").
* ``.docx``: paragraphs and table cells (python-docx). The zip is checked first
  (declared total uncompressed size, compression ratio, number of entries).
* ``.jsonl`` / ``.ndjson``: a corpus (:mod:`geo.documents.corpus`).

A file without an extension is sniffed (:func:`sniff`). The size limit
(``settings.MAX_DOCUMENT_BYTES``) is checked before anything is parsed.
"""

from __future__ import annotations

import io
import os
import re
import zipfile
from pathlib import Path
from typing import Any

from geo import settings
from geo.documents.build import too_long
from geo.errors import DocumentError

__all__ = [
    "CORPUS_EXTENSIONS",
    "HTML_EXTENSIONS",
    "SUPPORTED_EXTENSIONS",
    "TEXT_EXTENSIONS",
    "decode_text",
    "docx_text",
    "extension",
    "html_text",
    "pdf_text",
    "read_source",
    "sniff",
]

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


def read_source(source: str | os.PathLike[str] | bytes, name: str | None) -> tuple[bytes, str]:
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        label = name or "<bytes>"
        if len(data) > settings.MAX_DOCUMENT_BYTES:
            raise DocumentError(too_big(len(data)), path=label)
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
            raise DocumentError(too_big(st.st_size), path=label)
        try:
            with path.open("rb") as fh:
                data = fh.read(settings.MAX_DOCUMENT_BYTES + 1)
        except OSError as exc:
            raise DocumentError(f"cannot read file: {exc.strerror or exc}", path=label) from None
        if len(data) > settings.MAX_DOCUMENT_BYTES:  # grew while reading
            raise DocumentError(too_big(len(data)), path=label)
    else:
        raise DocumentError(f"expected a path or bytes, got {type(source).__name__}")
    if not data:
        raise DocumentError("empty file", path=label)
    return data, label


def too_big(n: int) -> str:
    limit = settings.MAX_DOCUMENT_BYTES
    return f"file too large ({n:,} bytes; the limit is {limit:,} bytes)"


def extension(label: str) -> str:
    return Path(label).suffix.lower() if label and not label.startswith("<") else ""


def sniff(data: bytes) -> str:
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


# C0 control bytes that do not occur in text files (TAB LF VT FF CR, SUB and ESC are allowed).
_BINARY_CONTROLS = re.compile(rb"[\x00-\x08\x0e-\x19\x1c-\x1f\x7f]")
_HIGH_BYTES = bytes(range(0x80, 0x100))


def decode_text(data: bytes, label: str) -> str:
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


def html_text(data: bytes, label: str) -> tuple[str, str]:
    if b"\x00" in data[:65536] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentError("binary file (NUL bytes): not UTF-8 text", path=label)
    try:
        from bs4 import BeautifulSoup, CData, Tag
        from bs4.element import NavigableString
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


def pdf_text(data: bytes, label: str) -> tuple[str, str]:
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
                    raise DocumentError(too_long(total), path=label)
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


def docx_text(data: bytes, label: str) -> tuple[str, str]:
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
