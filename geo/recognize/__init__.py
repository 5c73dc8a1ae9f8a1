"""Toponym recognition: which spans of a document name places.

``find_mentions(document, nlp, gazetteer) -> list[Mention]`` combines five sources of
evidence and keeps people and organisations out:

1. spaCy's named entities (one pass, see :mod:`geo.nlp`): GPE and LOC spans are place
   candidates; FAC, ORG, PERSON and NORP spans only when other evidence says place
   (a gazetteer entry of a kind that is rarely anything else, the same name tagged as a
   place elsewhere in the document, a location cue such as "in X").
2. Gazetteer-backed matching of capitalised name sequences: token n-grams of
   capitalised words (with "of", "de", "-" ... inside), longest match first, with a stop
   list of capitalised words that are not places and care for sentence-initial words.
3. Feature-type patterns: "X County", "X Valley", "the X River", "River X", "Lake X",
   "Gulf of X", "Mount X", "X Mountains"; lower-case cues after or before a name
   ("Kapisa province", "the X mountains", "the town of X") become the mention's ``cue``
   and stay out of its span; AP-style state abbreviations after a place ("Dalton, Ga.").
4. Demonyms ("Afghan", "Pakistani") from ``data/demonyms.csv`` and the forms of
   continents and unions ("European", "the EU"): mentions of their place with method
   ``"demonym"``, ``form`` "adjectival", "demonym" or "organisation-of-place" and
   ``is_demonym=True`` (see :mod:`geo.recognize.forms`; :func:`select_forms` filters them).
5. Streets, squares and buildings the gazetteer lacks ("Chicken Street", "Tahrir Square",
   "Grand Hotel"): mentions of form ``"facility"`` (:mod:`geo.recognize.facilities`), which
   win their span over a place name inside them unless a building is named after its town
   or a road after its state or county.

Exclusions: spans after an honorific or title ("Mawlawi Hassan", "Gen. X"), multi-token
PERSON entities, a capitalised word followed by a person-name token, and places inside
organisation names of the academic/commercial/media kind ("X University", "University of
X", "X Times", "Bank of X"). Place names inside civic organisations ("the Millbrook
Police Department", "Fernvale County Sheriff's Office") are kept: they locate the story.

Everything here is cheap: one gazetteer lookup per distinct candidate name per call
(cached per gazetteer object), no SQL per token.

Modules, in the order of the pipeline:

* :mod:`~geo.recognize.lexicon`: the word lists, read once from ``data/lexicon/*.csv``.
* :mod:`~geo.recognize.thresholds`: every numeric cut-off and window (:class:`Thresholds`).
* :mod:`~geo.recognize.evidence`: cached gazetteer lookups and the strength of a name.
* :mod:`~geo.recognize.context`: per-document state and the candidate span.
* :mod:`~geo.recognize.blocking`: tokens of people's and organisations' names.
* :mod:`~geo.recognize.candidates`: pattern, entity, gazetteer and abbreviation candidates.
* :mod:`~geo.recognize.forms`: place forms (adjectival, demonym, union) and their filter.
* :mod:`~geo.recognize.demonyms`: the demonym table and demonym candidates.
* :mod:`~geo.recognize.facilities`: streets, squares and buildings (form ``"facility"``).
* :mod:`~geo.recognize.acceptance`: the acceptance rules.
* :mod:`~geo.recognize.mentions`: :func:`find_mentions` (consistency passes, selection).
"""

from __future__ import annotations

from geo.recognize.demonyms import country_names, demonym_countries
from geo.recognize.evidence import LookupCache, lookup_cache
from geo.recognize.forms import FormSetting, select_forms
from geo.recognize.lexicon import Lexicon, lexicon
from geo.recognize.mentions import find_mentions
from geo.recognize.thresholds import THRESHOLDS, Thresholds

__all__ = [
    "THRESHOLDS",
    "FormSetting",
    "Lexicon",
    "LookupCache",
    "Thresholds",
    "country_names",
    "demonym_countries",
    "find_mentions",
    "lexicon",
    "lookup_cache",
    "select_forms",
]
