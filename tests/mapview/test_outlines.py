"""Country outlines (geo.mapview.outlines, geo.mapview.data.country_outlines_json):
computed with shapely's array functions, kept in a sidecar beside the store keyed by the
store's SHA-256 -- written atomically, read at once, never used when it belongs to another
store or is damaged. A small store with three invented countries; the real one is slow."""

from __future__ import annotations

import json
import os
import shutil
import threading
from pathlib import Path

import pytest

from geo import settings
from geo.cache import BoundedCache
from geo.gazetteer import Gazetteer, checksum, open_gazetteer
from geo.mapview import country_outlines_json, data, outlines
from tests.fixtures.gazetteers import copy_store, countries_store


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    return countries_store(tmp_path_factory.mktemp("gaz") / "gazetteer.sqlite")


@pytest.fixture
def store(built, tmp_path, monkeypatch) -> Path:
    """A fresh copy of the countries store (no sidecar yet), a user folder of its own and
    no outlines memoised in this process."""
    monkeypatch.setattr(settings, "USER_DIR", tmp_path / "user")
    monkeypatch.setattr(data, "_OUTLINES", BoundedCache(8))
    (tmp_path / "store").mkdir()
    return copy_store(built, tmp_path / "store" / "gazetteer.sqlite")


@pytest.fixture
def computed(monkeypatch) -> list[str]:
    """Counts the computations (each one's store path)."""
    calls: list[str] = []
    real = outlines.compute_outlines

    def counting(gaz, how=outlines.DISPLAY):
        calls.append(str(gaz.path))
        return real(gaz, how)

    monkeypatch.setattr(outlines, "compute_outlines", counting)
    return calls


def _features(text: str) -> dict[str, dict]:
    return {f["properties"].get("n"): f for f in json.loads(text)["features"]}


def test_outlines_simplified_labelled_and_escaped(store) -> None:
    text = outlines.compute_outlines(Gazetteer(store))
    assert "<" not in text and "&" not in text  # names are HTML-escaped, then JSON-escaped
    feats = _features(text)
    assert set(feats) == {"Testland &lt;&amp;&gt;", "Isles"}  # "Nowhere" has no polygon
    land = feats["Testland &lt;&amp;&gt;"]
    assert land["geometry"]["type"] == "Polygon"  # the tiny island is dropped
    assert land["properties"] == {"n": "Testland &lt;&amp;&gt;", "lat": 45.0, "lon": 15.0,
                                  "a": 100.0}  # fmt: skip
    isles = feats["Isles"]["geometry"]  # only small islands: the largest stays
    xs = [x for x, _ in isles["coordinates"][0]]
    assert isles["type"] == "Polygon" and min(xs) == -28.0 and max(xs) == -27.88


def test_the_first_process_keeps_them_beside_the_store_atomically(store, computed) -> None:
    gaz = open_gazetteer(store)
    text = country_outlines_json(gaz)
    side = outlines.sidecar_path(store)
    assert side == store.with_name("gazetteer.sqlite.outlines.json") and side.is_file()
    assert computed == [str(store)]
    head, body = side.read_bytes().split(b"\n", 1)
    assert json.loads(head)["store_sha256"] == checksum.recorded_digest(store)
    assert body.decode() == text
    assert sorted(p.name for p in store.parent.iterdir()) == [
        "gazetteer.sqlite",
        "gazetteer.sqlite.outlines.json",
        "gazetteer.sqlite.sha256",
    ]  # no temp file left behind


