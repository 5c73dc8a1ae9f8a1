"""What the person is looking at: document, date window, place, mention, fly-to request.

The selection lives in ``st.session_state`` (keys in :mod:`geo.ui.session`) and is
mirrored in ``st.query_params`` (``?doc=…&place=…&from=…&to=…&forms=facilities``,
:func:`read_query_params`, :func:`write_query_params`) so that a copied URL brings the same
view back (``forms=facilities``: the sidebar's "Show adjectival references, streets and
buildings", :mod:`geo.ui.views`).

* the document: :func:`show_document` (the document itself is kept by
  :mod:`geo.ui.corpus`);
* the date window: :func:`window`, :func:`set_window`;
* the place: :func:`select_place`, :func:`clear`, :func:`selected_place_id`,
  :func:`find_place` (corpus, search results, gazetteer); places found by a search
  are remembered for the session (:func:`remember_place`);
* the mention (clicked in the text; the panel corrects it): :func:`select_mention`,
  :func:`current_mention`, :func:`sync_mention`;
* the fly-to request, for the map: :func:`request_fly`, :func:`cancel_fly`,
  :func:`claim_fly`.

Every function reads and writes through :func:`geo.ui.session.ss`, so callbacks may
call them.
"""

from __future__ import annotations

import time
from datetime import date
from typing import TYPE_CHECKING, Any

import streamlit as st

from geo import settings
from geo.errors import GeoError
from geo.models import Analysis, Place, Resolution
from geo.ui import corpus
from geo.ui.resources import user_gazetteer
from geo.ui.session import (
    ALL,
    K_EXTRA_PLACES,
    K_FLY,
    K_FLY_N,
    K_FORMS,
    K_MENTION,
    K_PLACE,
    K_WINDOW,
    message,
    ss,
)
from geo.view import date_span

if TYPE_CHECKING:
    from geo.ui.views import View


# --------------------------------------------------------------------------- document


def show_document(doc_id: str) -> None:
    """Show one document (or :data:`~geo.ui.session.ALL`): no place selected, every date."""
    corpus.choose_document(doc_id)
    ss()[K_PLACE] = None
    ss()[K_WINDOW] = (None, None)


# --------------------------------------------------------------------------- date window


def window() -> tuple[date | None, date | None]:
    """The date window (start, end); None: open on that side."""
    return tuple(ss().get(K_WINDOW) or (None, None))  # type: ignore[return-value]


def set_window(start: date | None, end: date | None) -> None:
    ss()[K_WINDOW] = (start, end)


# --------------------------------------------------------------------------- place


def selected_place_id() -> str | None:
    return ss().get(K_PLACE)  # type: ignore[no-any-return]


def request_fly(place: Place) -> None:
    """Ask the map to fly to ``place`` (on its next draw): its point, the zoom that frames
    it (:func:`geo.mapview.view_for`) and its extent -- the map keeps its zoom when the
    place is in view already (``geo/static/map_page.js``)."""
    from geo.geometry import place_bbox
    from geo.mapview import view_for

    (lat, lon), zoom = view_for(place)
    n = int(ss().get(K_FLY_N, 0)) + 1
    ss()[K_FLY_N] = n
    bbox = place_bbox(place)
    ss()[K_FLY] = {
        "n": f"{time.time():.3f}.{n}",  # each request carried out once, also in a new tab
        "center": [lat, lon],
        "zoom": zoom,
        "bbox": bbox,
        "key": None,
    }


def cancel_fly() -> None:
    """Forget a fly-to request the map has not carried out."""
    ss()[K_FLY] = None


def claim_fly(map_key: str) -> dict[str, Any] | None:
    """The fly-to request for the map ``map_key`` (``{"n", "center", "zoom", "bbox"}``),
    else None. A request is for the first map drawn after it: that map claims it, and
    is sent it on every draw until a new request comes (the map carries out each ``n``
    once)."""
    fly = ss().get(K_FLY)
    if fly:
        if fly.get("key") is None:
            fly["key"] = map_key
        if fly["key"] == map_key:
            return {k: v for k, v in fly.items() if k != "key"}
    return None


def select_place(place_id: str | None, *, fly: bool = False) -> None:
    """Select a place (from the map, a list, a search): no particular mention of it."""
    ss()[K_PLACE] = place_id
    ss()[K_MENTION] = None
    if fly and place_id:
        p = find_place(place_id)
        if p is not None:
            request_fly(p)


def clear() -> None:
    """Select nothing: no place, no mention."""
    select_place(None)


def remember_place(place: Place) -> None:
    """Keep a place found by a search: :func:`find_place` finds it for the rest of the
    session, even when no document mentions it."""
    ss().setdefault(K_EXTRA_PLACES, {})[place.id] = place


