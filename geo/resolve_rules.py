"""Small, general rules on a mention's candidates, used by :mod:`geo.resolve`.

* :func:`name_key`: the key under which a query counts as a place's *own* name: "St.
  Petersburg" is Saint Petersburg's own name, not an alternate one (abbreviated name
  words, ``data/lexicon/name_word_abbreviations.csv``);
* :func:`fuzzy_fits`: a misspelling is one slip of the keyboard (one insertion,
  deletion, substitution or swap, Damerau-Levenshtein), with the same number of words:
  "Kandhar" is Kandahar, but two edits turn any short name into a famous one;
* :func:`fitting_candidates`: a US state abbreviation ("Fla.", "Pa.") names a US state;
  a two- or three-letter name in capitals ("EU", "US", "PA") is an abbreviation and takes
  the places that carry it as an abbreviation, never a town whose name has the same
  letters ("Eu", France; "Us", France);
* :func:`compact_box`: the bounding box of a country that is no wider or taller than a
  limit (Russia's, the United States' and France's boxes cover half the globe).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol, TypeVar

from rapidfuzz.distance import DamerauLevenshtein

from geo import settings
from geo.models import Place
from geo.names import normalize_name
from geo.recognize import lexicon

__all__ = ["compact_box", "fitting_candidates", "fuzzy_fits", "name_key", "own_name"]


class _HasPlace(Protocol):
    place: Place
    matched: str


_C = TypeVar("_C", bound=_HasPlace)


def name_key(name: str) -> str:
    """:func:`geo.names.normalize_name` with abbreviated name words written out:
    ``"St. Augustine"`` and ``"Saint Augustine"`` have one key."""
    abbr = lexicon().name_word_abbr
    return " ".join(abbr.get(w, w) for w in normalize_name(name).split())


def own_name(place: Place, keys: set[str]) -> bool:
    """Whether one of the query ``keys`` (:func:`name_key`) is ``place``'s own name, or, for
    a city, its own name without the word "City" ("New York" for New York City, as news
    names it; the same-named unit then yields to the city, see
    :func:`geo.recognize.conventions.unit_named_after`)."""
    key = name_key(place.name)
    if key in keys:
        return True
    return place.kind == "city" and key.endswith(" city") and key[: -len(" city")] in keys


def fuzzy_fits(key: str, matched_name: str) -> bool:
    """Whether a fuzzy hit ``matched_name`` may stand for the query ``key``: the same
    number of words, at most ``settings.FUZZY_MAX_EDITS`` edits apart."""
    other = normalize_name(matched_name)
    if len(other.split()) != len(key.split()):  # no "Cook County" -> "Cork"
        return False
    return DamerauLevenshtein.distance(key, other) <= settings.FUZZY_MAX_EDITS


def _is_short_caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return 2 <= len(letters) <= 3 and all(ch.isupper() for ch in letters) and "." not in text


def fitting_candidates(text: str, name: str, seen: Mapping[str, _C]) -> dict[str, _C]:
    """The candidates a mention written ``text``, looked up as ``name`` ("Florida" for
    "Fla."; "Europe" for the union form "EU"), may take (see the module's rules)."""
    out = dict(seen)
    if "." in text and text in lexicon().us_state_abbr:
        states = {
            k: c for k, c in out.items() if c.place.country == "US" and c.place.kind == "admin1"
        }
        return states or out
    if _is_short_caps(text) and text == name:
        caps = {k: c for k, c in out.items() if c.matched.isupper()}
        if caps or len([ch for ch in text if ch.isalpha()]) == 2:
            return caps
    return out


def compact_box(bbox: tuple[float, float, float, float] | None, max_span_deg: float) -> bool:
    """Whether ``bbox`` (min_lon, min_lat, max_lon, max_lat) spans at most
    ``max_span_deg`` degrees each way."""
    if bbox is None:
        return False
    x0, y0, x1, y1 = bbox
    return 0 <= x1 - x0 <= max_span_deg and 0 <= y1 - y0 <= max_span_deg
