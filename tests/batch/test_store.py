"""Atomic, resumable output: commit records, run identity, the JSON-lines join."""

from __future__ import annotations

import json

import pytest

from geo.batch.errors import BatchError
from geo.batch.manifest import Manifest
from geo.batch.store import GeoParquetStore, JsonlStore, atomic_write, open_store
from geo.batch.tables import TABLES, PartitionTables
from geo.batch.worker import PartitionResult, WorkerInfo

WORKER = WorkerInfo("5-abc", "en_core_web_sm", "3.8.0", "host", 1, 0.1)
IDENTITY = {
    "format": "geoparquet",
    "partition_size": 2,
    "inputs": [],
    "gazetteer_fingerprint": "5-abc",
}


def result(index: int, lines: list[str] | None = None) -> PartitionResult:
    r = PartitionResult(index=index, worker=WORKER, documents=1, ok=1)
    if lines is None:
        t = PartitionTables(index)
        t.add(doc_id=f"d{index}", title="", doc_date=None, characters=0, file="f", line=index + 1)
        r.tables = t.tables()
    else:
        r.lines = lines
    return r


def manifest(out, status="complete", done=()) -> Manifest:
    m = Manifest(str(out), "jsonl", "local", 1, 2, [], "5-abc", "0.1.0", status=status)
    m.partitions_done = list(done)
    return m


def test_atomic_write_leaves_no_temporary_file(tmp_path):
    target = tmp_path / "a.txt"
    atomic_write(target, lambda p: p.write_text("one", encoding="utf-8"))
    assert target.read_text(encoding="utf-8") == "one"

    def broken(p):
        p.write_text("half", encoding="utf-8")
        raise OSError("disk full")

    with pytest.raises(OSError):
        atomic_write(target, broken)
    assert target.read_text(encoding="utf-8") == "one"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_geoparquet_commit_and_resume(tmp_path):
    out = tmp_path / "out"
    store = open_store(out)
    assert isinstance(store, GeoParquetStore)
    assert store.open(IDENTITY) == {}
    store.commit(result(0))
    store.commit(result(3))
    for t in TABLES:
        assert sorted(p.name for p in (out / t).iterdir()) == [
            "part-000000.parquet",
            "part-000003.parquet",
        ]
    # a rerun sees the committed partitions, with their counts
    done = GeoParquetStore(out).open(IDENTITY)
    assert sorted(done) == [0, 3] and done[3]["documents"] == 1 and done[3]["worker"]["pid"] == 1
    # files of a partition without its commit record do not count
    (out / "mentions" / "part-000005.parquet").write_bytes(b"stray")
    assert sorted(GeoParquetStore(out).open(IDENTITY)) == [0, 3]


def test_another_run_is_refused(tmp_path):
    out = tmp_path / "out"
    GeoParquetStore(out).open(IDENTITY)
    with pytest.raises(BatchError, match=r"another run .*partition_size"):
        GeoParquetStore(out).open(IDENTITY | {"partition_size": 3})
    other = tmp_path / "other"
    other.mkdir()
    (other / "data.csv").write_text("x", encoding="utf-8")
    with pytest.raises(BatchError, match="not the output of a batch run"):
        GeoParquetStore(other).open(IDENTITY)
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(BatchError, match="not a folder"):
        GeoParquetStore(tmp_path / "file")


def test_manifest_file(tmp_path):
    out = tmp_path / "out"
    store = GeoParquetStore(out)
    store.open(IDENTITY)
    store.finish(manifest(out))
    assert json.loads((out / "manifest.json").read_text(encoding="utf-8"))["status"] == "complete"


def test_jsonl_parts_are_joined_in_input_order(tmp_path):
    out = tmp_path / "out.jsonl"
    store = open_store(out)
    assert isinstance(store, JsonlStore)
    store.open(IDENTITY | {"format": "jsonl"})
    store.commit(result(1, ['{"id": "c"}']))
    store.commit(result(0, ['{"id": "a"}', '{"id": "b"}']))
    store.finish(manifest(out, status="incomplete", done=[0, 1]))
    assert not out.exists()  # only a complete run writes the file
    store.finish(manifest(out, done=[1, 0]))
    assert out.read_text(encoding="utf-8") == '{"id": "a"}\n{"id": "b"}\n{"id": "c"}\n'
    assert not (tmp_path / "out.jsonl.parts").exists()
