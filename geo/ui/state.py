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
  places aggregated -- memoised so a click only re-renders, never re-computes;
* the user's corrections: ONE :class:`~geo.corrections.CorrectionStore` per process
  (``st.cache_resource``, at ``settings.CORRECTIONS_DB``). What the pages show is
  ``apply_corrections(cached analysis, store, gazetteer + user places)``: a correction
  never re-runs the NLP; the view is recomputed when ``store.revision()`` changes (a
  write by this session, another session or another process).
"""

from __future__ import annotations

import functools
import hashlib
import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator, MutableMapping
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar, cast

import streamlit as st

from geo import settings
from geo.errors import GeoError
from geo.models import Analysis, Document, Place, Resolution
from geo.view import PlaceView, aggregate_places, date_span, event_span, filter_by_date

if TYPE_CHECKING:
    from geo.corrections import CorrectionStore

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
K_MENTION = "geo_mention"  # the mention being looked at/corrected: {"doc", "start", "end"}
K_APPLIED = "geo_applied"  # memo of corrected analyses for one store revision
K_SHOWN = "geo_shown"  # (messages, toasts) shown by the current run
K_STORE_ERROR = "geo_store_error"  # why the corrections store cannot be used

ALL = "all"


# --------------------------------------------------------------------------- callbacks
#
# Streamlit may abort a callback half-way: every access to ``st.session_state`` is a
# point where a newer rerun request (another click, the map component reporting a click
# or a newly drawn map) raises ``RerunException``
# inside the callback -- the click is then lost, or only half done. Callbacks decorated
# with :func:`callback` read and write the session state through :func:`ss`, without
# those interruption points; the newer rerun simply starts once the callback is done.


class _Quiet(MutableMapping[str, Any]):
    """The session's state without Streamlit's interruption points (callbacks only)."""

    def __init__(self, raw: Any) -> None:
        self._raw = raw

    def __getitem__(self, key: str) -> Any:
        return self._raw[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self._raw[key] = value

    def __delitem__(self, key: str) -> None:
        del self._raw[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)


_LOCAL = threading.local()


def ss() -> Any:
    """``st.session_state`` -- inside a :func:`callback`, without interruption points."""
    if getattr(_LOCAL, "quiet", False):
        from streamlit.runtime.scriptrunner import get_script_run_ctx

        ctx = get_script_run_ctx(suppress_warning=True)
        raw = getattr(getattr(ctx, "session_state", None), "_state", None)
        if raw is not None:  # (a private attribute: if it goes away, the plain state)
            return _Quiet(raw)
    return st.session_state


F = TypeVar("F", bound=Callable[..., Any])


def callback(fn: F) -> F:
    """Mark a widget callback: its session-state accesses (via :func:`ss`) cannot be
    interrupted by a newer rerun request."""

    @functools.wraps(fn)
    def run(*args: Any, **kwargs: Any) -> Any:
        before = getattr(_LOCAL, "quiet", False)
        _LOCAL.quiet = True
        try:
            return fn(*args, **kwargs)
        finally:
            _LOCAL.quiet = before

    return cast(F, run)


# --------------------------------------------------------------------------- resources


@st.cache_resource(show_spinner="Opening the gazetteer…")
def get_gazetteer() -> Any:
    from geo.pipeline import default_gazetteer

    gaz = default_gazetteer()
    _freeze_heap()
    return gaz


@st.cache_resource(show_spinner="Loading the language model…")
def get_nlp() -> Any:
    from geo.nlp import load_nlp

    nlp = load_nlp()
    _freeze_heap()
    return nlp


def _freeze_heap() -> None:
    """Move everything alive now (the model, the gazetteer, the libraries) out of the
    garbage collector's sight. Streamlit runs a full collection after every script run;
    walking all of that took ~0.1 s holding the GIL while every other session waited
    (bench/load.py, 10 users: p50 0.13 -> 0.02 s per run). What is alive after the
    first loads is kept for the life of the process anyway."""
    import gc

    gc.collect()
    gc.freeze()


def gazetteer_or_none() -> Any:
    try:
        return get_gazetteer()
    except Exception as exc:
        log.warning("gazetteer unavailable: %s", exc)
        return None


@st.cache_resource(show_spinner=False)
def _store_at(path: str) -> CorrectionStore:
    from geo.corrections import CorrectionStore

    return CorrectionStore(path, gazetteer=gazetteer_or_none())


def store_or_error() -> tuple[CorrectionStore | None, str]:
    """The store, or None and why -- without touching ``st.session_state`` (callbacks)."""
    try:
        return _store_at(str(settings.CORRECTIONS_DB)), ""
    except GeoError as exc:
        return None, str(exc)


def get_store() -> CorrectionStore | None:
    """The process's corrections store (None, with the reason in the session, if unusable)."""
    try:
        store = _store_at(str(settings.CORRECTIONS_DB))
    except GeoError as exc:
        log.warning("corrections store unavailable: %s", exc)
        ss()[K_STORE_ERROR] = str(exc)
        return None
    ss().pop(K_STORE_ERROR, None)
    return store


