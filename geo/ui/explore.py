"""The Map page: the map, the selected place's panel and the reading pane, linked.

* click a place on the map -> the panel shows it (the map, our own component
  :mod:`geo.ui.foliummap`, stays: only its highlight is redrawn);
* click a highlighted mention in the text -> the place is selected and the map flies to
  it (kept at its zoom when the place is in view already, else framing it); the panel
  shows that mention's correction controls (:mod:`geo.ui.curation`), unresolved
  mentions included;
* while the panel's "New place" tab is open, a map click sets the new place's point
  instead of selecting.

The map, the panel and the reading pane are one ``st.fragment`` (:func:`linked`): such a
click reruns only them, not the whole app (the sidebar and the summary line are not
sent again: 56 instead of 72 websocket messages per map click, bench/ui.py). A
fragment-only run writes the URL (:func:`geo.ui.selection.write_query_params`) and the
``GEO_TIMING_LOG`` line itself; when a click changed what the rest of the page shows (a
correction changes the view; a message or toast waits to be shown) it reruns the app.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import streamlit as st

from geo.cache import BoundedCache
from geo.errors import GeoError
from geo.export import conventional_name, place_names, sentence_text
from geo.export.records import full_place
from geo.gazetteer import GazetteerView
from geo.mapview import (
    CLUSTER_THRESHOLD,
    PlacesLayer,
    country_outlines_json,
    kind_label,
    map_bounds,
    place_record,
    selection_data,
)
from geo.models import Analysis, Place
from geo.names import secondary_name
from geo.ui import corpus, curation, foliummap, render, selection
from geo.ui.app import log_timing
from geo.ui.reader import reader
from geo.ui.resources import gazetteer_or_none
from geo.ui.session import K_MESSAGES, callback, notes, show_messages, ss
from geo.ui.sidebar import online_basemap
from geo.ui.text import count, md
from geo.ui.views import View, current_view
from geo.view import PlaceView

MAP_HEIGHT = 660
PASSAGES_PER_PAGE = 150
DOCS_PER_PAGE = 10
MAP_KEY = "geo_map"
MAX_ID = 500  # longest place id accepted back from the browser
K_TIMING = "geo_timing"
K_DRAWN = "geo_linked_view"  # the view key the last full run drew the fragment for


# --------------------------------------------------------------------------- callbacks


def _latlng(v: dict[str, Any]) -> tuple[float, float] | None:
    lat, lng = v.get("lat"), v.get("lng")
    if not (isinstance(lat, int | float) and isinstance(lng, int | float)):
        return None
    if math.isfinite(lat) and math.isfinite(lng) and -90 <= lat <= 90:
        return float(lat), float(lng)
    return None


@callback
def on_map_change(map_key: str) -> None:
    """The map reported a click (:func:`geo.ui.foliummap.show`): select the clicked
    place, or -- while a new place is being added -- take the clicked point as its
    location."""
    value = ss().get(map_key)
    if not isinstance(value, dict):
        return
    xy = _latlng(value)
    if curation.picking():
        if xy is not None:
            curation.set_point(*xy)
        return
    pid = str(value.get("id") or "")[:MAX_ID] if value.get("kind") == "place" else ""
    if pid:
        selection.select_place(pid, fly=False)
        curation.set_default_scope("document")


@callback
def on_text_click(
    place_id: str, doc_id: str = "", start: int | None = None, end: int | None = None
) -> None:
    """A mention was clicked in a passage (or a place in a list): select its place and fly
    the map there; a mention also becomes the one the panel corrects."""
    if place_id:
        selection.select_place(place_id, fly=True)
    else:
        selection.clear()
    if doc_id and start is not None and end is not None and 0 <= start < end:
        selection.select_mention(doc_id, start, end)
        curation.set_default_scope("mention")
    else:
        curation.set_default_scope("document")


@callback
def _clear_selection() -> None:
    selection.clear()


# --------------------------------------------------------------------------- map


def _records(view: View, gaz: GazetteerView | None) -> list[dict[str, Any]]:
    rec = view.cache.get("records")
    if rec is None:
        rec = [r for v in view.places if (r := place_record(v, gaz)) is not None]
        view.cache["records"] = rec
    return rec  # type: ignore[no-any-return]


def selected(view: View) -> tuple[Place | None, PlaceView | None]:
    sel = selection.selected_place_id()
    if not sel:
        return None, None
    pv = view.by_id.get(sel)
    if pv is not None:
        return pv.place, pv
    return selection.find_place(sel), None


def _map_files(view: View, gaz: GazetteerView | None, tiles: bool) -> dict[str, Any]:
    """The view's map data, published once per view (:func:`geo.ui.foliummap.publish`):
    the places file, the outlines file, clustering and the first frame."""
    name = f"mapfiles|{int(tiles)}"
    hit = view.cache.get(name)
    if hit is None:
        records = _records(view, gaz)
        cluster = len(records) > CLUSTER_THRESHOLD
        layer = PlacesLayer(records, cluster=cluster, tiles=tiles, legend=True)
        outlines = country_outlines_json(gaz)
        hit = {
            "places": foliummap.publish(layer.payload, "places"),
            "outlines": foliummap.publish(outlines, "outlines") if outlines != "null" else None,
            "cluster": cluster,
            "bounds": map_bounds(view.places),
        }
        view.cache[name] = hit
    return hit  # type: ignore[no-any-return]


def show_map(view: View, gaz: GazetteerView | None) -> None:
    tiles = online_basemap()
    files = _map_files(view, gaz, tiles)
    place, pv = selected(view)
    sel = None
    if place is not None:
        sel = selection_data(place, count=pv.count if pv else 1, gazetteer=gaz)
    pick = curation.picked_point()
    foliummap.show(
        key=MAP_KEY,
        height=MAP_HEIGHT,
        **files,
        tiles=tiles,
        frame=f"{view.frame}|{int(tiles)}",
        selection=sel,
        pick={"lat": pick[0], "lon": pick[1]} if pick is not None else None,
        picking=curation.picking(),
        fly=selection.claim_fly(MAP_KEY),
        on_change=lambda: on_map_change(MAP_KEY),
    )


# --------------------------------------------------------------------------- panel


_HIERARCHY: BoundedCache[tuple[int, Place], list[Place]] = BoundedCache(20_000)


def _hierarchy(place: Place, gaz: GazetteerView | None) -> list[Place]:
    """``[place, admin-1, country]``, memoised per gazetteer and place: the gazetteer's
    lookups take ~20 ms, a third of a click's script run."""
    if gaz is None:
        return [place]
    try:
        return _HIERARCHY.get_or_set((id(gaz), place), lambda: list(gaz.hierarchy(place)))
    except (GeoError, AttributeError, ValueError):
        return [place]


