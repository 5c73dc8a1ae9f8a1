"""Place-name vocabulary shared by every stage: the normalised lookup key, validation and
the display-name policy (:func:`display_name`, :func:`english_name`).

Part of the shared floor: imports only ``geo.settings`` and ``geo.errors``.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from geo import settings
from geo.errors import GeoError, InputError
from geo.tables import read_rows

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
# Kapisa, "Mazār-e Sharīf" -> Mazar-e Sharif). A name that carries a unit word of another
# language ("Murmanskaya oblast'", "Tyva, Respublika", "Nei Mongol Zizhiqu") reads as the
# English alias with that unit word ("Tuva Republic"), else as the alias that names it
# ("Murmansk"), with the English unit word when English keeps it ("Murmansk Oblast", but
# "Inner Mongolia"). The unit words, English and other, are data:
# ``data/lexicon/names_units.csv``.

_ADMIN_KINDS = ("admin1", "admin2")
# punctuation a display form keeps in ASCII (apostrophes/ayin marks become "'" or go)
_DISPLAY_FOLD = str.maketrans(
    {"’": "'", "‘": "'", "ʻ": "'", "ʼ": "'", "`": "'", "´": "'", "ʿ": "", "ʾ": "", "‐": "-"}
)

_FOLD_KEEP_CASE = str.maketrans(
    {"ß": "ss", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "æ": "ae",
     "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ı": "i", "þ": "th", "ð": "d", "ħ": "h", "Ħ": "H"}
)  # fmt: skip


@lru_cache(maxsize=200_000)
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


# --------------------------------------------------------------------------- unit words
#
# ``data/lexicon/names_units.csv``: English unit words ("Oblast", "Krai", "Republic of"), the
# unit words of other languages that gazetteer names carry ("oblast'", "kray", "Sheng",
# "Respublika") with their English word, and the marks of non-English aliases.

_UNITS_COLUMNS = ("entry", "kind", "english", "keep", "source")
_UNITS_KINDS = ("english", "native", "foreign", "ending", "stem_ending")
_NAME_WORDS = r"[A-Z][A-Za-z' .\u2013-]*?[A-Za-z]"  # a name in folded Latin letters
_CODE = re.compile(r"^[A-Z]{2,3}-[A-Z0-9]{1,4}$")  # "RU-MUR": an ISO 3166-2 code
_SOFT_SIGN = re.compile(r"(?<=[a-z])'(?=[ -]|$)")  # "Tver'": a transliterated soft sign


@dataclass(frozen=True)
class _UnitWord:
    english: str  # the English unit word ("Krai" for "kray")
    keep: bool  # whether the English name keeps it


@dataclass(frozen=True)
class _Units:
    english: dict[str, _UnitWord]  # folded English unit word (after or before a name) -> word
    before_first: frozenset[str]  # English words English puts first ("Republic" of X)
    after: re.Pattern[str]  # "<X> <Unit>"
    before: re.Pattern[str]  # "<Unit> of <X>"
    native: dict[str, _UnitWord]  # normalised unit word of another language -> English
    native_end: re.Pattern[str]  # "<X> <word>" ("Murmanskaya oblast'", "Tyva, Respublika")
    native_start: re.Pattern[str]  # "<word> <X>" ("Respublika Tyva", "Horad Minsk")
    not_english: frozenset[str]  # normalised unit words (and word pairs) of aliases not English
    endings: tuple[str, ...]  # endings of transliterated adjectives ("skaya")
    stem_endings: tuple[str, ...]  # and of adjectives before a unit word ("baranjska")


def _alternation(words: Iterable[str]) -> str:
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(r"[\s-]+".join(map(re.escape, w.split())) for w in ordered)


def _read_units(path: Path) -> list[dict[str, str]]:
    rows = read_rows(path, _UNITS_COLUMNS)
    for cells in rows:
        where = f"{path}: row {cells['entry']!r}"
        if not cells["source"]:
            raise GeoError(f"{where}: an entry and its source are required")
        if cells["kind"] not in _UNITS_KINDS:
            raise GeoError(f"{where}: unknown kind {cells['kind']!r}")
        if cells["kind"] in ("english", "native") and (
            not cells["english"] or cells["keep"] not in ("yes", "no")
        ):
            raise GeoError(f"{where}: needs its English word and keep (yes/no)")
    return rows


@lru_cache(maxsize=4)
def _unit_lexicon(path: Path | None = None) -> _Units:
    """The unit words of ``data/lexicon/names_units.csv`` (or ``path``), read once."""
    rows = _read_units(path or settings.LEXICON_DIR / "names_units.csv")
    english: dict[str, _UnitWord] = {}
    after: list[str] = []
    before: list[str] = []
    before_first: set[str] = set()
    native: dict[str, _UnitWord] = {}
    not_english: set[str] = set()
    endings: list[str] = []
    stem_endings: list[str] = []
    for r in rows:
        entry, kind = r["entry"], r["kind"]
        word = _UnitWord(r["english"], r["keep"] == "yes")
        if kind == "english":
            if entry.endswith(" of"):  # "Republic of": keep says English puts it first
                entry = entry[:-3]
                before.append(entry)
                if word.keep:
                    before_first.add(word.english)
                english.setdefault(entry.casefold(), _UnitWord(word.english, False))
            else:
                after.append(entry)
                english[entry.casefold()] = word
            not_english.add(normalize_name(entry))
        elif kind == "native":
            native[normalize_name(entry)] = word
            not_english.add(normalize_name(entry))
        elif kind == "foreign":
            not_english.add(normalize_name(entry))
        elif kind == "ending":
            endings.append(normalize_name(entry))
        else:
            stem_endings.append(normalize_name(entry))
    keys = list(native)
    return _Units(
        english=english,
        before_first=frozenset(before_first),
        after=re.compile(rf"^(?P<x>{_NAME_WORDS}) (?P<u>{_alternation(after)})$"),
        before=re.compile(rf"^(?P<u>{_alternation(before)}) of (?P<x>(?:the )?{_NAME_WORDS})$"),
        native=native,
        native_end=re.compile(rf"^(?P<x>.+?)[\s,-]+(?P<u>{_alternation(keys)})'?$", re.I),
        native_start=re.compile(rf"^(?P<u>{_alternation(keys)})[\s-]+(?P<x>.+)$", re.I),
        not_english=frozenset(not_english),
        endings=tuple(endings),
        stem_endings=tuple(endings + stem_endings),
    )


@dataclass(frozen=True)
class _Typed:
    """An English alias made of a name and a unit word: "Krasnodar Krai", "Republic of Tyva"."""

    x: str  # the name ("Krasnodar")
    unit: str  # the unit word as the alias spells it, folded ("kray")
    suffix: bool  # "<X> <Unit>" (else "<Unit> of <X>")

    def text(self, units: _Units) -> str:
        u = units.english[self.unit].english
        return f"{self.x} {u}" if self.suffix else f"{u} of {self.x}"

    def rank(self, key: str, units: _Units) -> tuple[bool, bool, bool]:
        """Sort key, best first: the unit's usual spelling ("Krai", not "Kray"); a name that
        is not ``key`` (a translation: "Tuva" for "tyva"); the form English prefers."""
        word = units.english[self.unit].english
        return (
            self.unit != word.casefold(),
            normalize_name(self.x) == key,
            self.suffix == (word in units.before_first),
        )


def _typed(alias: str, units: _Units) -> _Typed | None:
    m = units.after.match(alias)
    suffix = m is not None
    m = m or units.before.match(alias)
    if m is None:
        return None
    unit = " ".join(m.group("u").split()).casefold()
    if unit not in units.english:
        return None
    return _Typed(_SOFT_SIGN.sub("", m.group("x")), unit, suffix)


def _plain(alias: str, units: _Units) -> bool:
    """Whether an alias can be a bare English name: Latin letters, no ISO code, no unit
    word (of any language), not a transliterated adjective ("Arkhangelskaya")."""
    if _CODE.match(alias) or not re.fullmatch(_NAME_WORDS, alias):
        return False
    words = normalize_name(alias).split()
    for n in (1, 2, 3):
        for i in range(len(words) - n + 1):
            if " ".join(words[i : i + n]) in units.not_english:
                return False
    return not (words and words[-1].endswith(units.endings))


def _native_unit(folded: str, units: _Units) -> tuple[str, _UnitWord] | None:
    """(the name without it, the word) for a name that begins or ends with a unit word of
    another language ("Murmanskaya oblast'" -> "Murmanskaya", Oblast)."""
    typed = _typed(folded, units)
    if typed is not None and _plain(typed.x, units):  # already English: "Tomsk Oblast"
        return None
    for pattern in (units.native_end, units.native_start):
        m = pattern.match(folded)
        if m:
            stem = m.group("x").strip(" ,-")
            word = units.native.get(normalize_name(m.group("u")))
            if stem and word is not None:
                return stem, word
    return None


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
    >>> english_name("Murmanskaya oblast'", ["Murmansk", "Murmansk vilayəti", "RU-MUR"], "admin1")
    'Murmansk Oblast'
    >>> english_name("Nei Mongol Zizhiqu", ["Inner Mongolia Autonomous Region"], "admin1")
    'Inner Mongolia'
    """
    folded = ascii_name(name) or name
    if kind not in _ADMIN_KINDS:
        return folded
    units = _unit_lexicon()
    native = _native_unit(folded, units)
    if native is not None:
        # the name is not English: aliases in other Latin spellings may name the unit
        # ("Jämtland County", "Tver’ Oblast")
        forms = [f for f in (ascii_name(a) for a in aliases) if f]
        found = _english_of_native(native[0], native[1], forms, units)
        if found:
            return found
    return _english_of_plain(name, folded, list(aliases), units)


