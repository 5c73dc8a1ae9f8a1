"""A batch run with a damaged gazetteer (one flipped byte) stops before any work: on the
client (the local engine) and on every worker (the Dask worker plugin), like a worker
with another gazetteer's fingerprint. Small stores built like the real one."""

from __future__ import annotations

import pytest

from geo import settings as geo_settings
from geo.batch import annotate, worker
from geo.errors import GazetteerDamaged
from tests.fixtures.gazetteers import copy_store, damaged_copy, small_store

from .conftest import make_docs, write_jsonl


@pytest.fixture(scope="module")
def good(tmp_path_factory):
    return small_store(tmp_path_factory.mktemp("gaz") / "gazetteer.sqlite")


@pytest.fixture()
def corpus(tmp_path):
    return write_jsonl(tmp_path / "news.jsonl", make_docs(6))


@pytest.mark.parametrize("out", ["out", "out.jsonl"])
def test_the_local_engine_refuses_before_touching_the_output(
    good, corpus, tmp_path, monkeypatch, out
):
    bad = damaged_copy(good, tmp_path / "gazetteer.sqlite")
    monkeypatch.setattr(geo_settings, "GAZETTEER_PATH", bad)
    with pytest.raises(GazetteerDamaged, match="gazetteer build") as err:
        annotate([corpus], tmp_path / out, engine="local")
    assert str(bad) in str(err.value)
    assert not (tmp_path / out).exists()


def test_a_worker_with_a_damaged_store_refuses_before_loading_the_model(
    good, tmp_path, monkeypatch
):
    bad = damaged_copy(good, tmp_path / "gazetteer.sqlite", "index page")
    monkeypatch.setattr(geo_settings, "GAZETTEER_PATH", bad)
    monkeypatch.setattr(worker, "_STATE", None)
    with pytest.raises(GazetteerDamaged) as err:  # (loading the model would fail here)
        worker.load_worker(None)
    assert str(bad) in str(err.value) and "damaged" in str(err.value)
    assert worker._STATE is None


@pytest.mark.slow
def test_a_dask_worker_with_a_damaged_store_stops_the_run(good, corpus, tmp_path, monkeypatch):
    distributed = pytest.importorskip("distributed")
    client_store = copy_store(good, tmp_path / "client.sqlite")
    monkeypatch.setattr(geo_settings, "GAZETTEER_PATH", client_store)  # the client's is fine
    bad = damaged_copy(good, tmp_path / "worker.sqlite", "last page")
    cluster = distributed.LocalCluster(
        n_workers=1,
        threads_per_worker=1,
        processes=True,
        dashboard_address=":0",
        silence_logs=40,
        env={"GEO_GAZETTEER": str(bad)},
    )
    c = distributed.Client(cluster)
    try:
        with pytest.raises(GazetteerDamaged) as err:
            annotate([corpus], tmp_path / "out", engine="dask", client=c)
    finally:
        c.close()
        cluster.close()
    assert "worker.sqlite" in str(err.value) and "gazetteer build" in str(err.value)
    assert not (tmp_path / "out" / "mentions").exists() or not any(
        (tmp_path / "out" / "mentions").iterdir()
    )
