"""One batch run end to end: the JSON-lines output of old, GeoParquet with bad inputs,
resume after an interruption, and the local process pool surviving a dead worker."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from geo import settings as geo_settings
from geo.annotate import toponyms
from geo.batch import BatchError, annotate, annotate_corpus, read, read_manifest
from geo.batch.tables import TABLES
from geo.batch.worker import run_partition
from geo.documents import split
from geo.errors import DocumentError
from geo.models import Document
from geo.pipeline import analyze

from .conftest import make_docs, write_jsonl

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
SCORER = ROOT.parent / "shared" / "eval" / "score.py"

DOCS = [
    {
        "id": "a",
        "text": "Floods hit Lahore and the Punjab province of Pakistan on Monday.",
        "date": "2022-08-29",
    },
    {
        "id": "b",
        "text": "Officials in Nairobi said the outbreak had spread to Mombasa.",
        "extra": 1,
    },
    {"id": "c", "text": "Nothing geographic is said here at all."},
    {"id": "d", "text": "   "},
    {"text": "Troops left Kabul for Herat.", "date": "2021-08-15T00:00"},
    {"id": 7, "text": "Rain in Paris and Lyon, Météo-France said.", "date": "bad"},
]


def old_line(rec: dict, lineno: int) -> str:
    """What `python -m geo annotate IN.jsonl OUT.jsonl` wrote before geo.batch."""
    d = rec.get("date")
    try:
        doc_date = date.fromisoformat(d[:10]) if isinstance(d, str) and d else None
    except ValueError:
        doc_date = None
    text = rec["text"]
    if text.strip():
        doc = split(Document(id=str(rec.get("id", lineno)), text=text, date=doc_date))
        rec = rec | {"toponyms": toponyms(analyze(doc))}
    else:
        rec = rec | {"toponyms": []}
    return json.dumps(rec, ensure_ascii=False)


def table_rows(out: Path, table: str) -> list[dict]:
    rows = ds.dataset(out / table, format="parquet").to_table().to_pylist()
    return sorted(rows, key=lambda r: json.dumps(r, sort_keys=True, default=str))


def same_tables(a: Path, b: Path) -> None:
    for t in TABLES:
        assert table_rows(a, t) == table_rows(b, t), t


MARKER: Path | None = None


def die_once_in_a_worker(part, options):
    """The partition function, but the process running partition 1 dies the first time."""
    if part.index == 1 and MARKER is not None and not MARKER.exists():
        MARKER.write_text(str(os.getpid()), encoding="utf-8")
        os._exit(1)
    return run_partition(part, options)


@pytest.fixture()
def corpus(tmp_path, gazetteer):
    p = tmp_path / "in.jsonl"
    p.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in DOCS), encoding="utf-8")
    return p


# --------------------------------------------------------------------------- JSON lines


def test_jsonl_output_is_byte_identical_to_the_old_annotate(corpus, tmp_path):
    out = tmp_path / "out.jsonl"
    assert annotate_corpus(corpus, out, progress=False) == 6
    expected = "".join(old_line(d, i) + "\n" for i, d in enumerate(DOCS, 1))
    assert out.read_text(encoding="utf-8") == expected
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    keys = {"start", "end", "name", "lat", "lon", "geonameid", "place_id", "kind", "confidence"}
    for row in rows:
        for t in row["toponyms"]:
            assert set(t) == keys and row["text"][t["start"] : t["end"]] == t["name"]
            assert (t["lat"] is None) == (t["place_id"] is None)
    nairobi = next(t for t in rows[1]["toponyms"] if t["name"] == "Nairobi")
    assert abs(nairobi["lat"] - (-1.28)) < 0.2 and abs(nairobi["lon"] - 36.82) < 0.2
    # partitions and workers do not change a byte
    two = tmp_path / "two.jsonl"
    m = annotate([corpus], two, workers=2, partition_size=2)
    assert m.counts.documents == 6 and len(m.partitions_done) == 3
    assert two.read_bytes() == out.read_bytes()
    assert not (tmp_path / "two.jsonl.parts").exists()


def test_jsonl_bad_line_names_file_and_line_and_leaves_no_output(tmp_path, gazetteer):
    p = tmp_path / "bad.jsonl"
    p.write_text('{"id": "x", "text": "Kabul"}\n{not json\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    with pytest.raises(DocumentError, match=r"bad.jsonl: line 2"):
        annotate_corpus(p, out, progress=False)
    assert sorted(x.name for x in tmp_path.iterdir()) == ["bad.jsonl"]
    p.write_text('{"id": "x", "body": "Kabul"}\n', encoding="utf-8")
    with pytest.raises(DocumentError, match='"text"'):
        annotate_corpus(p, out, progress=False)


@pytest.mark.skipif(not SCORER.exists(), reason="shared/eval/score.py not present")
def test_cli_output_is_read_by_the_scorer(corpus, tmp_path):
    corpus.write_text(  # the scorer wants an id on every line
        "".join(json.dumps(d) + "\n" for d in DOCS if "id" in d), encoding="utf-8"
    )
    out = tmp_path / "pred.jsonl"
    r = subprocess.run(
        [sys.executable, "-m", "geo", "annotate", str(corpus), str(out), "--no-progress"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    assert r.returncode == 0, r.stderr
    assert "annotated 5 documents" in r.stderr
    s = subprocess.run(
        [sys.executable, str(SCORER), str(out), str(out), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert s.returncode == 0, s.stderr
    assert "f1" in s.stdout.lower()


# --------------------------------------------------------------------------- GeoParquet


@pytest.fixture()
def messy_inputs(tmp_path, monkeypatch, gazetteer):
    """A folder of good and bad inputs: 20 good documents, a corrupt line, an oversize
    document, a binary file, and a Parquet file."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    monkeypatch.setattr(geo_settings, "MAX_DOCUMENT_CHARS", 2000)
    src = tmp_path / "in"
    src.mkdir()
    write_jsonl(src / "a.jsonl", make_docs(8, prefix="a"))
    lines = [json.dumps(d) for d in make_docs(6, prefix="b")]
    lines.insert(2, '{"id": "broken", "text": "Kabul')  # line 3
    lines.insert(5, json.dumps({"id": "huge", "text": "Lahore. " * 400}))  # line 6
    (src / "b.jsonl.gz").write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))
    (src / "c.jsonl").write_bytes(b"\x00\x01binary\xff\xfe" * 100)
    docs = make_docs(6, prefix="p")
    pq.write_table(
        pa.table({"id": [d["id"] for d in docs], "text": [d["text"] for d in docs]}),
        src / "d.parquet",
    )
    return src


