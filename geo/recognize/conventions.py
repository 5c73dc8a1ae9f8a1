"""News conventions about names that both the recogniser and the resolver apply.

* :func:`unit_named_after`: a bare name shared by a first-level unit and a city means the
  city when the city is its country's capital ("Washington") or a big city inside a unit
  of the same name that is not vast ("Kandahar", "Herat"); the unit needs a cue
  ("Kandahar province", "Washington state") or its own context. Not covered: "New York"
  (the city's own name is "New York City", and annotated news often means the state) and
  vast units ("Quebec": the province is the usual actor in news).
  In a list of first-level units ("Utah, Washington and Wisconsin") the name is the unit:
  :func:`list_neighbours` finds the list's members.
* Seats of power ("the Kremlin", ``seats_of_power.csv``): :func:`seat_place`.
* A type word that is part of a place's own name ("Mount Vernon" the town, "Cape Verde"
  the country) is no type cue for it: :func:`type_word_inside`.
"""

from __future__ import annotations

from geo.gazetteer import GazetteerLike
from geo.geometry import haversine_km
from geo.models import Place
from geo.recognize.context import strip_article
from geo.recognize.lexicon import lexicon

__all__ = [
    "bbox_diagonal_km", "list_neighbours", "seat_place", "type_word_inside", "unit_named_after",
]  # fmt: skip


def bbox_diagonal_km(p: Place) -> float:
    """The diagonal of ``p``'s bounding box (0 without one)."""
    if not p.bbox:
        return 0.0
    x0, y0, x1, y1 = p.bbox
    return haversine_km(y0, x0, y1, x1)


def unit_named_after(unit: Place, city: Place, min_pop: int, max_km: float) -> bool:
    """Does a bare name shared by the admin-1 ``unit`` and ``city`` (matched by its own
    name) mean the city? Yes for the capital of the unit's country, and for a city of
    ``min_pop`` or more inside the unit when the unit is at most ``max_km`` across."""
    if unit.kind != "admin1" or city.kind != "city" or city.country != unit.country:
        return False
    if city.feature_code == "PPLC":
        return True
    return (
        city.population >= min_pop
        and bool(unit.admin1)
        and city.admin1 == unit.admin1
        and bbox_diagonal_km(unit) <= max_km
    )


def seat_place(text: str, gazetteer: GazetteerLike) -> Place | None:
    """The city of a seat of power named by ``text`` ("the Kremlin" -> Moscow), or None."""
    pid = lexicon().seats.get(strip_article(text))
    return gazetteer.get(pid) if pid is not None else None


#: What joins the members of a list of names: "A, B and C", "A or B".
_LIST_JOINS = frozenset((",", "and", ", and", "or", ", or", "&"))


def list_neighbours(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pairs of consecutive spans (indices into ``spans``, sorted by start) that ``text``
    joins as members of one list ("Utah, Washington and Wisconsin")."""
    out = []
    for i in range(len(spans) - 1):
        gap = text[spans[i][1] : spans[i + 1][0]]
        if "\n" not in gap and " ".join(gap.split()) in _LIST_JOINS:
            out.append((i, i + 1))
    return out


def type_word_inside(text: str) -> bool:
    """Does ``text`` begin or end with a feature-type word ("Mount X", "X River") that made
    the mention's cue? Gazetteer entries matched by the whole text carry that word in
    their own name, so the cue says nothing about their kind."""
    words = strip_article(text).split()
    lex = lexicon()
    return len(words) >= 2 and (words[0] in lex.type_prefix or words[-1] in lex.type_suffix)
