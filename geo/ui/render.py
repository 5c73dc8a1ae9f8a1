"""HTML for the reading pane: passages with every place mention highlighted.

Pure functions (no Streamlit), so they are unit-tested directly. Everything taken from a
document or the gazetteer is escaped with :func:`html.escape`; the only markup is ours:

    <p class="geo-p" data-doc="…" data-passage="3">… <mark class="geo-m g-city sel"
       data-place="geonames:1138958" data-doc="…" data-start="91" data-end="96"
       role="button" tabindex="0" title="Kabul · city [geonames:1138958]">Kabul</mark> …</p>

Every mention is clickable: the reader component sends back ``data-doc``, ``data-start``,
``data-end`` and (when resolved) ``data-place``. Classes: ``g-<group>`` (colour by kind),
``sel`` (the selected place), ``low`` (low confidence, not verified), ``ver`` (verified by
a person: a ✔ is drawn after it), ``unres`` (no place) and ``nap`` (a person marked it
"not a place"). The app calls these without ``selected``/``current``: the same HTML
serves every selection, and the reader (:mod:`geo.ui.reader`) sets ``sel`` and ``cur``
in the browser.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from datetime import date

from geo import settings
from geo.cache import BoundedCache
from geo.kinds import group_of, kind_label
from geo.models import Analysis, Document, Event, Resolution

__all__ = [
    "document_html",
    "event_line",
    "format_coords",
    "passage_html",
    "passages_of",
    "passages_with_place",
]


def _esc(s: object) -> str:
    return html.escape(str(s), quote=True)


def _by_passage(analysis: Analysis) -> dict[int, list[int]]:
    """Resolution indices per passage index (mentions outside passages under -1)."""
    out: dict[int, list[int]] = {}
    doc = analysis.document
    for i, r in enumerate(analysis.resolutions):
        p = r.mention.passage
        if not 0 <= p < len(doc.passages):
            p = -1
            for q in doc.passages:
                if q.start <= r.mention.start < q.end:
                    p = q.index
                    break
        out.setdefault(p, []).append(i)
    return out


#: passages_of's memo: id(analysis) -> (analysis, its resolutions by passage)
_CACHE: BoundedCache[int, tuple[Analysis, dict[int, list[int]]]] = BoundedCache(5000)


def passages_of(analysis: Analysis) -> dict[int, list[int]]:
    """Memoised :func:`_by_passage` (analyses are never mutated by the UI)."""
    hit = _CACHE.get(id(analysis))
    if hit is not None and hit[0] is analysis:
        return hit[1]
    res = _by_passage(analysis)
    _CACHE.put(id(analysis), (analysis, res))
    return res


def passages_with_place(analysis: Analysis, place_id: str) -> list[int]:
    """Indices of the passages that mention ``place_id``, in text order."""
    out = []
    for p, idx in sorted(passages_of(analysis).items()):
        places = (analysis.resolutions[i].place for i in idx)
        if any(q is not None and q.id == place_id for q in places):
            out.append(p)
    return out


VERIFIED = "verified by a person"


def mention_title(r: Resolution) -> str:
    if r.place is None:
        if r.verified:
            return f"{r.mention.text} · not a place ({VERIFIED}) · click to change"
        why = f": {r.reason}" if r.reason else ""
        return f"{r.mention.text} · unresolved{why} · click to correct"
    if r.verified:
        return f"{r.place.name} · {kind_label(r.place.kind)} · ✔ {VERIFIED} [{r.place.id}]"
    low = r.confidence < settings.LOW_CONFIDENCE
    q = "?" if low else ""
    conf = f" · confidence {r.confidence:.2f}" if low else ""
    # a street or building stands for its city: "street in Kabul · city"
    at = f"{r.mention.cue or 'facility'} in " if r.mention.form == "facility" else ""
    return f"{at}{r.place.name}{q} · {kind_label(r.place.kind)}{conf} [{r.place.id}]"


def _mark(analysis: Analysis, r: Resolution, selected: str | None, current: bool = False) -> str:
    text = _esc(r.mention.text)
    title = _esc(mention_title(r))
    m = r.mention
    where = (
        f'data-doc="{_esc(analysis.document.id)}" data-start="{m.start}" data-end="{m.end}" '
        f'role="button" tabindex="0" title="{title}"'
    )
    if r.place is None:
        unres = "geo-m unres nap ver" if r.verified else "geo-m unres"
        if current:
            unres += " cur"
        return f'<mark class="{unres}" {where}>{text}</mark>'
    cls = ["geo-m", f"g-{group_of(r.place.kind)}"]
    if r.place.id == selected:
        cls.append("sel")
    if r.verified:
        cls.append("ver")
    elif r.confidence < settings.LOW_CONFIDENCE:
        cls.append("low")
    if current:
        cls.append("cur")
    return f'<mark class="{" ".join(cls)}" data-place="{_esc(r.place.id)}" {where}>{text}</mark>'


def passage_html(
    analysis: Analysis,
    passage: int,
    *,
    selected: str | None = None,
    current: tuple[str, int, int] | None = None,
) -> str:
    """One passage as a ``<p>`` with its mentions marked: those of place ``selected`` get
    class ``sel``, the mention ``current`` = (doc id, start, end) class ``cur``."""
    doc = analysis.document
    if 0 <= passage < len(doc.passages):
        p = doc.passages[passage]
        start, end = p.start, p.end
    else:
        start, end = 0, len(doc.text)
    idx = sorted(
        passages_of(analysis).get(passage, []), key=lambda i: analysis.resolutions[i].mention.start
    )
    parts: list[str] = []
    pos = start
    for i in idx:
        r = analysis.resolutions[i]
        m = r.mention
        if m.start < pos or m.end > end or m.start >= m.end:
            continue  # overlapping or out of range: leave the text as it is
        parts.append(_esc(doc.text[pos : m.start]))
        cur = current is not None and current == (doc.id, m.start, m.end)
        parts.append(_mark(analysis, r, selected, cur))
        pos = m.end
    parts.append(_esc(doc.text[pos:end]))
    return (
        f'<p class="geo-p" data-doc="{_esc(doc.id)}" data-passage="{passage}">'
        + "".join(parts)
        + "</p>"
    )


_MACHINE_NAME = re.compile(r"[\w.-]*\d[\w.-]*")


def document_title(item: Analysis | Document, limit: int = 90) -> str:
    """A readable title: the document's title, unless it is a machine-made file name
    ("000_3a22f56b70f5f393"), in which case the start of the first sentence."""
    d: Document = getattr(item, "document", None) or item  # type: ignore[assignment]
    # (duck-typed rather than isinstance: survives Streamlit's module reloads)
    t = (d.title or "").strip()
    if t and not _MACHINE_NAME.fullmatch(t):
        return t
    first = d.sentence_text(0) if d.sentences else d.text[: limit * 2]
    first = " ".join(first.split())
    if first:
        return first if len(first) <= limit else first[: limit - 1].rsplit(" ", 1)[0] + "…"
    return t or d.source or d.id


def document_header(analysis: Analysis, extra: str = "") -> str:
    d = analysis.document
    bits = [f"<span class='t'>{_esc(document_title(analysis))}</span>"]
    if d.date:
        bits.append(f"<span class='d'>{_esc(d.date.isoformat())}</span>")
    if extra:
        bits.append(f"<span class='d'>{_esc(extra)}</span>")
    return f'<div class="geo-doc">{" · ".join(bits)}</div>'


def document_html(
    analysis: Analysis,
    *,
    selected: str | None = None,
    passages: Sequence[int] | None = None,
    header: bool = False,
    header_note: str = "",
    current: tuple[str, int, int] | None = None,
) -> str:
    """Passages of one document (all by default) as HTML, mentions marked."""
    doc = analysis.document
    if passages is None:
        passages = range(len(doc.passages)) if doc.passages else [-1]
    out = [document_header(analysis, header_note)] if header else []
    for p in passages:
        out.append(passage_html(analysis, p, selected=selected, current=current))
    return "".join(out)


def corpus_html(
    items: Iterable[tuple[Analysis, Sequence[int]]],
    *,
    selected: str | None = None,
    current: tuple[str, int, int] | None = None,
) -> str:
    """Passages grouped by document, each group under a header with the document title."""
    out = []
    for a, ps in items:
        n = len(ps)
        note = f"{n} passage{'s' if n != 1 else ''}"
        out.append(document_html(a, selected=selected, passages=ps, header=True, header_note=note,
                                 current=current))  # fmt: skip
    return "".join(out)


def format_coords(lat: float, lon: float) -> str:
    ns = "N" if lat >= 0 else "S"
    ew = "E" if lon >= 0 else "W"
    return f"{abs(lat):.4f}° {ns}, {abs(lon):.4f}° {ew}"


def event_line(analysis: Analysis, e: Event, names: dict[str, str] | None = None) -> str:
    """Plain text: ``2021-08-15 · control · Taliban · took · Kabul, Panjshayr``."""
    names = names or {}
    bits = [e.date or "undated", e.type]
    actors = ", ".join(a.text for a in e.actors)
    if actors:
        bits.append(actors)
    bits.append(f"“{e.trigger}”")
    places = ", ".join(names.get(p, p) for p in e.place_ids)
    if places:
        bits.append(places)
    return " · ".join(bits)


def fmt_date(d: date | None) -> str:
    return d.isoformat() if d else ""
