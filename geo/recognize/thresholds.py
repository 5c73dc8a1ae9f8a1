"""The recogniser's numbers in one place: place-strength scores, acceptance cut-offs and
scan windows (settings-like constants, like :class:`geo.resolve.Weights`).

``strength`` (:func:`geo.recognize.evidence.place_strength`) says in [0, 1] how surely a bare
capitalised name is a place given its gazetteer candidates; :func:`geo.recognize.acceptance.accept`
compares it with the cut-offs below ("strength >= cut-off" accepts, unless the field's comment
says otherwise).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["THRESHOLDS", "Thresholds"]


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Read-only numbers of the recogniser; :data:`THRESHOLDS` is the one in use."""

    # --- place strength: the score of the best non-fuzzy candidate among the first few
    strength_candidates: int = 10  # candidates of a name that count
    country: float = 0.95  # a country or continent
    admin1: float = 0.9  # a first-level unit
    strong_kind: float = 0.75  # another kind a name rarely means anything but (sea, river ...)
    strong_alias_penalty: float = 0.2  # minus this for such a kind matched by alias (not admin1)
    big_city_population: int = 100_000  # a city this large is a place without more evidence
    big_city: float = 0.8  # a city of big_city_population or more
    big_city_alias: float = 0.55  # ... matched by alias
    mid_city_population: int = 20_000  # lower bound of a middle-sized city
    mid_city: float = 0.55  # a city of mid_city_population or more
    mid_city_alias: float = 0.3  # ... matched by alias
    small_city: float = 0.35  # a smaller city
    small_city_alias: float = 0.15  # ... matched by alias
    admin2: float = 0.6  # a second-level unit (and a first-level one under minor_unit_km)
    minor_unit_km: int = 15  # a first-level unit smaller than this across is minor
    other_kind: float = 0.4  # any other kind (a mountain, a park ...)

    # --- acceptance cut-offs
    person_entity: float = 0.8  # a whole multi-token PERSON entity that is an exact place name
    person_like_max: float = 0.85  # below this, a name used for a person is not a place
    acronym_max_len: int = 3  # an all-caps word this short is an acronym ...
    acronym_max: float = 0.85  # ... and not a place below this strength ("AP"; "US" passes)
    civic_body: float = 0.3  # a place named in a civic body ("X Police Department")
    facility_name: float = 0.85  # a place named in another facility or organisation name
    longer_name: float = 0.9  # part of a longer capitalised name of no generic kind
    lone_person_supported: float = 0.3  # a lone PERSON token with a location cue or place tag
    lone_person: float = 0.95  # a lone PERSON token without support
    org: float = 0.7  # a spaCy ORG span
    org_tagged: float = 0.3  # ... also tagged as a place elsewhere in the document
    org_cue: float = 0.5  # ... with a location cue
    fac: float = 0.5  # a spaCy FAC span (also accepted with a cue or place tag)
    norp: float = 0.5  # a multi-token spaCy NORP span
    norp_coordinated: float = 0.6  # a one-word NORP span listed with a unit of its kind
    other_label: float = 0.8  # a span of another label (EVENT, WORK_OF_ART, PRODUCT ...)
    tagged_place: float = 0.15  # no label here, but tagged as a place elsewhere
    common_word: float = 0.85  # a capitalised single word not tagged as a proper noun
    sentence_initial: float = 0.75  # a single word at the start of a sentence
    sentence_initial_cue: float = 0.5  # ... with a location cue
    cue: float = 0.3  # no label, with a location cue
    bare: float = 0.55  # no label and no cue

    # --- scan windows and candidate counts
    adjacent_gap: int = 2  # most characters between two tokens of one name
    max_name_tokens: int = 6  # longest token sequence looked up in the gazetteer
    particle_max_len: int = 4  # "Mazar-i-Sharif", "Stratford-upon-Avon": one name
    suffix_name_words: int = 4  # most capitalised words before a type suffix ("X County")
    prefix_more_words: int = 3  # most capitalised words after the first in "Lake X ..."
    comma_name_words: int = 3  # most words of a name after "X, " read as its unit
    comma_candidates: int = 8  # candidates searched for a unit kind around a comma
    run_context_words: int = 6  # most capitalised words read before or after a span
    region_candidates: int = 5  # candidates of a kept name that vote for their region
    region_min_names: int = 2  # distinct kept names that make a region dominant
    coherence_candidates: int = 20  # candidates searched for a town of a dominant region
    facility_name_words: int = 5  # most words before a facility's head ("Ali Khan Hospital")
    demonym_tokens: int = 3
    dateline_sentences: int = 1  # sentences after a passage's first that may open with one  # most tokens of a demonym ("Sri Lankan": 2)


#: The thresholds in use.
THRESHOLDS = Thresholds()
