"""Batch throughput: documents/s and characters/s of ``python -m geo annotate`` into
GeoParquet with the local engine and Dask, 1 and 2 workers.

    .venv/bin/python bench/batch.py [--eval-dir ../shared/eval] [--repeat 1] [--partition-size 50]
        [--limit N] [--workers 1 2] [--rounds 1]

Documents: the texts of the development corpora (``lgl.jsonl``, ``geovirus.jsonl``),
read at bench time only (never copied into the repository), each with a distinct id.
Every configuration runs in a fresh process (``python -m geo annotate``), so no run
profits from another's caches.

Reported per configuration: wall time (with start-up: cluster, model and gazetteer
loading), the steady rate (from the first partition's start to the last one's end, i.e.
without start-up), peak memory per worker and output bytes per document. Then the
scaling efficiency 1 -> 2 workers (target >= 0.8) and the Dask overhead over the local
engine (target <= 10 %), both from the steady rates; the Dask overhead also as the CPU
time of the workers' partitions and of all the run's processes, which other load on the
machine distorts far less. ``--workers 1 --rounds 3`` compares local and Dask with one
worker three times, alternately (local, Dask, local, ...).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPORA = ("lgl.jsonl", "geovirus.jsonl")


@dataclass
class Run:
    engine: str
    workers: int
    documents: int
    characters: int
    wall_s: float
    steady_s: float
    peak_rss_mb: float
    out_bytes: int
    partitions: int
    cpu_s: float  # CPU seconds the workers spent analysing
    total_cpu_s: float  # CPU seconds of every process of the run (client, scheduler, workers)
    busy_s: float  # wall seconds the workers spent in partitions

    @property
    def utilisation(self) -> float:
        """Share of the steady window the workers were busy: what dispatch and load
        balance leave of the parallelism, whatever else runs on the machine."""
        return self.busy_s / (self.workers * self.steady_s)

    @property
    def cpu_chars_per_s(self) -> float:
        """Characters per CPU second: the per-core rate, whatever else runs."""
        return self.characters / self.cpu_s

    @property
    def docs_per_s(self) -> float:
        return self.documents / self.steady_s

    @property
    def chars_per_s(self) -> float:
        return self.characters / self.steady_s


def build_corpus(eval_dir: Path, dst: Path, repeat: int, limit: int = 0) -> tuple[int, int]:
    n = chars = 0
    with dst.open("w", encoding="utf-8") as out:
        for r in range(repeat):
            for name in CORPORA:
                src = eval_dir / name
                with src.open(encoding="utf-8") as fh:
                    for i, line in enumerate(fh):
                        if limit and i >= limit:
                            break
                        if not line.strip():
                            continue
                        rec = json.loads(line)
                        doc = {"id": f"{src.stem}-{rec.get('id', i)}-{r}", "text": rec["text"]}
                        out.write(json.dumps(doc, ensure_ascii=False) + "\n")
                        n += 1
                        chars += len(rec["text"])
    return n, chars


def empty_partition_bytes(tmp: Path) -> int:
    """Bytes of one partition's four files when it has no rows (schemas, metadata)."""
    import pyarrow.parquet as pq

    from geo.batch import settings
    from geo.batch.tables import PartitionTables

    total = 0
    for name, table in PartitionTables(0).tables().items():
        p = tmp / f"empty-{name}.parquet"
        pq.write_table(table, p, compression=settings.PARQUET_COMPRESSION)
        total += p.stat().st_size
    return total


def folder_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and "_batch" not in p.parts)


