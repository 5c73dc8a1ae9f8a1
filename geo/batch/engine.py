"""Engines: where the partition function runs.

Both take partitions from an iterator (so the input is read as the run goes, never held
whole), keep a bounded number in flight, and yield each partition's
:class:`~geo.batch.worker.PartitionResult` as it completes, or a
:class:`~geo.batch.manifest.FailedPartition` when it could not be done after its retries.
An error raised on purpose (a :class:`geo.errors.GeoError`: the gazetteer is missing, its
fingerprint differs ...) would fail every partition alike, so it ends the run instead.

* :class:`LocalEngine`: in this process (``workers=1``) or a process pool; a pool whose
  worker died is restarted and the partitions it held are run again.
* :class:`geo.batch.dask_engine.DaskEngine`: a Dask cluster (a ``LocalCluster`` it starts,
  or an existing scheduler).
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from types import TracebackType
from typing import Literal

from geo.batch import settings
from geo.batch.errors import BatchError
from geo.batch.inputs import Partition
from geo.batch.manifest import FailedPartition
from geo.batch.worker import PartitionResult, TaskOptions, run_partition
from geo.errors import GeoError

EngineName = Literal["local", "dask"]
Task = Callable[[Partition, TaskOptions], PartitionResult]
Outcome = PartitionResult | FailedPartition


def failure_reason(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[: settings.MAX_REASON_CHARS]


class Engine:
    """Base of the engines: a context manager that runs partitions."""

    name: EngineName = "local"

    def __init__(self, workers: int = 1) -> None:
        if workers < 1:
            raise BatchError("--workers must be at least 1")
        self.workers = workers

    def __enter__(self) -> Engine:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Release the workers."""

    def run(
        self, parts: Iterator[Partition], options: TaskOptions, task: Task = run_partition
    ) -> Iterator[Outcome]:
        raise NotImplementedError


class LocalEngine(Engine):
    """In this process (``workers=1``) or a pool of ``workers`` processes."""

    name: EngineName = "local"

    def __init__(self, workers: int = 1) -> None:
        super().__init__(workers)
        self._pool: ProcessPoolExecutor | None = None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def run(
        self, parts: Iterator[Partition], options: TaskOptions, task: Task = run_partition
    ) -> Iterator[Outcome]:
        if self.workers == 1:
            yield from self._run_here(parts, options, task)
        else:
            yield from self._run_pool(parts, options, task)

    def _run_here(
        self, parts: Iterator[Partition], options: TaskOptions, task: Task
    ) -> Iterator[Outcome]:
        for part in parts:
            for attempt in range(settings.TASK_RETRIES + 1):
                try:
                    yield task(part, options)
                    break
                except GeoError:
                    raise
                except Exception as exc:
                    if attempt == settings.TASK_RETRIES:
                        yield FailedPartition(part.index, len(part.docs), failure_reason(exc))

    def _new_pool(self) -> ProcessPoolExecutor:
        # fork: the children inherit the imported modules; spawn where there is no fork
        ctx = mp.get_context("fork" if os.name == "posix" else "spawn")
        self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=ctx)
        return self._pool

    def _run_pool(
        self, parts: Iterator[Partition], options: TaskOptions, task: Task
    ) -> Iterator[Outcome]:
        pool = self._new_pool()
        limit = settings.IN_FLIGHT_PER_WORKER * self.workers
        pending: dict[Future[PartitionResult], tuple[Partition, int, int]] = {}
        retry: list[tuple[Partition, int, int]] = []  # (partition, task errors, worker deaths)
        it = iter(parts)
        exhausted = False
        while True:
            while retry and len(pending) < limit:
                part, errors, deaths = retry.pop(0)
                pending[pool.submit(task, part, options)] = (part, errors, deaths)
            while not exhausted and not retry and len(pending) < limit:
                nxt = next(it, None)
                if nxt is None:
                    exhausted = True
                else:
                    pending[pool.submit(task, nxt, options)] = (nxt, 0, 0)
            if not pending:
                return
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            broken = False
            for fut in done:
                part, errors, deaths = pending.pop(fut)
                try:
                    result = fut.result()
                except BrokenProcessPool:
                    broken = True
                    retry.append((part, errors, deaths + 1))
                except GeoError:
                    raise
                except Exception as exc:
                    if errors < settings.TASK_RETRIES:
                        retry.append((part, errors + 1, deaths))
                    else:
                        yield FailedPartition(part.index, len(part.docs), failure_reason(exc))
                else:
                    yield result
            if broken:  # a worker died: the pool is lost with every partition it held
                retry.extend((p, e, d + 1) for p, e, d in pending.values())
                pending.clear()
                self.close()
                pool = self._new_pool()
                keep = []
                for part, errors, deaths in sorted(retry, key=lambda r: r[0].index):
                    if deaths >= settings.ALLOWED_FAILURES:
                        yield FailedPartition(
                            part.index,
                            len(part.docs),
                            f"a worker process died {deaths} times while running it",
                        )
                    else:
                        keep.append((part, errors, deaths))
                retry = keep
