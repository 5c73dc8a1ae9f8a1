"""Corrections in the app: the "Correct" box of the place panel.

Click a highlighted name in the text -- or pick one of a place's mentions in the panel --
and the box shows, for that mention:

* **Candidates** -- the places the resolver weighed: one click assigns another one (or
  confirms the current one); **Not a place** marks the words as naming no place;
* **Search** -- any gazetteer place (and the user's own places) by name;
* **New place** -- a place the gazetteer lacks: name, kind and the point, clicked on the
  map (while this tab is open a map click sets the point) or typed;
* **Apply to** -- this mention only, every identical mention in the document, or in every
  document (the store's ``mention`` / ``document`` / ``corpus`` scopes);
* **Undo** -- the last correction this session made in the document (else the document's
  last one): the button names the correction it reverts, and reverts exactly that one
  even if another session has corrected the document since; and the document's history.

Every write goes through the process's one :class:`~geo.corrections.CorrectionStore`
(:func:`geo.ui.resources.get_store`); the pages re-derive what they show from the cached
pipeline output with ``apply_corrections`` (no NLP re-run). A write is acknowledged (a
toast with the correction's short id) only after the store has committed it (fsynced).
Every string from a document or a user is escaped (:func:`geo.ui.text.md`).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import streamlit as st

from geo import settings
from geo.corrections import Correction, CorrectionStore
from geo.errors import GeoError
from geo.export import document_countries
from geo.kinds import KINDS, kind_label
from geo.models import Analysis, Mention, Resolution
from geo.names import normalize_name
from geo.ui import corpus, search, selection
from geo.ui.render import document_title
from geo.ui.resources import (
    gazetteer_or_none,
    get_store,
    store_error,
    store_or_error,
    user_gazetteer,
)
from geo.ui.session import add_note, callback, message, notes, ss, toast
from geo.ui.text import md
from geo.ui.views import View

K_SCOPE = "geo_fix_scope"
K_TABS = "geo_fix_tabs"
K_Q = "geo_fix_q"
K_NAME = "geo_new_name"
K_KIND = "geo_new_kind"
K_LAT = "geo_new_lat"
K_LON = "geo_new_lon"
K_CC = "geo_new_country"
K_FOR = "geo_new_for"  # the mention the new-place fields were filled for
K_PICK = "geo_pick"  # (lat, lon) clicked on the map for the new place

TAB_CANDIDATES, TAB_SEARCH, TAB_NEW = "Candidates", "Search", "New place"
TABS = (TAB_CANDIDATES, TAB_SEARCH, TAB_NEW)
SCOPE_SHORT = {"mention": "this mention", "document": "this document", "corpus": "all documents"}
MAX_ALTERNATIVES = 8
MAX_CHOICES = 200
HISTORY_ROWS = 15

T = TypeVar("T")


# --------------------------------------------------------------------------- helpers


@dataclass(frozen=True, slots=True)
class Target:
    """The mention a correction is for, with everything a callback needs to write it
    (buttons carry it as an argument, with the scope shown when they were drawn)."""

    doc_id: str
    doc_hash: str
    start: int
    end: int
    text: str
    shown: tuple[Any, ...] = ()  # the selection when the panel was drawn (selection.selection)

    @property
    def mention(self) -> Mention:
        return Mention(self.start, self.end, self.text)

    @classmethod
    def of(cls, a: Analysis, i: int) -> Target:
        m = a.resolutions[i].mention
        return cls(a.document.id, a.document.content_hash, m.start, m.end, m.text,
                   selection.selection())  # fmt: skip


def _follow(t: Target, place_id: str | None = None) -> None:
    """After a correction, keep the panel on the corrected mention (and fly to its new
    place) -- unless the person has chosen something else since the button was drawn
    (a click that arrived in the same batch of events): the newer choice wins."""
    if t.shown and selection.selection() != t.shown:
        return
    selection.select_mention(t.doc_id, t.start, t.end)
    p = selection.find_place(place_id) if place_id else None
    if p is not None:
        selection.request_fly(p)


def _scope_value() -> str:
    s = ss().get(K_SCOPE)
    return s if s in SCOPE_SHORT else "mention"


def set_default_scope(scope: str) -> None:
    """Preset "Apply to" (a click in the text: this mention; a place from the map: all of
    its identical mentions in the document)."""
    ss()[K_SCOPE] = scope


def place_name(place_id: str | None) -> str:
    if not place_id:
        return "?"
    p = selection.find_place(place_id)
    return p.name if p is not None else place_id


def describe(c: Correction, name: str | None = None) -> str:
    """Plain text: ``“Kabul” → Kābul (this mention)``."""
    if c.action == "not_a_place":
        to = "not a place"
    else:
        to = name if name is not None else place_name(c.place_id)
    return f"“{c.text}” → {to} ({SCOPE_SHORT.get(c.scope, c.scope)})"


def _timed(write: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """A store write, its duration logged for benchmarks (GEO_TIMING_LOG)."""
    t0 = time.perf_counter()
    try:
        return write(*args, **kwargs)
    finally:
        from geo.ui.app import log_timing

        log_timing(time.perf_counter() - t0, getattr(write, "__name__", "write"), kind="write")


def _write(fn: str, *args: Any, **kwargs: Any) -> Any:
    """Call ``store.<fn>``; None (and an error message) when it fails.

    Callbacks (:func:`geo.ui.session.callback`) write first and acknowledge right after,
    in a per-session note outside the session state (:func:`geo.ui.session.toast`), so a
    committed write is always acknowledged on the next completed run.
    """
    store, why = store_or_error()
    if store is None:
        message("error", md(f"Corrections are unavailable: {why}"))
        return None
    try:
        return _timed(getattr(store, fn), *args, **kwargs)
    except GeoError as exc:
        message("error", md(f"Could not save the correction: {exc}"))
        return None


def _ack(c: Correction, text: str, verb: str = "Saved") -> None:
    toast(md(f"{verb}: {text} · #{c.id[:8]}"))  # first: nothing can stop it now
    if verb == "Saved":
        add_note("mine", c.id)


# --------------------------------------------------------------------------- callbacks


@callback
def assign(t: Target, place_id: str, name: str, scope: str) -> None:
    """Resolve the target mention (and, by scope, its twins) to ``place_id``."""
    c = _write("assign", t.doc_hash, t.mention, place_id, scope=scope)
    if c is None:
        return
    _ack(c, describe(c, name))
    _follow(t, place_id)


@callback
def not_a_place(t: Target, scope: str) -> None:
    c = _write("not_a_place", t.doc_hash, t.mention, scope=scope)
    if c is None:
        return
    _ack(c, describe(c))
    _follow(t)


@callback
def undo(correction_id: str, what: str) -> None:
    """Revert the correction ``correction_id`` -- the one the button names."""
    c = _write("undo", correction_id=correction_id)
    if c is not None:
        _ack(c, what, "Undone")


def _country_at(lat: float, lon: float) -> str:
    gaz = gazetteer_or_none()
    if gaz is None:
        return ""
    try:
        return next((p.country for p in gaz.containing(lat, lon) if p.kind == "country"), "")
    except (GeoError, ValueError):
        return ""


@callback
def add_place(t: Target, scope: str) -> None:
    """Add the place described by the "New place" fields and assign the target to it."""
    fields = ss()
    name, kind = fields.get(K_NAME) or "", fields.get(K_KIND) or "other"
    lat, lon = fields.get(K_LAT), fields.get(K_LON)
    cc = (fields.get(K_CC) or "").strip().upper()
    if lat is None or lon is None:
        message("error", "Set the point of the new place: click the map or type its "
                         "latitude and longitude.")  # fmt: skip
        return
    if not cc and isinstance(lat, int | float) and isinstance(lon, int | float):
        cc = _country_at(float(lat), float(lon))
    p = _write("add_place", name, kind, lat, lon, country=cc)
    if p is None:
        return
    toast(md(f"Added the place {p.name} ({kind_label(p.kind)})"))
    assign(t, p.id, p.name, scope)
    fields.pop(K_PICK, None)


# --------------------------------------------------------------------------- map picking


def picking() -> bool:
    """True while the "New place" tab is open for some mention: a map click is then a
    point for the new place, not a selection."""
    return ss().get(K_TABS) == TAB_NEW and selection.has_selection()


def set_point(lat: float, lon: float) -> None:
    if not (math.isfinite(lat) and math.isfinite(lon)):
        return
    lat = round(max(-90.0, min(90.0, float(lat))), 5)
    lon = round(((float(lon) + 180.0) % 360.0) - 180.0, 5)
    ss()[K_LAT] = lat
    ss()[K_LON] = lon
    ss()[K_PICK] = (lat, lon)


def picked_point() -> tuple[float, float] | None:
    p = ss().get(K_PICK)
    return p if picking() and p else None


# --------------------------------------------------------------------------- rendering


def context(a: Analysis, m: Mention, width: int = 70) -> str:
    """Markdown: the words around the mention, the mention in bold (all escaped)."""
    doc = a.document
    s = doc.sentence_at(m.start)
    lo, hi = (s.start, s.end) if s is not None else (0, len(doc.text))
    lo2, hi2 = max(lo, m.start - width), min(hi, m.end + width)
    if lo2 > lo:  # whole words only
        cut = doc.text.find(" ", lo2, m.start)
        lo2 = cut + 1 if cut >= 0 else lo2
    if hi2 < hi:
        cut = doc.text.rfind(" ", m.end, hi2)
        hi2 = cut if cut >= 0 else hi2
    before, after = doc.text[lo2 : m.start], doc.text[m.end : hi2]
    pre = "…" if lo2 > lo else ""
    post = "…" if hi2 < hi else ""
    return f"{pre}{md(before)}**{md(m.text)}**{md(after)}{post}"


def _plain_context(a: Analysis, m: Mention, width: int = 40) -> str:
    t = a.document.text
    before = " ".join(t[max(0, m.start - width) : m.start].split())
    after = " ".join(t[m.end : m.end + width].split())
    return f"…{before} [{m.text}] {after}…"


def choose_mention(place_id: str, mentions: list[tuple[Analysis, int]]) -> tuple[Analysis, int]:
    """A selectbox of a place's mentions (when it has several): the one to correct."""
    items = mentions[:MAX_CHOICES]
    if len(items) == 1:
        return items[0]
    several_docs = len({a.document.id for a, _ in items}) > 1

    def label(k: int) -> str:
        a, i = items[k]
        doc = f"{document_title(a, 30)} · " if several_docs else ""
        return f"{doc}{_plain_context(a, a.resolutions[i].mention)}"

    k = st.selectbox(
        "Mention to correct",
        range(len(items)),
        format_func=label,
        key=f"geo_fix_choose_{abs(hash(place_id)) % 10**8}",
        help="Or click the name in the text.",
    )
    return items[k or 0]


