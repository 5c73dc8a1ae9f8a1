"""The manifest of a batch run: what was read, what was written, what failed, with what.

``manifest.json`` in a GeoParquet output folder is :meth:`Manifest.to_dict`; the
Python API returns the :class:`Manifest` itself.
"""

from __future__ import annotations

import subprocess
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from geo.batch.worker import DocFailure, PartitionResult

MANIFEST_VERSION = 1
RunStatus = Literal["running", "complete", "incomplete"]


@dataclass(slots=True)
class Counts:
    """Totals over the partitions done (this run and the runs it resumed)."""

    documents: int = 0
    ok: int = 0
    empty: int = 0
    failed: int = 0
    characters: int = 0
    mentions: int = 0
    resolved: int = 0
    places: int = 0  # rows of the places table (one per place per partition)
    events: int = 0

    def add(self, r: PartitionResult) -> None:
        self.documents += r.documents
        self.ok += r.ok
        self.empty += r.empty
        self.failed += len(r.failures)
        self.characters += r.characters
        self.mentions += r.mentions
        self.resolved += r.resolved
        self.places += r.places
        self.events += r.events

    def to_dict(self) -> dict[str, int]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class FailedPartition:
    """A partition that could not be done (its worker kept dying, or it raised)."""

    index: int
    documents: int
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Manifest:
    """Everything a run did; ``status`` is ``complete`` when every partition is done."""

    output: str
    format: str  # "geoparquet" or "jsonl"
    engine: str
    workers: int
    partition_size: int
    inputs: list[dict[str, Any]]
    gazetteer_fingerprint: str
    code_version: str
    forms: str = "names"  # "names" or "all": which mentions were kept (--forms)
    model: str = ""
    model_version: str = ""
    status: RunStatus = "running"
    counts: Counts = field(default_factory=Counts)
    partitions_total: int = 0
    partitions_done: list[int] = field(default_factory=list)
    partitions_failed: list[FailedPartition] = field(default_factory=list)
    failed_documents: list[DocFailure] = field(default_factory=list)
    partitions_resumed: int = 0  # done by an earlier run and skipped by this one
    started: str = ""
    finished: str = ""
    seconds: float = 0.0  # wall time of this run
    documents_per_s: float = 0.0  # documents analysed by this run / seconds
    characters_per_s: float = 0.0
    tables: dict[str, str] = field(default_factory=dict)  # table -> folder
    version: int = MANIFEST_VERSION

    def add(self, r: PartitionResult) -> None:
        """Count a done partition."""
        self.counts.add(r)
        self.partitions_done.append(r.index)
        self.failed_documents.extend(r.failures)
        if not self.model:
            self.model, self.model_version = r.worker.model, r.worker.model_version

    def to_dict(self) -> dict[str, Any]:
        d = {k: getattr(self, k) for k in self.__dataclass_fields__}
        d["counts"] = self.counts.to_dict()
        d["partitions_done"] = sorted(self.partitions_done)
        d["partitions_failed"] = [p.to_dict() for p in self.partitions_failed]
        d["failed_documents"] = [
            f.to_dict()
            for f in sorted(self.failed_documents, key=lambda f: (f.partition, f.file, f.line))
        ]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Manifest:
        known = {k: v for k, v in d.items() if k in cls.__dataclass_fields__}
        known["counts"] = Counts(**d.get("counts", {}))
        known["partitions_failed"] = [FailedPartition(**p) for p in d.get("partitions_failed", [])]
        known["failed_documents"] = [DocFailure.from_dict(f) for f in d.get("failed_documents", [])]
        return cls(**known)


@lru_cache(maxsize=1)
def code_version() -> str:
    """``geo`` version, plus the git commit of the checkout when there is one."""
    import geo

    version = geo.__version__
    root = Path(geo.__file__).resolve().parent.parent
    try:
        out = subprocess.run(
            ["git", "-C", str(root), "describe", "--always", "--dirty", "--abbrev=12"],
            capture_output=True,
            text=True,
            timeout=5,
        )
    except (OSError, subprocess.SubprocessError):
        return version
    commit = out.stdout.strip()
    return f"{version}+{commit}" if out.returncode == 0 and commit else version
