"""geo.documents.corpus: JSON lines corpora, streamed; bad lines are named."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from geo.documents import load_corpus, load_document
from geo.errors import DocumentError


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def test_load_corpus_streams_documents(tmp_path):
    f = write_lines(
        tmp_path / "c.jsonl",
        [
            json.dumps({"id": "a", "text": "Kabul fell.", "date": "2021-08-15"}),
            "",
            json.dumps({"id": 7, "text": "Second doc.", "date": "2021-08-16T10:00:00Z"}),
            json.dumps({"text": "No id, no date.", "title": "T"}),
        ],
    )
    docs = list(load_corpus(f))
    assert [d.id for d in docs[:2]] == ["a", "7"]
    assert docs[2].id == docs[2].content_hash[:16]
    assert [d.date for d in docs] == [date(2021, 8, 15), date(2021, 8, 16), None]
    assert docs[2].title == "T"
    assert all(d.sentences for d in docs)
    assert next(load_corpus(f.read_bytes(), name="up.jsonl")).text == "Kabul fell."


@pytest.mark.parametrize(
    "bad_line, message",
    [
        ("{not json", "invalid JSON"),
        ("[1, 2]", "expected a JSON object"),
        ('{"id": "x"}', 'non-string "text"'),
        ('{"id": "x", "text": "ok", "date": "someday"}', "invalid date"),
        ('{"id": "x", "text": "   "}', "empty document"),
        ('{"id": [1], "text": "ok"}', '"id" must be'),
    ],
)
def test_load_corpus_bad_line_names_file_and_line(tmp_path, bad_line, message):
    f = write_lines(tmp_path / "c.jsonl", [json.dumps({"id": "a", "text": "Fine."}), bad_line])
    it = load_corpus(f)
    assert next(it).id == "a"  # streaming: the good line comes out before the bad one is read
    with pytest.raises(DocumentError) as err:
        next(it)
    assert str(err.value).startswith(f"{f}: line 2: ")
    assert message in str(err.value)


def test_load_corpus_missing_file_raises_immediately(tmp_path):
    with pytest.raises(DocumentError, match="file not found"):
        load_corpus(tmp_path / "nope.jsonl")


def test_load_document_on_jsonl(tmp_path):
    one = write_lines(tmp_path / "one.jsonl", [json.dumps({"id": "a", "text": "Only one."})])
    assert load_document(one).text == "Only one."
    two = write_lines(tmp_path / "two.jsonl", ['{"text": "a"}', '{"text": "b"}'])
    with pytest.raises(DocumentError, match="use load_corpus"):
        load_document(two)
