"""Toponym resolution: which gazetteer place each mention names.

``resolve(document, mentions, gazetteer) -> list[Resolution]`` (one per mention, same
order) scores every candidate with the evidence a reader uses:

* ``prior``: the place's prominence (gazetteer importance), sharpened so that a city of a
  million beats a village of a thousand;
* ``match``: exact > folded > alias (an alias of a small village, or one made of common
  English words without a place label, is weak evidence); fuzzy only as a fallback;
* ``cue``: the mention's type cue ("Kapisa province" -> admin1, "X County" -> admin2);
* news conventions (:mod:`geo.recognize.conventions`): a capital or big city over the
  same-named unit ("Washington", "Kandahar"); seats of power resolve to their city;
* ``country`` / ``admin1``: the document's dominant countries and first-level units,
  from the other mentions' current resolutions (leave-one-out, re-scored in rounds);
* ``near``: closeness to the other resolved small places of the document;
* ``contained``: "X, Y" where Y is X's admin-1 unit or country, in both directions;
* one sense per document: all mentions of one name with one cue form a group;
* the country vote: when one country's candidates together outweigh the best candidate's
  country (and the text points at that country), its best candidate wins;
* a first-level unit the size of a parish has its prior cut (``Weights.minor_unit``).

The weights live in :mod:`geo.resolve_weights` (set by cross-validation, ``docs/accuracy.md``).

Probabilities are the normalised scores with a constant "none of these" mass; below
``settings.RESOLVE_MIN_CONFIDENCE`` the mention is reported unresolved with the reason
and the ranked alternatives, never forced onto the top candidate.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from geo import resolve_rules as rules
from geo import settings
from geo.errors import GeoError
from geo.gazetteer import GazetteerLike
from geo.geometry import EARTH_RADIUS_KM, haversine_km
from geo.kinds import CONTAINER_KINDS, POINT_KINDS, UNIT_KINDS
from geo.models import Candidate, Document, MatchType, Mention, Place, Resolution, ScoredCandidate
from geo.names import normalize_name
from geo.recognize import conventions as conv
from geo.recognize import demonym_countries, lexicon, lookup_cache
from geo.resolve_facilities import resolve_facilities
from geo.resolve_forms import form_candidates
from geo.resolve_weights import (
    CUE_FIT,
    CUE_OTHER,
    CUE_OTHER_PHYSICAL,
    PHYSICAL_CUE_KINDS,
    W,
    score_weights,
)

__all__ = ["resolve", "score_weights"]


@dataclass(slots=True)
class _Cand:
    place: Place
    match: MatchType
    name_score: float
    matched: str = ""  # the gazetteer name or alias the query matched
    main_name: bool = False  # the query is the place's own name (not an alternate name)
    whole: bool = False  # its name includes the mention's type word ("Mount Vernon")
    yields: bool = False  # an admin-1 unit that news names after a city (see _unit_yields)
    named_city: bool = False  # the city such a unit yields to
    base: float = 0.0  # prior * match * cue
    feats: dict[str, float] = field(default_factory=dict)
    score: float = 0.0  # base * context
    p: float = 0.0


@dataclass(slots=True)
class _Group:
    key: tuple[str, str, bool]
    mentions: list[int]
    name: str
    text: str
    cue: str
    is_demonym: bool
    cands: list[_Cand] = field(default_factory=list)
    fuzzy: bool = False
    english: bool = False  # the name is made of common English words ("White House")
    has_main_name: bool = False
    main_pop: int = 0  # the largest population among the places it is the own name of
    labels: set[str] = field(default_factory=set)  # spaCy labels of the mentions
    unit_kinds: set[str] = field(default_factory=set)  # country/admin1 carrying the name
    unit_peers: bool = False  # listed with first-level units named as such
    unit_admin1_countries: set[str] = field(default_factory=set)  # countries of those admin-1s
    containers: list[int] = field(default_factory=list)  # groups named as "X, <Y>"
    contents: list[int] = field(default_factory=list)  # groups named as "<X>, Y"
    reason: str = ""


def resolve(
    document: Document, mentions: list[Mention], gazetteer: GazetteerLike
) -> list[Resolution]:
    """One :class:`Resolution` per mention, in the same order."""
    if not mentions:
        return []
    if any(m.form == "facility" for m in mentions):  # streets, buildings: to their city
        return resolve_facilities(document, mentions, lambda ms: resolve(document, ms, gazetteer))
    lookup = lookup_cache(gazetteer)
    groups: list[_Group] = []
    group_of: list[int] = []
    by_key: dict[tuple[str, str, bool], int] = {}
    for i, m in enumerate(mentions):
        name = m.lookup_name
        key = (normalize_name(name), m.cue, m.is_demonym)
        gi = by_key.get(key)
        if gi is None:
            gi = len(groups)
            by_key[key] = gi
            groups.append(_Group(key, [], name, m.text, m.cue, m.is_demonym))
        groups[gi].mentions.append(i)
        if m.ner_label:
            groups[gi].labels.add(m.ner_label)
        group_of.append(gi)
    for g in groups:
        _candidates(g, mentions, lookup, gazetteer)
    _link_containment(document, mentions, group_of, groups)
    for pair in conv.list_neighbours(document.text, [(m.start, m.end) for m in mentions]):
        x, y = (groups[group_of[i]] for i in pair)  # "Utah, Washington and Wisconsin"
        x.unit_peers |= "admin1" in y.unit_kinds and not any(c.yields for c in y.cands)
        y.unit_peers |= "admin1" in x.unit_kinds and not any(c.yields for c in x.cands)
    _unit_context(groups)
    for g in groups:
        for c in g.cands:
            c.base = c.score = _base_score(g, c)
        _normalise(g)
    for _ in range(W.rounds):
        _context_round(groups)
    return [_resolution(mentions[i], groups[group_of[i]]) for i in range(len(mentions))]


def _candidates(
    g: _Group, mentions: list[Mention], lookup: object, gazetteer: GazetteerLike
) -> None:
    from geo.recognize import LookupCache

    assert isinstance(lookup, LookupCache)
    seen: dict[str, _Cand] = {}
    seat = conv.seat_place(g.text, gazetteer)
    if seat is not None:  # a seat of power ("at the Kremlin"): its city
        g.cands = [_Cand(seat, "exact", 1.0, seat.name, True)]
        return
    names = [g.text] if g.text != g.name else []
    names.append(g.name)
    for nm in names:
        for c in lookup(_strip_the(nm)):
            _add(seen, c)
    typed = conv.type_word_inside(g.text)  # "Mount Vernon": found by the whole text
    whole = {c.place.id for c in lookup(_strip_the(g.text))} if typed else set()
    if g.is_demonym:  # a demonym, adjective or union: only its country or region
        codes = {cc for i in g.mentions for cc in demonym_countries(mentions[i].text)}
        seen = form_candidates(seen, codes, g.name)
        g.reason = "" if seen else "demonym of a place that is not in the gazetteer"
    seen = rules.fitting_candidates(g.text, g.name, seen)
    if not seen and not g.is_demonym:
        key = normalize_name(g.name)
        if len(key) >= settings.FUZZY_MIN_LEN and not any(ch.isdigit() for ch in key):
            try:
                fuzzy = gazetteer.lookup(_strip_the(g.name), fuzzy=True, limit=W.max_candidates)
            except GeoError:
                fuzzy = []
            for c in fuzzy:
                if rules.fuzzy_fits(key, c.matched_name):
                    _add(seen, c)
            g.fuzzy = bool(seen)
        if not seen:
            g.reason = f"no gazetteer entry for {g.name!r}"
    keys = {rules.name_key(_strip_the(n)) for n in names}
    for sc in seen.values():
        sc.whole = sc.place.id in whole
        sc.main_name = sc.match != "fuzzy" and rules.own_name(sc.place, keys)
    g.has_main_name = any(sc.main_name for sc in seen.values())
    g.main_pop = max((sc.place.population for sc in seen.values() if sc.main_name), default=0)
    g.english = not g.labels & {"GPE", "LOC"} and lexicon().is_common_phrase(_strip_the(g.text))
    _unit_yields(list(seen.values()))
    units = [sc.place for sc in seen.values() if sc.main_name and sc.place.kind in UNIT_KINDS]
    g.unit_kinds = {u.kind for u in units}
    g.unit_admin1_countries = {u.country for u in units if u.kind == "admin1"}
    cands = sorted(seen.values(), key=lambda c: -c.place.importance)
    g.cands = cands[: W.max_candidates]


def _unit_context(groups: list[_Group]) -> None:
    """A unit named after its big city is the unit (``unit_peers``) when it is named as
    the container of the place before it ("Utica, New York"; "X, Y" links)."""
    for g in groups:
        if g.contents and any(c.yields for c in g.cands):
            g.unit_peers = True


def _unit_yields(cands: list[_Cand]) -> None:
    """Mark admin-1 units that a bare name leaves to a same-named city (``yields``) and
    those cities (``named_city``): :func:`geo.recognize.conventions.unit_named_after`."""
    big = [c for c in cands if c.place.kind == "city" and c.main_name and c.match != "fuzzy"]
    for c in cands:
        if c.place.kind == "admin1" and c.match != "fuzzy":
            for b in big:
                if conv.unit_named_after(c.place, b.place, W.unit_city_pop, W.unit_city_max_km):
                    c.yields = b.named_city = True


def _add(seen: dict[str, _Cand], c: Candidate) -> None:
    rank = {"exact": 0, "folded": 1, "alias": 2, "fuzzy": 3}
    old = seen.get(c.place.id)
    if old is None or rank[c.match] < rank[old.match]:
        seen[c.place.id] = _Cand(c.place, c.match, c.name_score, c.matched_name)


def _strip_the(s: str) -> str:
    art = next((a for a in ("the ", "The ", "THE ") if s.startswith(a) and len(s) > len(a)), "")
    return s[len(art) :]


def _base_score(g: _Group, c: _Cand) -> float:
    p = c.place
    prior = math.exp(W.prior_sharpness * (min(max(p.importance, 0.0), 1.0) - 1.0))
    if c.match == "fuzzy":
        match = W.fuzzy * c.name_score**4
    elif c.main_name:
        match = W.match_exact if c.match == "exact" else W.match_folded
    else:
        # an alternate name: weaker evidence, weaker still for a small place, and when
        # other places carry the name as their main name
        small = p.kind == "city" and p.population < W.small_alias_pop
        match = W.match_alias_small if small else W.match_alias
        # ... unless it is a far bigger city's usual English name ("Bombay", "Peking")
        bigger = g.main_pop > 0 and W.alias_big * g.main_pop <= p.population
        if g.has_main_name and p.kind == "city" and not bigger:
            match *= W.alias_vs_main
        if g.english and p.kind != "country":
            match *= W.english_alias
    cue = 1.0
    if g.cue and not c.whole:  # "Mount Vernon" the town: "Mount" is part of its name
        fit = CUE_FIT.get(g.cue)
        if fit is not None:
            cue = fit.get(p.kind, 0.0)
            if cue == 0.0:
                both_phys = g.cue in PHYSICAL_CUE_KINDS and p.kind in PHYSICAL_CUE_KINDS
                cue = CUE_OTHER_PHYSICAL if both_phys else CUE_OTHER
    label = 1.0
    if g.labels == {"LOC"} and p.kind == "city":
        label = W.loc_city
    elif g.labels == {"GPE"} and p.kind in PHYSICAL_CUE_KINDS:
        label = W.gpe_physical
    # eponyms: a small town named like a state of its own country ("California, Pa.",
    # "Kansas, Ill.") is far rarer in text than the state; explicit context lifts it
    eponym = 1.0
    if (
        p.country in g.unit_admin1_countries
        and p.kind in ("city", "admin2")
        and p.population < W.eponym_max_pop
        and p.feature_code != "PPLC"
        and not c.named_city
    ):
        eponym = W.eponym
    if c.yields and not g.cue and not g.unit_peers:  # "Kandahar province": the unit
        eponym *= W.unit_of_city
    if (
        p.kind == "admin1"
        and W.minor_unit != 1.0
        and 0 < conv.bbox_diagonal_km(p) < W.minor_unit_km
    ):
        prior *= W.minor_unit  # a parish of an island state, a borough: rare in text
    c.feats = {"prior": prior, "match": match, "cue": cue, "label": label, "eponym": eponym}
    return prior * match * cue * label * eponym


def _normalise(g: _Group) -> None:
    total = sum(c.score for c in g.cands) + W.null_mass * (W.fuzzy_null if g.fuzzy else 1.0)
    for c in g.cands:
        c.p = c.score / total if total > 0 else 0.0


def _inside(x: Place, y: Place) -> bool:
    """Is ``x`` inside the container ``y`` (country / admin-1) by its codes?"""
    if x.id == y.id:
        return False
    if y.kind == "country":
        return bool(y.country) and (x.country == y.country or y.country in x.countries)
    if y.kind == "admin1":
        return (
            bool(y.admin1)
            and x.country == y.country
            and x.admin1 == y.admin1
            and x.kind != "admin1"
        )
    return False


def _link_containment(
    document: Document, mentions: list[Mention], group_of: list[int], groups: list[_Group]
) -> None:
    """ "X, Y" (Y = X's admin-1 or country) and "X (Y)" between consecutive mentions."""
    text = document.text
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        gap = text[a.end : b.start]
        if gap.strip() not in (",", "(") or "\n" in gap or len(gap) > 3:
            continue
        ga, gb = group_of[i], group_of[i + 1]
        if ga == gb or groups[ga].is_demonym or groups[gb].is_demonym:
            continue
        groups[ga].containers.append(gb)
        groups[gb].contents.append(ga)


def _context_round(groups: list[_Group]) -> None:
    """Re-score every group with the other groups' current resolutions."""
    # country / admin-1 mass of every group (its candidates weighted by probability)
    country_w: dict[str, float] = {}
    admin1_w: dict[tuple[str, str], float] = {}
    own_country: list[dict[str, float]] = []
    own_admin1: list[dict[tuple[str, str], float]] = []
    for g in groups:
        oc: dict[str, float] = {}
        oa: dict[tuple[str, str], float] = {}
        weight = 1.0 if not g.is_demonym else W.demonym_mass
        for c in g.cands:
            if c.p < W.mass_min_p:
                continue
            pl = c.place
            ccs = pl.countries or ((pl.country,) if pl.country else ())
            share = c.p * weight / max(1, len(ccs))
            for cc in ccs:
                oc[cc] = oc.get(cc, 0.0) + share
            if pl.admin1 and pl.country and pl.kind != "country":
                ak = (pl.country, pl.admin1)
                oa[ak] = oa.get(ak, 0.0) + c.p * weight
        own_country.append(oc)
        own_admin1.append(oa)
        for ck, v in oc.items():
            country_w[ck] = country_w.get(ck, 0.0) + v
        for k2, v in oa.items():
            admin1_w[k2] = admin1_w.get(k2, 0.0) + v
    total_w = sum(country_w.values())

    # anchors for "near": the best candidate of groups that are fairly sure, point kinds
    anchor_lat: list[float] = []
    anchor_lon: list[float] = []
    anchor_w: list[float] = []
    anchor_g: list[int] = []
    for gi, g in enumerate(groups):
        if not g.cands:
            continue
        best = max(g.cands, key=lambda c: c.p)
        if best.p >= W.anchor_min_p and best.place.kind in POINT_KINDS:
            anchor_lat.append(best.place.lat)
            anchor_lon.append(best.place.lon)
            anchor_w.append(best.p)
            anchor_g.append(gi)

    near_all = _near_scores(groups, anchor_lat, anchor_lon, anchor_w, anchor_g)
    # countries named in the text also make places just across their borders likely
    # ("Gaza" in a story about Israel): inside the bounding box of another group's country
    boxes: list[tuple[int, str, float, tuple[float, float, float, float]]] = []
    for gi, g in enumerate(groups):
        if g.cands:
            best = max(g.cands, key=lambda c: c.p)
            if (
                best.p >= W.anchor_min_p
                and best.place.kind == "country"
                and rules.compact_box(best.place.bbox, W.neighbour_max_span_deg)
            ):
                assert best.place.bbox is not None
                boxes.append((gi, best.place.country, best.p, best.place.bbox))

    for gi, g in enumerate(groups):
        if not g.cands:
            continue
        oc = own_country[gi]
        oa = own_admin1[gi]
        denom = total_w - sum(oc.values())
        # containment evidence from "X, Y"
        cont_places: list[tuple[Place, float]] = []
        for gj in g.containers:
            for c in groups[gj].cands:
                # "China, Japan" / "Ohio, Indiana" are lists of peers, not containment
                if c.place.kind in g.unit_kinds:
                    continue
                if c.place.kind in CONTAINER_KINDS and c.p >= W.container_min_p:
                    cont_places.append((c.place, c.p))
        content_places: list[tuple[Place, float]] = []
        for gj in g.contents:
            for c in groups[gj].cands:
                content_places.append((c.place, c.base))
        near_g = near_all.get(gi)
        for ci, c in enumerate(g.cands):
            pl = c.place
            ccs = pl.countries or ((pl.country,) if pl.country else ())
            if denom > 1e-9:
                cshare = sum(country_w.get(cc, 0.0) - oc.get(cc, 0.0) for cc in ccs) / denom
                ashare = 0.0
                if pl.admin1 and pl.country and pl.kind != "country":
                    k = (pl.country, pl.admin1)
                    ashare = (admin1_w.get(k, 0.0) - oa.get(k, 0.0)) / denom
                if pl.kind == "admin1":
                    # an admin-1 unit is supported by places inside it
                    k = (pl.country, pl.admin1)
                    ashare = max(ashare, (admin1_w.get(k, 0.0) - oa.get(k, 0.0)) / denom)
            else:
                cshare = ashare = 0.0
            cshare = min(max(cshare, 0.0), 1.0)
            ashare = min(max(ashare, 0.0), 1.0)
            near = float(near_g[ci]) if near_g is not None else 0.0
            if boxes and pl.kind in POINT_KINDS:
                for bg, bcc, bw, (x0, y0, x1, y1) in boxes:
                    if bg != gi and bcc != pl.country and x0 <= pl.lon <= x1 and y0 <= pl.lat <= y1:
                        near = max(near, W.neighbour * bw)
            if pl.kind == "country":
                # a country is its own "region" and is "near" the places inside it
                ashare = near = cshare
            elif pl.kind == "admin1" and not (c.yields and not (g.cue or g.unit_peers)):
                near = ashare
            contained = 0.0
            if cont_places:
                contained = min(1.0, sum(p for y, p in cont_places if _inside(pl, y)))
            container = 0.0
            if content_places and pl.kind in CONTAINER_KINDS:
                tot = sum(b for _, b in content_places) or 1.0
                container = min(1.0, sum(b for x, b in content_places if _inside(x, pl)) / tot)
            ctx = (
                (1.0 + W.country_ctx * cshare)
                * (1.0 + W.admin1_ctx * ashare)
                * (1.0 + W.near_ctx * near)
                * (1.0 + W.contained * contained)
                * (1.0 + W.container * container)
            )
            c.feats.update(
                country_ctx=cshare,
                admin1_ctx=ashare,
                near=near,
                contained=contained,
                container=container,
            )
            c.score = c.base * ctx
        _normalise(g)


def _near_scores(
    groups: list[_Group],
    anchor_lat: list[float],
    anchor_lon: list[float],
    anchor_w: list[float],
    anchor_g: list[int],
) -> dict[int, np.ndarray]:
    """Per group: for each candidate, max over other groups' anchors of w * exp(-d / km)."""
    out: dict[int, np.ndarray] = {}
    if not anchor_lat:
        return out
    alat = np.radians(np.asarray(anchor_lat))
    alon = np.radians(np.asarray(anchor_lon))
    aw = np.asarray(anchor_w)
    ag = np.asarray(anchor_g)
    rows: list[tuple[int, int, float, float]] = []
    for gi, g in enumerate(groups):
        for ci, c in enumerate(g.cands):
            if c.place.kind in POINT_KINDS:
                rows.append((gi, ci, c.place.lat, c.place.lon))
    if not rows:
        return out
    gidx = np.asarray([r[0] for r in rows])
    cidx = np.asarray([r[1] for r in rows])
    lat = np.radians(np.asarray([r[2] for r in rows]))[:, None]
    lon = np.radians(np.asarray([r[3] for r in rows]))[:, None]
    dlat = lat - alat[None, :]
    dlon = lon - alon[None, :]
    a = np.sin(dlat / 2) ** 2 + np.cos(lat) * np.cos(alat[None, :]) * np.sin(dlon / 2) ** 2
    d = 2 * EARTH_RADIUS_KM * np.arcsin(np.minimum(1.0, np.sqrt(a)))
    k = aw[None, :] * np.exp(-d / W.near_km)
    k[gidx[:, None] == ag[None, :]] = 0.0  # not one's own group
    best = k.max(axis=1)
    for gi, g in enumerate(groups):
        if g.cands:
            out[gi] = np.zeros(len(g.cands))
    for r in range(len(rows)):
        out[int(gidx[r])][int(cidx[r])] = best[r]
    return out


def _resolution(m: Mention, g: _Group) -> Resolution:
    if not g.cands:
        return Resolution(m, None, 0.0, (), g.reason or "no candidates")
    ranked = sorted(g.cands, key=lambda c: -c.p)
    alts = tuple(
        ScoredCandidate(
            c.place,
            min(1.0, max(0.0, c.p)),
            c.match,
            {k: float(v) for k, v in c.feats.items()} | {"base": c.base, "score": c.score},
        )
        for c in ranked[:8]
    )
    best = ranked[0]
    voted = _country_vote(ranked)
    # the chance that the point is right: the best candidate plus half of the candidates
    # that lie close to it (a city and its same-named province), times how well the
    # kind fits the cue
    close = sum(
        c.p
        for c in ranked[1:]
        if abs(c.place.lat - best.place.lat) < W.close_deg_lat
        and abs(c.place.lon - best.place.lon) < W.close_deg_lon
        and haversine_km(c.place.lat, c.place.lon, best.place.lat, best.place.lon) < W.close_km
    )
    fit = min(1.0, best.feats.get("cue", 1.0) * best.feats.get("label", 1.0))
    conf = min(
        W.max_confidence, max(0.0, (best.p + W.close_share * close) * fit**W.quality_exponent)
    )
    if voted is not None:
        best, conf = voted
    if conf < settings.RESOLVE_MIN_CONFIDENCE:
        second = f"; next: {ranked[1].place.name} ({ranked[1].p:.2f})" if len(ranked) > 1 else ""
        why = (
            f"best candidate {best.place.name} ({best.place.kind}, {best.place.country or '-'}) "
            f"has confidence {conf:.2f} < {settings.RESOLVE_MIN_CONFIDENCE}{second}"
        )
        if len(ranked) > 3:
            why += f"; {len(ranked)} places share the name and the context does not decide"
        return Resolution(m, None, 0.0, alts, "unresolved: " + why)
    how = _explain(best)
    if g.fuzzy:
        how = f"fuzzy match {best.place.name!r} for {g.name!r}; " + how
    return Resolution(m, best.place, conf, alts, how)


def _country_vote(ranked: list[_Cand]) -> tuple[_Cand, float] | None:
    """When the candidates of one country together outweigh the best candidate's country
    by :attr:`Weights.country_vote` ("Paris" in a story full of places of one country, with
    twenty same-named towns there splitting the vote), that country's best candidate, with
    confidence p(country) * p(place | country) ** :attr:`Weights.country_vote_conf`."""
    if W.country_vote <= 0 or len(ranked) < 2 or ranked[0].place.kind not in POINT_KINDS:
        return None
    mass: dict[str, float] = {}
    for c in ranked:
        if c.place.country and c.place.kind in POINT_KINDS:
            mass[c.place.country] = mass.get(c.place.country, 0.0) + c.p
    best = ranked[0]
    top = max(mass, key=lambda k: mass[k], default="")
    if not top or top == best.place.country:
        return None
    if mass[top] < W.country_vote * mass.get(best.place.country, best.p):
        return None
    pick = next(c for c in ranked if c.place.country == top and c.place.kind in POINT_KINDS)
    if pick.feats.get("country_ctx", 0.0) <= best.feats.get("country_ctx", 0.0):
        return None  # the text does not point at that country more than at the best's
    conf = mass[top] * (pick.p / mass[top]) ** W.country_vote_conf
    return pick, min(W.max_confidence, conf)


def _explain(c: _Cand) -> str:
    f = c.feats
    bits = [f"{c.place.kind} {c.place.name}" + (f" ({c.place.country})" if c.place.country else "")]
    if f.get("cue", 1.0) >= 1.0 and c.match != "fuzzy":
        bits.append(f"{c.match} name match")
    if f.get("contained", 0) > 0.3:
        bits.append("inside the unit named after it")
    if f.get("container", 0) > 0.3:
        bits.append("contains the place named before it")
    if f.get("admin1_ctx", 0) > 0.2:
        bits.append("in the document's main region")
    elif f.get("country_ctx", 0) > 0.3:
        bits.append("in the document's main country")
    if f.get("near", 0) > 0.3:
        bits.append("near other places in the text")
    return "; ".join(bits)
