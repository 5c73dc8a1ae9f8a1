"""The session's corpus: the documents it has loaded, their analyses, the chosen ones.

* the corpus (``st.session_state``, :data:`~geo.ui.session.K_CORPUS`): an ordered
  mapping of document id to :class:`~geo.models.Analysis` -- the seed documents
  (:func:`load_seeds`) and what the user added (:func:`add_documents`), with a version
  bumped on every change;
* the chosen document (:data:`~geo.ui.session.K_DOC`): one document id, or
  :data:`~geo.ui.session.ALL` for the whole corpus on one map (:func:`chosen_analyses`);
* analyses cached by ``st.cache_data``, keyed by the document's content hash and
  metadata (:func:`analyze_document`): two sessions adding the same text share one;
* the document registry: documents added in this server process, so a copied URL with
  ``?doc=ID`` opens in a new tab too (:func:`registered_document`);
* a document's date set by hand (:func:`redate_document`): the document is analysed again
  with the new date (``date_source`` "edited"), so its relative dates and its events'
  report dates follow; the new analysis replaces the old one in the session's corpus (it
  stays through reruns and page changes, not across sessions).
"""

from __future__ import annotations

import logging
import sys
from collections import OrderedDict
from dataclasses import replace
from datetime import date
from typing import Any

import streamlit as st

from geo import settings
from geo.cache import BoundedCache
from geo.errors import GeoError
from geo.models import Analysis, Document
from geo.ui.resources import get_gazetteer, get_nlp
from geo.ui.session import ALL, K_CORPUS, K_DOC, K_VERSION, message, ss

log = logging.getLogger(__name__)

# --------------------------------------------------------------------------- analyses


@st.cache_data(max_entries=5000, show_spinner=False)
def analyze_cached(
    content_hash: str,
    doc_id: str,
    title: str,
    source: str,
    doc_date: str | None,
    _document: Document,
    date_source: str = "",
) -> Analysis:
    """The pipeline's analysis of a document, cached by its content and metadata."""
    from geo.pipeline import analyze

    return analyze(_document, gazetteer=get_gazetteer(), nlp=get_nlp())


def analyze_document(doc: Document) -> Analysis:
    """The (cached) analysis of ``doc``; raises :class:`~geo.errors.GeoError`."""
    return analyze_cached(
        doc.content_hash,
        doc.id,
        doc.title,
        doc.source,
        doc.date.isoformat() if doc.date else None,
        doc,
        doc.date_source,
    )


# --------------------------------------------------------------------------- registry

MAX_REGISTRY_CHARS = 50_000_000


@st.cache_resource
def _document_registry() -> BoundedCache[str, Document]:
    """Documents added in this server process, so that a copied URL with ``?doc=ID``
    opens in a new tab (same server) too. Bounded by MAX_REGISTRY_CHARS of text (the
    documents registered least recently go first; the newest one always stays)."""
    return BoundedCache(sys.maxsize, max_weight=MAX_REGISTRY_CHARS, weight=lambda d: len(d.text))


def register_document(doc: Document) -> None:
    _document_registry().put(doc.id, doc)


def registered_document(doc_id: str) -> Document | None:
    return _document_registry().get(doc_id)


@st.cache_resource(show_spinner=False)
def seed_documents() -> list[Document]:
    """The documents of ``settings.SEEDS_DIR`` (unreadable ones skipped, logged)."""
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
    """The session's analyses by document id, in the order they were added."""
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
    """Remove documents from the corpus; a removed chosen document gives way to the only
    one left, else to all of them."""
    c = corpus()
    for i in ids:
        c.pop(i, None)
    ss()[K_VERSION] = corpus_version() + 1
    if ss().get(K_DOC) not in c:
        ss()[K_DOC] = ALL if len(c) != 1 else next(iter(c))


def add_documents(docs: list[Document], progress: Any = None) -> tuple[list[Analysis], list[str]]:
    """Analyse and add documents; returns (added analyses, error messages). ``progress``:
    an ``st.progress`` bar to advance, emptied at the end."""
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


def redate_document(doc_id: str, day: date) -> Analysis:
    """Set the date of a loaded document by hand (``date_source`` "edited") and analyse it
    again with it (cached like any analysis), replacing its analysis in the corpus.
    Raises ``KeyError`` for a document that is not loaded and
    :class:`~geo.errors.GeoError` when the analysis fails (then nothing changes)."""
    c = corpus()
    old = c[doc_id].document
    doc = replace(old, date=day, date_source="edited", passages=list(old.passages),
                  sentences=list(old.sentences))  # fmt: skip
    a = analyze_document(doc)
    c[doc_id] = a
    ss()[K_VERSION] = corpus_version() + 1
    register_document(a.document)
    return a


def load_seeds() -> None:
    """A new session's corpus: the seed documents (problems become messages). A session
    that has a corpus already keeps it. Chooses the only document, else all of them."""
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


# --------------------------------------------------------------------------- chosen


def chosen_document() -> str | None:
    """The chosen document's id, or :data:`~geo.ui.session.ALL` (None before the
    session's first run)."""
    return ss().get(K_DOC)  # type: ignore[no-any-return]


def choose_document(doc_id: str) -> None:
    """Choose one document (its id) or every document (:data:`~geo.ui.session.ALL`)."""
    ss()[K_DOC] = doc_id


def chosen_analyses() -> list[Analysis]:
    """The analyses of the chosen document(s), uncorrected and unfiltered."""
    c = corpus()
    doc = ss().get(K_DOC, ALL)
    if doc != ALL and doc in c:
        return [c[doc]]
    return list(c.values())
