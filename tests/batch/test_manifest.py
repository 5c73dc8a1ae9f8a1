"""The manifest: counts, failures, round trip through JSON."""

from __future__ import annotations

import json
import pickle

from geo.batch.errors import FingerprintError
from geo.batch.manifest import FailedPartition, Manifest, code_version
from geo.batch.worker import DocFailure, PartitionResult, WorkerInfo

WORKER = WorkerInfo("5-abc", "en_core_web_sm", "3.8.0", "host", 1, 0.1)


def test_counts_and_round_trip():
    m = Manifest("out", "geoparquet", "dask", 2, 10, [{"path": "a"}], "5-abc", code_version())
    fail = DocFailure("a.jsonl", 7, "a.jsonl:7", "not valid JSON", 1)
    m.add(PartitionResult(1, WORKER, documents=10, ok=8, empty=1, failures=[fail], mentions=5))
    m.add(PartitionResult(0, WORKER, documents=10, ok=10, characters=900, events=2))
    m.partitions_failed.append(FailedPartition(2, 10, "KilledWorker: ..."))
    d = m.to_dict()
    assert d["counts"]["documents"] == 20 and d["counts"]["failed"] == 1
    assert d["partitions_done"] == [0, 1] and d["model"] == "en_core_web_sm"
    assert d["failed_documents"] == [
        {
            "file": "a.jsonl",
            "line": 7,
            "doc_id": "a.jsonl:7",
            "reason": "not valid JSON",
            "partition": 1,
        }
    ]
    back = Manifest.from_dict(json.loads(json.dumps(d)))
    assert back.to_dict() == d
    assert code_version().startswith("0.1.0")


def test_partition_summary_round_trip():
    r = PartitionResult(3, WORKER, documents=2, failures=[DocFailure("f", 1, "x", "bad", 3)])
    r.lines = ["{}"]
    s = r.summary()
    assert "lines" not in s and "tables" not in s
    assert PartitionResult.from_summary(json.loads(json.dumps(s))).summary() == s


def test_fingerprint_error_names_both_and_survives_pickling():
    err = pickle.loads(pickle.dumps(FingerprintError("5-worker", "5-client")))
    assert "'5-worker'" in str(err) and "'5-client'" in str(err) and "gazetteer build" in str(err)
    assert (err.worker, err.client) == ("5-worker", "5-client")
