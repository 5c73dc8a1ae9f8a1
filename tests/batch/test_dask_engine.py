"""The Dask engine on a 2-worker LocalCluster: same output as the local engine, a worker
killed mid-run, a worker with another gazetteer, an unreachable scheduler."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.dataset as ds
import pytest

import geo
from geo.batch import SchedulerError, annotate, read
from geo.batch import settings as batch_settings
from geo.batch.errors import FingerprintError
from geo.batch.tables import TABLES
from geo.batch.worker import run_partition

from .conftest import make_docs, write_jsonl

pytestmark = pytest.mark.slow
distributed = pytest.importorskip("distributed")
ROOT = Path(__file__).resolve().parents[2]


def kill_once(part, options, marker):
    """The partition function, but the worker running partition 1 dies the first time."""
    if part.index == 1 and not os.path.exists(marker):
        Path(marker).write_text(str(os.getpid()), encoding="utf-8")
        os._exit(1)  # the whole worker process goes, mid-task
    return run_partition(part, options)


def rows(out: Path, table: str) -> list[dict]:
    got = ds.dataset(out / table, format="parquet").to_table().to_pylist()
    return sorted(got, key=lambda r: json.dumps(r, sort_keys=True, default=str))


def _cluster(**kw):
    import dask

    with dask.config.set(
        {"distributed.scheduler.allowed-failures": batch_settings.ALLOWED_FAILURES}
    ):
        return distributed.LocalCluster(
            threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=40, **kw
        )


@pytest.fixture(scope="module")
def client(gazetteer):
    cluster = _cluster(n_workers=2)
    c = distributed.Client(cluster)
    try:
        # the workers run this checkout's code, not another install of geo
        assert set(c.run(lambda: __import__("geo").__file__).values()) == {geo.__file__}
        yield c
    finally:
        c.close()
        cluster.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_jsonl(tmp_path_factory.mktemp("in") / "news.jsonl", make_docs(30))


@pytest.fixture(scope="module")
def local_out(corpus, tmp_path_factory, gazetteer):
    out = tmp_path_factory.mktemp("local") / "out"
    annotate([corpus], out, engine="local", partition_size=4)
    return out


def test_dask_output_equals_local(client, corpus, local_out, tmp_path):
    out = tmp_path / "out"
    m = annotate([corpus], out, engine="dask", client=client, partition_size=4)
    assert m.status == "complete" and m.engine == "dask" and m.counts.documents == 30
    for t in TABLES:
        assert rows(out, t) == rows(local_out, t), t
    assert len(read(out, "mentions")) == m.counts.mentions > 30


def test_killed_worker_the_job_completes_with_every_document_once(
    client, corpus, local_out, tmp_path
):
    import cloudpickle

    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # workers cannot import tests
    marker = tmp_path / "killed"
    before = set(client.run(os.getpid).values())
    out = tmp_path / "out"
    m = annotate(
        [corpus],
        out,
        engine="dask",
        client=client,
        partition_size=4,
        task=lambda part, options: kill_once(part, options, str(marker)),
    )
    assert marker.exists(), "no worker was killed"
    assert int(marker.read_text(encoding="utf-8")) in before
    assert m.status == "complete" and not m.partitions_failed and m.counts.documents == 30
    docs = read(out, "documents")
    assert sorted(docs.id) == sorted(f"d{i}" for i in range(30))  # each exactly once
    for t in TABLES:
        assert rows(out, t) == rows(local_out, t), t
    client.wait_for_workers(2, timeout=120)  # the nanny brought a new worker up


def test_a_worker_with_another_gazetteer_refuses(corpus, tmp_path, gazetteer):
    other = tmp_path / "gazetteer.sqlite"
    other.write_bytes(Path(gazetteer.path).read_bytes())
    with sqlite3.connect(other) as conn:
        conn.execute("UPDATE meta SET value='5-0000000000000000' WHERE key='version'")
    cluster = _cluster(n_workers=1, env={"GEO_GAZETTEER": str(other)})
    c = distributed.Client(cluster)
    try:
        with pytest.raises(FingerprintError) as err:
            annotate([corpus], tmp_path / "out", engine="dask", client=c)
    finally:
        c.close()
        cluster.close()
    msg = str(err.value)
    assert "5-0000000000000000" in msg and gazetteer.meta["version"] in msg
    assert "gazetteer build" in msg


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_unreachable_scheduler_fails_fast(corpus, tmp_path, monkeypatch, gazetteer):
    monkeypatch.setattr(batch_settings, "CONNECT_TIMEOUT_S", 2.0)
    address = f"tcp://127.0.0.1:{_free_port()}"
    t = time.perf_counter()
    with pytest.raises(SchedulerError, match="cannot reach the Dask scheduler at tcp://127"):
        annotate([corpus], tmp_path / "out", engine="dask", scheduler=address)
    assert time.perf_counter() - t < 15
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "geo",
            "annotate",
            str(corpus),
            str(tmp_path / "cli"),
            "--scheduler",
            address,
            "--no-progress",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env=os.environ | {"GEO_BATCH_CONNECT_TIMEOUT": "2"},
    )
    assert r.returncode == 2 and "error: cannot reach the Dask scheduler" in r.stderr


def test_cli_starts_its_own_cluster(tmp_path, gazetteer):
    src = write_jsonl(tmp_path / "in.jsonl", make_docs(6))
    out = tmp_path / "out"
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "geo",
            "annotate",
            str(src),
            str(out),
            "--engine",
            "dask",
            "--workers",
            "1",
            "--partition-size",
            "3",
            "--no-progress",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert r.returncode == 0, r.stderr
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["engine"] == "dask" and manifest["counts"]["documents"] == 6
    assert manifest["partitions_done"] == [0, 1] and manifest["status"] == "complete"


def test_worker_config_names_settings_dask_has():
    """The settings our clusters start with are real Dask settings (a renamed key would
    silently leave the 10 ms stack profiler on in every worker)."""
    import dask

    from geo.batch.dask_engine import WORKER_CONFIG

    for key, value in WORKER_CONFIG.items():
        assert dask.config.get(key) is not None, key
        with dask.config.set({key: value}):
            assert dask.config.get(key) == value


def test_workers_of_our_cluster_run_with_worker_config(monkeypatch, gazetteer):
    """A cluster we start: worker processes without ``MALLOC_TRIM_THRESHOLD_`` (it switches
    off glibc's dynamic mmap threshold: +13 % CPU time in spaCy), still with one BLAS thread,
    and with the profiler, the GIL monitor and the slower monitors of WORKER_CONFIG."""
    import dask

    from geo.batch.dask_engine import WORKER_CONFIG, DaskEngine

    # a default cluster started earlier in this process (the module's fixture) leaves the
    # nanny's variables in os.environ, which spawned workers would inherit
    monkeypatch.delenv("MALLOC_TRIM_THRESHOLD_", raising=False)
    fingerprint = gazetteer.meta.get("version", "")
    with DaskEngine(1, fingerprint=fingerprint) as engine:
        assert engine.client is not None
        got = engine.client.run(
            lambda keys: (
                {k: os.environ.get(k) for k in ("MALLOC_TRIM_THRESHOLD_", "OMP_NUM_THREADS")},
                {k: __import__("dask").config.get(k) for k in keys},
            ),
            list(WORKER_CONFIG),
        )
    ((env, config),) = got.values()
    assert env == {"MALLOC_TRIM_THRESHOLD_": None, "OMP_NUM_THREADS": "1"}
    assert config == WORKER_CONFIG
    assert dask.config.get("distributed.worker.profile.enabled") is True  # ours only


def test_docs_give_a_joined_cluster_the_same_worker_settings():
    """docs/scale.md's worker configuration file for ``--scheduler`` clusters says what
    WORKER_CONFIG says."""
    import yaml

    from geo.batch.dask_engine import WORKER_CONFIG

    text = (ROOT / "docs" / "scale.md").read_text(encoding="utf-8")
    block = text.split("```yaml\n# geo-worker.yaml", 1)[1].split("```", 1)[0]

    def flat(d: dict, prefix: str = "") -> dict:
        out: dict = {}
        for k, v in d.items():
            out |= flat(v, f"{prefix}{k}.") if isinstance(v, dict) else {f"{prefix}{k}": v}
        return out

    assert flat(yaml.safe_load(block)) == WORKER_CONFIG
