"""Reading inputs: files, folders, gzip, Parquet; bad lines, binary files, oversize texts."""

from __future__ import annotations

import gzip
import json
from datetime import date

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from geo import settings as geo_settings
from geo.batch.errors import BatchError
from geo.batch.inputs import (
    count_documents,
    find_inputs,
    partitions,
    read_documents,
    signature,
)
from geo.errors import DocumentError

from .conftest import make_docs, write_jsonl


def test_find_inputs_files_and_folders(tmp_path):
    a = write_jsonl(tmp_path / "a.jsonl", make_docs(2))
    sub = tmp_path / "more" / "deep"
    sub.mkdir(parents=True)
    b = write_jsonl(sub / "b.jsonl", make_docs(1))
    (sub / "notes.txt").write_text("ignored", encoding="utf-8")
    (sub / ".hidden.jsonl").write_text("{}", encoding="utf-8")
    assert find_inputs([a, tmp_path / "more"]) == [a, b]
    assert find_inputs(tmp_path) == [a, b]
    with pytest.raises(BatchError, match="no such file"):
        find_inputs([tmp_path / "missing.jsonl"])
    with pytest.raises(BatchError, match="not an input file"):
        find_inputs([sub / "notes.txt"])
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(BatchError, match=r"no .* files"):
        find_inputs([empty])
    with pytest.raises(BatchError, match="no input"):
        find_inputs([])


def test_reads_lines_in_order_with_ids_dates_and_titles(tmp_path):
    p = tmp_path / "n.jsonl"
    p.write_text(
        '{"id": "x", "text": "Rain in Paris.", "date": "2021-05-01", "title": "T"}\n'
        "\n"
        '{"text": "Snow in Oslo.", "id": null}\n'
        '{"text": "Sun in Rome."}\n',
        encoding="utf-8",
    )
    docs = list(read_documents([p]))
    assert [(d.doc_id, d.line) for d in docs] == [("x", 1), ("n.jsonl:3", 3), ("n.jsonl:4", 4)]
    assert docs[0].date == "2021-05-01" and docs[0].title == "T" and docs[0].record is None
    assert all(d.error is None for d in docs)
    # the JSON-lines output keeps each record and the old id rule (the line number)
    kept = list(read_documents([p], keep_record=True))
    assert [d.doc_id for d in kept] == ["x", "None", "4"]
    assert kept[0].record == {
        "id": "x",
        "text": "Rain in Paris.",
        "date": "2021-05-01",
        "title": "T",
    }


def test_a_bad_line_fails_alone_with_its_line(tmp_path):
    p = tmp_path / "bad.jsonl"
    p.write_text(
        '{"id": "a", "text": "Kabul"}\n{not json\n[1, 2]\n{"id": "b", "body": "x"}\n'
        '{"id": "c", "text": "Herat"}\n',
        encoding="utf-8",
    )
    docs = list(read_documents([p]))
    assert [d.line for d in docs] == [1, 2, 3, 4, 5]
    assert [d.error is None for d in docs] == [True, False, False, False, True]
    assert "not valid JSON" in (docs[1].error or "")
    assert '"text" string' in (docs[2].error or "") and docs[3].doc_id == "bad.jsonl:4"
    with pytest.raises(DocumentError, match=r"bad.jsonl: line 2: not valid JSON"):
        list(read_documents([p], strict=True))


def test_binary_file_is_one_failure(tmp_path):
    p = tmp_path / "photo.jsonl"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    docs = list(read_documents([p]))
    assert len(docs) == 1 and docs[0].line == 0 and "binary" in (docs[0].error or "")
    gz_named_plain = tmp_path / "packed.jsonl"
    gz_named_plain.write_bytes(gzip.compress(b'{"text": "Kabul"}\n'))
    assert "binary" in (next(iter(read_documents([gz_named_plain]))).error or "")


def test_gzip_input_and_a_truncated_gzip(tmp_path):
    p = tmp_path / "n.jsonl.gz"
    body = "".join(json.dumps(d) + "\n" for d in make_docs(5)).encode()
    p.write_bytes(gzip.compress(body))
    docs = list(read_documents([p]))
    assert [d.doc_id for d in docs] == [f"d{i}" for i in range(5)]
    assert count_documents([p]) == 5
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(gzip.compress(body * 200)[:-200])
    docs = list(read_documents([cut]))
    assert docs[-1].error and "corrupt or truncated" in docs[-1].error
    assert all(d.error is None for d in docs[:-1]) and len(docs) > 1


def test_oversize_text_and_overlong_line_fail_alone(tmp_path, monkeypatch):
    monkeypatch.setattr(geo_settings, "MAX_DOCUMENT_CHARS", 40)
    monkeypatch.setattr(geo_settings, "MAX_DOCUMENT_BYTES", 200)
    p = tmp_path / "big.jsonl"
    p.write_text(
        '{"id": "ok", "text": "Rain in Paris."}\n'
        + json.dumps({"id": "long", "text": "Paris " * 10})
        + "\n"
        + json.dumps({"id": "huge", "text": "x" * 500})
        + "\n"
        + '{"id": "after", "text": "Snow in Oslo."}\n',
        encoding="utf-8",
    )
    docs = list(read_documents([p]))
    assert [(d.doc_id, d.line) for d in docs] == [
        ("ok", 1),
        ("long", 2),
        ("big.jsonl:3", 3),
        ("after", 4),
    ]
    assert docs[0].error is None and docs[3].error is None
    assert docs[1].error == "text too long (60 characters; the limit is 40)"
    assert "longer than 200 bytes" in (docs[2].error or "")


def test_parquet_input(tmp_path):
    p = tmp_path / "n.parquet"
    table = pa.table(
        {
            "id": ["p1", None, "p3"],
            "text": ["Rain in Paris.", "Snow in Oslo.", None],
            "date": [date(2021, 5, 1), None, None],
            "other": [1, 2, 3],
        }
    )
    pq.write_table(table, p)
    docs = list(read_documents([p]))
    assert [(d.doc_id, d.line, d.date) for d in docs] == [
        ("p1", 1, "2021-05-01"),
        ("n.parquet:2", 2, None),
        ("n.parquet:3", 3, None),
    ]
    assert docs[2].error and "text" in docs[2].error
    assert count_documents([p]) == 3
    kept = list(read_documents([p], keep_record=True))
    assert kept[0].record == {"id": "p1", "text": "Rain in Paris.", "date": "2021-05-01"}
    no_text = tmp_path / "t.parquet"
    pq.write_table(pa.table({"id": ["a"]}), no_text)
    (d,) = read_documents([no_text])
    assert d.line == 0 and 'without a "text" column' in (d.error or "")
    broken = tmp_path / "b.parquet"
    broken.write_bytes(b"PAR1 not really")
    (d,) = read_documents([broken])
    assert "not a readable Parquet file" in (d.error or "")


def test_partitions_are_consecutive_and_numbered(tmp_path):
    p = write_jsonl(tmp_path / "a.jsonl", make_docs(7))
    parts = list(partitions(read_documents([p]), 3))
    assert [(x.index, [d.doc_id for d in x.docs]) for x in parts] == [
        (0, ["d0", "d1", "d2"]),
        (1, ["d3", "d4", "d5"]),
        (2, ["d6"]),
    ]
    with pytest.raises(BatchError):
        list(partitions(iter(()), 0))


def test_signature_changes_with_the_file(tmp_path):
    p = write_jsonl(tmp_path / "a.jsonl", make_docs(2))
    before = signature([p])
    write_jsonl(p, make_docs(3))
    assert signature([p]) != before and before[0].path == str(p.resolve())
