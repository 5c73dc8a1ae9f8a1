"""The reading pane: highlighted passages whose place mentions are clickable.

A Streamlit v2 component (no build step, no iframe): the HTML comes from
:mod:`geo.ui.render` with every document string escaped; the JavaScript only listens
for clicks (a press and release, so that a redraw in between cannot swallow it; and
Enter/Space) on ``<mark data-start=…>`` and sends the mention back
(place id -- "" when unresolved --, document id, start and end offsets, and the click's
time) as a *state* value: unlike a one-shot trigger it is part of every later message of
the page, so a click made while the app is still running cannot be dropped when
Streamlit merges rerun requests. :func:`reader` calls ``on_click(place_id, doc_id,
start, end)`` before the rerun.

Unicode tricks in a document (right-to-left overrides and the like) stay text: each
paragraph and each mention is its own bidi isolate, so an override cannot spill over.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import streamlit as st

from geo.kinds import GROUPS
from geo.ui import selection
from geo.ui.session import callback, ss

_CSS_GROUPS = "".join(f".g-{k}{{--c:{s.colour};--bg:{s.colour}1f}}" for k, s in GROUPS.items())

CSS = (
    """
.geo-reader{font:16px/1.65 "Source Serif 4","Source Serif Pro",Georgia,serif;
  color:var(--st-text-color,#262730)}
.geo-reader .geo-p{margin:0 0 .85em;white-space:pre-wrap;unicode-bidi:isolate;
  overflow-wrap:anywhere}
.geo-reader .geo-doc{font:600 13px/1.4 system-ui,sans-serif;color:#555;margin:1.1em 0 .4em;
  padding-bottom:2px;border-bottom:1px solid rgba(128,128,128,.25)}
.geo-reader .geo-doc:first-child{margin-top:0}
.geo-reader .geo-doc .d{font-weight:400;color:#888}
.geo-reader .empty{font:14px system-ui,sans-serif;color:#777}
.geo-reader mark{color:inherit;background:var(--bg,#eee);border-bottom:2px solid var(--c,#888);
  border-radius:3px;padding:0 2px;cursor:pointer;transition:background .15s;
  unicode-bidi:isolate}
.geo-reader mark:hover{background:color-mix(in srgb,var(--c) 28%,transparent)}
.geo-reader mark:focus-visible{outline:2px solid #1f77b4;outline-offset:1px}
.geo-reader mark.low{border-bottom-style:dashed}
.geo-reader mark.low::after{content:"?";font-size:.75em;vertical-align:super;color:var(--c)}
.geo-reader mark.sel{background:#ffe08a;box-shadow:0 0 0 2px #f39c12;font-weight:600}
.geo-reader mark.unres{background:rgba(128,128,128,.12);border-bottom:1px dotted #999}
.geo-reader mark.nap{text-decoration:line-through rgba(0,0,0,.35);color:#777}
.geo-reader mark.ver::after{content:"\\2714";font-size:.62em;vertical-align:super;
  color:#1e8449;margin-left:1px}
.geo-reader mark.cur{outline:2px solid #1f77b4;outline-offset:1px}
"""
    + _CSS_GROUPS
)

JS = """
export default function (component) {
  const { data, setStateValue, parentElement } = component;
  const root = parentElement.querySelector('.geo-reader');
  if (!root) return;
  const html = (data && data.html) || '';
  if (root.__geoHtml !== html) { root.innerHTML = html; root.__geoHtml = html; }
  const cur = (data && data.cur) || '';  // what the app has selected (place, mention)
  root.__geoCur = cur;
  root.__geoSet = setStateValue;
  const pending = root.__geoPending;
  if (pending && cur !== pending.before) root.__geoPending = null;  // applied, or moved on
  const pick = (m) => ({place: m.dataset.place || '', doc: m.dataset.doc || '',
                        start: Number(m.dataset.start || 0), end: Number(m.dataset.end || 0)});
  // Sent with the time, so that a click on the same name again is a change too. Under
  // load Streamlit can drop a component value that arrives while a run is finishing:
  // if the app's selection has not changed at all 2.5 s after a click, the click is
  // sent again (twice at most). Any change of the selection -- this click applied, or a
  // newer choice (a pin on the map) -- ends that.
  const send = (v) => {
    const p = {before: root.__geoCur, tries: 0};
    const go = () => root.__geoSet('clicked', Object.assign({}, v, {t: Date.now()}));
    go();
    root.__geoPending = p;
    const check = () => {
      if (root.__geoPending !== p) return;
      // a reader that left the page (the panel's, redrawn for a new selection) is done
      const over = !root.isConnected || root.__geoCur !== p.before || p.tries >= 2;
      if (over) { root.__geoPending = null; return; }
      p.tries += 1;
      go();
      setTimeout(check, 2500);
    };
    setTimeout(check, 2500);
  };
  // A press is taken on the way down and sent on the way up. A rerun may replace the
  // passages between the two (a correction made a moment ago): the browser then sends
  // no "click" at all, and the person's click would be lost. The pending press lives on
  // the root, which outlives re-renders; a drag (text selection) is not a click.
  root.onpointerdown = (e) => {
    const m = e.button === 0 && e.target.closest && e.target.closest('mark[data-start]');
    root.__geoDown = m && root.contains(m) ? {v: pick(m), x: e.clientX, y: e.clientY} : null;
  };
  root.onpointerup = (e) => {
    const d = root.__geoDown;
    root.__geoDown = null;
    if (d && Math.abs(e.clientX - d.x) < 6 && Math.abs(e.clientY - d.y) < 6) send(d.v);
  };
  root.onclick = (e) => {  // clicks without a pointer: keyboard, assistive technology
    const m = e.target.closest && e.target.closest('mark[data-start]');
    if (!m || !root.contains(m)) return;
    e.preventDefault();
    if (e.detail === 0) send(pick(m));
  };
  root.onkeydown = (e) => {
    const m = e.target.closest && e.target.closest('mark[data-start]');
    if (m && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); m.click(); }
  };
}
"""

MAX_ID = 500  # longest place/document id accepted back from the browser
_component: Any = None


_LOCK = threading.Lock()


def _get_component() -> Any:
    global _component
    with _LOCK:  # sessions run in threads: register the component once
        if _component is None:
            _component = st.components.v2.component(
                "geo_reader", html='<div class="geo-reader"></div>', css=CSS, js=JS
            )
    return _component


def reader(
    html: str,
    *,
    key: str,
    on_click: Callable[[str, str, int, int], None] | None = None,
    height: int | str = "content",
) -> None:
    """Show highlighted passages; clicking a mention calls
    ``on_click(place_id or "", doc_id, start, end)``. The app's current selection goes
    with the passages: a click after which it has not changed within a few seconds is
    sent again."""
    if not html:
        html = '<div class="empty">No passages.</div>'

    @callback
    def _changed() -> None:
        value = ss().get(key)
        clicked = value.get("clicked") if isinstance(value, dict) else None
        if on_click is None or not isinstance(clicked, dict):
            return
        try:
            start, end = int(clicked.get("start", -1)), int(clicked.get("end", -1))
        except (TypeError, ValueError):
            return
        place = str(clicked.get("place") or "")[:MAX_ID]
        doc = str(clicked.get("doc") or "")[:MAX_ID]
        if place or (doc and 0 <= start < end):
            on_click(place, doc, start, end)

    cur = repr(selection.selection())
    _get_component()(
        data={"html": html, "cur": cur}, key=key, on_clicked_change=_changed, height=height
    )
