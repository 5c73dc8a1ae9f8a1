"""Place-name vocabulary shared by every stage: the normalised lookup key, validation and
the display-name policy (:func:`display_name`, :func:`english_name`).

Part of the shared floor: imports only ``geo.settings`` and ``geo.errors``.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from typing import Protocol

from geo import settings
from geo.errors import InputError

# Latin letters that Unicode does not decompose into base + combining mark.
_FOLD = str.maketrans(
    {
        "ß": "ss",
        "ø": "o",
        "Ø": "o",
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "Đ": "d",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ı": "i",
        "þ": "th",
        "ð": "d",
        "ħ": "h",
        "’": "",
        "'": "",
        "`": "",
        "ʻ": "",
        "ʼ": "",
        "‘": "",
        "´": "",
        "ʿ": "",
        "ʾ": "",
    }
)
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
_ARTICLE = re.compile(r"^(?:the|al|el) (?=\w)")


@lru_cache(maxsize=200_000)
def normalize_name(name: str) -> str:
    """Case-, diacritic- and punctuation-insensitive key for a place name.

    >>> normalize_name("  The Panjshīr-Valley ")
    'panjshir valley'
    """
    s = unicodedata.normalize("NFKD", name.translate(_FOLD))
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold().translate(_FOLD)
    s = _NON_WORD.sub(" ", s).strip()
    if s.startswith("the "):
        s = s[4:]
    return s


def validate_name(name: object, *, what: str = "name", max_chars: int | None = None) -> str:
    """Reject non-strings, empty and over-long names with a specific InputError."""
    if not isinstance(name, str):
        raise InputError(f"{what} must be a string, got {type(name).__name__}")
    limit = max_chars or settings.MAX_NAME_CHARS
    if len(name) > limit:
        raise InputError(f"{what} is {len(name):,} characters long; the limit is {limit:,}")
    if not name.strip():
        raise InputError(f"{what} is empty")
    if not normalize_name(name):
        raise InputError(f"{what} {name!r} has no letters or digits")
    return name


# --------------------------------------------------------------------------- display names
#
# The policy (``docs/geojson.md``, "Names"): a place is shown under the form the document
# uses for it (:func:`display_name` with the document's mentions); elsewhere (search,
# hierarchy, corpus) under its conventional English name (:func:`english_name`), with the
# gazetteer's own name as secondary text when it differs.
#
# The store keeps no language for its names (``names`` has ``is_alias`` only), so the
# English name is recognised by its shape: an English "<X> Province/Governorate/Oblast..."
# alias of an administrative unit names it X ("Panjshir Province" -> Panjshir, "Aleppo
# Governorate" -> Aleppo); otherwise the ASCII form of the gazetteer's name ("Kāpīsā" ->
# Kapisa, "Mazār-e Sharīf" -> Mazar-e Sharif).

#: English words for administrative units, as English aliases end ("Aleppo Governorate").
_UNIT_WORDS = (
    "Province",
    "Governorate",
    "Oblast",
    "Region",
    "District",
    "State",
    "Prefecture",
    "County",
    "Department",
    "Territory",
    "Municipality",
    "Division",
    "Voivodeship",
)
_UNIT_ALIAS = re.compile(
    r"^(?P<x>[A-Z][A-Za-z' .-]*[a-z]) (?P<unit>" + "|".join(_UNIT_WORDS) + ")$"
)
_ADMIN_KINDS = ("admin1", "admin2")
# punctuation a display form keeps in ASCII (apostrophes/ayin marks become "'" or go)
_DISPLAY_FOLD = str.maketrans(
    {"’": "'", "‘": "'", "ʻ": "'", "ʼ": "'", "`": "'", "´": "'", "ʿ": "", "ʾ": "", "‐": "-"}
)

_FOLD_KEEP_CASE = str.maketrans(
    {"ß": "ss", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "æ": "ae",
     "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ı": "i", "þ": "th", "ð": "d", "ħ": "h", "Ħ": "H"}
)  # fmt: skip


def ascii_name(name: str) -> str:
    """The name in ASCII letters, case and punctuation kept (the form GeoNames lists as
    its ``asciiname``): ``"Mazār-e Sharīf"`` -> ``"Mazar-e Sharif"``, ``"Ḩalab"`` -> ``"Halab"``.
    Letters with no Latin form (Arabic, Cyrillic...) are left as they are."""
    s = unicodedata.normalize("NFKD", name.translate(_DISPLAY_FOLD))
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.translate(_FOLD_KEEP_CASE)
    return " ".join(s.split())


def _is_ascii_word(s: str) -> bool:
    return s.isascii() and any(c.isalpha() for c in s)


def english_name(name: str, aliases: Iterable[str] = (), kind: str = "") -> str:
    """The place's conventional English name, from its gazetteer name and aliases.

    >>> english_name("Panjshayr", ["AF-PAN", "Panjshir", "Panjshir Province"], "admin1")
    'Panjshir'
    >>> english_name("Ḩalab", ["Aleppo", "Aleppo Governorate", "Muhafazat Halab"], "admin1")
    'Aleppo'
    >>> english_name("Kāpīsā", ["Kapisa viloyati", "Wilayat-e Kapisa"], "admin1")
    'Kapisa'
    >>> english_name("Kyivska oblast", ["Kyiv", "Kyiv Oblast"], "admin1")
    'Kyiv Oblast'
    """
    folded = ascii_name(name) or name
    if kind not in _ADMIN_KINDS:
        return folded
    own = normalize_name(name)
    bare = {normalize_name(a): a for a in aliases if _is_ascii_word(a)}
    typed: list[tuple[str, str]] = []  # (X, unit word) of "<X> <Unit>" aliases
    for a in aliases:
        m = _UNIT_ALIAS.match(a.strip()) if a.isascii() else None
        if m:
            typed.append((m.group("x"), m.group("unit")))
    if not typed:
        return folded
    # a name that carries its unit word ("Kyivska oblast") keeps it in English ("Kyiv Oblast")
    for x, unit in typed:
        if own.endswith(" " + unit.lower()):
            return f"{x} {unit}" if normalize_name(x) != own else folded
    if any(normalize_name(x) == own for x, _ in typed):  # same letters: ASCII of its name
        return folded
    # X must also be an alias on its own ("Panjshir", "Aleppo"; not "Golden" of "Golden
    # State") and not the name with more words ("Maidan Wardak" for "Wardak")
    for x, _ in typed:
        key = normalize_name(x)
        if key in bare and f" {own} " not in f" {key} ":
            return bare[key]
    return folded


@lru_cache(maxsize=1)
def _demonym_keys() -> frozenset[str]:
    import csv

    try:
        with settings.DEMONYMS_CSV.open(encoding="utf-8", newline="") as fh:
            return frozenset(normalize_name(r["demonym"]) for r in csv.DictReader(fh))
    except (OSError, KeyError):
        return frozenset()


def is_demonym(text: str) -> bool:
    """Whether ``text`` is a demonym ("Afghan", "Syrians") of the curated list."""
    return normalize_name(text) in _demonym_keys()


class _Named(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def kind(self) -> str: ...

    @property
    def aliases(self) -> tuple[str, ...]: ...


class _MentionLike(Protocol):
    @property
    def text(self) -> str: ...

    @property
    def name(self) -> str: ...

    @property
    def is_demonym(self) -> bool: ...


def document_form(mentions: Iterable[str | _MentionLike]) -> str:
    """The form a document uses most for a place ("" when none qualifies): mentions that
    are demonyms ("Afghan") do not count; a mention's toponym without its cue word
    ("Kapisa" in "Kapisa province") does; capitalisation variants count together and the
    most frequent non-upper-case spelling is shown ("KABUL" only when nothing else)."""
    by_key: dict[str, Counter[str]] = {}
    order: dict[str, int] = {}
    for m in mentions:
        if isinstance(m, str):
            text = m
        else:
            if m.is_demonym:
                continue
            text = m.name or m.text
        text = " ".join(text.split())
        if not text or is_demonym(text):
            continue
        key = normalize_name(text)
        if not key:
            continue
        by_key.setdefault(key, Counter())[text] += 1
        order.setdefault(key, len(order))
    if not by_key:
        return ""
    key = max(by_key, key=lambda k: (sum(by_key[k].values()), -order[k]))
    forms = by_key[key]
    return max(forms, key=lambda t: (not t.isupper() or len(t) < 2, forms[t]))


def display_name(place: _Named, mentions: Iterable[str | _MentionLike] = ()) -> str:
    """The name to show a place under: the form its document uses most (``mentions``:
    mention objects or their texts; demonyms do not count), else its conventional English
    name (:func:`english_name`; pass a place that carries its aliases, e.g. from
    ``gazetteer.get``).

    >>> from geo.models import Place                                       # doctest: +SKIP
    >>> display_name(Place("g:1", "Kāpīsā", "admin1", 35, 69), ["Kapisa"])  # doctest: +SKIP
    'Kapisa'
    """
    return document_form(mentions) or english_name(place.name, place.aliases, place.kind)


def secondary_name(place: _Named, shown: str) -> str:
    """The gazetteer's own name as secondary text: "" when it reads the same as ``shown``
    (``"Kabul"`` under ``"Kabul"``), else the gazetteer name (``"Ḩalab"`` under ``"Aleppo"``)."""
    return "" if place.name == shown else place.name