_FULL: BoundedCache[tuple[int, Place], Place] = BoundedCache(20_000)


def _full_place(place: Place, gaz: GazetteerView | None) -> Place:
    """``place`` with its aliases (:func:`geo.export.records.full_place`), memoised per
    gazetteer and place: ``Gazetteer.get`` reads a place's aliases by scanning the names
    table (~0.13 s, half of a click's run before this memo)."""
    if gaz is None or place.aliases:
        return place
    return _FULL.get_or_set((id(gaz), place), lambda: full_place(place, gaz))


def _place_buttons(view: View, limit: int = 40) -> None:
    names = view.names  # as the documents name them
    top = sorted(view.places, key=lambda v: (-v.count, names.get(v.place.id, v.place.name)))
    top = top[:limit]
    if not top:
        st.info("No resolved places in this view.")
        return
    st.caption("Places in this view (most mentioned first):")
    cols = st.columns(2)
    for i, v in enumerate(top):
        low = "?" if v.low_confidence else ""
        label = (
            f"{names.get(v.place.id, v.place.name)}{low} · {kind_label(v.place.kind)} · {v.count}"
        )
        cols[i % 2].button(
            md(label),
            key=f"geo_pick_{v.place.id}",
            on_click=on_text_click,
            args=(v.place.id,),
            width="stretch",
            type="tertiary",
        )


