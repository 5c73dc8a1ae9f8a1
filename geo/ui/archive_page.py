"""The Archive page: an annotated GeoParquet archive (``streamlit run streamlit_app.py --
--corpus DIR``, or ``GEO_CORPUS_DIR``) opened with DuckDB (:mod:`geo.archive`).

The map (the app's map component, :mod:`geo.ui.foliummap`, data from
:mod:`geo.ui.archive_map`) shows the places of the date window sized by mention count;
a click on a place (or on its name in the list, which also brings it into view) lists
its passages page by page, fetched on demand; the events timeline counts per day, week
or month; the downloads export the current view. Nothing of the archive is held per
session: one :class:`~geo.archive.Archive` per process (``st.cache_resource``), queries
per run, the map data of the last few windows in a process-wide LRU (published as files
named by their content). One map frame for all windows: a new window redraws the places
where the person was. This page draws its own sidebar (the date window).

Session keys (owned here): :data:`K_PLACE` (the selected place id), :data:`K_PAGE`
(its passages page), :data:`K_SIZE` (page size), :data:`K_WINDOW` (the slider),
:data:`K_STEP` (the slider's step), :data:`K_EXPORT` (the prepared downloads),
:data:`K_FLY` (the last fly-to request), :data:`MAP_KEY` (the map's last click).
"""

from __future__ import annotations

import calendar
import hashlib
import html
import time
from datetime import date, timedelta
from typing import Any, cast

import streamlit as st

from geo.archive import (
    Archive,
    ArchiveError,
    PlaceCount,
    Timeline,
    Window,
    choose_step,
    event_timeline,
    export_view,
    open_archive,
    passages_page,
    places_in_window,
)
from geo.archive.places import MAP_MAX_PLACES
from geo.archive.store import Step
from geo.cache import BoundedCache
from geo.kinds import kind_label
from geo.mapview import selection_data, view_for
from geo.ui import foliummap
from geo.ui.app import corpus_dir
from geo.ui.archive_map import MapData, map_data, outlines_json, place_of, reader_names
from geo.ui.resources import gazetteer_or_none
from geo.ui.session import callback, ss
from geo.ui.text import md

__all__ = ["page"]

K_PLACE = "geo_arch_place"
K_PAGE = "geo_arch_page"
K_SIZE = "geo_arch_size"
K_WINDOW = "geo_arch_window"
K_STEP = "geo_arch_step"
K_EXPORT = "geo_arch_export"
K_FLY = "geo_arch_fly"
K_FLY_N = "geo_arch_fly_n"
K_TIMING = "geo_arch_timing"
MAP_KEY = "geo_arch_map"
MAX_ID = 500  # longest place id accepted back from the browser

MAP_HEIGHT = 620
# the "Most mentioned" list: rows as close as the Map page's lists
CSS = """<style>
.st-key-geo_arch_top [data-testid="stVerticalBlock"]{gap:0}
.st-key-geo_arch_top button{min-height:2rem;padding-top:0;padding-bottom:0}
</style>"""
PAGE_SIZES = (10, 20, 50, 100)
DEFAULT_PAGE_SIZE = 20
PLACE_BUTTONS = 12  # the most mentioned places, listed beside the map
STEPS: tuple[Step, ...] = ("day", "week", "month")
# the last windows' places and timelines, shared by the sessions: a click reruns the
# page, and only its passages need a new query
_PLACES: BoundedCache[tuple[str, Window], list[PlaceCount]] = BoundedCache(16)
_TIMELINES: BoundedCache[tuple[str, Window], Timeline] = BoundedCache(16)
_MAPS: BoundedCache[tuple[str, Window], MapData] = BoundedCache(8)


# --------------------------------------------------------------------------- the archive


@st.cache_resource(show_spinner="Opening the archive…")
def _open(path: str) -> Archive:
    return open_archive(path)