def _same_text(view: View, norm: str) -> tuple[dict[str, int], int]:
    """How many mentions with this normalised text: (per document id, in the corpus)."""
    memo: dict[str, dict[str, int]] = view.cache.setdefault("same_text", {})
    hit = memo.get(norm)
    if hit is None:
        per_doc: dict[str, int] = {}
        for a in corpus.corpus().values():
            n = sum(1 for r in a.resolutions if normalize_name(r.mention.text) == norm)
            if n:
                per_doc[a.document.id] = n
        hit = memo[norm] = per_doc
    return hit, sum(hit.values())


def _status(r: Resolution) -> str:
    if r.place is None and r.verified:
        return ":gray-badge[✗ not a place] :green-badge[✔ verified]"
    if r.verified:
        return ":green-badge[✔ verified]"
    if r.place is None:
        return ":orange-badge[unresolved]"
    if r.confidence < settings.LOW_CONFIDENCE:
        return f":orange-badge[? confidence {r.confidence:.2f}]"
    return f":blue-badge[confidence {r.confidence:.2f}]"


def _scope_radio(view: View, a: Analysis, m: Mention, *, from_text: bool) -> None:
    norm = normalize_name(m.text)
    if not norm:
        ss()[K_SCOPE] = "mention"
        st.caption("Applies to this mention only.")
        return
    per_doc, total = _same_text(view, norm)
    n_doc = per_doc.get(a.document.id, 1)
    labels = {
        "mention": "this mention",
        "document": f"all {n_doc} “{m.text}” in this document",
        "corpus": f"all “{m.text}” in every document ({total} now)",
    }
    kwargs: dict[str, Any] = {}
    if K_SCOPE not in ss():
        kwargs["index"] = 0 if from_text else 1
    st.radio(
        "Apply to",
        list(labels),
        format_func=lambda s: md(labels[s]),
        key=K_SCOPE,
        horizontal=True,
        help="Also correct every identical mention (the same words, ignoring case and "
        "accents) in this document, or in every document -- also ones added later.",
        **kwargs,
    )