def _english_of_plain(name: str, folded: str, aliases: list[str], units: _Units) -> str:
    """The English name of a unit whose name has no unit word of another language: only
    ASCII aliases count (one with diacritics is a transliteration: "Orūzgān Province")."""
    own = normalize_name(name)
    forms = [" ".join(a.split()) for a in aliases if a.isascii()]
    typed = [t for t in (_typed(a, units) for a in forms) if t is not None]
    # English keeps some unit words whatever the name ("Mazowieckie": "Masovian Voivodeship")
    kept = [
        t
        for t in (_typed(ascii_name(a), units) for a in aliases)
        if t is not None and units.english[t.unit].keep and _plain(t.x, units)
    ]
    if not typed and not kept:
        return folded
    # a name that carries its unit word ("Western Province") keeps it
    itself = _typed(folded, units)
    for t in typed:
        if t.suffix and own.endswith(" " + t.unit.casefold()):
            if itself is not None and itself.unit == t.unit and units.english[t.unit].keep:
                return folded  # "Eastern Administrative Okrug", not an alias of that form
            return t.text(units) if normalize_name(t.x) != own else folded
    if kept:
        return min(kept, key=lambda t: t.rank(own, units)).text(units)
    if any(normalize_name(t.x) == own for t in typed):  # same letters: ASCII of its name
        return folded
    # X must also be an alias on its own ("Panjshir", "Aleppo"; not "Golden" of "Golden
    # State") and not the name with more words ("Maidan Wardak" for "Wardak")
    bare = {normalize_name(a): a for a in forms if _is_ascii_word(a)}
    for t in typed:
        key = normalize_name(t.x)
        if key in bare and f" {own} " not in f" {key} ":
            return bare[key]
    return folded


