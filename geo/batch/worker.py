"""The worker side: one model and gazetteer per process, and the partition function.

:func:`run_partition` is what every engine runs (in-process, in a process pool, or as a
Dask task): it analyses the documents of one :class:`~geo.batch.inputs.Partition` and
returns a :class:`PartitionResult` holding either the JSON lines or the Arrow tables.
A document whose analysis raises fails alone (its reason is kept); the partition goes on.
"""

from __future__ import annotations

import json
import os
import socket
import time
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, Literal

from geo import settings as geo_settings
from geo.annotate import toponyms
from geo.batch import settings
from geo.batch.errors import FingerprintError
from geo.batch.inputs import InputDoc, Partition

if TYPE_CHECKING:
    import pyarrow as pa
    from spacy.language import Language

    from geo.gazetteer import Gazetteer
    from geo.recognize.forms import FormSetting

OutputFormat = Literal["jsonl", "geoparquet"]


@dataclass(frozen=True, slots=True)
class WorkerInfo:
    """What a worker process runs with (the manifest records the client's view of it)."""

    gazetteer_fingerprint: str
    model: str
    model_version: str
    host: str
    pid: int
    load_seconds: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class TaskOptions:
    """What every partition task gets besides its documents."""

    fingerprint: str  # the client's gazetteer fingerprint: a worker with another refuses
    output: OutputFormat
    forms: FormSetting = "names"  # which mentions are kept (geo.recognize.forms)


@dataclass(frozen=True, slots=True)
class DocFailure:
    """One document that failed, where it is in the input, and why."""

    file: str
    line: int
    doc_id: str
    reason: str
    partition: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> DocFailure:
        return cls(**{k: d[k] for k in cls.__dataclass_fields__})


@dataclass(slots=True)
class PartitionResult:
    """One partition's output and counts."""

    index: int
    worker: WorkerInfo
    documents: int = 0
    ok: int = 0
    empty: int = 0
    characters: int = 0
    mentions: int = 0
    resolved: int = 0
    places: int = 0  # rows of the places table (distinct places in the partition)
    events: int = 0
    seconds: float = 0.0  # analysis time of the partition (model loading excluded)
    cpu_seconds: float = 0.0  # CPU time of that analysis (per-core cost, whatever the load)
    started: float = 0.0  # wall clock (epoch seconds) when the analysis began
    finished: float = 0.0
    peak_rss_mb: float = 0.0  # the worker process's peak memory so far
    failures: list[DocFailure] = field(default_factory=list)
    lines: list[str] | None = None  # JSON-lines output
    tables: dict[str, pa.Table] | None = None  # GeoParquet output

    @classmethod
    def from_summary(cls, d: dict[str, Any]) -> PartitionResult:
        """The counts of a committed partition (:meth:`summary`), without its output."""
        known = {k: d[k] for k in cls.__dataclass_fields__ if k in d}
        known["worker"] = WorkerInfo(**d["worker"])
        known["failures"] = [DocFailure.from_dict(f) for f in d.get("failures", [])]
        return cls(**known)

    def summary(self) -> dict[str, Any]:
        """The counts (what a partition's commit record holds), without the output."""
        d = {k: getattr(self, k) for k in self.__dataclass_fields__}
        d.pop("lines"), d.pop("tables")
        d["worker"] = self.worker.to_dict()
        d["failures"] = [f.to_dict() for f in self.failures]
        return d


@dataclass(frozen=True, slots=True)
class WorkerState:
    nlp: Language
    gazetteer: Gazetteer
    info: WorkerInfo


_STATE: WorkerState | None = None


