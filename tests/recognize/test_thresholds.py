"""The recogniser's named numbers and the place strength they give."""

from __future__ import annotations

import dataclasses

import pytest

from geo.models import Candidate, Place
from geo.recognize import THRESHOLDS, Thresholds
from geo.recognize.evidence import place_strength


def _cand(kind: str, match: str = "exact", population: int = 0) -> Candidate:
    p = Place(id=f"x:{kind}", name="X", kind=kind, lat=0.0, lon=0.0, population=population)
    return Candidate(place=p, matched_name="X", match=match)  # type: ignore[arg-type]


def test_frozen_defaults():
    assert Thresholds() == THRESHOLDS
    with pytest.raises(dataclasses.FrozenInstanceError):
        THRESHOLDS.bare = 0.1  # type: ignore[misc]


def test_scores_and_cut_offs_are_in_the_unit_interval():
    for f in dataclasses.fields(Thresholds):
        value = getattr(THRESHOLDS, f.name)
        if f.type == "float":
            assert 0.0 <= value <= 1.0, f.name
        else:
            assert isinstance(value, int) and value >= 1, f.name


def test_strength_orders_kinds():
    t = THRESHOLDS
    assert t.country > t.admin1 > t.strong_kind > t.admin2 > t.other_kind
    assert t.big_city > t.mid_city > t.small_city
    assert t.big_city_population > t.mid_city_population


def test_place_strength():
    t = THRESHOLDS
    assert place_strength([]) == 0.0
    assert place_strength([_cand("country")]) == t.country
    assert place_strength([_cand("river", "alias")]) == t.strong_kind - t.strong_alias_penalty
    assert place_strength([_cand("admin1", "alias")]) == t.admin1  # no penalty for admin1
    assert place_strength([_cand("city", population=t.big_city_population)]) == t.big_city
    assert place_strength([_cand("city", "alias", t.mid_city_population)]) == t.mid_city_alias
    assert place_strength([_cand("city", population=10)]) == t.small_city
    assert place_strength([_cand("admin2"), _cand("mountain")]) == t.admin2
    assert place_strength([_cand("country", "fuzzy")]) == 0.0
    # only the first strength_candidates count
    many = [_cand("mountain")] * t.strength_candidates + [_cand("country")]
    assert place_strength(many) == t.other_kind
