"""The process's shared resources: the gazetteer, the spaCy model, the corrections store.

* :func:`get_gazetteer`, :func:`get_nlp` -- loaded once per process (a gazetteer that
  cannot be used -- missing, stale, damaged -- is shown by :func:`show_gazetteer_problem`
  on every page, and the app goes on without it)
  (``st.cache_resource``); after loading, the heap is frozen (:func:`_freeze_heap`) so
  Streamlit's per-run garbage collection stays cheap;
* :func:`get_store` -- ONE :class:`~geo.corrections.CorrectionStore` per process (at
  ``settings.CORRECTIONS_DB``); when it cannot be used, the reason is kept in the session
  (:func:`store_error`) and the app works on without corrections;
* :func:`user_gazetteer` -- the gazetteer plus the user-added places;
* :func:`corrected` -- ``apply_corrections(cached analysis, store, user gazetteer)``,
  memoised per session and store revision: a correction never re-runs the NLP; what is
  shown is recomputed when ``store.revision()`` changes (a write by this session,
  another session or another process).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import streamlit as st

from geo import settings
from geo.errors import GazetteerDamaged, GazetteerError, GeoError
from geo.gazetteer import GazetteerView
from geo.models import Analysis
from geo.ui.session import K_APPLIED, K_STORE_ERROR, ss

if TYPE_CHECKING:
    from spacy.language import Language

    from geo.corrections import CorrectionStore

log = logging.getLogger(__name__)


@st.cache_resource(show_spinner="Opening the gazetteer…")
def get_gazetteer() -> GazetteerView:
    """The process's gazetteer; a :class:`GazetteerError` with a message for the reader
    (no server path: that goes to the log) when it is missing, stale or damaged. Not
    cached when it fails: a store rebuilt meanwhile is used on the next run."""
    from geo.pipeline import default_gazetteer

    try:
        gaz = default_gazetteer()
    except GazetteerError as exc:
        log.error("gazetteer unavailable: %s", exc)
        raise GazetteerError(_public_message(exc)) from None
    _freeze_heap()
    return gaz


def _public_message(exc: GazetteerError) -> str:
    if isinstance(exc, GazetteerDamaged):
        what = (
            "The gazetteer is damaged: its file does not match the checksum recorded when "
            "it was built."
        )
    else:
        what = "The gazetteer cannot be opened (the server log says why)."
    return (
        f"{what} Places cannot be looked up until it is rebuilt: run "
        "`python -m geo gazetteer build` on the server."
    )


def gazetteer_problem() -> str | None:
    """Why the gazetteer cannot be used, for the reader; None when it can (or when it
    failed for a reason that is not the store's, which :func:`gazetteer_or_none` logs)."""
    try:
        get_gazetteer()
    except GazetteerError as exc:
        return str(exc)
    except Exception:
        return None
    return None


def show_gazetteer_problem() -> None:
    """An ``st.error`` at the top of every page while the gazetteer cannot be used (the
    app goes on: documents already analysed, the map and the downloads still work)."""
    problem = gazetteer_problem()
    if problem:
        st.error(problem, icon=":material/error:")


@st.cache_resource(show_spinner="Loading the language model…")
def get_nlp() -> Language:
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


def gazetteer_or_none() -> GazetteerView | None:
    """The gazetteer, or None (logged) when it cannot be opened."""
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


def store_error() -> str:
    """Why the corrections store could not be used, as last seen by this session."""
    return str(ss().get(K_STORE_ERROR, "unknown error"))


def store_revision() -> tuple[int, int] | None:
    """The store's revision (changes with every write, by any process); None if unusable."""
    store = get_store()
    if store is None:
        return None
    try:
        return store.revision()
    except GeoError as exc:
        ss()[K_STORE_ERROR] = str(exc)
        return None


def user_gazetteer() -> GazetteerView | None:
    """The gazetteer plus the user-added places (``get``/``lookup`` find both)."""
    base = gazetteer_or_none()
    store = get_store()
    if base is None or store is None:
        return base
    return store.with_user_places(base)


def corrected(analyses: list[Analysis]) -> list[Analysis]:
    """The analyses with the user's corrections applied (memoised per store revision;
    which documents a correction touches is :class:`geo.corrections.CorpusCorrections`')."""
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