def run(engine: str, workers: int, corpus: Path, out: Path, partition_size: int) -> Run:
    shutil.rmtree(out, ignore_errors=True)
    cmd = [
        sys.executable, "-m", "geo", "annotate", str(corpus), str(out),
        "--engine", engine, "--workers", str(workers),
        "--partition-size", str(partition_size), "--no-progress",
    ]  # fmt: skip
    t = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True, text=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = time.perf_counter() - t
    total_cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    parts = [
        json.loads(p.read_text(encoding="utf-8"))
        for p in sorted((out / "_batch" / "done").glob("part-*.json"))
    ]
    steady = max(p["finished"] for p in parts) - min(p["started"] for p in parts)
    peak = max(p["peak_rss_mb"] for p in parts)
    c = manifest["counts"]
    return Run(
        engine,
        workers,
        c["documents"],
        c["characters"],
        wall,
        steady,
        peak,
        folder_bytes(out),
        len(parts),
        sum(p["cpu_seconds"] for p in parts),
        total_cpu,
        sum(p["seconds"] for p in parts),
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--repeat", type=int, default=1, help="copies of the corpora (new ids)")
    ap.add_argument("--partition-size", type=int, default=50)
    ap.add_argument("--limit", type=int, default=0, help="documents per corpus (0: all)")
    ap.add_argument(
        "--workers", type=int, nargs="+", default=[1, 2], help="worker counts (default 1 2)"
    )
    ap.add_argument(
        "--rounds", type=int, default=1, help="times every configuration runs, alternately"
    )
    args = ap.parse_args()
    # local and Dask alternate, so a change of the machine's load hits both alike
    configs = [(engine, w) for w in args.workers for engine in ("local", "dask")]
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    rounds: list[dict[tuple[str, int], Run]] = []
    with tempfile.TemporaryDirectory(prefix="geo-bench-batch-") as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        n, chars = build_corpus(args.eval_dir, corpus, args.repeat, args.limit)
        print(f"corpus: {n:,} documents, {chars:,} characters ({chars / n:,.0f} per document)")
        for k in range(args.rounds):
            results: dict[tuple[str, int], Run] = {}
            for engine, workers in configs:
                out = Path(tmp) / f"out-{engine}-{workers}"
                r = run(engine, workers, corpus, out, args.partition_size)
                results[(engine, workers)] = r
                print(
                    f"[{k + 1}] {engine:>5} x{workers}: {r.docs_per_s:7.1f} docs/s "
                    f"{r.chars_per_s:>10,.0f} chars/s (steady {r.steady_s:6.1f} s, wall "
                    f"{r.wall_s:6.1f} s with start-up) peak {r.peak_rss_mb:,.0f} MB/worker; "
                    f"per CPU second: {r.documents / r.cpu_s:.1f} docs, "
                    f"{r.cpu_chars_per_s:,.0f} chars; workers busy {r.utilisation:.0%}; "
                    f"load {os.getloadavg()[0]:.2f}",
                    flush=True,
                )
            rounds.append(results)
    base = rounds[0][("local", args.workers[0])]
    fixed = _fixed()
    per_doc = (base.out_bytes - base.partitions * fixed) / base.documents
    print(
        f"output: {base.out_bytes / base.documents:,.0f} B/doc at {args.partition_size}-document "
        f"partitions; {per_doc + fixed / 500:,.0f} B/doc at the default 500 "
        f"({fixed:,} B of schema and metadata per partition)"
    )
    for k, results in enumerate(rounds, 1):
        if 1 in args.workers and 2 in args.workers:
            for engine in ("local", "dask"):
                one, two = results[(engine, 1)], results[(engine, 2)]
                eff = two.chars_per_s / (2 * one.chars_per_s)
                # without other load: busy share at 2 workers x per-CPU-second rate kept
                ideal = two.utilisation * two.cpu_chars_per_s / one.cpu_chars_per_s
                print(
                    f"[{k}] scaling efficiency 1->2 workers ({engine}): {eff:.2f} measured "
                    f"(target >= 0.8); {ideal:.2f} from busy share and CPU rates (what an "
                    "idle machine would give)"
                )
        for workers in args.workers:
            loc, dsk = results[("local", workers)], results[("dask", workers)]
            overhead = loc.chars_per_s / dsk.chars_per_s - 1
            per_cpu = loc.cpu_chars_per_s / dsk.cpu_chars_per_s - 1
            cpu = dsk.total_cpu_s / loc.total_cpu_s - 1
            print(
                f"[{k}] dask overhead over local, {workers} worker(s): {overhead:+.1%} steady "
                f"rate (target <= 10%); {per_cpu:+.1%} CPU time in the workers' partitions; "
                f"{cpu:+.1%} total CPU time of the run, start-up included"
            )
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


def _fixed() -> int:
    with tempfile.TemporaryDirectory(prefix="geo-bench-batch-") as tmp:
        return empty_partition_bytes(Path(tmp))


if __name__ == "__main__":
    main()