def store_revision() -> tuple[int, int] | None:
    store = get_store()
    if store is None:
        return None
    try:
        return store.revision()
    except GeoError as exc:
        ss()[K_STORE_ERROR] = str(exc)
        return None


def user_gazetteer() -> Any:
    """The gazetteer plus the user-added places (``get``/``lookup`` find both)."""
    base = gazetteer_or_none()
    store = get_store()
    if base is None or store is None:
        return base
    return store.with_user_places(base)


def corrected(analyses: list[Analysis]) -> list[Analysis]:
    """The analyses with the user's corrections applied (memoised per store revision).

    Only documents that a correction can touch are re-done
    (:class:`geo.corrections.CorpusCorrections`).
    """
    store = get_store()
    rev = store_revision()
    if store is None or rev is None or not analyses:
        return analyses
    from geo.corrections import CorpusCorrections

    memo = ss().get(K_APPLIED)
    if not isinstance(memo, CorpusCorrections) or not memo.is_for(store, rev):
        try:
            memo = CorpusCorrections.of(store, rev)
        except GeoError as exc:
            ss()[K_STORE_ERROR] = str(exc)
            return analyses
        ss()[K_APPLIED] = memo

    def failed(exc: GeoError) -> None:
        ss()[K_STORE_ERROR] = str(exc)

    return memo.apply(analyses, store, user_gazetteer, on_error=failed)


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
    c = ss().get(K_CORPUS)
    if c is None:
        c = ss()[K_CORPUS] = OrderedDict()
    return c  # type: ignore[no-any-return]


def corpus_version() -> int:
    return int(ss().get(K_VERSION, 0))


def add_analysis(a: Analysis) -> bool:
    """Add an analysis to the session's corpus; False if that document is already there."""
    c = corpus()
    if a.document.id in c:
        return False
    c[a.document.id] = a
    ss()[K_VERSION] = corpus_version() + 1
    register_document(a.document)
    return True


def remove_documents(ids: list[str]) -> None:
    c = corpus()
    for i in ids:
        c.pop(i, None)
    ss()[K_VERSION] = corpus_version() + 1
    if ss().get(K_DOC) not in c:
        ss()[K_DOC] = ALL if len(c) != 1 else next(iter(c))


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
    ss().setdefault(K_MESSAGES, []).append((level, text))


# Per-session notes kept OUTSIDE ss(), for callbacks. Every access to
# ss() is a point where Streamlit may abort the running callback to start a
# newer rerun (e.g. the map component reporting its value after it re-rendered), so a
# callback that has written a correction records the acknowledgement here first: it
# cannot be lost between the write and the toast.
_NOTES: OrderedDict[str, dict[str, list[str]]] = OrderedDict()
_NOTES_LOCK = threading.Lock()
MAX_NOTE_SESSIONS = 2000


