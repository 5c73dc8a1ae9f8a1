"""The curated vocabulary of event extraction, read from ``data/lexicon/events_*.csv``.

Every file is UTF-8 CSV with a header row; every row carries its provenance in a
``source`` column (non-empty). Multi-word cells (lists) separate items with ``|``. Row
order matters where noted: it is the order of the public mappings built from it.

=============================  ========================================================
file                           columns
=============================  ========================================================
events_verbs.csv               ``lemma, class, sub_type, sub_type_source, source``. ``class`` is an event type
                               (a trigger verb of that type, never ``other``),
                               ``phrase`` (a light verb typed only by a phrase:
                               "take", "hold"; type ``other`` on its own) or
                               ``stative`` (never a trigger: "locate", "include").
                               Order: event verbs, then phrase verbs, then stative.
                               ``sub_type`` (optional): the ACLED sub-type
                               (:data:`geo.models.SubType`) the word tells, one of
                               ``SUB_TYPES_OF[class]``; ``sub_type_source`` says where
                               the choice comes from (required with a sub-type).
events_irregular_verbs.csv     ``lemma, forms, source``: irregular forms ("sent") the
                               regular inflector does not generate. Lemmas must be
                               in events_verbs.csv.
events_nouns.csv               ``noun, type, sub_type, sub_type_source, source``: event
                               nouns, every inflected form listed (no inflector for
                               nouns); ``sub_type`` as for verbs.
events_phrases.csv             ``kind, verbs, words, type, sub_type, sub_type_source,
                               source``. ``object``: one of
                               ``verbs`` followed within a few tokens by one of
                               ``words`` ("took *control*"); ``particle``: the verb
                               directly followed by the particle ``words`` ("take
                               over"). Verbs must be in events_verbs.csv.
events_weapons.csv             ``words, sub_type, source``: weapons (lower-case words,
                               space-separated) that make a violent event in their
                               sentence an explosion/remote violence of that
                               sub-type ("a *roadside bomb* killed ...").
events_known_groups.csv        ``name, wikipedia, source``: armed/political group
                               names as written (case-sensitive); ``wikipedia`` is the
                               title of the English Wikipedia article on the group.
events_not_actors.csv          ``word, source``: the last word of a name that makes it
                               a structure or site ("Sukkur *Barrage*", "Bagram
                               *Airfield*"): such an ORG/PERSON entity is no actor.
                               Case-insensitive.
events_date_words.csv          ``word, group, source``: vocabulary of the date finder.
                               ``year_noun``: "<year> <noun>" is a date ("the 2001
                               war"; event nouns count too); ``count_noun``: a noun
                               of counted people, besides plurals in -s ("by 2000
                               men" is no date); ``not_plural``: a word ending in -s
                               that is not a plural.
=============================  ========================================================

A key (lemma, noun, name, word; a phrase's kind and verbs and words) appears at most
once per file. :func:`load_lexicon` reads the files once per directory and raises
:class:`~geo.errors.GeoError` on an unknown class/type/kind, a duplicate key, a missing
source or a verb that is not in events_verbs.csv.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import cast, get_args

from geo import settings
from geo.errors import GeoError
from geo.models import SUB_TYPES_OF, EventType, SubType

__all__ = ["LEXICON_FILES", "Lexicon", "load_lexicon"]

#: Every lexicon file of the events package, with its key column(s).
LEXICON_FILES: dict[str, tuple[str, ...]] = {
    "events_verbs.csv": ("lemma",),
    "events_irregular_verbs.csv": ("lemma",),
    "events_nouns.csv": ("noun",),
    "events_phrases.csv": ("kind", "verbs", "words"),
    "events_known_groups.csv": ("name",),
    "events_not_actors.csv": ("word",),
    "events_date_words.csv": ("word",),
    "events_weapons.csv": ("words",),
}

_TYPES: frozenset[str] = frozenset(get_args(EventType))
_VERB_CLASSES = (_TYPES - {"other"}) | {"phrase", "stative"}
_DATE_GROUPS = frozenset({"year_noun", "count_noun", "not_plural"})


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The parsed lexicon files (see the module docstring)."""

    verbs: dict[str, EventType]  # lemma -> type, file order; phrase verbs are "other"
    stative: tuple[str, ...]  # stative lemmas
    irregular: dict[str, tuple[str, ...]]  # lemma -> irregular forms
    nouns: dict[str, EventType]  # event noun (any form) -> type, file order
    # (verbs, words, type, sub-type)
    phrases: tuple[tuple[frozenset[str], frozenset[str], EventType, SubType | None], ...]
    particles: dict[tuple[str, str], EventType]  # (lemma, particle) -> type
    particle_sub_types: dict[tuple[str, str], SubType]  # (lemma, particle) -> sub-type
    verb_sub_types: dict[str, SubType]  # lemma -> ACLED sub-type (only those that tell one)
    noun_sub_types: dict[str, SubType]  # noun -> ACLED sub-type
    weapons: dict[tuple[str, ...], SubType]  # weapon words -> explosions sub-type
    groups: tuple[str, ...]  # known group names, file order
    not_actors: frozenset[str]  # last words (lower case) of structure names: not actors
    year_nouns: frozenset[str]  # nouns that make "<year> <noun>" a date (besides event nouns)
    count_nouns: frozenset[str]
    not_plural: frozenset[str]


