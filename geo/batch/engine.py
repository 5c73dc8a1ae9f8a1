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
from dataclasses import dataclass
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
        """A dead worker breaks the whole pool, and with it every partition in flight, so
        which one killed it is unknown: the lost partitions are run again one at a time
        (alone in the pool), and only a partition that breaks the pool alone counts a
        death. Innocent partitions never fail for another's crash."""
        pool = self._new_pool()
        limit = settings.IN_FLIGHT_PER_WORKER * self.workers
        pending: dict[Future[PartitionResult], _Attempt] = {}
        again: list[_Attempt] = []  # raised: run again
        suspects: list[_Attempt] = []  # in flight when the pool broke: run again alone
        it = iter(parts)
        exhausted = False
        while True:
            if suspects:
                if not pending:
                    a = suspects.pop(0)
                    pending[pool.submit(task, a.part, options)] = a
            else:
                while len(pending) < limit and (again or not exhausted):
                    if again:
                        a = again.pop(0)
                    elif (nxt := next(it, None)) is not None:
                        a = _Attempt(nxt)
                    else:
                        exhausted = True
                        break
                    pending[pool.submit(task, a.part, options)] = a
            if not pending:
                return
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            lost: list[_Attempt] = []
            for fut in done:
                a = pending.pop(fut)
                try:
                    result = fut.result()
                except BrokenProcessPool:
                    lost.append(a)
                except GeoError:
                    raise
                except Exception as exc:
                    if a.errors < settings.TASK_RETRIES:
                        again.append(_Attempt(a.part, a.errors + 1, a.deaths))
                    else:
                        yield FailedPartition(a.part.index, len(a.part.docs), failure_reason(exc))
                else:
                    yield result
            if not lost:
                continue
            # the pool is gone with every partition it held
            lost.extend(pending.values())
            pending.clear()
            self.close()
            pool = self._new_pool()
            if len(lost) > 1:
                suspects = sorted(lost, key=lambda a: a.part.index) + suspects
                continue
            a = lost[0]  # it ran alone: it is the one
            if a.deaths + 1 >= settings.ALLOWED_FAILURES:
                yield FailedPartition(
                    a.part.index,
                    len(a.part.docs),
                    f"its worker process died {a.deaths + 1} times",
                )
            else:
                suspects.insert(0, _Attempt(a.part, a.errors, a.deaths + 1))


@dataclass(frozen=True, slots=True)
class _Attempt:
    part: Partition
    errors: int = 0  # times it raised
    deaths: int = 0  # times its worker died while it ran alone