def _session_id() -> str | None:
    """This session's key in ``_NOTES`` (its id plus its state object: AppTest sessions
    all share one id)."""
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    ctx = get_script_run_ctx(suppress_warning=True)
    if ctx is None:
        return None
    return f"{ctx.session_id}:{id(getattr(ctx.session_state, '_state', ctx.session_state))}"


def add_note(kind: str, text: str) -> None:
    sid = _session_id()
    if sid is None:  # no Streamlit session (unit tests): the session state will do
        ss().setdefault(f"geo_notes_{kind}", []).append(text)
        return
    with _NOTES_LOCK:
        notes = _NOTES.setdefault(sid, {})
        _NOTES.move_to_end(sid)
        notes.setdefault(kind, []).append(text)
        while len(_NOTES) > MAX_NOTE_SESSIONS:
            _NOTES.popitem(last=False)


def notes(kind: str) -> list[str]:
    sid = _session_id()
    if sid is None:
        return list(ss().get(f"geo_notes_{kind}", []))
    with _NOTES_LOCK:
        return list(_NOTES.get(sid, {}).get(kind, []))


def drop_notes(kind: str, n: int) -> None:
    """Forget the ``n`` oldest notes of a kind."""
    sid = _session_id()
    if sid is None:
        key = f"geo_notes_{kind}"
        ss()[key] = ss().get(key, [])[n:]
        return
    with _NOTES_LOCK:
        lst = _NOTES.get(sid, {}).get(kind)
        if lst:
            del lst[:n]


def toast(text: str) -> None:
    """Queue an acknowledgement (markdown, already escaped) for the next run."""
    add_note("toasts", text)


def show_messages() -> None:
    """Show the queued messages and acknowledgements. They stay queued until this run
    completes (:func:`end_of_run`): a run that is interrupted by a newer event would
    otherwise take them with it."""
    messages = list(ss().get(K_MESSAGES, []))
    toasts = notes("toasts")
    for level, text in messages:
        getattr(st, level, st.info)(text)
    for text in toasts:
        st.toast(text, icon=":material/check_circle:")
    ss()[K_SHOWN] = (len(messages), len(toasts))


def end_of_run() -> None:
    """The run completed: forget the messages it showed."""
    n_messages, n_toasts = ss().pop(K_SHOWN, (0, 0))
    if n_messages:
        ss()[K_MESSAGES] = ss().get(K_MESSAGES, [])[n_messages:]
    if n_toasts:
        drop_notes("toasts", n_toasts)


# --------------------------------------------------------------------------- init


def init_session() -> None:
    """First run of a session: load the seed documents and the state from the URL."""
    if ss().get(K_INIT):
        return
    ss()[K_INIT] = True
    ss().setdefault(K_SEEN, {})
    ss().setdefault(K_FLY_N, 0)
    ss().setdefault(K_EXTRA_PLACES, {})
    if K_CORPUS not in ss():
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
    ss().setdefault(K_DOC, next(iter(c)) if len(c) == 1 else ALL)
    ss().setdefault(K_PLACE, None)
    ss().setdefault(K_MENTION, None)
    ss().setdefault(K_WINDOW, (None, None))
    ss().setdefault(K_TILES, False)
    read_query_params()


def read_query_params() -> None:
    qp = st.query_params
    doc = qp.get("doc")
    if doc:
        if doc == ALL or doc in corpus():
            ss()[K_DOC] = doc
        else:
            reg = registered_document(doc)
            if reg is not None:
                try:
                    add_documents([reg])
                    ss()[K_DOC] = doc
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
    doc = ss().get(K_DOC)
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
    have = {k: st.query_params.get(k) for k in st.query_params}
    if have != want:
        st.query_params.from_dict(want)


# --------------------------------------------------------------------------- selection


def selected_place_id() -> str | None:
    return ss().get(K_PLACE)  # type: ignore[no-any-return]