def read_rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """``(line number, row)`` of a lexicon CSV, cells stripped; checks the ``source``."""
    try:
        fh = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise GeoError(f"{path}: cannot read the lexicon file ({exc})") from exc
    with fh:
        reader = csv.DictReader(fh)
        if "source" not in (reader.fieldnames or ()):
            raise GeoError(f"{path}: no 'source' column")
        for row in reader:
            cells = {k: (v or "").strip() for k, v in row.items()}
            if not cells["source"]:
                raise GeoError(f"{path}:{reader.line_num}: empty source")
            yield reader.line_num, cells


def _items(cell: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in cell.split("|") if x.strip())


def _check(path: Path, line: int, value: str, allowed: frozenset[str], what: str) -> str:
    if value not in allowed:
        raise GeoError(f"{path}:{line}: unknown {what} {value!r}")
    return value


def _type(path: Path, line: int, value: str) -> EventType:
    return cast(EventType, _check(path, line, value, _TYPES, "type"))


def _sub_type(path: Path, line: int, row: dict[str, str], etype: EventType) -> SubType | None:
    """The row's ``sub_type`` (None when empty), checked against its type."""
    value = row.get("sub_type", "")
    if not value:
        return None
    if not row.get("sub_type_source"):
        raise GeoError(f"{path}:{line}: sub_type {value!r} without a sub_type_source")
    return cast(SubType, _check(path, line, value, frozenset(SUB_TYPES_OF[etype]), "sub_type"))


def _table(directory: Path, name: str) -> list[tuple[int, dict[str, str]]]:
    """The rows of one file, with duplicate keys rejected."""
    path = directory / name
    keys = LEXICON_FILES[name]
    seen: set[tuple[str, ...]] = set()
    rows = list(read_rows(path))
    for line, row in rows:
        key = tuple(row[k] for k in keys)
        if not all(key):
            raise GeoError(f"{path}:{line}: empty {'/'.join(keys)}")
        if key in seen:
            raise GeoError(f"{path}:{line}: duplicate {'/'.join(keys)} {key!r}")
        seen.add(key)
    return rows