def show_mention_panel(view: View, a: Analysis, i: int) -> None:
    """The panel of a selected mention that names no place (unresolved, or a person said
    "not a place"): what the resolver said and the correction controls."""
    r = a.resolutions[i]
    head, btn = st.columns([5, 1], vertical_alignment="center")
    head.markdown(f"### “{md(r.mention.text)}”")
    btn.button("✕", key="geo_clear", help="Clear the selection", on_click=_clear_selection)
    if r.verified:
        st.markdown(":gray-badge[✗ not a place] :green-badge[✔ verified by a person]")
        st.caption("Marked as naming no place. Undo it below, or choose a place for it.")
    else:
        st.markdown(f"**Unresolved:** {md(r.reason or 'no matching place')}")
        st.caption("Choose the place it names below, or mark it as not a place.")
    curation.section(view, a, i, from_text=True)


def _verified_count(pv: PlaceView) -> int:
    return sum(1 for a, i in pv.mentions if a.resolutions[i].verified)


def show_panel(view: View, gaz: GazetteerView | None) -> None:
    place, pv = selected(view)
    hit = selection.selected_mention(view)
    if place is None:
        if hit is not None:
            show_mention_panel(view, *hit)
            return
        sel = selection.selected_place_id()
        if sel:
            st.warning(f"Place {md(sel)} is not in the gazetteer or the documents.")
        st.markdown("#### Select a place")
        st.caption(
            "Click a place on the map, or a highlighted name in the text — then correct it "
            "in this panel if it is wrong."
        )
        _place_buttons(view)
        return
    head, btn = st.columns([5, 1], vertical_alignment="center")
    full = _full_place(place, gaz)  # (aliases read once: place_names asks no more)
    shown, _ = place_names(full, pv.mentions if pv is not None else (), None)
    also = secondary_name(place, shown)
    head.markdown(f"### {md(shown)}" + (f" :gray[({md(also)})]" if also else ""))
    btn.button("✕", key="geo_clear", help="Clear the selection", on_click=_clear_selection)
    st.markdown(md(_where_line(place, gaz)))
    facts = [render.format_coords(place.lat, place.lon)]
    if place.source == "user":
        facts.append("added by a user")
    if pv is not None and not pv.low_confidence:
        facts.append(_confidence(pv))
    st.markdown(" · ".join(facts))
    if pv is not None and pv.low_confidence and not pv.verified:
        st.warning(
            f"Low confidence ({pv.confidence:.2f}): check the alternatives below.",
            icon=":material/help:",
        )
    if pv is None:
        st.info("Not mentioned in the current view (documents and date window).")
        return
    show_place_passages(view, place, pv)
    if pv.alternatives:
        with st.expander(f"Alternatives considered ({len(pv.alternatives)})"):
            st.markdown(alternatives_table(place, pv))
    r = hit[0].resolutions[hit[1]] if hit is not None else None
    if hit is not None and r is not None and r.place is not None and r.place.id == place.id:
        curation.section(view, *hit, from_text=True)
    else:
        a, i = pv.mentions[0]
        curation.section(view, a, i, from_text=False, choices=pv.mentions, place_id=place.id,
                         attention=pv.low_confidence or pv.verified)  # fmt: skip
    if pv.events:
        show_place_events(view, pv)


_WHERE: BoundedCache[tuple[int, Place], str] = BoundedCache(20_000)


def _where_line(place: Place, gaz: GazetteerView | None) -> str:
    return _WHERE.get_or_set(
        (id(gaz), place), lambda: what_and_where(place, _hierarchy(place, gaz), gaz)
    )


def what_and_where(place: Place, chain: list[Place], gazetteer: object = None) -> str:
    """ "city in Panjshir, Afghanistan": the kind, then the units that contain it under
    their conventional English names -- with their aliases from ``gazetteer`` (the
    hierarchy's places carry none: without them "Panjshayr", GeoNames' transliteration,
    would show) -- as plain text, to be escaped by the caller."""
    kind = kind_label(place.kind)
    above = [conventional_name(p, gazetteer) for p in chain[1:] if p.id != place.id]
    if not above and place.country:
        above = [place.country]
    return f"{kind} in {', '.join(above)}" if above else kind


def _confidence(pv: PlaceView) -> str:
    if pv.verified:
        n = _verified_count(pv)
        of = "" if n == pv.count else f" ({n} of {pv.count})"
        return f":green-badge[✔ verified by a person{of}]"
    if pv.low_confidence:
        return f":orange-badge[❓ low confidence {pv.confidence:.2f}: check the alternatives]"
    colour = "green" if pv.confidence >= 0.75 else "blue"
    return f":{colour}-badge[confidence {pv.confidence:.2f}]"


