"""The Events page: a timeline of dated events and a table, filtered by the date window.

The date window (sidebar) is shared with the Map page, so narrowing it here also filters
the map and the passages. Selecting a row selects the event's first place.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import streamlit as st

from geo.export import sentence_text
from geo.models import EventType
from geo.ui import selection
from geo.ui.render import document_title
from geo.ui.session import show_messages
from geo.ui.text import md
from geo.ui.views import View, current_view
from geo.view import event_span, focus_span

#: One colour per event type (geo.models.EventType; taxonomy in docs/events.md).
TYPE_COLOURS: dict[EventType, str] = {
    "battles": "#8c2d04",
    "violence_against_civilians": "#d62728",
    "explosions_remote_violence": "#ff7f0e",
    "protests": "#e377c2",
    "riots": "#bcbd22",
    "strategic_developments": "#1f77b4",
    "negotiation": "#2ca02c",
    "government": "#9467bd",
    "statement": "#7f7f7f",
    "other": "#17becf",
}


#: How the page names each event type (docs/events.md: ACLED's types, then ours).
TYPE_LABELS: dict[EventType, str] = {
    "battles": "Battles",
    "violence_against_civilians": "Violence against civilians",
    "explosions_remote_violence": "Explosions / remote violence",
    "protests": "Protests",
    "riots": "Riots",
    "strategic_developments": "Strategic developments",
    "negotiation": "Negotiation",
    "government": "Government",
    "statement": "Statement",
    "other": "Other",
}


def _names(names: dict[str, str], ids: Any) -> str:
    """The places' names (never their raw ids: an unnamed place is "a place")."""
    return ", ".join(names.get(p) or "a place" for p in ids)


def event_rows(view: View) -> tuple[list[dict[str, Any]], int]:
    """Rows for the timeline/table (dated events) and the number of undated ones."""
    rows, undated = _rows(view)
    return rows, len(undated)


def undated_rows(view: View) -> list[dict[str, Any]]:
    return _rows(view)[1]


def _rows(view: View) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    names = view.names
    rows: list[dict[str, Any]] = []
    undated: list[dict[str, Any]] = []
    for a in view.analyses:
        for e in a.events:
            span = event_span(e)
            if span is None:
                undated.append(
                    {
                        "type": TYPE_LABELS[e.type],
                        "actors": ", ".join(x.text for x in e.actors),
                        "trigger": e.trigger,
                        "places": _names(names, e.place_ids),
                        "sentence": sentence_text(a.document, e.sentence),
                        "document": document_title(a, 60),
                    }
                )
                continue
            rows.append(
                {
                    "start": span[0].isoformat(),
                    "end": (span[1] + timedelta(days=1)).isoformat(),
                    "date": e.date or "",
                    "precision": e.time_precision,
                    "type": TYPE_LABELS[e.type],
                    "trigger": e.trigger,
                    "actors": ", ".join(x.text for x in e.actors),
                    "places": _names(names, e.place_ids),
                    "sentence": sentence_text(a.document, e.sentence),
                    "document": document_title(a, 60),
                    "place_ids": list(e.place_ids),
                    "event": f"{a.document.id}#{e.id}",
                }
            )
    rows.sort(key=lambda r: (r["start"], r["event"]))
    return rows, undated


def time_axis(rows: list[dict[str, Any]]) -> tuple[str, str]:
    """The timeline's domain (ISO dates): where the events cluster (:func:`focus_span`),
    with a margin; events outside it are drawn at its edges as off-axis markers."""
    lo, hi = focus_span([date.fromisoformat(r["start"]) for r in rows])
    pad = max(timedelta(days=1), (hi - lo) / 20)
    return (lo - pad).isoformat(), (hi + timedelta(days=1) + pad).isoformat()