def load_worker(fingerprint: str | None = None) -> WorkerState:
    """Load the model and the gazetteer once per process; refuse a gazetteer whose
    fingerprint is not ``fingerprint`` (the client's) with a :class:`FingerprintError`.

    The worker opens the gazetteer it has (``GEO_GAZETTEER``) without building it:
    a missing store is a :class:`geo.errors.GazetteerError` telling to build it, a store
    whose bytes differ from its recorded checksum a :class:`geo.errors.GazetteerDamaged`
    naming the file (both before the model is loaded).
    """
    global _STATE
    if _STATE is None:
        from geo.gazetteer import Gazetteer, verify_gazetteer
        from geo.nlp import load_nlp

        t = time.perf_counter()
        gaz = Gazetteer(geo_settings.GAZETTEER_PATH)
        found = gaz.meta.get("version", "")
        try:
            if fingerprint is not None and found != fingerprint:
                raise FingerprintError(found, fingerprint)  # before the model's seconds
            verify_gazetteer(gaz.path)
        except BaseException:
            gaz.close()
            raise
        nlp = load_nlp()
        gaz.lookup("London")  # open the connection and warm the caches once
        meta = nlp.meta
        info = WorkerInfo(
            gazetteer_fingerprint=found,
            model=f"{meta.get('lang', '')}_{meta.get('name', '')}",
            model_version=str(meta.get("version", "")),
            host=socket.gethostname(),
            pid=os.getpid(),
            load_seconds=round(time.perf_counter() - t, 3),
        )
        _STATE = WorkerState(nlp, gaz, info)
    if fingerprint is not None and _STATE.info.gazetteer_fingerprint != fingerprint:
        raise FingerprintError(_STATE.info.gazetteer_fingerprint, fingerprint)
    return _STATE


def parse_date(value: str | None) -> date | None:
    """The date rule of ``python -m geo annotate``: ISO date of the first 10 characters."""
    try:
        return date.fromisoformat(value[:10]) if isinstance(value, str) and value else None
    except ValueError:
        return None


def _reason(exc: BaseException) -> str:
    return f"analysis failed: {type(exc).__name__}: {exc}"[: settings.MAX_REASON_CHARS]


def run_partition(partition: Partition, options: TaskOptions) -> PartitionResult:
    """Analyse one partition (see the module docstring)."""
    from geo.batch.tables import PartitionTables
    from geo.documents import split
    from geo.models import Analysis, Document
    from geo.pipeline import analyze
    from geo.recognize.forms import with_forms

    state = load_worker(options.fingerprint)
    t0, c0 = time.perf_counter(), time.process_time()
    res = PartitionResult(index=partition.index, worker=state.info, started=time.time())
    jsonl = options.output == "jsonl"
    lines: list[str] = []
    tables = None if jsonl else PartitionTables(partition.index)

    def failed(item: InputDoc, reason: str) -> None:
        res.failures.append(DocFailure(item.file, item.line, item.doc_id, reason, partition.index))

    for item in partition.docs:
        res.documents += 1
        doc_date = parse_date(item.date)
        error = item.error
        analysis: Analysis | None = None
        if error is None and item.text.strip():
            try:
                # no header parsing or newline normalisation: offsets index the input text
                doc = split(Document(id=item.doc_id, text=item.text, date=doc_date))
                analysis = analyze(doc, gazetteer=state.gazetteer, nlp=state.nlp)
                analysis = with_forms(analysis, options.forms)
            except Exception as exc:  # one bad document must not sink its partition
                error = _reason(exc)
        if error is not None:
            failed(item, error)
        else:
            res.characters += len(item.text)
            if analysis is None:
                res.empty += 1
            else:
                res.ok += 1
                res.mentions += len(analysis.resolutions)
                res.resolved += sum(1 for r in analysis.resolutions if r.place is not None)
                res.events += len(analysis.events)
        if jsonl:
            if error is None:
                rec = item.record if item.record is not None else {"id": item.doc_id}
                found = toponyms(analysis, options.forms) if analysis is not None else []
                lines.append(json.dumps(rec | {"toponyms": found}, ensure_ascii=False))
        elif tables is not None:
            tables.add(
                doc_id=item.doc_id,
                title=item.title,
                doc_date=doc_date,
                characters=len(item.text),
                file=item.file,
                line=item.line,
                analysis=analysis,
                error=error,
            )
    if jsonl:
        res.lines = lines
    elif tables is not None:
        res.tables = tables.tables()
        res.places = res.tables["places"].num_rows
    res.seconds = round(time.perf_counter() - t0, 4)
    res.cpu_seconds = round(time.process_time() - c0, 4)
    res.finished = time.time()
    res.peak_rss_mb = _peak_rss_mb()
    return res


def _peak_rss_mb() -> float:
    try:
        import resource
    except ImportError:  # pragma: no cover - not on POSIX
        return 0.0
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux
    return round(kb / 1024, 1)
