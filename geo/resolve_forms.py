"""The resolver's candidates for mentions that are not names (:mod:`geo.recognize.forms`).

A demonym or adjective of a country ("Afghan", "Russian-made") may only be its country; a
form of a continent, union or first-level unit ("European", "the EU", "Ohioans") only
the gazetteer place whose main name the form table gives (Europe, the continent; Ohio, the
state), never a town that shares the letters ("Eu", France).
"""

from __future__ import annotations

from typing import TypeVar

from geo.names import normalize_name

__all__ = ["FORM_KINDS", "form_candidates"]

#: Kinds a form of a continent or union may resolve to.
FORM_KINDS = frozenset({"continent", "region", "country", "admin1"})

_C = TypeVar("_C")


def form_candidates(seen: dict[str, _C], codes: set[str], name: str) -> dict[str, _C]:
    """The candidates (place id -> candidate holding ``.place``) a non-name form may take:
    countries of ``codes`` when it is a country's demonym, else the places called ``name``
    of a :data:`FORM_KINDS` kind."""
    key = normalize_name(name)
    out: dict[str, _C] = {}
    for k, v in seen.items():
        p = v.place  # type: ignore[attr-defined]
        if codes:
            if p.kind == "country" and p.country in codes:
                out[k] = v
        elif p.kind in FORM_KINDS and normalize_name(p.name) == key:
            out[k] = v
    return out
