"""Curation: corrections that persist.

A user fixes a wrong resolution once and keeps the fix::

    store = CorrectionStore()                          # settings.CORRECTIONS_DB
    store.assign(doc, mention, "geonames:1138958")     # pick a candidate / any gazetteer place
    store.not_a_place(doc, mention, scope="document")  # every identical mention in the document
    p = store.add_place("Darra", "valley", 35.1, 69.6) # a place the gazetteer lacks -> "user:..."
    store.assign(doc, mention, p.id, scope="corpus")   # every identical mention anywhere
    store.undo(doc)                                    # revert the last correction made in doc
    analysis = apply_corrections(analysis, store, gazetteer)

The package, bottom up:

* :mod:`~geo.corrections.model` -- the :class:`Correction` record, keys, scopes and their
  precedence (:class:`Rules`);
* :mod:`~geo.corrections.checks` -- validation of mentions, scopes, authors, place ids and
  new places; timestamps;
* :mod:`~geo.corrections.exchange` -- the versioned JSON export, its validation, its files;
* :mod:`~geo.corrections.overlay` -- :class:`UserPlacesGazetteer`;
* :mod:`~geo.corrections.store` -- :class:`CorrectionStore` (SQLite, WAL, history, undo,
  durability);
* :mod:`~geo.corrections.apply` -- :func:`apply_corrections`, :func:`unmatched_corrections`
  and :class:`CorpusCorrections` (which analyses of a corpus the corrections touch).
"""

from geo.corrections.apply import (
    NOT_A_PLACE_REASON,
    CorpusCorrections,
    apply_corrections,
    apply_to_corpus,
    unmatched_corrections,
)
from geo.corrections.exchange import FORMAT, FORMAT_VERSION
from geo.corrections.model import Correction, Rules
from geo.corrections.overlay import UserPlacesGazetteer
from geo.corrections.store import CorrectionStore

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "NOT_A_PLACE_REASON",
    "CorpusCorrections",
    "Correction",
    "CorrectionStore",
    "Rules",
    "UserPlacesGazetteer",
    "apply_corrections",
    "apply_to_corpus",
    "unmatched_corrections",
]
