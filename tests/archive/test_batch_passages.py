"""The batch output stores each mention's sentence (``passage``, ``passage_start``), so
the explorer can list passages without the input texts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geo.archive import open_archive, passages_page, places_in_window
from geo.batch.tables import MENTIONS, PartitionTables
from geo.documents import document_from_text
from tests.fixtures.sample import sample_analysis

TEXT = "Rain fell all night. Buses left Kabul at dawn for the Hindu Kush passes."


def test_mentions_carry_their_sentence() -> None:
    assert {"passage", "passage_start"} <= set(MENTIONS.names)
    t = PartitionTables(0)
    a = sample_analysis(document=document_from_text(TEXT, doc_id="x"))
    t.add(doc_id="x", title="", doc_date=None, characters=len(TEXT), file="f", line=1, analysis=a)
    rows = t.tables()["mentions"].to_pylist()
    assert [r["text"] for r in rows] == ["Kabul", "Hindu Kush"]
    for r in rows:
        assert r["passage"] == "Buses left Kabul at dawn for the Hindu Kush passes."
        assert r["passage"][r["start"] - r["passage_start"] :].startswith(r["text"])


# our own sentences, naming real places, for the real pipeline
SENTENCES = [
    "Floodwater covered the streets of Dhaka on Sunday.",
    "The ferry from Helsinki to Tallinn was cancelled because of ice.",
    "Growers in Mendoza expect a smaller grape harvest this year.",
    "Officials in Dhaka said the river would peak by Wednesday.",
]


@pytest.mark.slow
def test_annotated_archive_lists_passages(tmp_path: Path) -> None:
    from geo.batch import annotate

    src = tmp_path / "in.jsonl"
    docs = [
        {"id": f"n{i}", "text": s, "date": f"2023-0{i + 1}-1{i}"} for i, s in enumerate(SENTENCES)
    ]
    src.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    annotate([src], tmp_path / "out", engine="local", workers=1, progress=False)
    archive = open_archive(tmp_path / "out")
    dhaka = next(p for p in places_in_window(archive) if p.name == "Dhaka")
    assert (dhaka.mentions, dhaka.documents) == (2, 2)
    page = passages_page(archive, dhaka.id)
    assert [p.doc_id for p in page.passages] == ["n3", "n0"]
    p = page.passages[0]
    assert p.text == SENTENCES[3] and p.text[p.start : p.end] == "Dhaka"