def _english_of_native(stem: str, word: _UnitWord, forms: list[str], units: _Units) -> str:
    """The English name of a unit whose name carries a unit word of another language
    (``stem`` is the name without it): an English alias with the same unit word, else a
    bare alias that names the unit, with the English unit word when English keeps it.
    "" when no alias names it."""
    skey = normalize_name(stem)
    typed = [
        t
        for t in (_typed(a, units) for a in forms)
        if t is not None and units.english[t.unit].english == word.english and _plain(t.x, units)
    ]
    plain = [a for a in forms if _plain(a, units)]
    if typed:
        best = min(typed, key=lambda t: t.rank(skey, units))
        if word.keep:
            return best.text(units)
        keys = {normalize_name(a): a for a in plain}
        if normalize_name(best.x) in keys:
            return keys[normalize_name(best.x)]
        heads = [a for a in plain if normalize_name(best.x).startswith(normalize_name(a) + " ")]
        return max(heads, key=len) if heads else best.x
    x = _bare_name(stem, plain, units)
    if not x:
        return ""
    if not word.keep:
        return x
    return f"{word.english} of {x}" if word.english in units.before_first else f"{x} {word.english}"


def _bare_name(stem: str, plain: list[str], units: _Units) -> str:
    """The alias that names a unit whose name is ``stem`` and a unit word, "" when none:
    the stem itself when it is a name ("Fujian" of "Fujian Sheng"); else an alias spelt like it ("Murmansk"
    for "Murmanskaya", "Tula" for "Tul'skaya"); else, for a stem that is an adjective, the
    only other alias ("Chechnya"); else an alias with a word spelt like one of the stem's
    ("Brussels Capital" for "Bruxelles-Capitale"). Only aliases in capitals count as
    translations ("Town of Split" does not)."""
    skey = normalize_name(stem)
    stem_words = skey.split()
    adjective = bool(stem_words) and stem_words[-1].endswith(units.stem_endings)
    same = [a for a in plain if normalize_name(a) == skey]
    if same and not adjective:
        return same[0]
    scored = []
    for i, a in enumerate(plain):
        words = normalize_name(a).split()
        if words == stem_words:
            continue
        close = [max((_close(w, s) for s in stem_words), default=0) for w in words]
        capitals = all(w[:1].isupper() for w in re.split(r"[\s-]+", a))
        scored.append((all(close), capitals, sum(close), -len(words), -i, a))
    full = [s for s in scored if s[0]]
    if full:
        return max(full)[-1]
    if adjective and len(scored) == 1 and scored[0][1]:
        return scored[0][-1]
    partial = [s for s in scored if s[1] and s[2]]
    if partial:
        return max(partial)[-1]
    return ""


def _close(word: str, stem_word: str) -> int:
    """How alike two words are when one is the other's spelling or its adjective
    ("tula"/"tulskaya", "kaluga"/"kaluzhskaya", "navarre"/"navarra"), else 0."""
    pairs = zip(word, stem_word, strict=False)
    shorter = min(len(word), len(stem_word))
    n = next((i for i, (a, b) in enumerate(pairs) if a != b), shorter)
    if n >= max(3, shorter - 2) and (n >= 4 or shorter <= 4):
        return n
    if shorter < 5:
        return 0
    # other transliterations of one word: "Kostanay"/"Qostanay", "Mangystau"/"Mangghystau"
    ratio = SequenceMatcher(None, word.replace("q", "k"), stem_word.replace("q", "k")).ratio()
    return int(ratio * shorter) if ratio >= 0.8 else 0


@lru_cache(maxsize=1)
def _demonym_keys() -> frozenset[str]:
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
