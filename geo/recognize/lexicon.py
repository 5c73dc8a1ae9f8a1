"""The recogniser's word lists, read from ``data/lexicon/*.csv`` (:data:`geo.settings.LEXICON_DIR`).

Each list is one CSV file: ``#`` comment lines first (what the list is for and how it is
matched), then a header row and one entry per row. Word lists have the columns
``entry,source``; lists that map an entry to a meaning (a gazetteer kind, a state's name)
have ``entry,value,source``. ``source`` names where the entry's group comes from
("English function words", "AP Stylebook state abbreviations" ...). Entries keep their
case as written: the code says per list whether it compares lower-cased words.

Entries are members of general classes that can be named without looking at any corpus.
A word is not added because an evaluation corpus contains it (a disease name in epidemics
news, a local event's name): such entries measure the corpus, not the method.

:func:`lexicon` reads every file once per process and returns one immutable
:class:`Lexicon`. A missing or malformed file raises :class:`~geo.errors.GeoError`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from geo import settings
from geo.errors import GeoError
from geo.tables import read_rows

__all__ = [
    "MAPPING_FILES",
    "PLAIN_FILES",
    "WORD_FILES",
    "Lexicon",
    "lexicon",
    "load_lexicon",
    "read_rows",
]

#: Word lists: file stem in the lexicon folder (columns ``entry,source``).
WORD_FILES = (
    "article_feature_kinds",
    "airport_heads",
    "civic_words",
    "connectors",
    "direction_of",
    "direction_prefix",
    "disease_words",
    "facility_words",
    "generic_tail",
    "honorifics",
    "landform_heads",
    "numeric_labels",
    "org_block_words",
    "org_weak_words",
    "pattern_stop",
    "resident_nouns",
    "speech_verbs",
    "stop_words",
    "street_words",
    "strong_preps",
    "thing_labels",
)
#: Mappings: file stem in the lexicon folder (columns ``entry,value,source``).
MAPPING_FILES = (
    "cue_after", "cue_before", "cue_before_of", "facility_heads", "name_word_abbreviations",
    "plural_heads", "seats_of_power", "type_prefix", "type_suffix", "us_state_abbr",
)  # fmt: skip
#: Plain word lists (``<stem>.txt``: ``#`` comment lines, then one entry a line).
PLAIN_FILES = ("common_words",)


@dataclass(frozen=True, slots=True, repr=False)
class Lexicon:
    """Every word list the recogniser reads, as immutable sets and mappings."""

    #: Titles and honorifics (lower-case): the capitalised words after one name a person.
    honorifics: frozenset[str]
    #: Capitalised words that are never a place on their own (lower-case).
    stop_words: frozenset[str]
    #: Organisation words (lower-case): "X University", "Bank of X" are organisations.
    org_block: frozenset[str]
    #: Weaker organisation words (lower-case): they only block inside an ORG/FAC entity.
    org_weak: frozenset[str]
    #: ``org_block | org_weak``.
    org_any: frozenset[str]
    #: Words (lower-case) that end a feature-name scan backwards ("In Fernvale County").
    pattern_stop: frozenset[str]
    #: Civic-organisation words (lower-case): a place named before them is kept.
    civic: frozenset[str]
    #: Words after a name that make it a street (as written: "Street", "St.").
    street: frozenset[str]
    #: Words after a name that make it a facility or organisation (as written: "Hospital").
    facility: frozenset[str]
    #: ``facility`` lower-cased.
    facility_lower: frozenset[str]
    #: Words (lower-case) after a place name that make it part of a disease's name.
    disease: frozenset[str]
    #: Verbs of saying (lower-case): a name right before one is a person.
    speech_verbs: frozenset[str]
    #: Words (lower-case) that may follow a place name inside the name of a body or facility
    #: of that place: the file's words, ``civic`` and ``facility_lower``.
    generic_tail: frozenset[str]
    #: Lower-case words after a name -> the gazetteer kind they suggest ("province").
    cue_after: Mapping[str, str]
    #: Lower-case words before "of X" -> the gazetteer kind they suggest ("town").
    cue_before_of: Mapping[str, str]
    cue_before: Mapping[str, str]  # "upstate X" -> admin1
    #: Capitalised type words that end a feature name -> kind ("County").
    type_suffix: Mapping[str, str]
    #: Capitalised type words that start a feature name -> kind ("Lake").
    type_prefix: Mapping[str, str]
    #: Lower-case prepositions that make the next capitalised word a likely place.
    strong_preps: frozenset[str]
    #: Lower-case directions before "of X" ("north of X").
    direction_of: frozenset[str]
    #: Capitalised leading words dropped when the rest is the gazetteer name ("Northern").
    direction_prefix: frozenset[str]
    #: Lower-case words that join capitalised words inside one name ("of", "de").
    connectors: frozenset[str]
    #: NER labels of numeric and temporal spans ("DATE", "MONEY").
    numeric_labels: frozenset[str]
    #: US state abbreviations ("Ga.", "TX") -> the state's name.
    us_state_abbr: Mapping[str, str]
    #: Common English words (lower-case, ``common_words.txt``): alternate names made of them
    #: are English phrases first ("White House").
    common_words: frozenset[str]
    #: Seats of power and institutions named after a building ("Kremlin") -> the city.
    seats: Mapping[str, str]
    #: Lower-case plural type nouns after coordinated names ("X and Y districts") -> the
    #: gazetteer kinds each name must have (the first is the cue).
    plural_heads: Mapping[str, tuple[str, ...]]
    #: Kinds of physical features named with "the" ("the Nile"): "the X" is such a feature.
    article_feature_kinds: frozenset[str]
    airport_heads: frozenset[str]  # last words of airport names ("Airfield", "Airport")
    landform_heads: frozenset[str]  # last words of landform names ("Falls", "Dam")
    resident_nouns: frozenset[str]  # "residents" after a name: the name is a place
    thing_labels: frozenset[str]  # NER labels of named things that are not places (EVENT ...)
    name_word_abbr: Mapping[str, str]  # "st" -> "saint" inside place names (normalised)
    #: Last words of the names of streets, squares, buildings ... ("Street", "St.", "Hotel")
    #: -> the facility's kind (:data:`geo.models.FacilityKind`).
    facility_heads: Mapping[str, str]

    def is_common_phrase(self, name: str) -> bool:
        """``name`` is made only of common English words ("White House", "Drug"), not an
        all-caps code ("OK" is a code first: see the acronym rules)."""
        words = name.replace("-", " ").split()
        if not words or name.isupper():
            return False
        for w in words:
            lw = w.lower()
            if not (lw in self.common_words or (lw.endswith("s") and lw[:-1] in self.common_words)):
                return False
        return True

    def is_stop(self, word: str) -> bool:
        """A stop word ("Us", "May") -- but not an all-caps code ("US")."""
        return word.lower() in self.stop_words and not (word.isupper() and len(word) >= 2)


def _words(directory: Path, stem: str) -> frozenset[str]:
    rows = read_rows(directory / f"{stem}.csv", ("entry", "source"))
    return frozenset(r["entry"] for r in rows)


def _mapping(directory: Path, stem: str) -> Mapping[str, str]:
    rows = read_rows(directory / f"{stem}.csv", ("entry", "value", "source"))
    return MappingProxyType({r["entry"]: r["value"] for r in rows})


def _plain(directory: Path, stem: str) -> frozenset[str]:
    path = directory / f"{stem}.txt"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise GeoError(f"lexicon file unreadable: {path}: {exc}") from exc
    return frozenset(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))


def load_lexicon(directory: Path) -> Lexicon:
    """Read every lexicon file in ``directory`` (no caching; see :func:`lexicon`)."""
    w = {stem: _words(directory, stem) for stem in WORD_FILES}
    m = {stem: _mapping(directory, stem) for stem in MAPPING_FILES}
    facility_lower = frozenset(x.lower() for x in w["facility_words"])
    return Lexicon(
        honorifics=w["honorifics"],
        stop_words=w["stop_words"],
        org_block=w["org_block_words"],
        org_weak=w["org_weak_words"],
        org_any=w["org_block_words"] | w["org_weak_words"],
        pattern_stop=w["pattern_stop"],
        civic=w["civic_words"],
        street=w["street_words"],
        facility=w["facility_words"],
        facility_lower=facility_lower,
        disease=w["disease_words"],
        speech_verbs=w["speech_verbs"],
        generic_tail=w["generic_tail"] | w["civic_words"] | facility_lower,
        cue_after=m["cue_after"],
        cue_before_of=m["cue_before_of"],
        cue_before=m["cue_before"],
        type_suffix=m["type_suffix"],
        type_prefix=m["type_prefix"],
        strong_preps=w["strong_preps"],
        direction_of=w["direction_of"],
        direction_prefix=w["direction_prefix"],
        connectors=w["connectors"],
        numeric_labels=w["numeric_labels"],
        us_state_abbr=m["us_state_abbr"],
        common_words=_plain(directory, "common_words"),
        seats=m["seats_of_power"],
        plural_heads=MappingProxyType({k: tuple(v.split()) for k, v in m["plural_heads"].items()}),
        article_feature_kinds=w["article_feature_kinds"],
        airport_heads=w["airport_heads"],
        landform_heads=w["landform_heads"],
        thing_labels=w["thing_labels"],
        resident_nouns=w["resident_nouns"],
        name_word_abbr=m["name_word_abbreviations"],
        facility_heads=m["facility_heads"],
    )


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lexicon in :data:`geo.settings.LEXICON_DIR`, read on first use."""
    return load_lexicon(Path(settings.LEXICON_DIR))
