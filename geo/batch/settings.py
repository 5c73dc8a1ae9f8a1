"""Sizes, limits and time-outs of the batch engine, in one place (see docs/scale.md).

Environment variables override the ones a cluster operator may want to tune without
code changes.
"""

from __future__ import annotations

import os

#: Documents per partition (by input order). One partition is one task and one file
#: per table; a rerun redoes at most the partitions that were not complete.
PARTITION_SIZE = int(os.environ.get("GEO_BATCH_PARTITION_SIZE", "500"))
#: Partitions handed out per worker before the client waits for results: bounds the
#: client's and the scheduler's memory whatever the size of the input.
IN_FLIGHT_PER_WORKER = 2
#: Times Dask re-runs a partition whose task raised (a worker that died is handled by
#: the scheduler's ``allowed-failures`` below).
TASK_RETRIES = 2
#: Times a partition may be on a worker that died before the scheduler gives it up.
ALLOWED_FAILURES = 3
#: Times the local process pool is restarted after a worker process died.
LOCAL_POOL_RESTARTS = 3
#: How long the client waits for a ``--scheduler`` address before giving up.
CONNECT_TIMEOUT_S = float(os.environ.get("GEO_BATCH_CONNECT_TIMEOUT", "5"))
#: How long a started LocalCluster may take to bring its workers up.
CLUSTER_START_TIMEOUT_S = 120.0
#: ``manifest.json`` is rewritten at most this often while a run goes on (and at its end).
MANIFEST_FLUSH_S = 10.0
#: Bytes of a file read to decide whether it is text or binary.
SNIFF_BYTES = 8192
#: Rows per Parquet row group.
ROW_GROUP_SIZE = 64_000
#: Parquet compression codec of every table.
PARQUET_COMPRESSION = "zstd"
#: Longest failure reason kept in the manifest and the documents table.
MAX_REASON_CHARS = 500
