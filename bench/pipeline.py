"""Pipeline benchmark: speed, load time and peak memory.

    .venv/bin/python bench/pipeline.py [--repeat 200]

Targets (issue #3): >= 50,000 characters/s on one core for the full pipeline (all
stages, excluding model load) on the seed repeated 200 times; model + gazetteer load
<= 5 s; peak memory <= 800 MB. The dependency parse of the event sentences (for actor
roles) may cost the whole pipeline at most 1/0.8 of its CPU time without it. Speeds are
given per CPU second (``time.process_time``) as well as wall time: on a loaded machine
only CPU time compares.
"""

from __future__ import annotations

import os

# one core: no BLAS/OpenMP thread pools
for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

import argparse  # noqa: E402
import contextlib  # noqa: E402
import resource  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LOAD_SNIPPET = """
import time; t = time.perf_counter()
from geo.nlp import load_nlp; from geo.gazetteer import open_gazetteer
nlp = load_nlp(); gaz = open_gazetteer(); gaz.lookup("Kabul")
print(time.perf_counter() - t)
"""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=200)
    args = ap.parse_args()
    with contextlib.suppress(AttributeError, OSError):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # pin to one core

    # cold-ish load in a fresh process (the OS page cache may hold the files)
    out = subprocess.run(
        [sys.executable, "-c", LOAD_SNIPPET], capture_output=True, text=True, cwd=ROOT, check=True
    )
    print(f"model + gazetteer load (fresh process): {float(out.stdout.strip()):.2f} s")

    import geo.nlp
    from geo import settings
    from geo.documents import load_document, split
    from geo.models import Document
    from geo.nlp import load_nlp
    from geo.pipeline import analyze, default_gazetteer

    seed = load_document(sorted((ROOT / "seeds").glob("*.txt"))[0])
    nlp, gaz = load_nlp(), default_gazetteer()
    analyze(seed, gazetteer=gaz, nlp=nlp)  # warm caches once

    text = "\n\n".join([seed.text] * args.repeat)
    doc = split(Document(id="bench", text=text, date=seed.date))
    for cached in (False, True):
        geo.nlp.clear_cache()
        settings.NLP_PASSAGE_CACHE = cached
        t, c = time.perf_counter(), time.process_time()
        a = analyze(doc, gazetteer=gaz, nlp=nlp)
        dt, dc = time.perf_counter() - t, time.process_time() - c
        label = "with passage cache" if cached else "every passage through spaCy"
        print(
            f"seed x{args.repeat} ({label}): {len(text):,} chars in {dt:.2f} s wall, "
            f"{dc:.2f} s CPU = {len(text) / dc:,.0f} chars/CPU-s (one core; "
            f"{len(a.resolutions):,} mentions, {len(a.places)} places, {len(a.events):,} events)"
        )
    settings.NLP_PASSAGE_CACHE = False
    geo.nlp.clear_cache()

    # per-stage split
    from geo.documents import split_text
    from geo.events import extract_events, find_dates

    t = time.perf_counter()
    split_text(text)
    t_split = time.perf_counter() - t
    t = time.perf_counter()
    find_dates(text, seed.date)
    t_dates = time.perf_counter() - t
    print(
        f"text only: passages+sentences {len(text) / t_split:,.0f} chars/s, "
        f"date finder {len(text) / t_dates:,.0f} chars/s"
    )
    from geo.events import needs_parse
    from geo.nlp import annotate
    from geo.recognize import find_mentions
    from geo.resolve import resolve

    clock = time.process_time
    t = clock()
    annotate(doc, nlp, cache=False)
    t_plain = clock() - t
    t0 = clock()
    nr = annotate(doc, nlp, cache=False, parse=needs_parse)
    t1 = clock()
    parsed = sum(1 for tok in nr.tokens if tok.dep)
    print(
        f"spaCy without / with the parse of trigger sentences (CPU time): {t_plain:.2f} s / "
        f"{t1 - t0:.2f} s = x{(t1 - t0) / t_plain:.2f}; {parsed:,} of {len(nr.tokens):,} "
        "tokens parsed"
    )
    ms = find_mentions(doc, nr, gaz)
    t2 = clock()
    rs = resolve(doc, ms, gaz)
    t3 = clock()
    extract_events(doc, nr, rs)
    t4 = clock()
    print(
        f"stages (CPU time): spaCy {t1 - t0:.2f} s, recognize {t2 - t1:.2f} s, "
        f"resolve {t3 - t2:.2f} s, events {t4 - t3:.2f} s"
    )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (max RSS): {peak:.0f} MB")


if __name__ == "__main__":
    main()
