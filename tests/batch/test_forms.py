"""``forms`` in a batch run: "names" (the default) leaves adjectival, demonym and
organisation-of-place mentions out of every table, "all" keeps them with their form; the
setting is recorded in the manifest and a rerun with another one is refused."""

from __future__ import annotations

import json

import pytest

from geo.batch import BatchError, annotate, read, read_manifest

from .conftest import write_jsonl

pytestmark = pytest.mark.slow

SENTENCE = "Russian troops crossed into Ukraine near Kharkiv."


@pytest.fixture()
def corpus(tmp_path, gazetteer, nlp):
    return write_jsonl(tmp_path / "troops.jsonl", [{"id": "t1", "text": SENTENCE}])


def test_geoparquet_names_and_all(corpus, tmp_path):
    names = tmp_path / "names"
    m = annotate([corpus], names)  # the default
    assert m.forms == "names" and read_manifest(names).forms == "names"
    mentions = read(names, "mentions")
    assert set(mentions.form) == {"name"} and "Russian" not in set(mentions.text)
    assert "Russia" not in set(read(names, "places").name)
    russia = "geonames:2017370"
    assert not any(russia in list(ids) for ids in read(names, "events").place_ids)

    every = tmp_path / "all"
    m = annotate([corpus], every, forms="all")
    assert m.forms == "all" and read_manifest(every).forms == "all"
    mentions = read(every, "mentions")
    forms = dict(zip(mentions.text, mentions.form, strict=True))
    assert forms["Russian"] == "adjectival" and forms["Kharkiv"] == "name"
    assert "Russia" in set(read(every, "places").name)
    assert any(russia in list(ids) for ids in read(every, "events").place_ids)

    with pytest.raises(BatchError, match="forms"):  # a rerun with another setting
        annotate([corpus], every, forms="names")


def test_jsonl_all_carries_the_form(corpus, tmp_path):
    annotate([corpus], tmp_path / "names.jsonl")
    (rec,) = [json.loads(x) for x in (tmp_path / "names.jsonl").read_text().splitlines()]
    assert [t["name"] for t in rec["toponyms"]] == ["Ukraine", "Kharkiv"]
    assert all("form" not in t for t in rec["toponyms"])  # the evaluation schema as before
    annotate([corpus], tmp_path / "all.jsonl", forms="all")
    (rec,) = [json.loads(x) for x in (tmp_path / "all.jsonl").read_text().splitlines()]
    assert [(t["name"], t["form"]) for t in rec["toponyms"]] == [
        ("Russian", "adjectival"),
        ("Ukraine", "name"),
        ("Kharkiv", "name"),
    ]
