"""Session state, caching and shareable URLs of the app.

Everything the pages share lives here:

* cached resources -- the gazetteer and the spaCy model (``st.cache_resource``), the
  analyses (``st.cache_data`` keyed by the document's content hash and metadata);
* the corpus of the session (seed documents + what the user added), in
  ``st.session_state``;
* the selection (document, place, date window, fly-to request) and its mirror in
  ``st.query_params`` (``?doc=…&place=…&from=…&to=…``) so a copied URL brings the same
  view back;
* the *view*: the analyses of the chosen document(s) inside the date window, with the
  places aggregated -- memoised so a click only re-renders, never re-computes.
"""

from __future__ import annotations

import hashlib
import logging
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import streamlit as st

from geo import settings
from geo.errors import GeoError
from geo.export import PlaceView, aggregate_places, date_span, event_span, filter_by_date
from geo.models import Analysis, Document, Place

log = logging.getLogger(__name__)

# session_state keys
K_CORPUS = "geo_corpus"  # OrderedDict[doc id, Analysis]
K_VERSION = "geo_corpus_version"  # bumped when the corpus changes
K_DOC = "geo_doc"  # "all" or a document id
K_PLACE = "geo_place"  # selected place id or None
K_WINDOW = "geo_window"  # (date | None, date | None)
K_FLY = "geo_fly"  # {"center": [lat, lon], "zoom": z, "key": map key | None}
K_FLY_N = "geo_fly_n"
K_SEEN = "geo_map_seen"  # {map key: last click count handled}
K_TILES = "geo_tiles"
K_VIEW = "geo_view_cache"
K_INIT = "geo_initialised"
K_MESSAGES = "geo_messages"  # [(level, text)] shown once on the next run
K_EXTRA_PLACES = "geo_extra_places"  # places found by search: {id: Place}

ALL = "all"


# --------------------------------------------------------------------------- resources


@st.cache_resource(show_spinner="Opening the gazetteer…")
def get_gazetteer() -> Any:
    from geo.pipeline import default_gazetteer

    return default_gazetteer()


@st.cache_resource(show_spinner="Loading the language model…")
def get_nlp() -> Any:
    from geo.nlp import load_nlp

    return load_nlp()


def gazetteer_or_none() -> Any:
    try:
        return get_gazetteer()
    except Exception as exc:
        log.warning("gazetteer unavailable: %s", exc)
        return None


@st.cache_data(max_entries=5000, show_spinner=False)
def analyze_cached(
    content_hash: str,
    doc_id: str,
    title: str,
    source: str,
    doc_date: str | None,
    _document: Document,
) -> Analysis:
    """The pipeline's analysis of a document, cached by its content and metadata."""
    from geo.pipeline import analyze

    return analyze(_document, gazetteer=get_gazetteer(), nlp=get_nlp())


def analyze_document(doc: Document) -> Analysis:
    return analyze_cached(
        doc.content_hash,
        doc.id,
        doc.title,
        doc.source,
        doc.date.isoformat() if doc.date else None,
        doc,
    )


@st.cache_resource
def _document_registry() -> OrderedDict[str, Document]:
    """Documents added in this server process, so that a copied URL with ``?doc=ID``
    opens in a new tab (same server) too. Bounded by MAX_REGISTRY_CHARS."""
    return OrderedDict()


MAX_REGISTRY_CHARS = 50_000_000


def register_document(doc: Document) -> None:
    reg = _document_registry()
    reg[doc.id] = doc
    reg.move_to_end(doc.id)
    total = sum(len(d.text) for d in reg.values())
    while total > MAX_REGISTRY_CHARS and len(reg) > 1:
        _, old = reg.popitem(last=False)
        total -= len(old.text)


def registered_document(doc_id: str) -> Document | None:
    return _document_registry().get(doc_id)


@st.cache_resource(show_spinner=False)
def seed_documents() -> list[Document]:
    from geo.documents import load_document

    docs = []
    for p in sorted(settings.SEEDS_DIR.glob("*")):
        if p.is_file() and not p.name.startswith("."):
            try:
                docs.append(load_document(p))
            except GeoError as exc:
                log.warning("seed %s skipped: %s", p, exc)
    return docs


# --------------------------------------------------------------------------- corpus