def test_geoparquet_run_with_bad_inputs(messy_inputs, tmp_path):
    out = tmp_path / "out"
    m = annotate([messy_inputs], out, partition_size=5)
    assert m.status == "complete" and m.format == "geoparquet"
    good = [f"a{i}" for i in range(8)] + [f"b{i}" for i in range(6)] + [f"p{i}" for i in range(6)]
    c = m.counts
    assert (c.documents, c.failed, c.ok + c.empty) == (23, 3, 20)
    assert m.partitions_total == 5 and sorted(m.partitions_done) == [0, 1, 2, 3, 4]
    failed = {(Path(f.file).name, f.line): f.reason for f in m.failed_documents}
    assert set(failed) == {("b.jsonl.gz", 3), ("b.jsonl.gz", 6), ("c.jsonl", 0)}
    assert "not valid JSON" in failed[("b.jsonl.gz", 3)]
    assert "text too long (3,200 characters; the limit is 2,000)" in failed[("b.jsonl.gz", 6)]
    assert "binary" in failed[("c.jsonl", 0)]
    assert m.gazetteer_fingerprint and m.model.startswith("en_core_web_sm") and m.code_version

    # every document once, in the documents table, failures with their reasons
    docs = read(out, "documents")
    assert sorted(docs.loc[docs.status != "failed", "id"]) == sorted(good)
    assert len(docs) == 23 and docs.id.is_unique
    assert set(docs.loc[docs.status == "failed", "line"]) == {3, 6, 0}
    mentions = read(out, "mentions")
    assert mentions.crs.to_epsg() == 4326 and set(mentions.doc_id) <= set(good)
    assert {"Lahore", "Nairobi", "Berlin"} <= set(mentions.text)
    lahore = mentions[mentions.text == "Lahore"].geometry.iloc[0]
    assert abs(lahore.y - 31.55) < 0.3 and abs(lahore.x - 74.34) < 0.3
    assert len(mentions) == c.mentions and mentions.geometry.isna().sum() == c.mentions - c.resolved
    places = read(out, "places")  # aggregated over partitions: one row per place
    assert places.id.is_unique and places.mention_count.sum() == c.resolved
    events = read(out, "events")
    assert len(events) == c.events and set(events.doc_id) <= set(good)

    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["status"] == "complete" and len(manifest["failed_documents"]) == 3
    assert read_manifest(out).to_dict() == manifest


