"""The partition function: one model per process, per-document failures, both outputs."""

from __future__ import annotations

import json

import pytest

import geo.pipeline
from geo.batch.errors import FingerprintError
from geo.batch.inputs import InputDoc, Partition
from geo.batch.worker import TaskOptions, load_worker, parse_date, run_partition

pytestmark = pytest.mark.slow


def docs() -> Partition:
    return Partition(
        4,
        (
            InputDoc(
                "a.jsonl", 1, "n1", "Officials in Nairobi said the outbreak had spread to Mombasa."
            ),
            InputDoc("a.jsonl", 2, "n2", "   "),
            InputDoc("a.jsonl", 3, "a.jsonl:3", error="not valid JSON (Expecting value)"),
            InputDoc("a.jsonl", 4, "n4", "BOOM in Lahore, Pakistan.", date="2022-08-29"),
            InputDoc(
                "a.jsonl", 5, "n5", "Floods hit Lahore on Monday.", date="2022-08-29", title="T"
            ),
        ),
    )


@pytest.fixture()
def fingerprint(gazetteer):
    return gazetteer.meta["version"]


@pytest.fixture()
def boom(monkeypatch):
    real = geo.pipeline.analyze

    def analyze(doc, **kw):
        if doc.text.startswith("BOOM"):
            raise RuntimeError("the tagger fell over")
        return real(doc, **kw)

    monkeypatch.setattr(geo.pipeline, "analyze", analyze)


def test_worker_loads_once_and_checks_the_fingerprint(fingerprint):
    state = load_worker(fingerprint)
    assert load_worker(fingerprint) is state
    assert state.info.gazetteer_fingerprint == fingerprint
    assert state.info.model.startswith("en_core_web_sm") and state.info.model_version
    with pytest.raises(FingerprintError, match=r"'5-other'") as err:
        load_worker("5-other")
    assert fingerprint in str(err.value)


def test_geoparquet_partition(fingerprint, boom):
    r = run_partition(docs(), TaskOptions(fingerprint, "geoparquet"))
    assert (r.index, r.documents, r.ok, r.empty) == (4, 5, 2, 1)
    assert [(f.line, f.doc_id) for f in r.failures] == [(3, "a.jsonl:3"), (4, "n4")]
    assert r.failures[1].reason == "analysis failed: RuntimeError: the tagger fell over"
    assert r.tables is not None and r.lines is None
    documents = r.tables["documents"].to_pylist()
    assert [(d["id"], d["status"]) for d in documents] == [
        ("n1", "ok"),
        ("n2", "empty"),
        ("a.jsonl:3", "failed"),
        ("n4", "failed"),
        ("n5", "ok"),
    ]
    assert documents[4]["title"] == "T" and str(documents[4]["date"]) == "2022-08-29"
    mentions = r.tables["mentions"].to_pylist()
    assert {m["text"] for m in mentions} >= {"Nairobi", "Lahore"}
    assert {m["doc_id"] for m in mentions} == {"n1", "n5"}
    assert r.mentions == len(mentions) and r.places == r.tables["places"].num_rows
    assert r.seconds > 0 and r.summary()["failures"][0]["line"] == 3


def test_jsonl_partition_is_the_evaluation_schema(fingerprint):
    rec = {"id": 1, "text": "Floods hit Lahore on Monday.", "date": "2022-08-29", "x": [1]}
    part = Partition(0, (InputDoc("a.jsonl", 1, "1", rec["text"], rec["date"], record=rec),))
    r = run_partition(part, TaskOptions(fingerprint, "jsonl"))
    assert r.lines is not None and r.tables is None
    row = json.loads(r.lines[0])
    assert row["x"] == [1] and row["id"] == 1
    assert [t["name"] for t in row["toponyms"]] == ["Lahore"]


def test_parse_date():
    assert str(parse_date("2021-08-15T10:00")) == "2021-08-15"
    assert parse_date("bad") is None and parse_date(None) is None and parse_date("") is None
