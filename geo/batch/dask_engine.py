"""The Dask engine: partitions as tasks on a ``LocalCluster`` or an existing scheduler.

Every worker process loads the model and the gazetteer once, when it joins
(:class:`GeoWorkerPlugin`), and refuses to work with a gazetteer whose fingerprint is not
the client's. A task whose worker dies is moved to another worker by the scheduler (up to
``distributed.scheduler.allowed-failures`` deaths, which a ``LocalCluster`` started here
sets to :data:`geo.batch.settings.ALLOWED_FAILURES`); a task that raises is retried
:data:`geo.batch.settings.TASK_RETRIES` times. Results come back to the client, which
writes them: the workers need neither the input files nor the output folder.
"""

from __future__ import annotations

import contextlib
import logging
import uuid
from collections.abc import Iterator
from typing import Any

import dask
from distributed import Client, LocalCluster, WorkerPlugin, as_completed

from geo.batch import settings
from geo.batch.engine import Engine, EngineName, Outcome, Task, failure_reason
from geo.batch.errors import BatchError, SchedulerError
from geo.batch.inputs import Partition
from geo.batch.manifest import FailedPartition
from geo.batch.worker import TaskOptions, load_worker, run_partition
from geo.errors import GeoError

PLUGIN_NAME = "geo-batch"


#: Worker settings of the clusters we start (a cluster given by ``--scheduler`` keeps its own
#: configuration; docs/scale.md says what to set there). Each costs CPU time in a worker
#: that runs one long CPU-bound task at a time (measured in docs/scale.md):
#:
#: * no ``MALLOC_TRIM_THRESHOLD_`` in the worker processes (the nanny sets 65536 so that
#:   glibc hands freed memory back to the OS): setting it also switches off glibc's dynamic
#:   mmap threshold, so every allocation over 128 KiB (spaCy's arrays) is a fresh ``mmap``
#:   whose pages fault in again: 7 times the page faults and +13 % CPU time in the task
#:   thread. ``None`` removes it from ``pre-spawn-environ`` (a value in the environment of
#:   the process starting the cluster is still passed on);
#: * no statistical profiler (it walks the task thread's stack every 10 ms) and no GIL
#:   contention monitor (a thread taking the GIL every 1 ms);
#: * the event loop woken less often: its health tick every 500 ms instead of 20 ms (it
#:   still warns of a loop blocked for ``tick.limit``, 3 s), the process monitor (CPU,
#:   memory, disk and network counters, for the dashboard) every 2 s instead of 0.5 s, the
#:   memory limit checks (spill, pause, terminate) every 500 ms instead of 100 ms. Each
#:   wake-up takes the GIL from the task thread: with the defaults the event loop thread
#:   used ~5 % of the task's CPU time, ~2 % with these.
WORKER_CONFIG: dict[str, object] = {
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    "distributed.worker.profile.enabled": False,
    "distributed.admin.system-monitor.gil.enabled": False,
    "distributed.admin.tick.interval": "500ms",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.worker.memory.monitor-interval": "500ms",
}


class GeoWorkerPlugin(WorkerPlugin):
    """Loads the model and gazetteer into a worker process once, checking the gazetteer's
    fingerprint against the client's (:class:`~geo.batch.errors.FingerprintError`)."""

    name = PLUGIN_NAME

    def __init__(self, fingerprint: str) -> None:
        self.fingerprint = fingerprint

    def setup(self, worker: Any) -> None:
        load_worker(self.fingerprint)


class DaskEngine(Engine):
    """Runs partitions on Dask: ``client`` if given, else ``scheduler`` (an address),
    else a ``LocalCluster`` of ``workers`` processes with one thread each."""

    name: EngineName = "dask"

    def __init__(
        self,
        workers: int = 1,
        *,
        scheduler: str | None = None,
        client: Any = None,
        fingerprint: str = "",
    ) -> None:
        super().__init__(workers)
        if client is not None and scheduler:
            raise BatchError("give a client or a scheduler address, not both")
        self.scheduler = scheduler
        self.fingerprint = fingerprint
        self.client: Client | None = client
        self._owned: list[Any] = []  # what this engine started and must close

    def __enter__(self) -> DaskEngine:
        try:
            self._connect()
            client = self.client
            assert client is not None
            client.wait_for_workers(1, timeout=settings.CLUSTER_START_TIMEOUT_S)
            # loads the model on every worker; a worker that refuses raises here
            client.register_plugin(GeoWorkerPlugin(self.fingerprint), name=PLUGIN_NAME)
        except BaseException:
            self.close()
            raise
        return self

    def _connect(self) -> None:
        if self.client is not None:
            return
        if self.scheduler:
            try:
                self.client = Client(self.scheduler, timeout=settings.CONNECT_TIMEOUT_S)
            except (OSError, TimeoutError, ValueError) as exc:
                raise SchedulerError(
                    f"cannot reach the Dask scheduler at {self.scheduler} within "
                    f"{settings.CONNECT_TIMEOUT_S:g} s ({exc}); is `dask scheduler` running there?"
                ) from None
            self._owned.append(self.client)
            return
        with dask.config.set(
            {"distributed.scheduler.allowed-failures": settings.ALLOWED_FAILURES, **WORKER_CONFIG}
        ):
            try:
                cluster = LocalCluster(
                    n_workers=self.workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=":0",  # a free port: never clash with another cluster
                    silence_logs=logging.ERROR,
                )
            except Exception as exc:
                raise SchedulerError(f"cannot start a Dask LocalCluster: {exc}") from exc
        self._owned.append(cluster)
        self.client = Client(cluster)
        self._owned.append(self.client)

    def close(self) -> None:
        for obj in reversed(self._owned):
            with contextlib.suppress(Exception):  # closing a broken cluster
                obj.close()
        self._owned.clear()

    def capacity(self) -> int:
        """Threads of the workers connected now (at least 1)."""
        assert self.client is not None
        threads: dict[str, int] = self.client.nthreads()
        return max(1, sum(threads.values()))

    def run(
        self, parts: Iterator[Partition], options: TaskOptions, task: Task = run_partition
    ) -> Iterator[Outcome]:
        client = self.client
        if client is None:
            raise BatchError("the Dask engine is not started (use it in a with block)")
        token = uuid.uuid4().hex[:12]
        limit = settings.IN_FLIGHT_PER_WORKER * self.capacity()
        held: dict[Any, Partition] = {}
        queue = as_completed()
        it = iter(parts)

        def submit() -> bool:
            part = next(it, None)
            if part is None:
                return False
            fut = client.submit(
                task,
                part,
                options,
                key=f"geo-batch-{token}-{part.index:06d}",
                pure=False,
                retries=settings.TASK_RETRIES,
            )
            held[fut.key] = part
            queue.add(fut)
            return True

        while len(held) < limit and submit():
            pass
        for fut in queue:
            part = held.pop(fut.key)
            if fut.status == "finished":
                result = fut.result()
                fut.release()
                yield result
            else:
                exc = (
                    fut.exception() if fut.status == "error" else RuntimeError(f"task {fut.status}")
                )
                fut.release()
                if isinstance(exc, GeoError):
                    raise exc
                yield FailedPartition(part.index, len(part.docs), failure_reason(exc))
            while len(held) < limit and submit():
                pass