def corpus() -> OrderedDict[str, Analysis]:
    c = st.session_state.get(K_CORPUS)
    if c is None:
        c = st.session_state[K_CORPUS] = OrderedDict()
    return c  # type: ignore[no-any-return]


def corpus_version() -> int:
    return int(st.session_state.get(K_VERSION, 0))


def add_analysis(a: Analysis) -> bool:
    """Add an analysis to the session's corpus; False if that document is already there."""
    c = corpus()
    if a.document.id in c:
        return False
    c[a.document.id] = a
    st.session_state[K_VERSION] = corpus_version() + 1
    register_document(a.document)
    return True


def remove_documents(ids: list[str]) -> None:
    c = corpus()
    for i in ids:
        c.pop(i, None)
    st.session_state[K_VERSION] = corpus_version() + 1
    if st.session_state.get(K_DOC) not in c:
        st.session_state[K_DOC] = ALL if len(c) != 1 else next(iter(c))


def add_documents(docs: list[Document], progress: Any = None) -> tuple[list[Analysis], list[str]]:
    """Analyse and add documents; returns (added analyses, error messages)."""
    added: list[Analysis] = []
    errors: list[str] = []
    n = len(docs)
    for k, doc in enumerate(docs):
        if progress is not None:
            progress.progress(
                k / max(n, 1), text=f"Analysing {doc.title or doc.source or doc.id} ({k + 1}/{n})"
            )
        if doc.id in corpus():
            errors.append(f"{doc.title or doc.source or doc.id}: already loaded")
            continue
        try:
            a = analyze_document(doc)
        except GeoError as exc:
            errors.append(f"{doc.title or doc.source or doc.id}: {exc}")
            continue
        add_analysis(a)
        added.append(a)
    if progress is not None:
        progress.empty()
    return added, errors


def message(level: str, text: str) -> None:
    st.session_state.setdefault(K_MESSAGES, []).append((level, text))


def show_messages() -> None:
    for level, text in st.session_state.pop(K_MESSAGES, []):
        getattr(st, level, st.info)(text)


# --------------------------------------------------------------------------- init


def init_session() -> None:
    """First run of a session: load the seed documents and the state from the URL."""
    if st.session_state.get(K_INIT):
        return
    st.session_state[K_INIT] = True
    st.session_state.setdefault(K_SEEN, {})
    st.session_state.setdefault(K_FLY_N, 0)
    st.session_state.setdefault(K_EXTRA_PLACES, {})
    if K_CORPUS not in st.session_state:
        try:
            seeds = seed_documents()
            _, errors = add_documents(seeds)
            for e in errors:
                message("warning", f"Seed document skipped: {e}")
        except GeoError as exc:
            message("error", f"Could not analyse the seed documents: {exc}")
        except ImportError as exc:  # a pipeline stage is not installed
            message("error", f"The analysis pipeline is not available: {exc}")
    c = corpus()
    st.session_state.setdefault(K_DOC, next(iter(c)) if len(c) == 1 else ALL)
    st.session_state.setdefault(K_PLACE, None)
    st.session_state.setdefault(K_WINDOW, (None, None))
    st.session_state.setdefault(K_TILES, False)
    read_query_params()


def read_query_params() -> None:
    qp = st.query_params
    doc = qp.get("doc")
    if doc:
        if doc == ALL or doc in corpus():
            st.session_state[K_DOC] = doc
        else:
            reg = registered_document(doc)
            if reg is not None:
                try:
                    add_documents([reg])
                    st.session_state[K_DOC] = doc
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
        st.session_state[K_PLACE] = place[: settings.MAX_NAME_CHARS]
        st.session_state[K_FLY] = None
        p = find_place(place)
        if p is not None:
            request_fly(p)
    start = _parse_day(qp.get("from"))
    end = _parse_day(qp.get("to"))
    if start or end:
        if start and end and end < start:
            start, end = end, start
        st.session_state[K_WINDOW] = (start, end)


def _parse_day(s: str | None) -> date | None:
    span = date_span(s) if s else None
    return span[0] if span else None


