"""Gazetteer benchmark: build time, file size, open time, lookup latency.

    .venv/bin/python bench/gazetteer.py [--build]

Targets (issue #2): build <= 60 s on 2 cores; file <= 100 MB; open <= 1 s;
lookup p50 <= 50 us on a warm store; >= 230,000 places, >= 3,500 admin-1 units.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from geo import settings
from geo.gazetteer import Gazetteer, build_gazetteer, open_gazetteer
from geo.names import normalize_name


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", action="store_true", help="time a full build into a temp dir")
    args = ap.parse_args()
    if args.build:
        with tempfile.TemporaryDirectory() as d:
            t = time.perf_counter()
            counts = build_gazetteer(Path(d) / "g.sqlite")
            print(f"build: {time.perf_counter() - t:.1f} s  {counts}")
    open_gazetteer().close()  # make sure it exists
    path = settings.GAZETTEER_PATH
    print(f"file: {path.stat().st_size / 1e6:.1f} MB")
    t = time.perf_counter()
    gaz = Gazetteer(path)
    gaz.lookup("Kabul")
    print(f"open + first lookup: {(time.perf_counter() - t) * 1000:.1f} ms")
    print(
        f"places: {len(gaz):,}  admin1: {gaz.count('admin1'):,}  countries: {gaz.count('country')}"
    )

    # names to look up: a random sample of real names (mixed ambiguity) + misses
    rng = random.Random(7)
    names = [
        n for (n,) in gaz._conn().execute("SELECT name FROM places ORDER BY random() LIMIT 3000")
    ]
    names += ["Springfield", "Kabul", "Georgia", "Paris", "Jordan", "Nowhereville"] * 50
    rng.shuffle(names)
    for n in names:  # warm the page cache
        gaz.lookup(n, fuzzy=False)
    normalize_name.cache_clear()
    times = []
    for n in names:
        t0 = time.perf_counter_ns()
        gaz.lookup(n, fuzzy=False)
        times.append((time.perf_counter_ns() - t0) / 1000)
    times.sort()
    print(
        f"lookup (uncached name normalisation, warm store, n={len(times)}): "
        f"p50 {statistics.median(times):.1f} us  p90 {times[int(len(times) * 0.9)]:.1f} us  "
        f"p99 {times[int(len(times) * 0.99)]:.1f} us"
    )
    t0 = time.perf_counter()
    gaz.lookup("Panjsherr")
    print(f"first fuzzy lookup (loads the fuzzy index): {(time.perf_counter() - t0) * 1000:.0f} ms")
    t0 = time.perf_counter()
    for n in ("Kabull", "Springfeld", "Panjsher", "Afganistan", "Pakistn"):
        gaz.lookup(n)
    print(f"fuzzy lookup (warm): {(time.perf_counter() - t0) / 5 * 1000:.1f} ms each")


if __name__ == "__main__":
    main()
