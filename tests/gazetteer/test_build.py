"""Building the store from registry data: priors, Natural Earth joins, curated inputs."""

from __future__ import annotations

from geo.gazetteer import importance


def test_importance_orders_kinds_and_population():
    assert importance("country") > importance("admin1") > importance("city", 1000)
    assert importance("city", 5_000_000) > importance("city", 50_000) > importance("city", 500)
    assert importance("city", 1_000_000, "PPLC") > importance("city", 1_000_000)
    assert importance("river") > importance("city", 2_000)  # "Nile" is not a village


def test_curated_physical_features_pass_their_checker():
    """Structure, ranges, bboxes and Natural Earth location checks of data/physical_features.csv."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    r = subprocess.run(
        [sys.executable, str(root / "data/scripts/check_physical_features.py")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert r.returncode == 0, r.stdout + r.stderr


def test_a_join_by_admin1_code_must_agree_with_the_units_places():
    """Natural Earth keeps pre-reform admin-1 codes: a polygon found by code is kept only
    if the unit's own places lie in it."""
    from geo.gazetteer.sources import _agrees

    square = {
        "type": "Feature",
        "properties": {"latitude": 0.5, "longitude": 0.5},
        "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]},
    }
    inside, far = (0.5, 0.5, 1.0), (10.0, 10.0, 1.0)
    assert _agrees(square, [inside, inside, far])
    assert not _agrees(square, [inside, far, far])
    assert _agrees(square, [(0.5, 0.5, 5.0), far, far])  # by weight (population)
    assert _agrees(square, [(1.03, 0.5, 1.0)])  # just outside a coarse outline: still in
    assert _agrees(square, [])  # nothing to check against


def test_a_places_aliases_are_read_by_index_not_by_scanning_every_name(tmp_path):
    # Gazetteer.get reads the aliases of one place: a scan of the names table took
    # 0.2 s a call on the world store
    import sqlite3

    from geo.gazetteer.store import ALIASES_SQL
    from tests.fixtures.gazetteers import small_store

    conn = sqlite3.connect(small_store(tmp_path / "g.sqlite", n=50))
    plan = " ".join(str(r[-1]) for r in conn.execute("EXPLAIN QUERY PLAN " + ALIASES_SQL, (1,)))
    assert "names_rid" in plan and "SCAN names" not in plan