def _candidates(a: Analysis, i: int, target: Target, scope: str) -> None:
    r = a.resolutions[i]
    cur = r.place.id if r.place is not None else None
    alts = r.alternatives[:MAX_ALTERNATIVES]
    if alts:
        st.caption("The places the resolver weighed, best first. Click the right one.")
    else:
        st.caption("The resolver found no candidates: search the gazetteer or add a new place.")
    box = st.container(key="geo_fix_alts", gap=None)
    for k, c in enumerate(alts):
        p = c.place
        where = f" · {p.country}" if p.country else ""
        mark = "✓ " if p.id == cur else ""
        label = f"{mark}{p.name} · {kind_label(p.kind)}{where} · {c.score:.2f}"
        confirmed = p.id == cur and r.verified
        if p.id == cur and not r.verified:
            label += " — confirm"
        box.button(
            md(label),
            key=f"geo_fix_alt_{k}",
            on_click=assign,
            args=(target, p.id, p.name, scope),
            disabled=confirmed,
            type="tertiary",
            width="stretch",
            help=f"{p.id} · {p.lat:.4f}, {p.lon:.4f}",
        )
    st.button(
        "✗ Not a place",
        key="geo_fix_nap",
        on_click=not_a_place,
        args=(target, scope),
        disabled=r.place is None and r.verified,
        help="These words do not name a place here (a person, an organisation, a word…).",
    )


