"""The resolver's numbers (:class:`Weights`) and the table of how well a gazetteer kind fits
a mention's type cue; :mod:`geo.resolve` reads them. Set by cross-validation across the
development corpora (tune on one, report on the other, both ways): see
``docs/accuracy.md``.
"""

from __future__ import annotations

from dataclasses import dataclass

from geo.kinds import PHYSICAL_KINDS

__all__ = [
    "CUE_FIT",
    "CUE_OTHER",
    "CUE_OTHER_PHYSICAL",
    "PHYSICAL_CUE_KINDS",
    "W",
    "Weights",
    "score_weights",
]


@dataclass(frozen=True, slots=True)
class Weights:
    """The resolver's weights (settings-like constants; one place to tune)."""

    prior_sharpness: float = 6.5  # prior = exp(k * (importance - 1))
    null_mass: float = 0.004  # "none of these" in the normalisation
    match_exact: float = 1.0
    match_folded: float = 0.95
    match_alias: float = 0.5
    match_alias_small: float = 0.15
    english_alias: float = 0.1  # an alias of common English words, no place label ("Drug")
    alias_vs_main: float = 0.4  # an alias when other candidates carry the name as main name
    alias_big: float = 50.0  # ... not for a city this many times larger than all of those
    small_alias_pop: int = 10_000  # match_alias_small below this population
    fuzzy: float = 0.25  # times name_score ** 4
    fuzzy_null: float = 20.0  # the "none of these" mass is this much larger for fuzzy names
    loc_city: float = 0.5  # spaCy LOC (not GPE) on a city candidate
    gpe_physical: float = 0.6  # spaCy GPE on a physical feature
    country_ctx: float = 6.0
    admin1_ctx: float = 12.0
    near_ctx: float = 5.0
    near_km: float = 100.0
    neighbour: float = 0.5  # "near" credit for lying inside another named country's box
    neighbour_max_span_deg: float = 40.0  # ... only a box this compact (not Russia's or France's)
    eponym: float = 0.1  # a small place named like a country/admin-1 in the same group
    eponym_max_pop: int = 1_000_000
    unit_of_city: float = 0.2  # an admin-1 unit named like its big city / the capital (news)
    unit_city_pop: int = 100_000  # ... a city this large inside the same-named unit ...
    unit_city_max_km: float = 1500.0  # ... no wider than this (bbox diagonal; "Quebec")
    contained: float = 20.0
    container: float = 5.0
    rounds: int = 3
    max_candidates: int = 40
    demonym_mass: float = 0.5  # a demonym group's share of the country/admin-1 mass
    mass_min_p: float = 0.05  # candidates below this probability add no mass
    anchor_min_p: float = 0.4  # a group anchors "near" / a country box from this probability
    container_min_p: float = 0.02  # "X, Y": Y's candidates that count as X's container
    close_deg_lat: float = 1.0  # confidence: other candidates this close to the best one ...
    close_deg_lon: float = 1.5
    close_km: float = 100.0  # ... (and within this distance) support its point
    close_share: float = 0.5  # share of their probability added to the best one's
    quality_exponent: float = 0.75  # confidence *= (cue fit * label fit) ** this
    max_confidence: float = 0.99
    minor_unit: float = 0.3  # prior factor of a first-level unit smaller than ...
    minor_unit_km: float = 30.0  # ... this bounding-box diagonal (a parish of an island state)
    country_vote: float = 2.0  # >0: a country whose candidates together outweigh the best
    # candidate's country by this factor takes the decision (its best candidate wins)
    country_vote_conf: float = 0.5  # exponent: confidence = p(country) * p(place | country) ** this


W = Weights()


def score_weights() -> Weights:
    """The resolver's weights (read-only)."""
    return W


# How well a gazetteer kind fits a mention's type cue. Missing kinds get ``CUE_OTHER``.
# Physical kinds for the cue-mismatch rule: regions and continents are areal units, not
# features a physical cue ("the X mountains") could be confused with.
PHYSICAL_CUE_KINDS = frozenset(PHYSICAL_KINDS) - {"region", "continent"}
CUE_FIT: dict[str, dict[str, float]] = {
    "admin1": {"admin1": 1.0, "admin2": 0.5, "region": 0.5, "country": 0.3, "city": 0.15},
    "admin2": {"admin2": 1.0, "admin1": 0.35, "city": 0.08, "region": 0.3},
    "city": {"city": 1.0, "admin2": 0.4, "admin1": 0.3, "country": 0.2},
    "country": {"country": 1.0, "admin1": 0.2},
    "region": {"region": 1.0, "admin1": 0.8, "admin2": 0.6, "country": 0.4, "valley": 0.5,
               "city": 0.15},
    "valley": {"valley": 1.0, "river": 0.45, "admin1": 0.4, "region": 0.5, "admin2": 0.4,
               "basin": 0.5, "canyon": 0.6, "city": 0.1},
    "river": {"river": 1.0, "valley": 0.35, "delta": 0.4, "basin": 0.3},
    "mountain_range": {"mountain_range": 1.0, "mountain": 0.6, "region": 0.3, "plateau": 0.4},
    "mountain": {"mountain": 1.0, "mountain_range": 0.6},
    "lake": {"lake": 1.0, "basin": 0.3},
    "island": {"island": 1.0, "archipelago": 0.6, "admin1": 0.3, "country": 0.3},
    "archipelago": {"archipelago": 1.0, "island": 0.6, "country": 0.4, "admin1": 0.3},
    "sea": {"sea": 1.0, "gulf": 0.6, "bay": 0.5, "ocean": 0.5},
    "gulf": {"gulf": 1.0, "bay": 0.7, "sea": 0.6},
    "bay": {"bay": 1.0, "gulf": 0.7, "sea": 0.4},
    "ocean": {"ocean": 1.0, "sea": 0.4},
    "desert": {"desert": 1.0, "region": 0.4, "basin": 0.3, "plateau": 0.3},
    "pass": {"pass": 1.0, "mountain": 0.3},
    "canyon": {"canyon": 1.0, "valley": 0.6, "river": 0.3},
    "peninsula": {"peninsula": 1.0, "cape": 0.5, "region": 0.4},
    "plateau": {"plateau": 1.0, "region": 0.4, "mountain_range": 0.3},
    "basin": {"basin": 1.0, "valley": 0.5, "region": 0.4, "river": 0.3},
    "strait": {"strait": 1.0, "channel": 0.8},
    "cape": {"cape": 1.0, "peninsula": 0.5},
    "delta": {"delta": 1.0, "river": 0.5, "region": 0.4},
    "glacier": {"glacier": 1.0},
}  # fmt: skip
CUE_OTHER = 0.08
CUE_OTHER_PHYSICAL = 0.25  # a physical cue met by another physical kind