def current_archive() -> Archive | None:
    """The process's archive, or None after showing why it cannot be opened (the
    message names the folder by its base name only)."""
    path = corpus_dir()
    if not path:
        st.error("No archive given: start the app with `-- --corpus DIR`.")
        return None
    try:
        return _open(path)
    except ArchiveError as exc:
        st.error(f"Cannot open the archive: {exc}")
        return None


# --------------------------------------------------------------------------- the window


def _steps(first: date, last: date, step: Step) -> list[date]:
    """The first days of the steps from ``first`` to ``last``."""
    if step == "day":
        return [first + timedelta(days=i) for i in range((last - first).days + 1)]
    if step == "week":
        start = first - timedelta(days=first.weekday())
        return [start + timedelta(weeks=i) for i in range((last - start).days // 7 + 1)]
    out, d = [], first.replace(day=1)
    while d <= last:
        out.append(d)
        d = (d.replace(day=28) + timedelta(days=4)).replace(day=1)
    return out


def _step_end(d: date, step: Step) -> date:
    if step == "day":
        return d
    if step == "week":
        return d + timedelta(days=6)
    return d.replace(day=calendar.monthrange(d.year, d.month)[1])


def _label(d: date, step: Step) -> str:
    return d.strftime("%b %Y") if step == "month" else d.isoformat()


def window_control(archive: Archive) -> Window:
    """The sidebar's date window: a range slider in days, weeks or months. The whole
    span is the open window (undated documents included)."""
    span = archive.span
    st.sidebar.markdown(f"**Archive** {md(archive.name)}")
    st.sidebar.caption(
        f"{span.documents:,} documents"
        + (f", {span.first} – {span.last}" if span.first else "")
        + (f"; {span.undated:,} undated" if span.undated else "")
    )
    if span.first is None or span.last is None or span.first == span.last:
        st.sidebar.caption("No date window: the documents carry no dates to choose from.")
        return Window()
    default = choose_step(span.first, span.last)
    step = cast(
        Step,
        st.sidebar.segmented_control(
            "Step", STEPS, default=default, key=K_STEP, help="The date window moves by this much"
        )
        or default,
    )
    marks = _steps(span.first, span.last, step)
    if len(marks) < 2:
        return Window()
    lo, hi = st.sidebar.select_slider(
        "Date window",
        options=marks,
        value=(marks[0], marks[-1]),
        format_func=lambda d: _label(d, step),
        key=f"{K_WINDOW}_{step}",
    )
    if lo == marks[0] and hi == marks[-1]:
        return Window()
    return Window(max(lo, span.first), min(_step_end(hi, step), span.last))


# --------------------------------------------------------------------------- the map


def _map(archive: Archive, window: Window, places: list[PlaceCount]) -> MapData:
    """The window's map data, made once and kept (process-wide, the last few windows)."""
    return _MAPS.get_or_set((str(archive.root), window), lambda: map_data(places))


def map_frame(archive: Archive) -> str:
    """The key under which the browser tab keeps the person's pan and zoom on this
    archive's map (the same across date windows; no server path in it)."""
    return "archive|" + hashlib.sha1(str(archive.root).encode()).hexdigest()[:10]


@callback
def select_place(place_id: str | None) -> None:
    """Select a place (None: none) and go to the first page of its passages."""
    ss()[K_PLACE] = place_id
    ss()[K_PAGE] = 0


@callback
def _select_from_list(p: PlaceCount) -> None:
    """A name in the list: select the place and bring it into the map's view (the map
    keeps its zoom when the place is in view already)."""
    select_place(p.id)
    (lat, lon), zoom = view_for(place_of(p))
    n = int(ss().get(K_FLY_N, 0)) + 1
    ss()[K_FLY_N] = n
    ss()[K_FLY] = {"n": f"{time.time():.3f}.{n}", "center": [lat, lon], "zoom": zoom, "bbox": None}


@callback
def _on_map_change(key: str) -> None:
    """The map reported a click (:func:`geo.ui.foliummap.show`: ``{"kind": "place",
    "id", "lat", "lng", "n"}``, a new ``n`` per click): select the clicked place."""
    value = ss().get(key)
    if not isinstance(value, dict) or value.get("kind") != "place":
        return
    pid = str(value.get("id") or "")[:MAX_ID]
    if pid:
        select_place(pid)


def show_map(archive: Archive, window: Window, places: list[PlaceCount], gaz: Any) -> None:
    data = _map(archive, window, places)
    chosen = next((p for p in places if p.id == st.session_state.get(K_PLACE)), None)
    sel = None
    if chosen is not None:
        sel = selection_data(place_of(chosen), count=chosen.mentions, gazetteer=gaz)
    foliummap.show(
        key=MAP_KEY,
        height=MAP_HEIGHT,
        **data.files(outlines_json(gaz)),
        tiles=False,
        frame=map_frame(archive),
        selection=sel,
        fly=st.session_state.get(K_FLY),
        on_change=lambda: _on_map_change(MAP_KEY),
    )


# --------------------------------------------------------------------------- passages


def passage_html(text: str | None, start: int, end: int, mention: str) -> str:
    """A passage with its mention in ``<mark>``, all of it escaped."""
    if text is None:
        return f"<mark>{html.escape(mention)}</mark> — <i>text not stored in this archive</i>"
    return (
        html.escape(text[:start])
        + "<mark>"
        + html.escape(text[start:end])
        + "</mark>"
        + html.escape(text[end:])
    )


@callback
def _turn(delta: int) -> None:
    ss()[K_PAGE] = max(0, int(ss().get(K_PAGE, 0)) + delta)


@callback
def _first_page() -> None:
    ss()[K_PAGE] = 0


def show_passages(archive: Archive, window: Window, places: list[PlaceCount]) -> None:
    pid = st.session_state.get(K_PLACE)
    if not pid:
        st.caption("Click a place on the map (or a name below) to read its passages.")
        return
    chosen = next((p for p in places if p.id == pid), None)
    name = chosen.name if chosen else pid
    head = f"### {md(name)}"
    if chosen is not None:
        head += (
            f"\n{md(kind_label(chosen.kind))} · {chosen.mentions:,} mention"
            f"{'s' if chosen.mentions != 1 else ''} in {chosen.documents:,} document"
            f"{'s' if chosen.documents != 1 else ''}"
        )
    st.markdown(head)
    size = int(
        st.selectbox(
            "Passages per page",
            PAGE_SIZES,
            index=PAGE_SIZES.index(DEFAULT_PAGE_SIZE) if DEFAULT_PAGE_SIZE in PAGE_SIZES else 0,
            key=K_SIZE,
            on_change=_first_page,
        )
    )
    page_no = int(st.session_state.get(K_PAGE, 0))
    t0 = time.perf_counter()
    pg = passages_page(archive, pid, window, page=page_no, size=size)
    st.session_state[K_TIMING] = time.perf_counter() - t0
    if not pg.passages:
        st.caption("No passages in this date window.")
    for p in pg.passages:
        title = p.title or p.doc_id
        when = p.date.isoformat() if p.date else "undated"
        st.markdown(
            f'<div class="geo-arch-passage"><small><b>{html.escape(title)}</b> · '
            f"{html.escape(when)}</small><br>{passage_html(p.text, p.start, p.end, p.mention)}"
            "</div>",
            unsafe_allow_html=True,
        )
    left, mid, right = st.columns([1, 2, 1], vertical_alignment="center")
    left.button("Previous", key="geo_arch_prev", disabled=page_no == 0, on_click=_turn,
                args=(-1,))  # fmt: skip
    first = page_no * pg.size + 1
    mid.caption(f"Page {page_no + 1} · passages {first}–{first + len(pg.passages) - 1}")
    right.button("Next", key="geo_arch_next", disabled=not pg.has_next, on_click=_turn,
                 args=(1,))  # fmt: skip


def place_buttons(places: list[PlaceCount]) -> None:
    """The most mentioned places, in two columns (names as text, never markdown)."""
    cols = st.columns(2)
    for i, p in enumerate(places[:PLACE_BUTTONS]):
        cols[i % 2].button(
            md(f"{p.name} · {p.mentions:,}"),
            key=f"geo_arch_pl_{p.id}",
            type="tertiary",
            width="stretch",
            on_click=_select_from_list,
            args=(p,),
        )


# --------------------------------------------------------------------------- timeline, exports


def show_timeline(archive: Archive, window: Window) -> None:
    import pandas as pd

    tl = _TIMELINES.get_or_set((str(archive.root), window), lambda: event_timeline(archive, window))
    st.markdown(f"**Events** per {tl.step} ({tl.total:,})")
    if not tl.rows:
        st.caption("No dated events in this window.")
        return
    df = pd.DataFrame(tl.rows, columns=["when", "type", "events"])
    st.bar_chart(df, x="when", y="events", color="type", height=220)


def show_downloads(archive: Archive, window: Window, gazetteer: object | None) -> None:
    st.sidebar.markdown("**Download this view**")
    prepared = st.session_state.get(K_EXPORT)
    if prepared is None or prepared[0] != (str(archive.root), window):
        if st.sidebar.button("Prepare GeoJSON, KML and CSV", key="geo_arch_prepare"):
            with st.spinner("Exporting…"):
                ex = export_view(archive, window, gazetteer=gazetteer)
                prepared = ((str(archive.root), window), ex)
            st.session_state[K_EXPORT] = prepared
        else:
            return
    ex = prepared[1]
    st.sidebar.download_button("Places and events (GeoJSON)", ex.geojson, f"{ex.stem}.geojson",
                               "application/geo+json", key="geo_arch_dl_geojson")  # fmt: skip
    st.sidebar.download_button("Places and events (KML)", ex.kml, f"{ex.stem}.kml",
                               "application/vnd.google-earth.kml+xml", key="geo_arch_dl_kml")  # fmt: skip
    st.sidebar.download_button("Mentions (CSV)", ex.csv, f"{ex.stem}.csv", "text/csv",
                               key="geo_arch_dl_csv")  # fmt: skip
    if ex.truncated:
        st.sidebar.caption(f"The CSV holds the newest {ex.mentions:,} mentions of the window.")
    if ex.events_truncated:
        st.sidebar.caption(f"The GeoJSON and KML hold the newest {ex.events:,} dated events.")


# --------------------------------------------------------------------------- the page


def page() -> None:
    archive = current_archive()
    if archive is None:
        return
    try:
        window = window_control(archive)
        gaz = gazetteer_or_none()
        places = reader_names(
            _PLACES.get_or_set(
                (str(archive.root), window), lambda: places_in_window(archive, window)
            ),
            gaz,
        )
        show_downloads(archive, window, gaz)
        n = f"{len(places):,} place{'s' if len(places) != 1 else ''}"
        if len(places) >= MAP_MAX_PLACES:
            n = f"The {n} most mentioned"
        left, right = st.columns([3, 2])
        with left:
            st.caption(f"{n} in this window, sized by mentions")
            show_map(archive, window, places, gaz)
            show_timeline(archive, window)
        with right:
            show_passages(archive, window, places)
            st.markdown("**Most mentioned**")
            st.html(CSS)
            with st.container(key="geo_arch_top"):
                place_buttons(places)
    except ArchiveError as exc:
        st.error(f"Cannot read the archive: {exc}")
    except Exception as exc:  # a damaged file found by a query: say so, keep the app up
        import duckdb

        if not isinstance(exc, duckdb.Error):
            raise
        st.error(f"Cannot read the archive {archive.name!r}: {type(exc).__name__}")