def write_query_params() -> None:
    """Mirror the selection in the URL (only when it changed, to keep history clean)."""
    want: dict[str, str] = {}
    doc = st.session_state.get(K_DOC)
    if doc:
        want["doc"] = doc
    place = st.session_state.get(K_PLACE)
    if place:
        want["place"] = place
    start, end = st.session_state.get(K_WINDOW) or (None, None)
    if start:
        want["from"] = start.isoformat()
    if end:
        want["to"] = end.isoformat()
    have = {k: st.query_params.get(k) for k in st.query_params}
    if have != want:
        st.query_params.from_dict(want)


# --------------------------------------------------------------------------- selection


def selected_place_id() -> str | None:
    return st.session_state.get(K_PLACE)  # type: ignore[no-any-return]


def request_fly(place: Place) -> None:
    from geo.mapview import view_for

    (lat, lon), zoom = view_for(place)
    n = int(st.session_state.get(K_FLY_N, 0)) + 1
    st.session_state[K_FLY_N] = n
    # a tiny jitter makes every request a change for st_folium (it only moves the
    # map when centre/zoom differ from the previous ones); Leaflet snaps the zoom.
    st.session_state[K_FLY] = {
        "center": [lat + (n % 7) * 1e-7, lon],
        "zoom": zoom + (n % 7) * 1e-6,
        "key": None,
    }


def select_place(place_id: str | None, *, fly: bool = False) -> None:
    st.session_state[K_PLACE] = place_id
    if fly and place_id:
        p = find_place(place_id)
        if p is not None:
            request_fly(p)


def find_place(place_id: str) -> Place | None:
    """The selected place: from the corpus, from search results, else the gazetteer."""
    for a in corpus().values():
        ps = a.place(place_id)
        if ps is not None:
            return ps.place
    extra = st.session_state.get(K_EXTRA_PLACES, {}).get(place_id)
    if extra is not None:
        return extra  # type: ignore[no-any-return]
    gaz = gazetteer_or_none()
    if gaz is None:
        return None
    try:
        return gaz.get(place_id)  # type: ignore[no-any-return]
    except GeoError:
        return None


# --------------------------------------------------------------------------- the view


@dataclass
class View:
    """What the pages show: chosen documents, inside the date window."""

    key: str
    analyses: list[Analysis]  # filtered by the window
    full: list[Analysis]  # the chosen documents, unfiltered
    places: list[PlaceView]
    by_id: dict[str, PlaceView]
    window: tuple[date | None, date | None]
    corpus_mode: bool
    cache: dict[str, Any] = field(default_factory=dict)  # per-view memo (map records ...)

    @property
    def names(self) -> dict[str, str]:
        return {v.place.id: v.place.name for v in self.places}


def chosen_analyses() -> list[Analysis]:
    c = corpus()
    doc = st.session_state.get(K_DOC, ALL)
    if doc != ALL and doc in c:
        return [c[doc]]
    return list(c.values())


def current_view() -> View:
    doc = st.session_state.get(K_DOC, ALL)
    window = tuple(st.session_state.get(K_WINDOW) or (None, None))
    raw = f"{corpus_version()}|{doc}|{window[0]}|{window[1]}|{len(corpus())}"
    key = hashlib.sha1(raw.encode()).hexdigest()[:12]
    cached = st.session_state.get(K_VIEW)
    if cached is not None and cached.key == key:
        return cached  # type: ignore[no-any-return]
    full = chosen_analyses()
    start, end = window
    analyses = [filter_by_date(a, start, end) for a in full] if (start or end) else full
    places = aggregate_places(analyses)
    v = View(
        key=key,
        analyses=analyses,
        full=full,
        places=places,
        by_id={p.place.id: p for p in places},
        window=(start, end),
        corpus_mode=len(full) > 1,
    )
    st.session_state[K_VIEW] = v
    return v


def date_bounds(analyses: list[Analysis]) -> tuple[date, date] | None:
    """The range of event dates (and document dates) in the chosen documents."""
    lo: date | None = None
    hi: date | None = None
    for a in analyses:
        spans = [sp for ev in a.events if (sp := event_span(ev)) is not None]
        if a.document.date:
            spans.append((a.document.date, a.document.date))
        for first, last in spans:
            lo = first if lo is None or first < lo else lo
            hi = last if hi is None or last > hi else hi
    if lo is None or hi is None:
        return None
    return lo, hi