def alternatives_table(place: Place, pv: PlaceView, limit: int = 20) -> str:
    """The candidates the resolver weighed, as a narrow (cheap) markdown table: name,
    what and where, score -- the score column always visible in the panel."""
    lines = ["| place | kind, country | score |", "|---|---|---:|"]
    for a in pv.alternatives[:limit]:
        p = a.place
        name = f"**{md(p.name)}** ✓" if p.id == place.id else md(p.name)
        where = ", ".join(x for x in (kind_label(p.kind), p.country) if x)
        lines.append(f"| {name} | {md(where)} | {a.score:.2f} |")
    return "\n".join(lines)


def show_place_events(view: View, pv: PlaceView, limit: int = 50) -> None:
    n = len(pv.events)
    with st.expander(f"Events at this place ({n})", expanded=n <= 3):
        names = view.names
        for a, e in pv.events[:limit]:
            st.markdown(f"**{md(render.event_line(a, e, names))}**")
            st.caption(md(sentence_text(a.document, e.sentence)))
        if n > limit:
            st.caption(f"… and {n - limit} more (see the Events page).")


def show_place_passages(view: View, place: Place, pv: PlaceView) -> None:
    docs: dict[str, tuple[Analysis, list[int]]] = {}
    for a, _i in pv.mentions:
        if a.document.id not in docs:
            docs[a.document.id] = (a, render.passages_with_place(a, place.id))
    n_pass = sum(len(ps) for _, ps in docs.values())
    where = f" in {len(docs)} documents" if len(docs) > 1 else ""
    st.markdown(
        f"**Passages** · {pv.count} mention{'s' if pv.count != 1 else ''} "
        f"in {n_pass} passage{'s' if n_pass != 1 else ''}{where}"
    )
    items = list(docs.values())
    page = 1
    if len(items) > DOCS_PER_PAGE:
        pages = (len(items) + DOCS_PER_PAGE - 1) // DOCS_PER_PAGE
        page = st.number_input("Page of documents", 1, pages, 1, key=f"geo_pp_{place.id}")
        items = items[(page - 1) * DOCS_PER_PAGE : page * DOCS_PER_PAGE]
    if view.corpus_mode or len(docs) > 1:
        html = _html(view, ("place", place.id, page), lambda: render.corpus_html(items))
    else:
        a, ps = items[0]
        html = _html(view, ("place", place.id), lambda: render.document_html(a, passages=ps))
    reader(html, key="geo_reader_place", on_click=on_text_click)


def _html(view: View, key: tuple[Any, ...], make: Callable[[], str]) -> str:
    """The passages' HTML for ``key`` in this view, made once: it does not depend on the
    selection (the reader draws that in the browser), only on the view and the page."""
    name = "reader-html|" + "|".join(map(str, key))
    hit = view.cache.get(name)
    if hit is None:
        hit = view.cache[name] = make()
    return hit  # type: ignore[no-any-return]


# --------------------------------------------------------------------------- reading


