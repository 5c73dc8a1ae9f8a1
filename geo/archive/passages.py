"""A place's passages, page by page, newest document first: :func:`passages_page`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

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


_SQL = """
SELECT m.doc_id, coalesce(d.title, ''), d.date, m.text, m.start, m."end",
       m.passage, m.passage_start
FROM mentions m JOIN documents d ON d.id = m.doc_id AND d.partition = m.part
WHERE m.place_id = ? AND {window}
ORDER BY d.date DESC NULLS LAST, m.doc_id, m.start
LIMIT ? OFFSET ?
"""


def passages_page(
    archive: Archive,
    place_id: str,
    window: Window | None = None,
    *,
    page: int = 0,
    size: int = PAGE_SIZE,
) -> PassagePage:
    """Page ``page`` (from 0) of ``size`` passages that name ``place_id`` in the documents
    of ``window``, newest document first (undated last)."""
    size = max(1, min(int(size), MAX_PAGE_SIZE))
    page = max(0, int(page))
    cond, params = (window or Window()).sql("d.date")
    with archive.cursor() as cur:
        rows = cur.execute(
            _SQL.format(window=cond), [place_id, *params, size + 1, page * size]
        ).fetchall()
    out = []
    for doc_id, title, day, mention, start, end, text, pstart in rows[:size]:
        if text is not None and pstart is not None and 0 <= start - pstart <= len(text):
            start, end = start - pstart, min(end - pstart, len(text))
        else:
            text = None
        out.append(Passage(doc_id, title, day, mention, int(start), int(end), text))
    return PassagePage(out, page, size, len(rows) > size)
