"""Streaming corpus annotation in the evaluation schema."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from geo.annotate import annotate_corpus
from geo.errors import DocumentError

ROOT = Path(__file__).resolve().parent.parent
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
]


@pytest.fixture()
def corpus(tmp_path, gazetteer):
    p = tmp_path / "in.jsonl"
    p.write_text("".join(json.dumps(d) + "\n" for d in DOCS), encoding="utf-8")
    return p


def test_annotate_writes_the_eval_schema(corpus, tmp_path):
    out = tmp_path / "out.jsonl"
    assert annotate_corpus(corpus, out, progress=False) == 4
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["a", "b", "c", "d"]
    assert rows[1]["extra"] == 1  # other fields are kept
    keys = {"start", "end", "name", "lat", "lon", "geonameid", "place_id", "kind", "confidence"}
    for row in rows:
        for t in row["toponyms"]:
            assert set(t) == keys
            assert row["text"][t["start"] : t["end"]] == t["name"]
            assert (t["lat"] is None) == (t["place_id"] is None)
    names = {t["name"] for t in rows[0]["toponyms"]}
    assert "Lahore" in names and "Pakistan" in names
    nairobi = next(t for t in rows[1]["toponyms"] if t["name"] == "Nairobi")
    assert abs(nairobi["lat"] - (-1.28)) < 0.2 and abs(nairobi["lon"] - 36.82) < 0.2
    assert rows[2]["toponyms"] == [] and rows[3]["toponyms"] == []


def test_workers_give_the_same_output(corpus, tmp_path):
    one, two = tmp_path / "1.jsonl", tmp_path / "2.jsonl"
    annotate_corpus(corpus, one, progress=False)
    annotate_corpus(corpus, two, workers=2, progress=False)
    assert one.read_text(encoding="utf-8") == two.read_text(encoding="utf-8")


@pytest.mark.slow
def test_bad_line_names_file_and_line_and_leaves_no_output(tmp_path):
    p = tmp_path / "bad.jsonl"
    p.write_text('{"id": "x", "text": "Kabul"}\n{not json\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    with pytest.raises(DocumentError, match=r"bad.jsonl: line 2"):
        annotate_corpus(p, out, progress=False)
    assert not out.exists() and not (tmp_path / "out.jsonl.part").exists()
    p.write_text('{"id": "x", "body": "Kabul"}\n', encoding="utf-8")
    with pytest.raises(DocumentError, match='"text"'):
        annotate_corpus(p, out, progress=False)


@pytest.mark.skipif(not SCORER.exists(), reason="shared/eval/score.py not present")
def test_cli_output_is_read_by_the_scorer(corpus, tmp_path):
    out = tmp_path / "pred.jsonl"
    r = subprocess.run(
        [sys.executable, "-m", "geo", "annotate", str(corpus), str(out), "--no-progress"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    assert r.returncode == 0, r.stderr
    # score our own output against itself: a perfect score proves the schema matches
    s = subprocess.run(
        [sys.executable, str(SCORER), str(out), str(out), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert s.returncode == 0, s.stderr
    scores = json.loads(s.stdout)
    assert "f1" in json.dumps(scores).lower()
