"""Reading a batch output back: one table as a (Geo)DataFrame, or the manifest."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from geo.batch.errors import BatchError
from geo.batch.manifest import Manifest
from geo.batch.store import MANIFEST
from geo.batch.tables import GEOMETRY, SCHEMAS

if TYPE_CHECKING:
    import pandas as pd


def read(output: str | Path, table: str = "mentions", *, aggregate: bool = True) -> pd.DataFrame:
    """One table of a GeoParquet output folder: a ``GeoDataFrame`` (EPSG:4326) for
    ``mentions``, ``places`` and ``events``, a ``DataFrame`` for ``documents``.

    ``places`` has one row per place per partition on disk; with ``aggregate`` (the
    default) it is one row per place, its counts summed over the partitions.
    """
    import geopandas as gpd
    import pandas as pd
    import pyarrow as pa
    import pyarrow.dataset as ds

    schema = SCHEMAS.get(table)
    if schema is None:
        raise BatchError(f"unknown table {table!r} (expected one of {', '.join(SCHEMAS)})")
    folder = Path(output) / table
    if not folder.is_dir():
        raise BatchError(f"{folder}: no such table folder (is {output} a batch output?)")
    # hidden temporary files (".part-….tmp-…") are not read: pyarrow skips "." and "_"
    arrow = ds.dataset(folder, format="parquet", schema=schema).to_table()
    # integer columns with nulls (geonameid) stay integers
    ints = {pa.int64(): pd.Int64Dtype(), pa.int32(): pd.Int32Dtype()}
    df = arrow.to_pandas(types_mapper=ints.get)
    if GEOMETRY not in schema.names:
        return df
    df[GEOMETRY] = gpd.GeoSeries.from_wkb(df[GEOMETRY], crs="EPSG:4326")
    gdf = gpd.GeoDataFrame(df, geometry=GEOMETRY, crs="EPSG:4326")
    if table == "places" and aggregate:
        first = {c: "first" for c in gdf.columns if c not in ("id", "partition")}
        first |= {"mention_count": "sum", "document_count": "sum"}
        agg = gdf.drop(columns="partition").groupby("id", sort=False, as_index=False).agg(first)
        gdf = gpd.GeoDataFrame(agg, geometry=GEOMETRY, crs="EPSG:4326")
    return gdf


def read_manifest(output: str | Path) -> Manifest:
    """The manifest of a GeoParquet output folder."""
    path = Path(output) / MANIFEST
    try:
        return Manifest.from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError) as exc:
        raise BatchError(f"{path}: cannot read the manifest ({exc})") from exc
