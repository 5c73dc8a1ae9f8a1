"""The sidebar shared by every page: document, date window, search, map options, downloads."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import streamlit as st

from geo.export import (
    document_countries,
    dumps,
    export_filename,
    to_csv,
    to_geojson,
    to_kml,
    to_lpf,
)
from geo.models import Place
from geo.ui import corpus, search, selection
from geo.ui.render import document_title
from geo.ui.resources import gazetteer_or_none, show_gazetteer_problem
from geo.ui.session import ALL, K_FORMS, K_TILES, callback, ss
from geo.ui.text import md
from geo.ui.views import View, current_view, date_focus
from geo.view import date_step

SLIDER_MIN, SLIDER_MAX = date(1700, 1, 1), date(2250, 1, 1)


PICKER = "geo_doc_picker"


@callback
def _doc_changed() -> None:
    selection.show_document(ss().get(PICKER, ALL))
    selection.cancel_fly()


def document_picker() -> None:
    c = corpus.corpus()
    options = [ALL, *c.keys()]
    if corpus.chosen_document() not in options:
        corpus.choose_document(ALL)
    # the document is state of the app (pages and the URL change it too): the widget
    # follows it
    if st.session_state.get(PICKER) != corpus.chosen_document():
        st.session_state[PICKER] = corpus.chosen_document()

    def label(doc_id: str) -> str:
        if doc_id == ALL:
            return f"All documents ({len(c)})"
        return document_title(c[doc_id], 200)  # the whole title (the menu wraps it)

    st.selectbox(
        "Document",
        options,
        key=PICKER,
        format_func=label,
        on_change=_doc_changed,
        help="One document, or all documents on one map (passages grouped by document).",
    )


def date_window() -> None:
    focus = date_focus(corpus.chosen_analyses())
    if focus is None:
        st.caption("No dated events: no date window.")
        return
    lo, hi = max(focus[0], SLIDER_MIN), min(focus[1], SLIDER_MAX)  # what a slider can show
    before, after = focus[2], focus[3]
    if hi < lo:
        lo, hi = SLIDER_MIN, SLIDER_MAX
    if lo == hi:
        st.caption(f"All dated events on {lo.isoformat()}.")
        return
    start, end = selection.window()
    a = min(max(start or lo, lo), hi)
    b = max(min(end or hi, hi), lo)
    if b < a:
        a, b = lo, hi
    key = f"geo_window_{lo}_{hi}"

    @callback
    def changed() -> None:
        v = ss().get(key)
        if not v or len(v) != 2:
            return
        s, e = v
        selection.set_window(None if s <= lo else s, None if e >= hi else e)

    st.slider(
        "Date window",
        min_value=lo,
        max_value=hi,
        value=(a, b),
        format="YYYY-MM-DD",
        step=date_step(lo, hi),
        key=key,
        on_change=changed,
        help="Filters the map, the passages and the events together. The slider spans "
        "where the dates cluster; at its ends the window stays open, so dates far outside "
        "(counted below) are included.",
    )
    far = [f"{n} earlier" for n in (before,) if n] + [f"{n} later" for n in (after,) if n]
    if far:
        st.caption(f"Also {' and '.join(far)} date{'s' if before + after != 1 else ''} "
                   "outside this range (included at the open ends).")  # fmt: skip
    if start or end:

        @callback
        def reset() -> None:
            selection.set_window(None, None)
            # set, not pop: a popped key leaves the browser's slider at the old window
            ss()[key] = (lo, hi)

        st.button("All dates", on_click=reset, type="tertiary", key="geo_window_reset")


@callback
def _show_result(place: Place) -> None:
    selection.remember_place(place)
    selection.select_place(place.id, fly=True)


def search_box(view: View) -> None:
    results = search.search_box(
        key="geo_search_q",
        placeholder="e.g. Panjsher, Bazarak, Hindu Kush",
        help="Names, other names and close spellings. Click a result to show it on the map.",
        gazetteer=gazetteer_or_none,
        none_found="No place found.",
        countries=document_countries(view.analyses),
    )
    if not results:
        return
    for i, sug in enumerate(results):
        p = sug.place
        st.button(
            md(search.label(sug)),
            key=f"geo_search_{i}_{p.id}",
            on_click=_show_result,
            args=(p,),
            type="tertiary",
            width="stretch",
        )


def downloads(view: View) -> None:
    gaz = gazetteer_or_none()
    analyses = view.analyses
    if not analyses:
        return
    # (label, key and extension, MIME type, the export, help); file names are readable:
    # the title as a slug and the documents' dates
    formats: list[tuple[str, str, str, str, Callable[[], str], str | None]] = [
        ("GeoJSON · places and events", "geojson", "geojson", "application/geo+json",
         lambda: dumps(to_geojson(analyses, gazetteer=gaz)),
         "One feature per place and per dated event (for QGIS's temporal controller)"),
        ("KML · Google Earth", "kml", "kml", "application/vnd.google-earth.kml+xml",
         lambda: to_kml(analyses, gazetteer=gaz),
         "Placemarks for places, and for dated events with their time span"),
        ("Linked Places (LPF)", "lpf", "lpf.json", "application/ld+json",
         lambda: dumps(to_lpf(analyses, gazetteer=gaz)),
         "Linked Places Format (World Historical Gazetteer)"),
        ("CSV · one row per mention", "csv", "csv", "text/csv",
         lambda: to_csv(analyses, gazetteer=gaz), None),
    ]  # fmt: skip
    for label, key, ext, mime, data, tip in formats:
        st.download_button(
            label,
            data=data,
            file_name=export_filename(analyses, ext),
            mime=mime,
            on_click="ignore",
            key=f"geo_dl_{key}",
            icon=":material/download:",
            help=tip,
            width="stretch",
        )


def sidebar() -> None:
    show_gazetteer_problem()  # above every page (sidebar() runs before the page)
    with st.sidebar:
        st.markdown("## :material/travel_explore: Geo explorer")
        st.caption("Places, passages and events of your documents, on one map.")
        document_picker()
        date_window()
        st.session_state.setdefault(K_FORMS, False)
        st.toggle(
            "Show adjectival references, streets and buildings",
            key=K_FORMS,
            help="Off: the map and the place list show places named in the text. On: also "
            "places only referred to by an adjective, a people or a union ('Russian troops', "
            "'the Afghans', 'the EU'), and the streets, squares and buildings the text names, "
            "at the city it puts them in ('Chicken Street in Kabul'); a place named only so "
            "says so on its marker.",
        )
        view = current_view()
        search_box(view)
        st.session_state.setdefault(K_TILES, False)
        st.toggle(
            "OpenStreetMap basemap (online)",
            key=K_TILES,
            help="Off: country outlines from the built-in Natural Earth data, no network. "
            "On: map tiles are loaded from openstreetmap.org.",
        )
        st.markdown("**Download this view**")
        downloads(view)


def online_basemap() -> bool:
    """The basemap switch: OpenStreetMap tiles (online) rather than the built-in outlines."""
    return bool(st.session_state.get(K_TILES))