def timeline(rows: list[dict[str, Any]]) -> Any:
    import altair as alt

    lo, hi = time_axis(rows)
    data = [{k: v for k, v in r.items() if k != "place_ids"} for r in rows]
    for d in data:  # off the axis: an arrow at the edge, its date in the tooltip
        d["off"] = "earlier" if d["start"] < lo else "later" if d["start"] > hi else "in view"
    for d in data:
        s = d["sentence"]
        d["sentence"] = s if len(s) <= 160 else s[:157] + "…"
    types = [TYPE_LABELS[t] for t in TYPE_COLOURS]
    base = alt.Chart(alt.Data(values=data))
    colour = alt.Color(
        "type:N",
        scale=alt.Scale(domain=types, range=list(TYPE_COLOURS.values())),
        legend=alt.Legend(orient="bottom", title=None),
    )
    tooltip = ["date:N", "type:N", "trigger:N", "actors:N", "places:N", "sentence:N", "document:N"]
    x_scale = alt.Scale(domain=[lo, hi], clamp=True)
    spans = base.mark_bar(height=14, opacity=0.35, cornerRadius=3).encode(
        x=alt.X("start:T", title=None, scale=x_scale),
        x2="end:T",
        y=alt.Y("type:N", title=None, sort=types),
        color=colour,
        tooltip=tooltip,
    )
    shape = alt.Shape(
        "off:N",
        scale=alt.Scale(domain=["in view", "earlier", "later"],
                        range=["circle", "triangle-left", "triangle-right"]),
        legend=alt.Legend(orient="bottom", title="outside the axis"),
    )  # fmt: skip
    points = base.mark_point(size=90, filled=True, opacity=0.9).encode(
        x=alt.X("start:T", scale=x_scale), y=alt.Y("type:N", sort=types), color=colour,
        shape=shape, tooltip=tooltip,
    )  # fmt: skip
    chart = (spans + points).properties(height=60 + 32 * len({r["type"] for r in rows}))
    return chart.interactive(bind_y=False)  # zoom and pan in time


def _select_event_place(rows: list[dict[str, Any]]) -> None:
    sel = st.session_state.get("geo_events_table")
    try:
        idx = sel["selection"]["rows"]  # type: ignore[index]
    except (KeyError, TypeError):
        return
    if idx and 0 <= idx[0] < len(rows) and rows[idx[0]]["place_ids"]:
        selection.select_place(rows[idx[0]]["place_ids"][0], fly=True)


def page() -> None:
    view = current_view()
    show_messages()
    st.markdown("### Events")
    start, end = view.window
    if start or end:
        st.caption(
            f"Date window {start or '…'} → {end or '…'} (sidebar): the map and the passages "
            "are filtered the same way."
        )
    rows, undated = event_rows(view)
    if not rows:
        st.info("No dated events in this view." + (f" ({undated} undated.)" if undated else ""))
        return
    st.altair_chart(timeline(rows), width="stretch")
    st.caption(
        f"{len(rows)} dated event{'s' if len(rows) != 1 else ''}"
        + (f", {undated} undated (listed below the table)" if undated else "")
        + ". Select a row to select its place; then open the Map page."
    )
    table = [
        {k: r[k] for k in ("date", "type", "actors", "trigger", "places", "sentence", "document")}
        for r in rows
    ]
    st.dataframe(
        table,
        hide_index=True,
        width="stretch",
        key="geo_events_table",
        on_select=lambda: _select_event_place(rows),
        selection_mode="single-row",
        column_config={"sentence": st.column_config.TextColumn(width="large")},
    )
    if undated:
        with st.expander(f"Undated events ({undated})"):
            st.dataframe(undated_rows(view), hide_index=True, width="stretch")
    sel = selection.selected_place_id()
    if sel:
        found = view.by_id[sel].place if sel in view.by_id else selection.find_place(sel)
        name = found.name if found is not None else "the selected place"
        st.page_link(_map_page(), label=f"Show {md(name)} on the map", icon="🗺️")


def _map_page() -> Any:
    from geo.ui.app import page

    return page("map")