def test_interrupted_run_resumes_and_equals_a_full_run(docs_file, tmp_path, gazetteer):
    full = tmp_path / "full"
    annotate([docs_file], full, partition_size=3)
    out = tmp_path / "out"
    ran: list[int] = []

    def crash_at_2(part, options):
        if part.index == 2:
            raise KeyboardInterrupt  # Ctrl-C in the middle of the run
        ran.append(part.index)
        return run_partition(part, options)

    with pytest.raises(KeyboardInterrupt):
        annotate([docs_file], out, partition_size=3, task=crash_at_2)
    m = read_manifest(out)
    assert m.status == "incomplete" and sorted(m.partitions_done) == [0, 1]

    def counting(part, options):
        ran.append(part.index)
        return run_partition(part, options)

    ran.clear()
    m = annotate([docs_file], out, partition_size=3, task=counting)
    assert ran == [2, 3] and m.partitions_resumed == 2 and m.status == "complete"
    assert m.counts.documents == 12 and sorted(m.partitions_done) == [0, 1, 2, 3]
    same_tables(out, full)
    ran.clear()
    m = annotate([docs_file], out, partition_size=3, task=counting)  # nothing left to do
    assert ran == [] and m.partitions_resumed == 4 and m.counts.documents == 12
    with pytest.raises(BatchError, match="another run"):
        annotate([docs_file], out, partition_size=4)


def test_process_pool_equals_in_process_and_survives_a_dead_worker(
    docs_file, tmp_path, gazetteer, monkeypatch
):
    one = tmp_path / "one"
    annotate([docs_file], one, partition_size=3)
    marker = tmp_path / "died"
    monkeypatch.setattr(sys.modules[__name__], "MARKER", marker)  # forked workers see it
    two = tmp_path / "two"
    m = annotate([docs_file], two, workers=2, partition_size=3, task=die_once_in_a_worker)
    assert marker.exists() and int(marker.read_text(encoding="utf-8")) != os.getpid()
    assert m.status == "complete" and m.counts.documents == 12 and not m.partitions_failed
    docs = read(two, "documents")
    assert sorted(docs.id) == sorted(f"d{i}" for i in range(12))
    same_tables(one, two)


def test_cli_geoparquet(docs_file, tmp_path, gazetteer):
    duckdb = pytest.importorskip("duckdb")
    out = tmp_path / "out"
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "geo",
            "annotate",
            str(docs_file),
            str(out),
            "--partition-size",
            "5",
            "--no-progress",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    assert r.returncode == 0, r.stderr
    assert "annotated 12 documents (" in r.stderr and "0 failed" in r.stderr
    assert sorted(p.name for p in (out / "mentions").iterdir()) == [
        "part-000000.parquet",
        "part-000001.parquet",
        "part-000002.parquet",
    ]
    ids = duckdb.sql(
        f"SELECT id FROM read_parquet('{out}/documents/*.parquet') ORDER BY id"
    ).fetchall()
    assert [i for (i,) in ids] == sorted(f"d{i}" for i in range(12))
    places = duckdb.sql(
        f"SELECT id, sum(mention_count) FROM read_parquet('{out}/places/*.parquet') GROUP BY id"
    ).fetchall()
    assert places and all(n > 0 for _, n in places)
