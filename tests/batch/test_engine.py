"""The local engine's retries, with partition functions that need no model."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from geo.batch import settings
from geo.batch.engine import LocalEngine
from geo.batch.errors import BatchError
from geo.batch.inputs import InputDoc, Partition
from geo.batch.manifest import FailedPartition
from geo.batch.worker import PartitionResult, TaskOptions, WorkerInfo
from geo.errors import GazetteerError

OPTIONS = TaskOptions("5-abc", "geoparquet")
MARKERS: Path | None = None  # set by a test; the forked pool workers inherit it


def parts(n: int) -> list[Partition]:
    return [Partition(i, (InputDoc("f", i + 1, f"d{i}", "text"),)) for i in range(n)]


def ok(part: Partition, options: TaskOptions) -> PartitionResult:
    info = WorkerInfo(options.fingerprint, "m", "1", "h", os.getpid(), 0.0)
    return PartitionResult(part.index, info, documents=len(part.docs))


def flaky(part: Partition, options: TaskOptions) -> PartitionResult:
    """Partition 1 raises on its first two attempts; partition 2 always raises."""
    assert MARKERS is not None
    if part.index == 2:
        raise ValueError("always broken")
    if part.index == 1:
        tries = MARKERS / "tries"
        n = int(tries.read_text()) if tries.exists() else 0
        tries.write_text(str(n + 1))
        if n < 2:
            raise ValueError("broken for now")
    return ok(part, options)


def deadly(part: Partition, options: TaskOptions) -> PartitionResult:
    """The process running partition 3 always dies; partition 1 dies once."""
    assert MARKERS is not None
    once = MARKERS / "once"
    if part.index == 3 or (part.index == 1 and not once.exists()):
        once.touch()
        os._exit(1)
    return ok(part, options)


def refuse(part: Partition, options: TaskOptions) -> PartitionResult:
    raise GazetteerError("no gazetteer here")


def outcomes(engine: LocalEngine, task, n: int) -> dict[int, PartitionResult | FailedPartition]:
    with engine:
        return {o.index: o for o in engine.run(iter(parts(n)), OPTIONS, task)}


@pytest.mark.parametrize("workers", [1, 2])
def test_task_errors_are_retried_then_reported(workers, tmp_path, monkeypatch):
    monkeypatch.setattr(f"{__name__}.MARKERS", tmp_path)
    got = outcomes(LocalEngine(workers), flaky, 4)
    assert sorted(got) == [0, 1, 2, 3]
    assert isinstance(got[1], PartitionResult)  # third attempt: TASK_RETRIES = 2
    assert (tmp_path / "tries").read_text() == str(settings.TASK_RETRIES + 1)
    failed = got[2]
    assert isinstance(failed, FailedPartition) and failed.reason == "ValueError: always broken"
    assert failed.documents == 1


def test_pool_survives_dying_workers(tmp_path, monkeypatch):
    monkeypatch.setattr(f"{__name__}.MARKERS", tmp_path)
    got = outcomes(LocalEngine(2), deadly, 6)
    assert sorted(got) == list(range(6))
    assert all(isinstance(got[i], PartitionResult) for i in (0, 1, 2, 4, 5))
    failed = got[3]
    assert isinstance(failed, FailedPartition)
    assert failed.reason == f"its worker process died {settings.ALLOWED_FAILURES} times"


@pytest.mark.parametrize("workers", [1, 2])
def test_an_error_raised_on_purpose_ends_the_run(workers):
    with pytest.raises(GazetteerError, match="no gazetteer"):
        outcomes(LocalEngine(workers), refuse, 3)


def test_workers_must_be_positive():
    with pytest.raises(BatchError, match="at least 1"):
        LocalEngine(0)