@lru_cache(maxsize=4)
def load_lexicon(directory: Path | None = None) -> Lexicon:
    """The lexicon in ``directory`` (default :data:`geo.settings.LEXICON_DIR`), read once."""
    d = Path(settings.LEXICON_DIR if directory is None else directory)
    verbs: dict[str, EventType] = {}
    verb_subs: dict[str, SubType] = {}
    phrase_verbs: list[str] = []
    stative: list[str] = []
    path = d / "events_verbs.csv"
    for line, row in _table(d, "events_verbs.csv"):
        cls = row["class"]
        _check(path, line, cls, _VERB_CLASSES, "class")
        if cls == "stative":
            stative.append(row["lemma"])
        elif cls == "phrase":
            phrase_verbs.append(row["lemma"])
        else:
            verbs[row["lemma"]] = etype = _type(path, line, cls)
            if (sub := _sub_type(path, line, row, etype)) is not None:
                verb_subs[row["lemma"]] = sub
    for lemma in phrase_verbs:
        verbs.setdefault(lemma, "other")
    known = frozenset(verbs) | frozenset(stative)

    def need_verbs(path: Path, line: int, lemmas: tuple[str, ...]) -> None:
        for lemma in lemmas:
            _check(path, line, lemma, known, "verb (not in events_verbs.csv)")

    irregular: dict[str, tuple[str, ...]] = {}
    path = d / "events_irregular_verbs.csv"
    for line, row in _table(d, "events_irregular_verbs.csv"):
        need_verbs(path, line, (row["lemma"],))
        irregular[row["lemma"]] = _items(row["forms"])

    nouns: dict[str, EventType] = {}
    noun_subs: dict[str, SubType] = {}
    path = d / "events_nouns.csv"
    for line, row in _table(d, "events_nouns.csv"):
        nouns[row["noun"]] = etype = _type(path, line, row["type"])
        if (sub := _sub_type(path, line, row, etype)) is not None:
            noun_subs[row["noun"]] = sub

    phrases: list[tuple[frozenset[str], frozenset[str], EventType, SubType | None]] = []
    particles: dict[tuple[str, str], EventType] = {}
    particle_subs: dict[tuple[str, str], SubType] = {}
    path = d / "events_phrases.csv"
    for line, row in _table(d, "events_phrases.csv"):
        _check(path, line, row["kind"], frozenset({"object", "particle"}), "kind")
        etype = _type(path, line, row["type"])
        sub = _sub_type(path, line, row, etype)
        vs, ws = _items(row["verbs"]), _items(row["words"])
        need_verbs(path, line, vs)
        if row["kind"] == "object":
            phrases.append((frozenset(vs), frozenset(ws), etype, sub))
        else:
            particles.update({(v, w): etype for v in vs for w in ws})
            if sub is not None:
                particle_subs.update({(v, w): sub for v in vs for w in ws})

    weapons: dict[tuple[str, ...], SubType] = {}
    path = d / "events_weapons.csv"
    for line, row in _table(d, "events_weapons.csv"):
        weapons[tuple(row["words"].lower().split())] = cast(
            SubType,
            _check(path, line, row["sub_type"],
                   frozenset(SUB_TYPES_OF["explosions_remote_violence"]), "sub_type"),
        )  # fmt: skip

    groups = tuple(row["name"] for _, row in _table(d, "events_known_groups.csv"))
    not_actors = frozenset(row["word"].lower() for _, row in _table(d, "events_not_actors.csv"))

    words: dict[str, set[str]] = {g: set() for g in _DATE_GROUPS}
    path = d / "events_date_words.csv"
    for line, row in _table(d, "events_date_words.csv"):
        _check(path, line, row["group"], _DATE_GROUPS, "group")
        words[row["group"]].add(row["word"])

    return Lexicon(
        verbs=verbs,
        stative=tuple(stative),
        irregular=irregular,
        nouns=nouns,
        phrases=tuple(phrases),
        particles=particles,
        particle_sub_types=particle_subs,
        verb_sub_types=verb_subs,
        noun_sub_types=noun_subs,
        weapons=weapons,
        groups=groups,
        not_actors=not_actors,
        year_nouns=frozenset(words["year_noun"]),
        count_nouns=frozenset(words["count_noun"]),
        not_plural=frozenset(words["not_plural"]),
    )
