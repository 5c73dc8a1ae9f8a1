"""The command line, run as a user runs it (`python -m geo ...`)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from geo.cli import main
from tests.fixtures.gazetteers import copy_store, damaged_copy, small_store


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "geo", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **(env or {})},
    )


def test_help_lists_the_subcommands():
    r = run("--help")
    assert r.returncode == 0
    for cmd in ("gazetteer", "parse", "annotate"):
        assert cmd in r.stdout


def test_lookup_json(gazetteer, capsys):
    assert main(["gazetteer", "lookup", "Kabul", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["id"] == "geonames:1138958"
    assert set(rows[0]) >= {
        "id",
        "name",
        "kind",
        "country",
        "admin1",
        "lat",
        "lon",
        "population",
        "source",
    }
    assert any(r["kind"] == "admin1" for r in rows)


def test_lookup_table_and_no_match(gazetteer, capsys):
    assert main(["gazetteer", "lookup", "Kapisa"]) == 0
    out = capsys.readouterr().out
    assert "province" in out and "AF" in out  # the kind as readers say it
    assert main(["gazetteer", "lookup", "Xqzzyqx", "--no-fuzzy"]) == 0
    assert "no match" in capsys.readouterr().out


@pytest.mark.parametrize(
    "args, message",
    [
        (["gazetteer", "lookup", ""], "empty"),
        (["gazetteer", "lookup", "x" * 10_240], "limit"),
        (["gazetteer", "search", "   "], "empty"),
        (["gazetteer", "lookup", "Kabul", "--limit", "0"], "limit"),
    ],
)
def test_bad_input_exits_2_with_a_clear_message(gazetteer, capsys, args, message):
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and message in err


def test_import_geonames_rejects_invalid_file(tmp_path, gazetteer):
    # on a copy: an import writes to the store, and the shared one must stay as built
    copy = copy_store(gazetteer.path, tmp_path / "gazetteer.sqlite")
    f = tmp_path / "allCountries.txt"
    f.write_text("not\ta\tgeonames\tline\n", encoding="utf-8")
    r = run("gazetteer", "import-geonames", str(f), env={"GEO_GAZETTEER": str(copy)})
    assert r.returncode == 2
    assert "allCountries.txt:1" in r.stderr and "19 tab-separated columns" in r.stderr


def test_parse_rejects_unknown_file(tmp_path, capsys):
    f = tmp_path / "x.exe"
    f.write_bytes(b"MZ\x00\x00")
    assert main(["parse", str(f)]) == 2
    assert "x.exe" in capsys.readouterr().err


def test_bad_date_is_a_usage_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as e:
        main(["parse", str(tmp_path / "a.txt"), "--date", "2021-13-45"])
    assert e.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_lookup_table_has_a_header_row_and_english_names(gazetteer, capsys):
    assert main(["gazetteer", "lookup", "Panjshir", "--limit", "3"]) == 0
    header, first, *_ = capsys.readouterr().out.splitlines()
    assert header.split()[:4] == ["ID", "NAME", "GAZETTEER", "NAME"]
    assert "KIND" in header and "POPULATION" in header
    assert first.split()[:4] == ["geonames:6957555", "Panjshir", "Panjshayr", "province"]
    assert main(["gazetteer", "lookup", "Kapisa", "--json"]) == 0
    (row, *_) = json.loads(capsys.readouterr().out)
    assert (row["name"], row["english_name"], row["kind_label"]) == ("Kāpīsā", "Kapisa", "province")


def test_parse_outputs_into_a_folder_get_readable_names(tmp_path, monkeypatch, capsys):
    """``parse --geojson DIR --kml DIR`` names the files after the document's title and date
    (the analysis is the hand-built seed: no model, no gazetteer)."""
    import xml.etree.ElementTree as ET

    import geo.pipeline
    from tests.fixtures.sample import sample_analysis

    f = tmp_path / "Kabul falls.txt"
    f.write_text("Date: 2021-08-15\n\nThe Taliban took control of Kabul.\n", "utf-8")
    monkeypatch.setattr(geo.pipeline, "analyze", lambda doc: sample_analysis(document=doc))
    monkeypatch.setattr(geo.pipeline, "default_gazetteer", lambda: None)
    out = tmp_path / "out"
    out.mkdir()
    assert main(["parse", str(f), "--geojson", str(out), "--kml", str(out)]) == 0
    written = sorted(p.name for p in out.iterdir())
    assert written == ["kabul-falls_2021-08-15.geojson", "kabul-falls_2021-08-15.kml"]
    fc = json.loads((out / written[0]).read_text("utf-8"))
    assert str(tmp_path) not in json.dumps(fc) and fc["documents"][0]["source"] == f.name
    ET.fromstring((out / written[1]).read_text("utf-8"))
    assert main(["parse", str(f), "--geojson", str(tmp_path / "named.geojson")]) == 0
    assert (tmp_path / "named.geojson").exists()


# --- a damaged gazetteer ------------------------------------------------------------------


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    return small_store(tmp_path_factory.mktemp("gaz") / "gazetteer.sqlite")


@pytest.mark.parametrize("where", ["header", "index page", "data page", "last page"])
@pytest.mark.parametrize(
    "args", [["gazetteer", "info"], ["gazetteer", "lookup", "Kharkiv"], ["parse", "DOC"]]
)
def test_a_damaged_gazetteer_is_refused_with_how_to_rebuild(small, tmp_path, args, where):
    doc = tmp_path / "doc.txt"
    doc.write_text("Russian troops crossed into Ukraine near Kharkiv.", encoding="utf-8")
    bad = damaged_copy(small, tmp_path / "gazetteer.sqlite", where)
    r = run(*[str(doc) if a == "DOC" else a for a in args], env={"GEO_GAZETTEER": str(bad)})
    assert r.returncode == 2, r.stderr
    assert r.stderr.startswith("error: the gazetteer ") and "is damaged" in r.stderr
    assert "`python -m geo gazetteer build`" in r.stderr and "Traceback" not in r.stderr


def test_verify_and_checksum(small, tmp_path, monkeypatch, capsys):
    from geo.gazetteer import checksum

    p = copy_store(small, tmp_path / "gazetteer.sqlite")
    assert main(["gazetteer", "verify", "--path", str(p)]) == 0
    assert "ok (SHA-256 matches" in capsys.readouterr().out
    checksum.checksum_path(p).unlink()  # a store from before checksums
    assert main(["gazetteer", "verify", "--path", str(p)]) == 2
    assert "no recorded checksum" in capsys.readouterr().err
    assert main(["gazetteer", "checksum", "--path", str(p)]) == 0
    assert checksum.check(p) == "ok"
    bad = damaged_copy(p, tmp_path / "bad.sqlite")
    assert main(["gazetteer", "checksum", "--path", str(bad)]) == 2  # never re-blessed
    assert "is damaged" in capsys.readouterr().err


# --- --forms ------------------------------------------------------------------------------

SENTENCE = "Russian troops crossed into Ukraine near Kharkiv."


def test_forms_is_in_the_help_with_its_default():
    for cmd in ("parse", "annotate"):
        r = run(cmd, "--help")
        assert r.returncode == 0
        flat = " ".join(r.stdout.split())
        assert "--forms {names,all,facilities}" in flat and "names (default)" in flat


def test_parse_forms_names_and_all(gazetteer, nlp, tmp_path, capsys):
    f = tmp_path / "troops.txt"
    f.write_text(SENTENCE, encoding="utf-8")
    out = tmp_path / "names.json"
    assert main(["parse", str(f), "--json", str(out)]) == 0  # default: names
    places = capsys.readouterr().out.split("events:")[0]
    assert "2 places" in places and "Kharkiv" in places and "Russia" not in places
    names = json.loads(out.read_text(encoding="utf-8"))
    assert {r["mention"]["form"] for r in names["resolutions"]} == {"name"}
    out_all = tmp_path / "all.json"
    assert main(["parse", str(f), "--forms", "all", "--json", str(out_all)]) == 0
    text = capsys.readouterr().out
    assert "Russian (adjectival)" in text and "3 places" in text
    every = json.loads(out_all.read_text(encoding="utf-8"))
    russian = [r for r in every["resolutions"] if r["mention"]["text"] == "Russian"]
    assert russian[0]["mention"]["form"] == "adjectival"
    assert any(p["place"]["name"] == "Russia" for p in every["places"])


def test_parse_lists_places_under_the_names_the_text_uses(gazetteer, nlp, tmp_path, capsys):
    f = tmp_path / "north.txt"
    f.write_text("Fighting continued in Mazar-i-Sharif on Monday.", encoding="utf-8")
    assert main(["parse", str(f)]) == 0
    places = capsys.readouterr().out.split("events:")[0]
    lines = [ln.strip() for ln in places.splitlines() if "city" in ln]
    assert lines and lines[0].startswith("Mazar-i-Sharif ")  # not GeoNames' "Mazār-e Sharīf"