def _search(a: Analysis, i: int, target: Target, scope: str) -> None:
    results = search.search_box(
        key=K_Q,
        placeholder=f"e.g. {a.resolutions[i].mention.text}",
        max_chars=settings.MAX_NAME_CHARS,
        hint="Names, other names and close spellings; your own places too.",
        gazetteer=user_gazetteer,
        none_found="No place found. Add it as a new place.",
        countries=document_countries([a]),
    )
    if results is None:
        return
    box = st.container(key="geo_fix_found", gap=None)
    for k, sug in enumerate(results):
        p = sug.place
        box.button(md(search.label(sug, "→ ")), key=f"geo_fix_found_{k}", on_click=assign,
                   args=(target, p.id, p.name, scope), type="tertiary", width="stretch",
                   help=p.id)  # fmt: skip


def _new_place(a: Analysis, i: int, target: Target, scope: str) -> None:
    m = a.resolutions[i].mention
    fields = ss()
    key = (target.doc_id, target.start, target.end)
    if fields.get(K_FOR) != key:  # fill the fields for this mention
        fields[K_FOR] = key
        fields[K_NAME] = m.lookup_name[: settings.MAX_NAME_CHARS]
        fields[K_KIND] = m.cue if m.cue in KINDS else "city"
        for k in (K_LAT, K_LON, K_CC, K_PICK):
            fields.pop(k, None)
    pick = fields.get(K_PICK)
    if pick:
        st.caption(f":material/location_on: Point from the map: {pick[0]:.4f}, {pick[1]:.4f} "
                   "— click again to move it.")  # fmt: skip
    else:
        st.caption(":material/location_on: Click the map where the place is (while this tab "
                   "is open), or type its coordinates.")  # fmt: skip
    with st.form("geo_new_place", border=False):
        st.text_input("Name", key=K_NAME, max_chars=settings.MAX_NAME_CHARS)
        st.selectbox("Kind", KINDS, key=K_KIND, format_func=kind_label)
        c1, c2 = st.columns(2)
        c1.number_input("Latitude", -90.0, 90.0, value=None, step=0.01, format="%.5f",
                        key=K_LAT, placeholder="e.g. 35.1")  # fmt: skip
        c2.number_input("Longitude", -180.0, 180.0, value=None, step=0.01, format="%.5f",
                        key=K_LON, placeholder="e.g. 69.6")  # fmt: skip
        st.text_input("Country code (optional)", key=K_CC, max_chars=2,
                      placeholder="found from the point", help="ISO 3166-1 alpha-2, e.g. AF")  # fmt: skip
        st.form_submit_button("Add the place and use it", on_click=add_place,
                              args=(target, scope), type="primary")  # fmt: skip


