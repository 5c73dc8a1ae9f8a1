"""The command line, run as a user runs it (`python -m geo ...`)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from geo.cli import main


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
    assert "admin1" in out and "AF" in out
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
    copy = tmp_path / "gazetteer.sqlite"
    shutil.copyfile(gazetteer.path, copy)
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
