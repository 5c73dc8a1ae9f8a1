"""Shared by the documents tests: invariants of the offsets, minimal PDF and DOCX files."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

from geo.documents import document_from_text
from geo.models import Passage, Sentence

ROOT = Path(__file__).resolve().parent.parent.parent
SEED = sorted((ROOT / "seeds").glob("*.txt"))[0]


def check_invariants(text: str, passages: list[Passage], sentences: list[Sentence]) -> None:
    """Every offset valid, sorted, non-overlapping, stripped; full coverage of the text."""
    n = len(text)
    prev_end = 0
    for i, p in enumerate(passages):
        assert p.index == i
        assert 0 <= p.start < p.end <= n
        assert p.start >= prev_end
        prev_end = p.end
        seg = text[p.start : p.end]
        assert seg.strip() == seg
        assert p.sentences, "a passage without sentences"
        assert list(p.sentences) == sorted(p.sentences)
    prev_end = 0
    for i, s in enumerate(sentences):
        assert s.index == i
        assert 0 <= s.start < s.end <= n
        assert s.start >= prev_end
        prev_end = s.end
        seg = text[s.start : s.end]
        assert seg.strip() == seg
        p = passages[s.passage]
        assert p.start <= s.start and s.end <= p.end
        assert i in p.sentences
    assert sum(len(p.sentences) for p in passages) == len(sentences)
    # every non-whitespace character is in a sentence
    covered = [False] * n
    for s in sentences:
        for k in range(s.start, s.end):
            covered[k] = True
    assert all(covered[k] for k, ch in enumerate(text) if not ch.isspace())


def sentences_of(text: str) -> list[str]:
    doc = document_from_text(text)
    check_invariants(doc.text, doc.passages, doc.sentences)
    return [doc.sentence_text(i) for i in range(len(doc.sentences))]


def passages_of(text: str) -> list[str]:
    doc = document_from_text(text)
    check_invariants(doc.text, doc.passages, doc.sentences)
    return [doc.passage_text(i) for i in range(len(doc.passages))]


def pdf_bytes(pages: list[list[str]], *, creation_date: str = "") -> bytes:
    """A minimal valid PDF (Helvetica text, one line per string; [] = a page without text);
    ``creation_date`` ("D:20230314...") goes into its document information."""

    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    n_pages = len(pages)
    font_id = 3 + 2 * n_pages
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        (
            "<< /Type /Pages /Kids ["
            + " ".join(f"{3 + 2 * i} 0 R" for i in range(n_pages))
            + f"] /Count {n_pages} >>"
        ).encode(),
    ]
    for i, lines in enumerate(pages):
        if lines:
            ops = " ".join(f"({esc(line)}) Tj T*" for line in lines)
            content = f"BT /F1 12 Tf 14 TL 72 720 Td {ops} ET".encode("latin-1")
        else:
            content = b"0 0 m 200 200 l S"  # a drawing, no text
        objects.append(
            (
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                f"/Resources << /Font << /F1 {font_id} 0 R >> >> /Contents {4 + 2 * i} 0 R >>"
            ).encode()
        )
        objects.append(
            f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream"
        )
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    info = ""
    if creation_date:
        objects.append(f"<< /CreationDate ({creation_date}) >>".encode())
        info = f" /Info {len(objects)} 0 R"
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for num, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{num} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    trailer = f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R{info} >>\n"
    out += (trailer + f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def docx_bytes(
    paragraphs: list[str],
    *,
    title: str = "",
    table: list[list[str]] | None = None,
    created: datetime | None = None,
) -> bytes:
    import docx

    d = docx.Document()
    if title:
        d.core_properties.title = title
    if created is not None:
        d.core_properties.created = created
    for i, p in enumerate(paragraphs):
        if i == 0:
            d.add_heading(p, level=1)
        else:
            d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                t.cell(r, c).text = cell
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()