def request_fly(place: Place) -> None:
    from geo.mapview import view_for

    (lat, lon), zoom = view_for(place)
    n = int(ss().get(K_FLY_N, 0)) + 1
    ss()[K_FLY_N] = n
    # a tiny jitter makes every request a change for st_folium (it only moves the
    # map when centre/zoom differ from the previous ones); Leaflet snaps the zoom.
    ss()[K_FLY] = {
        "center": [lat + (n % 7) * 1e-7, lon],
        "zoom": zoom + (n % 7) * 1e-6,
        "key": None,
    }


def select_place(place_id: str | None, *, fly: bool = False) -> None:
    """Select a place (from the map, a list, a search): no particular mention of it."""
    ss()[K_PLACE] = place_id
    ss()[K_MENTION] = None
    if fly and place_id:
        p = find_place(place_id)
        if p is not None:
            request_fly(p)


def selection() -> tuple[Any, ...]:
    """What is selected now: (place id, (doc id, start, end) of the mention)."""
    m = ss().get(K_MENTION)
    mention = (m.get("doc"), m.get("start"), m.get("end")) if isinstance(m, dict) else None
    return (ss().get(K_PLACE), mention)


def select_mention(doc_id: str, start: int, end: int) -> None:
    """Select one mention (clicked in the text): the panel shows it and its corrections."""
    ss()[K_MENTION] = {"doc": doc_id, "start": int(start), "end": int(end)}


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


def find_place(place_id: str) -> Place | None:
    """The selected place: from the corpus, from search results, else the gazetteer."""
    for a in corpus().values():
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
    frame: str = ""  # the same for views that differ only by corrections (map pan/zoom)

    @property
    def names(self) -> dict[str, str]:
        return {v.place.id: v.place.name for v in self.places}


def chosen_analyses() -> list[Analysis]:
    c = corpus()
    doc = ss().get(K_DOC, ALL)
    if doc != ALL and doc in c:
        return [c[doc]]
    return list(c.values())


#: Views shared by the sessions of this process (most recent last): sessions looking at
#: the same documents, window and corrections get the same View -- its aggregation and
#: its rendered map (:mod:`geo.ui.explore`) are computed once, not once per session
#: (after each correction every session needs a new one). Views are read-only but for
#: their ``cache``, whose entries are idempotent.
_VIEWS: OrderedDict[str, View] = OrderedDict()
_VIEWS_LOCK = threading.Lock()
MAX_SHARED_VIEWS = 16


def _content_key(analyses: list[Analysis]) -> str:
    """What the chosen documents are (not which session holds them)."""
    h = hashlib.sha1()
    for a in analyses:
        d = a.document
        h.update(f"{d.id}\x1f{d.content_hash}\x1f{d.source}\x1f{d.title}\x1f{d.date}\x1e".encode())
    return h.hexdigest()


def current_view() -> View:
    window = tuple(ss().get(K_WINDOW) or (None, None))
    chosen = chosen_analyses()
    store = get_store()
    rev = store_revision()
    base = f"{_content_key(chosen)}|{window[0]}|{window[1]}"
    key = hashlib.sha1(f"{base}|{rev}|{store.path if store else ''}".encode()).hexdigest()[:12]
    cached = ss().get(K_VIEW)
    if cached is not None and cached.key == key:
        return cached  # type: ignore[no-any-return]
    with _VIEWS_LOCK:
        v = _VIEWS.get(key)
        if v is not None:
            _VIEWS.move_to_end(key)
    if v is None:
        full = corrected(chosen)
        start, end = window
        analyses = [filter_by_date(a, start, end) for a in full] if (start or end) else full
        places = aggregate_places(analyses)
        made = View(
            key=key,
            analyses=analyses,
            full=full,
            places=places,
            by_id={p.place.id: p for p in places},
            window=(start, end),
            corpus_mode=len(full) > 1,
            frame=hashlib.sha1(base.encode()).hexdigest()[:12],
        )
        with _VIEWS_LOCK:  # another session may have made it meanwhile: one copy
            v = _VIEWS.setdefault(key, made)
            while len(_VIEWS) > MAX_SHARED_VIEWS:
                _VIEWS.popitem(last=False)
    ss()[K_VIEW] = v
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
