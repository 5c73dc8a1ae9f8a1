"""The Events page: a timeline of dated events and a table, filtered by the date window.

Events with a stated date are drawn on the main lanes (one per type); events whose only
date is their document's (the report date) are drawn at that date in a lane of their own
(:data:`REPORTED_LANE`, hollow diamonds) and their table date reads "reported <date>" in
grey; "since 2010" is shown as "since 2010", never as the event's date. The header says
each document's date and where it came from (set it on the Documents page).

The date window (sidebar) is shared with the Map page, so narrowing it here also filters
the map and the passages. Selecting a row selects the event's first place.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import streamlit as st

from geo.export import sentence_text
from geo.models import Event, EventType
from geo.ui import selection
from geo.ui.render import document_title
from geo.ui.session import show_messages
from geo.ui.text import md
from geo.ui.views import View, current_view
from geo.view import date_span, event_span, focus_span

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


#: The timeline's lane of the events whose only date is their document's (report) date.
REPORTED_LANE = "Reported, date not stated"
#: How a date's precision reads in the table.
PRECISION_WORDS = {"day": "day", "week": "week", "month": "month", "year": "year",
                   "approx": "approximate", "unknown": "unknown"}  # fmt: skip


# the longest ACLED sub-types ("non-violent transfer of territory") fit without clipping
SUB_TYPE_COLUMN_PX = 230


def _names(names: dict[str, str], ids: Any) -> str:
    """The places' names (never their raw ids: an unnamed place is "a place")."""
    return ", ".join(names.get(p) or "a place" for p in ids)


def _actors(e: Event, role: str) -> str:
    return ", ".join(x.text for x in e.actors if x.role == role)


def _date_label(e: Event) -> str:
    """The table's date: the stated date with its precision, else "since …" and/or
    "reported <report date>"."""
    if e.date:
        end = f" – {e.date_end}" if e.date_end and e.date_end != e.date else ""
        return f"{e.date}{end} ({PRECISION_WORDS.get(e.time_precision, e.time_precision)})"
    parts = []
    if e.date_kind == "since" and e.span_start:
        parts.append(f"since {e.span_start}")
    if e.report_date:
        parts.append(f"reported {e.report_date}")
    return " · ".join(parts)


def event_rows(view: View) -> tuple[list[dict[str, Any]], int]:
    """Rows for the timeline/table and the number of events with no date at all.

    Events with a stated date (``lane`` "stated") come first, in date order, then the
    events whose only date is their document's (``lane`` "reported", at the report date)."""
    rows, undated = _rows(view)
    return rows, len(undated)


def undated_rows(view: View) -> list[dict[str, Any]]:
    """The events with no date at all (no stated date, and a document without a date)."""
    return _rows(view)[1]


def _rows(view: View) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    names = view.names
    rows: list[dict[str, Any]] = []
    undated: list[dict[str, Any]] = []
    for a in view.analyses:
        for e in a.events:
            common = {
                "type": TYPE_LABELS[e.type],
                "sub-type": e.sub_type or "",
                "actor1": _actors(e, "actor1"),
                "actor2": _actors(e, "actor2"),
                "trigger": e.trigger,
                "places": _names(names, e.place_ids),
                "sentence": sentence_text(a.document, e.sentence),
                "document": document_title(a, 60),
            }
            span = event_span(e)
            lane = "stated"
            if span is None:
                reported = date_span(e.report_date)
                if reported is None:
                    undated.append({"date": _date_label(e)} | common)
                    continue
                span, lane = reported, "reported"
            rows.append(
                {
                    "start": span[0].isoformat(),
                    "end": (span[1] + timedelta(days=1)).isoformat(),
                    "date": e.date or "",  # ISO, as stated ("" when not stated)
                    "when": _date_label(e),  # as the table shows it
                    "lane": lane,
                    **common,
                    "place_ids": list(e.place_ids),
                    "event": f"{a.document.id}#{e.id}",
                }
            )
    rows.sort(key=lambda r: (r["lane"] != "stated", r["start"], r["event"]))
    return rows, undated