def show_reading_pane(view: View) -> None:
    if not view.analyses:
        return
    if not view.corpus_mode:
        a = view.analyses[0]
        doc = a.document
        n = len(doc.passages)
        st.markdown(f"#### {md(render.document_title(a))}")
        source = Path(doc.source).name if doc.source else ""
        meta = [m for m in (doc.date.isoformat() if doc.date else "", source) if m]
        st.caption(
            " · ".join([*map(md, meta), f"{len(a.resolutions)} place mentions"])
            + " — click a highlighted name to show it on the map."
        )
        passages: list[int] | range = range(n) if n else [-1]
        page = 1
        if n > PASSAGES_PER_PAGE:
            pages = (n + PASSAGES_PER_PAGE - 1) // PASSAGES_PER_PAGE
            page = st.number_input("Page", 1, pages, 1, key=f"geo_dp_{doc.id}")
            passages = range((page - 1) * PASSAGES_PER_PAGE, min(n, page * PASSAGES_PER_PAGE))
        start, end = view.window
        if start or end:  # passages outside the date window fold away, counted
            inside = {p for p in render.passages_of(a) if p >= 0}
            folded = [p for p in passages if p not in inside]
            passages = [p for p in passages if p in inside]
            if folded:
                st.caption(
                    f"{len(folded)} passage{'s' if len(folded) != 1 else ''} outside the date "
                    "window folded away (“All dates” in the sidebar shows them)."
                )
            if not passages:
                return
        shown = passages
        html = _html(view, ("doc", doc.id, page),
                     lambda: render.document_html(a, passages=shown))  # fmt: skip
        reader(html, key="geo_reader_doc", on_click=on_text_click)
        return
    st.markdown("#### Documents")
    items = [(a, sorted(p for p in render.passages_of(a) if p >= 0)) for a in view.analyses]
    items = [(a, ps) for a, ps in items if ps]
    st.caption(
        f"{len(items)} documents with place mentions; passages that mention places, "
        "grouped by document. Click a highlighted name to show it on the map."
    )
    page = 1
    if len(items) > DOCS_PER_PAGE:
        pages = (len(items) + DOCS_PER_PAGE - 1) // DOCS_PER_PAGE
        page = st.number_input("Page of documents", 1, pages, 1, key="geo_corpus_page")
        items = items[(page - 1) * DOCS_PER_PAGE : page * DOCS_PER_PAGE]
    html = _html(view, ("corpus", page), lambda: render.corpus_html(items))
    reader(html, key="geo_reader_corpus", on_click=on_text_click)


# --------------------------------------------------------------------------- page


def summary_line(view: View) -> str:
    n_m = sum(v.count for v in view.places)
    n_e = sum(len(a.events) for a in view.analyses)
    unres = sum(1 for a in view.analyses for r in a.resolutions if r.place is None)
    docs = len(view.analyses)
    parts = [
        count(docs, "document") if view.corpus_mode else "",
        count(len(view.places), "place"),
        count(n_m, "mention"),
        count(n_e, "event"),
        f"{unres} unresolved" if unres else "",
    ]
    s = " · ".join(p for p in parts if p)
    start, end = view.window
    if start or end:
        s += f" · date window {start or '…'} → {end or '…'}"
    return s


def fragment_run() -> bool:
    """True while Streamlit reruns only a fragment (not the whole app script)."""
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    ctx = get_script_run_ctx(suppress_warning=True)
    return bool(ctx is not None and ctx.fragment_ids_this_run)


def _outside_changed(view: View) -> bool:
    """In a fragment-only run: has something changed that the rest of the page shows (the
    view -- a correction, another document, window -- or a message/toast to show)?"""
    return view.key != ss().get(K_DRAWN) or bool(ss().get(K_MESSAGES)) or bool(notes("toasts"))


@st.fragment
def linked() -> None:
    """Map, place panel and reading pane: a fragment, so that a click on the map, on a
    mention or on a place button reruns only this (the sidebar and the rest of the page
    stay as they are: a few messages instead of the whole page). When a click changed
    what the rest of the page shows (a correction: summary line, downloads; a message to
    show), the whole app reruns instead. A fragment-only run writes the URL and the
    timing line itself (the app's end of run does not run)."""
    t0 = time.perf_counter()
    only = fragment_run()
    view = current_view()
    if only:
        if _outside_changed(view):
            st.rerun(scope="app")
        selection.sync_mention(view)
    else:
        ss()[K_DRAWN] = view.key
    gaz = gazetteer_or_none()
    left, right = st.columns([2, 1], gap="small")
    with left:
        show_map(view, gaz)
    # one container for every selection: the browser updates the panel's elements in
    # place (a new container per place made it build them all again: 0.2 s a click)
    with right, st.container(key="geo_panel"):
        show_panel(view, gaz)
    t1 = time.perf_counter()
    with left:
        show_reading_pane(view)
    st.session_state[K_TIMING] = {
        "panel_s": t1 - t0,
        "page_s": time.perf_counter() - t0,
        "fragment": only,
    }
    if only:
        selection.write_query_params()
        log_timing(t1 - t0, "Map", kind="panel")  # map and panel drawn (for bench/ui.py)
        log_timing(time.perf_counter() - t0, "Map")


def page() -> None:
    view = current_view()
    selection.sync_mention(view)
    show_messages()
    if not corpus.corpus():
        st.info("No documents yet: add some on the Documents page.")
        return
    st.caption(summary_line(view))
    linked()
