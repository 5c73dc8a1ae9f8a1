"""A small archive built by hand for the archive tests: our own short sentences, the
places of the hand-built sample analysis (no model, no gazetteer), written with the
batch engine's own tables (:class:`geo.batch.tables.PartitionTables`) in two partitions.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from geo.batch.tables import PartitionTables
from geo.documents import document_from_text
from geo.models import Event
from tests.fixtures.sample import sample_analysis

# Our own sentences (not from any evaluation corpus), naming the sample's places.
TEXTS = [
    ("k1", date(2024, 1, 3), "Aid convoys reached Kabul on Monday. The roads were icy."),
    ("k2", date(2024, 1, 20), "Snow closed the passes of the Hindu Kush. Kabul waited for fuel."),
    ("k3", date(2024, 2, 5), "Farmers in Panjshir sold apples in Kabul markets."),
    ("k4", date(2024, 2, 28), "A new bridge crossed the Panjshir River near the valley mouth."),
    ("k5", date(2024, 3, 15), "Teachers across Afghanistan returned to class in Kabul and Kapisa."),
    ("k6", None, "An undated note about a clinic in Kabul <b>bold</b> & more."),
]
TITLES = {"k1": "Convoys arrive", "k2": "Snow in the mountains", "k5": "Schools open"}


def _event(analysis, day: str) -> Event:
    return Event("e0", 0, "reached", 0, 1, "movement", date=day)  # type: ignore[arg-type]


def build_archive(out: Path, *, passages: bool = True) -> Path:
    """Write the archive of :data:`TEXTS` to ``out`` (``passages=False``: as an archive
    made before the passage columns)."""
    parts = [PartitionTables(0), PartitionTables(1)]
    for i, (doc_id, day, text) in enumerate(TEXTS):
        doc = document_from_text(text, doc_id=doc_id)
        a = sample_analysis(document=replace(doc, date=day) if day else doc)
        if day is not None:
            a = replace(a, events=[_event(a, day.isoformat())])
        parts[i // 3].add(
            doc_id=doc_id, title=TITLES.get(doc_id, ""), doc_date=day, characters=len(text),
            file="news.jsonl", line=i + 1, analysis=a,
        )  # fmt: skip
    for p in parts:
        for name, table in p.tables().items():
            if not passages and name == "mentions":
                table = table.drop_columns(["passage", "passage_start"])
            (out / name).mkdir(parents=True, exist_ok=True)
            pq.write_table(table, out / name / f"part-{p.partition:06d}.parquet", compression="zstd")
    (out / "manifest.json").write_text(json.dumps({"status": "complete"}), encoding="utf-8")
    return out


@pytest.fixture(scope="session")
def archive_dir(tmp_path_factory) -> Path:
    return build_archive(tmp_path_factory.mktemp("arch") / "news-archive")


@pytest.fixture(scope="session")
def old_archive_dir(tmp_path_factory) -> Path:
    return build_archive(tmp_path_factory.mktemp("arch") / "old-archive", passages=False)