def time_axis(rows: list[dict[str, Any]]) -> tuple[str, str]:
    """The timeline's domain (ISO dates): where the events cluster (:func:`focus_span`),
    with a margin; events outside it are drawn at its edges as off-axis markers."""
    lo, hi = focus_span([date.fromisoformat(r["start"]) for r in rows])
    pad = max(timedelta(days=1), (hi - lo) / 20)
    return (lo - pad).isoformat(), (hi + timedelta(days=1) + pad).isoformat()


def timeline(rows: list[dict[str, Any]]) -> Any:
    """The events on a time axis: one lane per type for the events with a stated date
    (a bar over the days their date covers, a dot), and the lane :data:`REPORTED_LANE`
    below them for the events known only by their report date (a hollow diamond)."""
    import altair as alt
    import pandas  # noqa: F401  (waits for a page run still importing it: altair only looks it up)

    lo, hi = time_axis(rows)
    data = [{k: v for k, v in r.items() if k != "place_ids"} for r in rows]
    for d in data:  # off the axis: an arrow at the edge, its date in the tooltip
        off = d["start"] < lo or d["start"] > hi
        d["row"] = d["type"] if d["lane"] == "stated" else REPORTED_LANE
        d["marker"] = ("earlier" if d["start"] < lo else "later") if off else (
            "stated date" if d["lane"] == "stated" else "reported only")  # fmt: skip
        s = d["sentence"]
        d["sentence"] = s if len(s) <= 160 else s[:157] + "…"
    types = [TYPE_LABELS[t] for t in TYPE_COLOURS]
    lanes = [t for t in types if any(d["row"] == t for d in data)]
    lanes += [REPORTED_LANE] if any(d["lane"] == "reported" for d in data) else []
    base = alt.Chart(alt.Data(values=data))
    colour = alt.Color(
        "type:N",
        scale=alt.Scale(domain=types, range=list(TYPE_COLOURS.values())),
        legend=alt.Legend(orient="bottom", title=None, columns=5, labelLimit=260),
    )
    tooltip = [alt.Tooltip("when:N", title="date"), "type:N", "sub-type:N", "trigger:N", "actor1:N", "actor2:N",
               "places:N", "sentence:N", "document:N"]  # fmt: skip
    x_scale = alt.Scale(domain=[lo, hi], clamp=True)
    y = alt.Y("row:N", title=None, sort=lanes, scale=alt.Scale(domain=lanes),
              axis=alt.Axis(labelLimit=220, labelOverlap=False))  # fmt: skip
    spans = (
        base.transform_filter(alt.datum.lane == "stated")
        .mark_bar(height=14, opacity=0.35, cornerRadius=3)
        .encode(
            x=alt.X("start:T", title=None, scale=x_scale),
            x2="end:T",
            y=y,
            color=colour,
            tooltip=tooltip,
        )
    )
    shape = alt.Shape(
        "marker:N",
        scale=alt.Scale(domain=["stated date", "reported only", "earlier", "later"],
                        range=["circle", "diamond", "triangle-left", "triangle-right"]),
        legend=alt.Legend(orient="top", title=None, direction="horizontal"),
    )  # fmt: skip
    stated = base.transform_filter(alt.datum.lane == "stated").mark_point(
        size=90, filled=True, opacity=0.9
    ).encode(x=alt.X("start:T", scale=x_scale), y=y, color=colour, shape=shape,
             tooltip=tooltip)  # fmt: skip
    reported = base.transform_filter(alt.datum.lane == "reported").mark_point(
        size=110, filled=False, strokeWidth=2, opacity=0.9
    ).encode(x=alt.X("start:T", scale=x_scale), y=y, color=colour, shape=shape,
             tooltip=tooltip)  # fmt: skip
    counts = (  # how many reported-only events each diamond stands for
        base.transform_filter(alt.datum.lane == "reported")
        .transform_aggregate(n="count()", groupby=["start", "row"])
        .transform_calculate(label="datum.n + (datum.n == 1 ? ' event' : ' events')")
        .mark_text(align="left", dx=9, fontSize=11, color="#555")
        .encode(x=alt.X("start:T", scale=x_scale), y=y, text="label:N")
    )
    # the height holds the legends too (the app fits the chart to its width)
    chart = (spans + stated + reported + counts).properties(height=150 + 34 * len(lanes))
    return chart.interactive(bind_y=False)  # zoom and pan in time


