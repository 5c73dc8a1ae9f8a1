"""One batch run: read the inputs, run the partitions on an engine, commit, report.

>>> from geo.batch import annotate, read                             # doctest: +SKIP
>>> m = annotate(["news/"], "out", engine="dask", workers=2)          # doctest: +SKIP
>>> m.counts.documents, m.status                                      # doctest: +SKIP
(120000, 'complete')
>>> read("out", table="mentions").head()                              # doctest: +SKIP
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from geo.batch import settings
from geo.batch.engine import Engine, EngineName, LocalEngine, Task
from geo.batch.errors import BatchError, FingerprintError
from geo.batch.inputs import (
    Partition,
    count_documents,
    find_inputs,
    partitions,
    read_documents,
    signature,
)
from geo.batch.manifest import FailedPartition, Manifest, code_version
from geo.batch.store import Store, open_store
from geo.batch.tables import TABLES
from geo.batch.worker import PartitionResult, TaskOptions, run_partition
from geo.errors import DocumentError
from geo.recognize.forms import FormSetting, check_forms


def make_engine(
    engine: EngineName,
    *,
    workers: int = 1,
    scheduler: str | None = None,
    client: object | None = None,
    fingerprint: str = "",
) -> Engine:
    """The engine called ``engine`` (``local`` or ``dask``)."""
    if engine == "local":
        if scheduler or client is not None:
            raise BatchError("a scheduler or client needs engine='dask'")
        return LocalEngine(workers)
    if engine == "dask":
        from geo.batch.dask_engine import DaskEngine  # imports dask: only when asked for

        return DaskEngine(workers, scheduler=scheduler, client=client, fingerprint=fingerprint)
    raise BatchError(f"unknown engine {engine!r} (expected 'local' or 'dask')")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class _Todo:
    """The partitions still to do, in input order; counts every partition it reads."""

    def __init__(self, parts: Iterator[Partition], done: set[int]) -> None:
        self._parts = parts
        self._done = done
        self.seen = 0

    def __iter__(self) -> Iterator[Partition]:
        for part in self._parts:
            self.seen = part.index + 1
            if part.index not in self._done:
                yield part


def annotate(
    inputs: Sequence[str | Path] | str | Path,
    output: str | Path,
    *,
    engine: EngineName = "local",
    workers: int = 1,
    client: Any = None,
    scheduler: str | None = None,
    partition_size: int = settings.PARTITION_SIZE,
    progress: bool = False,
    task: Task = run_partition,
    forms: FormSetting = "names",
) -> Manifest:
    """Geoparse ``inputs`` (JSON-lines / Parquet files or folders) into ``output``.

    ``output`` ending in ``.jsonl``: the evaluation schema of ``python -m geo annotate``
    (strict: an unreadable document raises :class:`geo.errors.DocumentError`). Anything
    else: a GeoParquet folder (see :mod:`geo.batch.tables`) with ``manifest.json``, where
    a bad document fails alone and is listed in the manifest.

    ``engine="dask"`` runs on ``client`` (a ``distributed.Client``), else on the
    scheduler at ``scheduler``, else on a new ``LocalCluster`` of ``workers`` processes.
    A rerun with the same inputs and output resumes: done partitions are skipped.
    ``forms``: ``"names"`` keeps only mentions that are names of places; ``"all"`` adds
    adjectival, demonym and organisation-of-place mentions with their ``form``
    (:mod:`geo.recognize.forms`); it is part of the run's identity, like the partition size.
    ``task`` replaces the partition function (tests inject faults with it).
    Returns the :class:`~geo.batch.manifest.Manifest`; ``status`` is ``incomplete`` when
    partitions failed (rerun to retry them).
    """
    from geo.gazetteer import open_gazetteer

    if partition_size < 1:
        raise BatchError("the partition size must be at least 1")
    forms = check_forms(forms)
    paths = find_inputs(inputs)
    # a missing, stale or damaged gazetteer stops the run before the output is touched
    fingerprint = open_gazetteer().meta.get("version", "")
    out = Path(output)
    store = open_store(out)
    strict = store.format == "jsonl"
    inputs_sig = [s.to_dict() for s in signature(paths)]
    identity = {
        "format": store.format,
        "partition_size": partition_size,
        "inputs": inputs_sig,
        "gazetteer_fingerprint": fingerprint,
        "forms": forms,
    }
    done = store.open(identity)
    manifest = Manifest(
        output=str(out),
        format=store.format,
        engine=engine,
        workers=workers,
        partition_size=partition_size,
        inputs=inputs_sig,
        gazetteer_fingerprint=fingerprint,
        code_version=code_version(),
        forms=forms,
        started=_now(),
        tables={t: f"{t}/" for t in TABLES} if not strict else {},
    )
    for rec in done.values():
        manifest.add(PartitionResult.from_summary(rec))
    manifest.partitions_resumed = len(done)
    options = TaskOptions(
        fingerprint=fingerprint, output="jsonl" if strict else "geoparquet", forms=forms
    )
    todo = _Todo(
        partitions(read_documents(paths, strict=strict, keep_record=strict), partition_size),
        set(done),
    )
    try:
        _run(
            store,
            manifest,
            todo,
            options,
            task,
            engine,
            workers,
            client,
            scheduler,
            progress,
            paths,
        )
    except DocumentError:
        if strict:  # the input must be fixed: nothing of this run is kept
            store.discard()
        raise
    except BaseException:
        manifest.status = "incomplete"
        manifest.partitions_total = max(todo.seen, manifest.partitions_total)
        _close(manifest)
        store.finish(manifest)
        raise
    manifest.partitions_total = todo.seen
    failed = len(manifest.partitions_failed)
    manifest.status = "complete" if not failed else "incomplete"
    _close(manifest)
    store.finish(manifest)
    if strict and failed:
        raise BatchError(
            f"{failed} partitions failed ({manifest.partitions_failed[0].reason}); "
            "rerun the same command to retry them"
        )
    return manifest


def _close(manifest: Manifest) -> None:
    manifest.finished = _now()


def _run(
    store: Store,
    manifest: Manifest,
    todo: _Todo,
    options: TaskOptions,
    task: Task,
    engine: EngineName,
    workers: int,
    client: Any,
    scheduler: str | None,
    progress: bool,
    paths: list[Path],
) -> None:
    from tqdm import tqdm

    t0 = time.perf_counter()
    last_flush = t0
    docs = chars = 0
    strict = options.output == "jsonl"
    bar = tqdm(
        total=count_documents(paths) if progress else None,
        unit="doc",
        disable=not progress,
        desc=f"annotate ({engine})",
    )
    bar.update(manifest.counts.documents)
    try:
        with make_engine(
            engine,
            workers=workers,
            scheduler=scheduler,
            client=client,
            fingerprint=options.fingerprint,
        ) as eng:
            for outcome in eng.run(iter(todo), options, task):
                if isinstance(outcome, FailedPartition):
                    manifest.partitions_failed.append(outcome)
                    bar.update(outcome.documents)
                else:
                    _check_model(manifest, outcome)
                    if strict and outcome.failures:
                        f = outcome.failures[0]
                        raise DocumentError(f"line {f.line}: {f.reason}", path=f.file)
                    store.commit(outcome)
                    manifest.add(outcome)
                    docs += outcome.documents
                    chars += outcome.characters
                    bar.update(outcome.documents)
                bar.set_postfix(
                    partitions=len(manifest.partitions_done),
                    failed=len(manifest.partitions_failed),
                    refresh=False,
                )
                now = time.perf_counter()
                manifest.seconds = round(now - t0, 3)
                if manifest.seconds > 0:
                    manifest.documents_per_s = round(docs / manifest.seconds, 2)
                    manifest.characters_per_s = round(chars / manifest.seconds, 1)
                if now - last_flush >= settings.MANIFEST_FLUSH_S:
                    manifest.partitions_total = todo.seen
                    store.finish(manifest)
                    last_flush = now
    finally:
        bar.close()


def _check_model(manifest: Manifest, r: PartitionResult) -> None:
    w = r.worker
    if manifest.model and (w.model, w.model_version) != (manifest.model, manifest.model_version):
        raise FingerprintError(
            f"{w.model} {w.model_version}",
            f"{manifest.model} {manifest.model_version}",
            what="model",
        )


def annotate_corpus(
    src: str | Path, dst: str | Path, *, workers: int = 1, progress: bool = True
) -> int:
    """``python -m geo annotate SRC DST`` of old: a JSON-lines file into the evaluation
    schema with the local engine; returns the number of documents."""
    m = annotate([src], dst, engine="local", workers=workers, progress=progress)
    return m.counts.documents