def test_a_write_cut_short_leaves_the_old_sidecar_whole(store, monkeypatch) -> None:
    side = outlines.sidecar_path(store)
    digest = checksum.recorded_digest(store) or ""
    outlines.write_sidecar(side, digest, '{"old": 1}')
    before = side.read_bytes()

    def crash(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        outlines.write_sidecar(side, digest, '{"new": 2}')
    assert side.read_bytes() == before
    assert [p.name for p in store.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_the_next_process_reads_the_sidecar_and_computes_nothing(store, computed) -> None:
    first = country_outlines_json(open_gazetteer(store))
    data._OUTLINES.clear()  # as a new process
    gaz = open_gazetteer(store)
    assert country_outlines_json(gaz) == first
    assert country_outlines_json(gaz) is country_outlines_json(gaz)  # memoised
    assert computed == [str(store)]


def test_the_build_command_writes_them(store, computed, capsys) -> None:
    from geo.cli import main

    assert main(["gazetteer", "build", "--path", str(store)]) == 0
    assert "country outlines: gazetteer.sqlite.outlines.json" in capsys.readouterr().out
    assert outlines.sidecar_path(store).is_file() and len(computed) == 1
    main(["gazetteer", "build", "--path", str(store)])  # kept already: not computed again
    assert len(computed) == 1
    assert country_outlines_json(open_gazetteer(store)) and len(computed) == 1


def test_a_sidecar_of_another_store_is_not_used(store, computed) -> None:
    side = outlines.sidecar_path(store)
    outlines.write_sidecar(side, "0" * 64, '{"type":"FeatureCollection","features":[]}')
    text = country_outlines_json(open_gazetteer(store))
    assert len(_features(text)) == 2 and computed == [str(store)]
    assert outlines.read_sidecar(side, checksum.recorded_digest(store) or "") == text  # rewritten


def test_a_sidecar_of_another_simplification_is_not_used(store, computed) -> None:
    gaz = open_gazetteer(store)
    outlines.save_outlines(gaz, outlines.Simplification(tolerance=1.0))
    assert computed == [str(store)]
    country_outlines_json(gaz)
    assert len(computed) == 2


@pytest.mark.parametrize("damage", ["flipped byte", "truncated", "header", "empty", "a folder"])
def test_a_damaged_sidecar_is_computed_again_not_crashed_on(store, computed, damage) -> None:
    good = country_outlines_json(open_gazetteer(store))
    side = outlines.sidecar_path(store)
    raw = side.read_bytes()
    if damage == "flipped byte":
        side.write_bytes(raw[:-100] + bytes([raw[-100] ^ 0x01]) + raw[-99:])
    elif damage == "truncated":
        side.write_bytes(raw[: len(raw) // 2])
    elif damage == "header":
        side.write_bytes(b"\x00garbage" + raw[raw.index(b"\n") :])
    elif damage == "empty":
        side.write_bytes(b"")
    else:  # unreadable as a file, and cannot be replaced: the user's cache takes it
        side.unlink()
        side.mkdir()
    data._OUTLINES.clear()
    assert country_outlines_json(open_gazetteer(store)) == good
    assert len(computed) == 2
    if damage == "a folder":
        digest = checksum.recorded_digest(store) or ""
        assert outlines.read_sidecar(outlines.cache_path(digest), digest) == good
        data._OUTLINES.clear()
        assert country_outlines_json(open_gazetteer(store)) == good and len(computed) == 2
    else:
        assert side.read_bytes() == raw  # rewritten whole


def test_a_store_rebuilt_in_place_gets_its_own_outlines(store, built, computed) -> None:
    gaz = open_gazetteer(store)
    country_outlines_json(gaz)
    # "rebuilt": other bytes, a new checksum (a row of meta added)
    import sqlite3

    conn = sqlite3.connect(store)
    conn.execute("INSERT INTO meta VALUES ('note', 'rebuilt')")
    conn.commit()
    conn.close()
    checksum.write_checksum(store)
    country_outlines_json(Gazetteer(store))
    assert len(computed) == 2  # the old sidecar (another digest) was not used


def test_no_checksum_no_sidecar(store, computed) -> None:
    checksum.remove_checksum(store)
    gaz = Gazetteer(store)  # opened as it is (open_gazetteer would rebuild a stale store)
    assert len(_features(country_outlines_json(gaz))) == 2
    assert not outlines.sidecar_path(store).exists()
    assert outlines.save_outlines(gaz) is None


def test_the_app_does_not_wait_for_outlines_being_computed(store, monkeypatch) -> None:
    """No sidecar and a slow computation: ``wait`` bounds the wait, the outlines come
    later, computed once."""
    go = threading.Event()
    real = outlines.compute_outlines
    calls = []

    def slow(gaz, how=outlines.DISPLAY):
        calls.append(1)
        go.wait(10)
        return real(gaz, how)

    monkeypatch.setattr(outlines, "compute_outlines", slow)
    gaz = open_gazetteer(store)
    assert country_outlines_json(gaz, wait=0.05) == "null"
    assert country_outlines_json(gaz, wait=0) == "null"
    go.set()
    text = country_outlines_json(gaz, wait=10)
    assert len(_features(text)) == 2 and calls == [1]
    assert outlines.sidecar_path(store).is_file()


def test_a_computation_that_fails_is_no_outlines(store, monkeypatch) -> None:
    def broken(gaz, how=outlines.DISPLAY):
        raise OSError("disk")

    monkeypatch.setattr(outlines, "compute_outlines", broken)
    assert country_outlines_json(open_gazetteer(store)) == "null"
    assert not outlines.sidecar_path(store).exists()


def test_without_a_gazetteer_no_outlines() -> None:
    assert country_outlines_json(None) == "null"


@pytest.mark.slow
def test_the_real_store_gets_all_countries_once(gazetteer, tmp_path, monkeypatch) -> None:
    """A copy of the real store: computed (~1 s of CPU), kept, read back at once."""
    monkeypatch.setattr(settings, "USER_DIR", tmp_path / "user")
    monkeypatch.setattr(data, "_OUTLINES", BoundedCache(8))
    shutil.copyfile(gazetteer.path, tmp_path / "gazetteer.sqlite")
    shutil.copyfile(checksum.checksum_path(gazetteer.path), tmp_path / "gazetteer.sqlite.sha256")
    copy = Gazetteer(tmp_path / "gazetteer.sqlite")
    text = country_outlines_json(copy)
    feats = json.loads(text)["features"]
    assert len(feats) > 200 and len(text) < 1_000_000
    names = {f["properties"]["n"] for f in feats}
    assert {"Afghanistan", "France", "Brazil"} <= names
    data._OUTLINES.clear()
    assert outlines.stored_outlines(copy) == text
