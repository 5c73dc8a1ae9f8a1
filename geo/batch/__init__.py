"""Batch geoparsing of large archives: partitions on a local process pool or Dask,
written as a GeoParquet dataset (or the evaluation JSON lines), resumable.

    python -m geo annotate news/ out/ --engine dask --workers 8

>>> from geo.batch import annotate, read                     # doctest: +SKIP
>>> manifest = annotate(["news/"], "out", engine="local", workers=2)  # doctest: +SKIP
>>> mentions = read("out", table="mentions")                 # doctest: +SKIP

Modules: :mod:`~geo.batch.inputs` (reading, partitions), :mod:`~geo.batch.worker`
(the partition function), :mod:`~geo.batch.tables` (the output schema),
:mod:`~geo.batch.engine` and :mod:`~geo.batch.dask_engine` (where partitions run),
:mod:`~geo.batch.store` (atomic, resumable output), :mod:`~geo.batch.manifest`,
:mod:`~geo.batch.run` (one run) and :mod:`~geo.batch.read`. See docs/scale.md.
"""

from geo.batch.errors import BatchError, FingerprintError, SchedulerError
from geo.batch.manifest import Counts, FailedPartition, Manifest
from geo.batch.read import read, read_manifest
from geo.batch.run import annotate, annotate_corpus
from geo.batch.worker import DocFailure, PartitionResult

__all__ = [
    "BatchError",
    "Counts",
    "DocFailure",
    "FailedPartition",
    "FingerprintError",
    "Manifest",
    "PartitionResult",
    "SchedulerError",
    "annotate",
    "annotate_corpus",
    "read",
    "read_manifest",
]
