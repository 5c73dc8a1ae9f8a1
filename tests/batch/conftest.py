"""Shared fixtures of the batch tests: short news-like documents written for these tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

# Our own sentences (not from any evaluation corpus), naming real places.
SENTENCES = [
    "Floods hit Lahore and the Punjab province of Pakistan on Monday.",
    "Officials in Nairobi said the outbreak had spread to Mombasa.",
    "The minister flew from Berlin to Warsaw for talks on Tuesday.",
    "Protesters gathered in Santiago as the strike reached Valparaiso.",
    "Troops withdrew from Kandahar to Kabul on 15 August 2021.",
    "Heavy snow closed roads between Denver and Boulder, Colorado.",
    "Farmers near Nagpur in Maharashtra reported a poor harvest.",
    "A ferry sank off the coast of Sulawesi, Indonesian police said.",
    "The company will open a factory in Monterrey, Mexico, next year.",
    "Nothing geographic is said in this sentence at all.",
    "Rescue teams reached Antakya after the earthquake in southern Turkey.",
    "Talks between Egyptian and Sudanese officials resumed in Cairo.",
]


def make_docs(n: int, *, prefix: str = "d") -> list[dict[str, Any]]:
    """``n`` short documents with distinct ids, each two of the sentences above."""
    docs = []
    for i in range(n):
        a, b = SENTENCES[i % len(SENTENCES)], SENTENCES[(i * 5 + 3) % len(SENTENCES)]
        doc: dict[str, Any] = {"id": f"{prefix}{i}", "text": f"{a} {b}"}
        if i % 3 == 0:
            doc["date"] = f"2022-0{1 + i % 9}-1{i % 10}"
        if i % 4 == 0:
            doc["title"] = f"Report {i}"
        docs.append(doc)
    return docs


def write_jsonl(path: Path, docs: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return path


@pytest.fixture()
def docs_file(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "news.jsonl", make_docs(12))
