"""The one table of place kinds: what each kind is called, how it is drawn, how likely it is.

Every stage reads kinds from here: the gazetteer build (prior importance), the resolver
(which kinds locate a point, contain others, are physical), the map (legend group, colour,
shape, polygons), the exports (Getty AAT types) and the app (labels).

=================  ==========  ==================  ========  =====
kind               group       label               shape     prior
=================  ==========  ==================  ========  =====
see :data:`KIND_TABLE` (one row per kind, in :data:`KINDS` order)
=================  ==========  ==================  ========  =====

Part of the shared floor: imports nothing from ``geo``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

Kind = Literal[
    # administrative units
    "country",
    "admin1",
    "admin2",
    # populated places
    "city",
    # physical features and regions
    "mountain_range",
    "mountain",
    "river",
    "lake",
    "desert",
    "sea",
    "gulf",
    "bay",
    "strait",
    "channel",
    "ocean",
    "valley",
    "pass",
    "plateau",
    "plain",
    "basin",
    "peninsula",
    "island",
    "archipelago",
    "region",
    "canyon",
    "glacier",
    "delta",
    "cape",
    "corridor",
    "forest",
    "wetland",
    "continent",
    # facilities
    "airport",
    # anything else (user-added places of no listed kind)
    "other",
]
Group = Literal[
    "city", "admin", "country", "mountain", "water", "valley", "physical", "facility", "other"
]
Shape = Literal["point", "area", "line"]


@dataclass(frozen=True, slots=True)
class GroupStyle:
    """How a legend group is drawn on the map and in the reading pane."""

    label: str
    colour: str
    marker: str  # marker shape: circle, diamond, square, triangle, drop, vee, hexagon, cross


@dataclass(frozen=True, slots=True)
class KindInfo:
    """Everything the product knows about one kind of place."""

    kind: Kind
    group: Group
    label: str  # as readers say it ("province", not "admin1")
    shape: Shape  # the true geometry: a point, an area or a line
    prior: float  # prior importance before population, in [0, 1] (gazetteer build)
    aat: tuple[str, str] | None  # Getty AAT place type (id, label), for Linked Places
    locates: bool = False  # a mention of it pins a point (resolver's "near" evidence)
    container: bool = False  # an administrative unit that contains places
    context: bool = False  # too large to frame a map on (the map fits the other places)


#: Legend groups, in legend order.
GROUPS: dict[Group, GroupStyle] = {
    "city": GroupStyle("City / town", "#c0392b", "circle"),
    "admin": GroupStyle("Province / state", "#8e44ad", "diamond"),
    "country": GroupStyle("Country", "#34495e", "square"),
    "mountain": GroupStyle("Mountains", "#8d5524", "triangle"),
    "water": GroupStyle("River / water", "#1a8fb5", "drop"),
    "valley": GroupStyle("Valley / lowland", "#2e8b57", "vee"),
    "physical": GroupStyle("Other physical feature", "#b7950b", "hexagon"),
    "facility": GroupStyle("Airport / facility", "#d35400", "cross"),
    "other": GroupStyle("Other", "#6c7a89", "circle"),
}

_AAT_DIVISION = ("aat:300232418", "administrative division")
_AAT_PASSAGE = ("aat:300387217", "passage (bodies of water)")


def _k(
    kind: Kind,
    group: Group,
    label: str,
    shape: Shape,
    prior: float,
    aat: tuple[str, str] | None,
    **flags: bool,
) -> KindInfo:
    return KindInfo(kind, group, label, shape, prior, aat, **flags)


# Priors: tuned by hand for the first gazetteer (GAZETTEER_VERSION 1-5); Getty AAT ids
# from World Historical Gazetteer's AAT subset.
KIND_TABLE: dict[str, KindInfo] = {
    i.kind: i
    for i in (
        _k("country", "country", "country", "area", 0.93, ("aat:300232420", "sovereign state"),
           container=True, context=True),
        _k("admin1", "admin", "province", "area", 0.72, _AAT_DIVISION, container=True),
        _k("admin2", "admin", "district", "area", 0.45, _AAT_DIVISION, container=True,
           locates=True),
        _k("city", "city", "city", "point", 0.3, ("aat:300008347", "inhabited place"),
           locates=True),
        _k("mountain_range", "mountain", "mountain range", "area", 0.72,
           ("aat:300386831", "mountain range")),
        _k("mountain", "mountain", "mountain", "point", 0.55, ("aat:300008795", "mountain"),
           locates=True),
        _k("river", "water", "river", "line", 0.66, ("aat:300008707", "river")),
        _k("lake", "water", "lake", "area", 0.62, ("aat:300008680", "lake"), locates=True),
        _k("desert", "physical", "desert", "area", 0.72, ("aat:300008916", "desert")),
        _k("sea", "water", "sea", "area", 0.8, ("aat:300008694", "sea"), context=True),
        _k("gulf", "water", "gulf", "area", 0.7, ("aat:300132315", "gulf")),
        _k("bay", "water", "bay", "area", 0.6, ("aat:300132316", "bay")),
        _k("strait", "water", "strait", "area", 0.66, _AAT_PASSAGE),
        _k("channel", "water", "channel", "area", 0.6, _AAT_PASSAGE),
        _k("ocean", "water", "ocean", "area", 0.95, ("aat:300008687", "ocean"), context=True),
        _k("valley", "valley", "valley", "area", 0.6, ("aat:300008761", "valley"),
           locates=True),
        _k("pass", "mountain", "pass", "point", 0.55, ("aat:300259572", "pass"), locates=True),
        _k("plateau", "mountain", "plateau", "area", 0.62, ("aat:300132339", "plateau")),
        _k("plain", "valley", "plain", "area", 0.58, ("aat:300008805", "plain")),
        _k("basin", "valley", "basin", "area", 0.6, ("aat:300386845", "basin")),
        _k("peninsula", "physical", "peninsula", "area", 0.66, ("aat:300008804", "peninsula")),
        _k("island", "physical", "island", "area", 0.58, ("aat:300008791", "island")),
        _k("archipelago", "physical", "archipelago", "area", 0.64,
           ("aat:300386853", "island group")),
        _k("region", "physical", "region", "area", 0.7, ("aat:300182722", "region (geographic)")),
        _k("canyon", "valley", "canyon", "line", 0.55, None, locates=True),
        _k("glacier", "mountain", "glacier", "area", 0.5, ("aat:300008835", "glacier"),
           locates=True),
        _k("delta", "water", "delta", "area", 0.58, ("aat:300008760", "delta")),
        _k("cape", "physical", "cape", "point", 0.5, None, locates=True),
        _k("corridor", "valley", "corridor", "area", 0.55, None),
        _k("forest", "physical", "forest", "area", 0.5, None),
        _k("wetland", "water", "wetland", "area", 0.5, ("aat:300008899", "wetland")),
        _k("continent", "physical", "continent", "area", 0.98, ("aat:300128176", "continent"),
           context=True),
        # airports (PyPI airportsdata): a bare "Heathrow" may take the airport, never a
        # city's name (the build keeps bare names off airports unless they beat the
        # places so named); 0.4 is below a town of ~10,000 people. AAT: not confirmed
        # offline ("airports" is in AAT's air transportation complexes), so none yet.
        _k("airport", "facility", "airport", "point", 0.4, None, locates=True),
        _k("other", "other", "other", "point", 0.3, None),
    )
}  # fmt: skip

KINDS: tuple[Kind, ...] = get_args(Kind)
ADMIN_KINDS: tuple[Kind, ...] = ("country", "admin1", "admin2")
POPULATED_KINDS: tuple[Kind, ...] = ("city",)
FACILITY_KINDS: tuple[Kind, ...] = ("airport",)
PHYSICAL_KINDS: tuple[Kind, ...] = tuple(
    k for k in KINDS if k not in ADMIN_KINDS + POPULATED_KINDS + FACILITY_KINDS + ("other",)
)
#: Kinds drawn with their gazetteer polygon when it has one.
POLYGON_KINDS: tuple[Kind, ...] = ADMIN_KINDS
#: Kinds whose mention pins a point ("near" evidence in the resolver).
POINT_KINDS = frozenset(k for k, i in KIND_TABLE.items() if i.locates)
#: Administrative units that contain other places.
CONTAINER_KINDS = frozenset(k for k, i in KIND_TABLE.items() if i.container)
#: Units whose names set a document's country/province context.
UNIT_KINDS: tuple[Kind, ...] = ("country", "admin1")
#: Kinds too large to frame the map on.
CONTEXT_KINDS = frozenset(k for k, i in KIND_TABLE.items() if i.context)


def info(kind: str) -> KindInfo:
    """The table row of a kind; an unknown kind reads as ``other``."""
    return KIND_TABLE.get(kind) or KIND_TABLE["other"]


def group_of(kind: str) -> Group:
    """The legend group of a kind."""
    return info(kind).group


def kind_label(kind: str) -> str:
    """The kind as readers say it: ``admin1`` -> ``province``; unknown kinds lose their
    underscores."""
    row = KIND_TABLE.get(kind)
    return row.label if row is not None else kind.replace("_", " ")


def prior(kind: str) -> float:
    """The kind's prior importance (before population)."""
    return info(kind).prior


def is_kind(value: object) -> bool:
    return isinstance(value, str) and value in KIND_TABLE