def _select_event_place(rows: list[dict[str, Any]]) -> None:
    sel = st.session_state.get("geo_events_table")
    try:
        idx = sel["selection"]["rows"]  # type: ignore[index]
    except (KeyError, TypeError):
        return
    if idx and 0 <= idx[0] < len(rows) and rows[idx[0]]["place_ids"]:
        selection.select_place(rows[idx[0]]["place_ids"][0], fly=True)


# the sentence third: a reader reads it first, and at 1400 px it must not scroll out of view
TABLE_COLUMNS = ("date", "type", "sentence", "actor1", "actor2", "places", "trigger", "sub-type",
                 "document")  # fmt: skip


def document_dates(view: View) -> str:
    """The header's line on the documents' dates and where they came from (Markdown,
    escaped): one document in full, several as a short list."""
    from geo.ui.documents_page import date_words

    docs = [a for a in view.analyses]
    if not docs:
        return ""
    if len(docs) == 1:
        return f"Document date: {md(date_words(docs[0].document))}."
    items = [f"{md(document_title(a, 50))}: {md(date_words(a.document))}" for a in docs[:6]]
    more = f"; and {len(docs) - 6} more" if len(docs) > 6 else ""
    return "Document dates: " + "; ".join(items) + more + "."


def _table(rows: list[dict[str, Any]]) -> Any:
    """The table's data: a pandas Styler that greys the dates of reported-only events."""
    import pandas as pd

    df = pd.DataFrame([{k: r["when" if k == "date" else k] for k in TABLE_COLUMNS} for r in rows],
                      columns=TABLE_COLUMNS)  # fmt: skip
    muted = [r["lane"] == "reported" for r in rows]

    def grey(col: Any) -> list[str]:
        return ["color: #8a8a8a; font-style: italic" if m else "" for m in muted]

    return df.style.apply(grey, subset=["date"])


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
    dates = document_dates(view)
    if dates:
        st.caption(dates + " Set a date on the Documents page.")
    rows, undated = event_rows(view)
    if not rows:
        st.info("No dated events in this view." + (f" ({undated} undated.)" if undated else ""))
        return
    st.altair_chart(timeline(rows), width="stretch")
    stated = sum(1 for r in rows if r["lane"] == "stated")
    reported = len(rows) - stated
    st.caption(
        f"{stated} event{'s' if stated != 1 else ''} with a stated date"
        + (f", {reported} known only by the date of their report (the lane "
           f"“{REPORTED_LANE}”, hollow diamonds; grey dates in the table)" if reported else "")
        + (f", {undated} undated (listed below the table)" if undated else "")
        + ". Select a row to select its place; then open the Map page."
    )  # fmt: skip
    st.dataframe(
        _table(rows),
        hide_index=True,
        width="stretch",
        key="geo_events_table",
        on_select=lambda: _select_event_place(rows),
        selection_mode="single-row",
        column_config={
            "sentence": st.column_config.TextColumn(width="large"),
            "actor1": st.column_config.TextColumn("actor1 (acts)", help="who acts"),
            "actor2": st.column_config.TextColumn("actor2 (acted on)", help="who is acted on"),
            "sub-type": st.column_config.TextColumn(
                help="ACLED's sub-type (docs/events.md)", width=SUB_TYPE_COLUMN_PX
            ),
        },
    )
    if undated:
        with st.expander(f"Undated events ({undated})"):
            st.dataframe(undated_rows(view), hide_index=True, width="stretch")
    sel = selection.selected_place_id()
    if sel:
        found = view.by_id[sel].place if sel in view.by_id else selection.find_place(sel)
        name = found.name if found is not None else "the selected place"
        st.page_link(_map_page(), label=f"Show {md(name)} on the map", icon=":material/map:")


def _map_page() -> Any:
    from geo.ui.app import page

    return page("map")
