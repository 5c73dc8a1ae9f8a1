"""Events: who did what, when, where — at most one per sentence.

The package, by seam:

* :mod:`geo.events.extract` — :func:`extract_events`, the entry point: one event per
  sentence from the tokens, entities, sentences and resolutions of a document;
  :func:`needs_parse`, the sentences worth a dependency parse (:func:`geo.nlp.annotate`).
* :mod:`geo.events.triggers` — trigger verbs and nouns, the inflector, the taxonomy
  (``EVENT_TYPES``, ``VERB_TYPES``, ``EVENT_NOUNS``, :func:`verb_type`) and scoring.
* :mod:`geo.events.actors` — actors from entities and ``KNOWN_GROUPS``, and their roles
  (actor1/actor2) from the dependency parse of the trigger sentences.
* :mod:`geo.events.dates` — :func:`find_dates`, the date finder and normaliser
  (:class:`DateMatch`); its regexes and word tables are in :mod:`geo.events.datepatterns`.
* :mod:`geo.events.anchors` — resolution of anchored dates ("two days after the fall of
  Kabul") against other events.
* :mod:`geo.events.weights` — the scores and cut-offs (:class:`Weights`).
* :mod:`geo.events.lexicon` — the curated word lists, read from
  ``data/lexicon/events_*.csv``.

Imports run one way (no cycles): lexicon → datepatterns → dates; lexicon, weights →
triggers; lexicon, triggers → actors; dates, triggers → anchors; all of them → extract. Outside the
package only geo.models, geo.settings and geo.errors are imported (and geo.documents,
lazily, to split a document that has no sentences yet).
"""

from __future__ import annotations

from geo.events.actors import KNOWN_GROUPS
from geo.events.dates import DateMatch, find_dates
from geo.events.extract import extract_events
from geo.events.timex import find_timexes
from geo.events.triggers import EVENT_NOUNS, EVENT_TYPES, VERB_TYPES, needs_parse, verb_type
from geo.events.weights import Weights

__all__ = [
    "EVENT_NOUNS",
    "EVENT_TYPES",
    "KNOWN_GROUPS",
    "VERB_TYPES",
    "DateMatch",
    "Weights",
    "extract_events",
    "find_dates",
    "find_timexes",
    "needs_parse",
    "verb_type",
]