def _undo_row(store: CorrectionStore, a: Analysis) -> None:
    try:
        history = store.history(a.document)
    except GeoError as exc:
        st.warning(md(f"Corrections are unavailable: {exc}"))
        return
    live = sorted((c for c in history if c.action != "undo" and not c.undone),
                  key=lambda c: (c.created_at, c.id))  # fmt: skip
    mine = set(notes("mine"))
    last = next((c for c in reversed(live) if c.id in mine), live[-1] if live else None)
    if last is not None:
        what = describe(last)
        st.button(
            md(f"↶ Undo: {what}"),
            key="geo_fix_undo",
            on_click=undo,
            args=(last.id, what),
            help="Revert your last correction in this document (or, if you made none, "
            "the document's last one).",
        )
    else:
        st.caption("No corrections in this document yet.")
    if history:
        with st.expander(f"Corrections in this document ({len(live)} active)"):
            lines = []
            for c in reversed(history[-HISTORY_ROWS:]):
                when = c.created_at[:19].replace("T", " ")
                if c.action == "undo":
                    text = "undo"
                else:
                    text = describe(c) + (" · undone" if c.undone else "")
                lines.append(f"- {md(when)} · {md(text)}")
            st.markdown("\n".join(lines))


def section(
    view: View,
    a: Analysis,
    i: int,
    *,
    from_text: bool,
    choices: list[tuple[Analysis, int]] | None = None,
    place_id: str = "",
    attention: bool = False,
) -> None:
    """The "Correct" box for mention ``i`` of analysis ``a`` (a corrected analysis).

    ``from_text``: the user clicked this mention in the text. Else a place was picked
    (map, list): the box offers to correct one of its mentions (``choices``, a
    selectbox). The box opens only on an explicit action (its "Correct" header), unless
    the mention names no place (nothing else to show); ``attention`` (low confidence,
    verified) changes its label.
    """
    r = a.resolutions[i]
    expanded = r.place is None
    if from_text:
        label = "Correct this mention"
    else:  # (labels differ by state: a new element, so that `expanded` applies)
        label = "Check and correct it" if attention or expanded else "Wrong place? Correct it"
    with st.expander(label, expanded=expanded, icon=":material/edit:"), st.container(key="geo_fix"):
        chooser = bool(choices) and len(choices or ()) > 1
        if choices and chooser:
            a, i = choose_mention(place_id, choices)
            r = a.resolutions[i]
        m = r.mention
        target = Target.of(a, i)
        st.markdown(f"“{md(m.text)}” {_status(r)}")
        if not from_text and not chooser:  # (a clicked mention is outlined in the text)
            st.caption(context(a, m))
        store = get_store()
        if store is None:
            why = store_error()
            st.warning(md(f"Corrections are unavailable: {why}"))
            return
        _scope_radio(view, a, m, from_text=from_text)
        scope = _scope_value()  # the buttons carry it: their callbacks must not look it up
        tabs = st.tabs(list(TABS), key=K_TABS, on_change="rerun")
        for tab, draw in zip(tabs, (_candidates, _search, _new_place), strict=True):
            with tab:
                if tab.open is not False:
                    draw(a, i, target, scope)
        _undo_row(store, a)