def find_place(place_id: str) -> Place | None:
    """The selected place: from the corpus, from search results, else the gazetteer."""
    for a in corpus.corpus().values():
        ps = a.place(place_id)
        if ps is not None:
            return ps.place
    extra = ss().get(K_EXTRA_PLACES, {}).get(place_id)
    if extra is not None:
        return extra  # type: ignore[no-any-return]
    gaz = user_gazetteer()
    if gaz is None:
        return None
    try:
        return gaz.get(place_id)
    except GeoError:
        return None


# --------------------------------------------------------------------------- mention


def selection() -> tuple[Any, ...]:
    """What is selected now: (place id, (doc id, start, end) of the mention)."""
    m = ss().get(K_MENTION)
    mention = (m.get("doc"), m.get("start"), m.get("end")) if isinstance(m, dict) else None
    return (ss().get(K_PLACE), mention)


def has_selection() -> bool:
    """True when a place or a mention is selected."""
    return bool(ss().get(K_MENTION) or ss().get(K_PLACE))


def select_mention(doc_id: str, start: int, end: int) -> None:
    """Select one mention (clicked in the text): the panel shows it and its corrections."""
    ss()[K_MENTION] = {"doc": doc_id, "start": int(start), "end": int(end)}


def current_mention() -> tuple[str, int, int] | None:
    """The selected mention as (doc id, start, end), or None."""
    m = ss().get(K_MENTION)
    if isinstance(m, dict):
        return (str(m.get("doc")), int(m.get("start", -1)), int(m.get("end", -1)))
    return None


def selected_mention(view: View) -> tuple[Analysis, int] | None:
    """The selected mention in the view's (corrected, unfiltered) analyses, or None."""
    m = ss().get(K_MENTION)
    if not isinstance(m, dict):
        return None
    for a in view.full:
        if a.document.id == m.get("doc"):
            for i, r in enumerate(a.resolutions):
                if r.mention.start == m.get("start") and r.mention.end == m.get("end"):
                    return a, i
    return None


def sync_mention(view: View) -> Resolution | None:
    """Keep the selected place = the selected mention's (corrected) place; forget a
    mention that is not in the view any more. Returns the mention's resolution."""
    if not ss().get(K_MENTION):
        return None
    hit = selected_mention(view)
    if hit is None:
        ss()[K_MENTION] = None
        return None
    r = hit[0].resolutions[hit[1]]
    pid = r.place.id if r.place is not None else None
    if ss().get(K_PLACE) != pid:
        ss()[K_PLACE] = pid
    return r


# --------------------------------------------------------------------------- URL


def init_selection() -> None:
    """A new session's selection: nothing selected, every date -- unless the URL says
    otherwise (:func:`read_query_params`)."""
    ss().setdefault(K_FLY_N, 0)
    ss().setdefault(K_EXTRA_PLACES, {})
    ss().setdefault(K_PLACE, None)
    ss().setdefault(K_MENTION, None)
    ss().setdefault(K_WINDOW, (None, None))
    read_query_params()


def read_query_params() -> None:
    """Take the document, place and date window from ``st.query_params``. A document
    this session lacks is loaded from the process's registry, else a warning says so."""
    qp = st.query_params
    doc = qp.get("doc")
    if doc:
        if doc == ALL or doc in corpus.corpus():
            corpus.choose_document(doc)
        else:
            reg = corpus.registered_document(doc)
            if reg is not None:
                try:
                    corpus.add_documents([reg])
                    corpus.choose_document(doc)
                except GeoError as exc:
                    message("error", str(exc))
            else:
                message(
                    "warning",
                    f"Document {doc!r} from the link is not loaded on this server; "
                    "add it on the Documents page.",
                )
    place = qp.get("place")
    if place:
        ss()[K_PLACE] = place[: settings.MAX_NAME_CHARS]
        ss()[K_FLY] = None
        p = find_place(place)
        if p is not None:
            request_fly(p)
    if qp.get("forms") in ("all", "facilities"):  # the forms toggle (geo.ui.views)
        ss()[K_FORMS] = True
    start = _parse_day(qp.get("from"))
    end = _parse_day(qp.get("to"))
    if start or end:
        if start and end and end < start:
            start, end = end, start
        ss()[K_WINDOW] = (start, end)


def _parse_day(s: str | None) -> date | None:
    span = date_span(s) if s else None
    return span[0] if span else None


def write_query_params() -> None:
    """Mirror the selection in the URL (only when it changed, to keep history clean)."""
    want: dict[str, str] = {}
    doc = corpus.chosen_document()
    if doc:
        want["doc"] = doc
    place = ss().get(K_PLACE)
    if place:
        want["place"] = place
    start, end = ss().get(K_WINDOW) or (None, None)
    if start:
        want["from"] = start.isoformat()
    if end:
        want["to"] = end.isoformat()
    if ss().get(K_FORMS):
        want["forms"] = "facilities"
    have = {k: st.query_params.get(k) for k in st.query_params}
    if have != want:
        st.query_params.from_dict(want)
