"""The reading pane: highlighted passages whose place mentions are clickable.

A Streamlit v2 component (no build step, no iframe). **The passages go once, as a file;
a run sends only the selection.** The HTML comes from :mod:`geo.ui.render` with every
document string escaped and without the selection in it; :func:`reader` publishes it as
a JSON file named by its content (:func:`publish_html`, the map's
:func:`geo.ui.foliummap.publish`) and sends the file's path, the selected place and the
current mention (a few hundred bytes). The JavaScript fetches each file once per page
(kept in memory), draws the selection itself (class ``sel`` on the marks of the selected
place, ``cur`` on the current mention) and redraws only the classes when just the
selection changed -- a click used to send the whole pane again (~35 kB, with the
highlight made on the server).

The JavaScript also listens for clicks (a press and release, so that a redraw in
between cannot swallow it; and Enter/Space) on ``<mark data-start=…>`` and sends the
mention back (place id -- "" when unresolved --, document id, start and end offsets, and
the click's time) as a *state* value: unlike a one-shot trigger it is part of every later
message of the page, so a click made while the app is still running cannot be dropped
when Streamlit merges rerun requests. :func:`reader` calls ``on_click(place_id, doc_id,
start, end)`` before the rerun.

Unicode tricks in a document (right-to-left overrides and the like) stay text: each
paragraph and each mention is its own bidi isolate, so an override cannot spill over.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from typing import Any

import streamlit as st

from geo.kinds import GROUPS
from geo.ui import foliummap, selection
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
const files = new Map();  // src -> Promise of the passages' HTML (one fetch per file and page)
const load = (src) => {
  if (!files.has(src)) {
    files.set(src, fetch(src).then((r) => {
      if (!r.ok) throw new Error(src + ': ' + r.status);
      return r.json();
    }).then((j) => String(j.html || '')).catch((err) => { files.delete(src); throw err; }));
  }
  return files.get(src);
};
// The selection, drawn in the browser: class "sel" on the marks of the selected place,
// "cur" on the current mention (the passages' HTML is the same for every selection).
const highlight = (root) => {
  const s = root.__geoSel || {};
  root.querySelectorAll('mark.sel, mark.cur').forEach((m) => m.classList.remove('sel', 'cur'));
  if (s.sel) {
    root.querySelectorAll('mark[data-place]').forEach((m) => {
      if (m.dataset.place === s.sel) m.classList.add('sel');
    });
  }
  const c = s.cur;
  if (Array.isArray(c) && c.length === 3 && Number.isInteger(c[1])) {
    root.querySelectorAll('mark[data-start="' + c[1] + '"]').forEach((m) => {
      if (m.dataset.doc === String(c[0]) && Number(m.dataset.end) === c[2]) m.classList.add('cur');
    });
  }
};

export default function (component) {
  const { data, setStateValue, parentElement } = component;
  const root = parentElement.querySelector('.geo-reader');
  if (!root) return;
  root.__geoSel = {sel: (data && data.sel) || '', cur: (data && data.cur) || null};
  const src = (data && data.src) || '';
  const html = (data && data.html) || '';  // (inline: a short message)
  if (src ? root.__geoSrc !== src : root.__geoHtml !== html) {
    root.__geoSrc = src;
    root.__geoHtml = html;
    const show = (h) => {
      if (root.__geoSrc !== src) return;  // a newer file came meanwhile
      root.innerHTML = h;
      root.dataset.src = src;  // for tests: these passages are drawn
      highlight(root);
    };
    if (src) {
      load(src).then(show, (err) => {
        console.error('geo reader:', err);
        root.__geoSrc = null;  // tried again on the next run
      });
    } else show(html);
  } else highlight(root);
  const cur = (data && data.token) || '';  // what the app has selected (place, mention)
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
EMPTY = '<div class="empty">No passages.</div>'  # (sent inline)
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


def publish_html(html: str) -> str:
    """Publish the passages' HTML as a file named by its content (:func:`foliummap.publish`,
    JSON: never shown as a page of its own); returns the path the page fetches it from."""
    return foliummap.url_of(foliummap.publish(json.dumps({"html": html}), "reader"))


def reader(
    html: str,
    *,
    key: str,
    on_click: Callable[[str, str, int, int], None] | None = None,
    height: int | str = "content",
) -> None:
    """Show highlighted passages; clicking a mention calls
    ``on_click(place_id or "", doc_id, start, end)``. ``html`` (:mod:`geo.ui.render`,
    without ``selected``/``current``: the selection is drawn in the browser) goes as a
    file (:func:`publish_html`) that the browser fetches once: a run sends its name and
    the app's selection -- the place, the current mention -- a few hundred bytes. A
    click after which the selection has not changed within a few seconds is sent
    again."""

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

    data: dict[str, Any] = {
        "sel": selection.selected_place_id() or "",
        "cur": list(cur) if (cur := selection.current_mention()) is not None else None,
        "token": repr(selection.selection()),
    }
    if html:
        data["src"] = publish_html(html)
    else:
        data["html"] = EMPTY
    _get_component()(data=data, key=key, on_clicked_change=_changed, height=height)
