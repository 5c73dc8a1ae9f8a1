"""A place's passages, page by page, newest document first: :func:`passages_page`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from geo.archive.store import Archive, Window

__all__ = ["PAGE_SIZE", "Passage", "PassagePage", "passages_page"]

PAGE_SIZE = 20  # passages per page unless the caller says otherwise
MAX_PAGE_SIZE = 200


@dataclass(frozen=True, slots=True)
class Passage:
    """One mention of the place in its sentence. ``text`` is None when the archive does
    not store sentences (made before they were); ``start``/``end`` are the mention's
    offsets in ``text`` (else in the document)."""

    doc_id: str
    title: str
    date: date | None
    mention: str
    start: int
    end: int
    text: str | None


@dataclass(frozen=True, slots=True)
class PassagePage:
    passages: list[Passage]
    page: int
    size: int
    has_next: bool


_KEYS = """
SELECT d.id, d.partition, i.start, d.date, d.title
FROM mention_index i JOIN doc_index d ON d.k = i.k
WHERE i.place_id = ? AND {window}
ORDER BY d.date DESC NULLS LAST, d.id, i.start
LIMIT ? OFFSET ?
"""


def _quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def passages_page(
    archive: Archive,
    place_id: str,
    window: Window | None = None,
    *,
    page: int = 0,
    size: int = PAGE_SIZE,
) -> PassagePage:
    """Page ``page`` (from 0) of ``size`` passages that name ``place_id`` in the documents
    of ``window``, newest document first (undated last). The page's mentions are found
    in memory; their text is read from the few partition files that hold them."""
    size = max(1, min(int(size), MAX_PAGE_SIZE))
    page = max(0, int(page))
    cond, params = (window or Window()).sql("d.date")
    with archive.cursor() as cur:
        keys = cur.execute(
            _KEYS.format(window=cond), [place_id, *params, size + 1, page * size]
        ).fetchall()
        keys, has_next = keys[:size], len(keys) > size
        files = sorted({archive.mention_files[k[1]] for k in keys if k[1] in archive.mention_files})
        found: dict[tuple[str, str, int], dict[str, Any]] = {}
        if files:
            listing = ", ".join(_quote(f) for f in files)
            docs = sorted({k[0] for k in keys})
            cur.execute(
                f"SELECT * EXCLUDE (geometry), filename FROM read_parquet([{listing}], "
                "union_by_name = true, filename = true) "
                f"WHERE place_id = ? AND doc_id IN ({', '.join('?' * len(docs))})",
                [place_id, *docs],
            )
            names = [d[0] for d in cur.description or []]
            for row in cur.fetchall():
                rec = dict(zip(names, row, strict=True))
                found[(str(rec["filename"]), str(rec["doc_id"]), int(rec["start"]))] = rec
    out = []
    for doc_id, part, start, day, title in keys:
        rec = found.get((archive.mention_files.get(part, ""), doc_id, start), {})
        mention = str(rec.get("text") or "")
        end = int(rec.get("end") or start + len(mention))
        text, pstart = rec.get("passage"), rec.get("passage_start")
        if isinstance(text, str) and isinstance(pstart, int) and 0 <= start - pstart <= len(text):
            s, e = start - pstart, min(end - pstart, len(text))
        else:
            text, s, e = None, start, end
        out.append(Passage(doc_id, title, day, mention, s, e, text))
    return PassagePage(out, page, size, has_next)
