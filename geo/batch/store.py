"""Where a run's partitions go: a GeoParquet folder or a JSON-lines file, resumably.

Each partition is committed on its own: its files are written to hidden temporary names
and moved into place with ``os.replace``, then its commit record
``_batch/done/part-NNNNNN.json`` is written the same way. A partition without a commit
record is not done (a rerun redoes it, overwriting any file it left); one with a record
is skipped. ``_batch/run.json`` holds what the partitions depend on (inputs, partition
size, output format, gazetteer): a rerun with other values is refused, not mixed in.

GeoParquet layout::

    OUTPUT/manifest.json
    OUTPUT/{mentions,places,events,documents}/part-NNNNNN.parquet
    OUTPUT/_batch/run.json, OUTPUT/_batch/done/part-NNNNNN.json

JSON lines: the partitions go to ``OUTPUT.parts/`` and are joined, in input order, into
``OUTPUT`` at the end of a complete run (then ``OUTPUT.parts/`` is removed).
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geo.batch import settings
from geo.batch.errors import BatchError
from geo.batch.manifest import Manifest
from geo.batch.tables import TABLES
from geo.batch.worker import PartitionResult

if TYPE_CHECKING:
    import pyarrow as pa

MANIFEST = "manifest.json"
_CONTROL = "_batch"


def part_name(index: int) -> str:
    return f"part-{index:06d}"


def atomic_write(path: Path, write: Callable[[Path], object]) -> None:
    """``write`` a hidden temporary file beside ``path``, sync it, move it into place."""
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        write(tmp)
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def write_json(path: Path, data: Any) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=1)
    atomic_write(path, lambda p: p.write_text(text + "\n", encoding="utf-8"))


class Store:
    """The commit records and run identity shared by both output formats."""

    format = ""

    def __init__(self, output: Path, root: Path) -> None:
        self.output = output
        self.root = root  # the folder holding _batch/
        self.control = root / _CONTROL
        self.done_dir = self.control / "done"

    def open(self, identity: dict[str, Any]) -> dict[int, dict[str, Any]]:
        """Start or resume: the commit records of the partitions already done."""
        run = self.control / "run.json"
        if run.exists():
            try:
                old = json.loads(run.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise BatchError(f"{run}: unreadable ({exc}); delete {self.root}") from exc
            if old != identity:
                diff = sorted(
                    k for k in identity.keys() | old.keys() if old.get(k) != identity.get(k)
                )
                raise BatchError(
                    f"{self.output} holds the output of another run (its {', '.join(diff)} "
                    "differ): choose another output or delete it"
                )
        elif self.root.exists() and any(self.root.iterdir()):
            raise BatchError(f"{self.root} exists and is not the output of a batch run")
        self.done_dir.mkdir(parents=True, exist_ok=True)
        if not run.exists():
            write_json(run, identity)
        done: dict[int, dict[str, Any]] = {}
        for p in sorted(self.done_dir.glob("part-*.json")):
            try:
                rec = json.loads(p.read_text(encoding="utf-8"))
                done[int(rec["index"])] = rec
            except (OSError, ValueError, KeyError):
                continue  # a broken record: the partition is redone
        return done

    def commit(self, result: PartitionResult) -> None:
        self._write(result)
        write_json(self.done_dir / f"{part_name(result.index)}.json", result.summary())

    def _write(self, result: PartitionResult) -> None:
        raise NotImplementedError

    def finish(self, manifest: Manifest) -> None:
        """Write the manifest (also called while the run goes on)."""

    def discard(self) -> None:
        """Remove everything (a strict run whose input is unusable)."""


class GeoParquetStore(Store):
    format = "geoparquet"

    def __init__(self, output: Path) -> None:
        if output.exists() and not output.is_dir():
            raise BatchError(f"{output} exists and is not a folder")
        super().__init__(output, output)

    def open(self, identity: dict[str, Any]) -> dict[int, dict[str, Any]]:
        done = super().open(identity)
        for t in TABLES:
            (self.output / t).mkdir(exist_ok=True)
        return done

    def _write(self, result: PartitionResult) -> None:
        import pyarrow.parquet as pq

        if result.tables is None:
            raise BatchError(f"partition {result.index} has no tables")
        name = f"{part_name(result.index)}.parquet"
        for t in TABLES:
            table = result.tables[t]

            def write(p: Path, table: pa.Table = table) -> None:
                pq.write_table(
                    table,
                    p,
                    compression=settings.PARQUET_COMPRESSION,
                    row_group_size=settings.ROW_GROUP_SIZE,
                )

            atomic_write(self.output / t / name, write)

    def finish(self, manifest: Manifest) -> None:
        write_json(self.output / MANIFEST, manifest.to_dict())


class JsonlStore(Store):
    format = "jsonl"

    def __init__(self, output: Path) -> None:
        if output.is_dir():
            raise BatchError(f"{output} is a folder")
        super().__init__(output, output.with_name(output.name + ".parts"))

    def _write(self, result: PartitionResult) -> None:
        lines = result.lines or []
        atomic_write(
            self.root / f"{part_name(result.index)}.jsonl",
            lambda p: p.write_text("".join(line + "\n" for line in lines), encoding="utf-8"),
        )

    def finish(self, manifest: Manifest) -> None:
        if manifest.status != "complete":
            return
        parts = sorted(manifest.partitions_done)

        def join(tmp: Path) -> None:
            with tmp.open("wb") as out:
                for i in parts:
                    with (self.root / f"{part_name(i)}.jsonl").open("rb") as fh:
                        shutil.copyfileobj(fh, out)

        atomic_write(self.output, join)
        shutil.rmtree(self.root, ignore_errors=True)

    def discard(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


def open_store(output: Path) -> Store:
    """A JSON-lines store for an output ending in ``.jsonl``, else a GeoParquet folder."""
    if output.name.lower().endswith(".jsonl"):
        return JsonlStore(output)
    return GeoParquetStore(output)
