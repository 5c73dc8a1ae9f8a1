"""Opening an archive: the views, the date span, and clear errors for damaged folders."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest

from geo.archive import ArchiveError, Window, open_archive


def test_opens_with_span_and_passages(archive_dir: Path) -> None:
    a = open_archive(archive_dir)
    assert a.name == "news-archive"
    assert a.has_passages
    assert (a.span.first, a.span.last) == (date(2024, 1, 3), date(2024, 3, 15))
    assert (a.span.documents, a.span.undated) == (6, 1)


def test_old_archive_without_passages_opens(old_archive_dir: Path) -> None:
    assert not open_archive(old_archive_dir).has_passages


def test_window_sql() -> None:
    assert Window().open and Window().sql("d") == ("TRUE", [])
    cond, params = Window(date(2024, 1, 1), None).sql("d.date")
    assert cond == "d.date >= ?" and params == [date(2024, 1, 1)]


def _copy(src: Path, tmp_path: Path) -> Path:
    dst = tmp_path / "copy"
    shutil.copytree(src, dst)
    return dst


def _message(path: Path) -> str:
    with pytest.raises(ArchiveError) as err:
        open_archive(path)
    msg = str(err.value)
    assert str(path.parent) not in msg  # no server path, only the folder's name
    return msg


def test_missing_manifest(archive_dir: Path, tmp_path: Path) -> None:
    d = _copy(archive_dir, tmp_path)
    (d / "manifest.json").unlink()
    assert "manifest.json" in _message(d)


def test_unreadable_manifest(archive_dir: Path, tmp_path: Path) -> None:
    d = _copy(archive_dir, tmp_path)
    (d / "manifest.json").write_text("{not json", encoding="utf-8")
    assert "manifest.json is unreadable" in _message(d)


def test_missing_tables_are_named(archive_dir: Path, tmp_path: Path) -> None:
    d = _copy(archive_dir, tmp_path)
    shutil.rmtree(d / "events")
    for f in (d / "places").iterdir():
        f.unlink()
    msg = _message(d)
    assert "missing tables places, events" in msg


def test_damaged_partition_file_names_its_table(archive_dir: Path, tmp_path: Path) -> None:
    d = _copy(archive_dir, tmp_path)
    f = d / "mentions" / "part-000001.parquet"
    f.write_bytes(b"PAR1" + b"\x00garbage" * 50)
    msg = _message(d)
    assert "table mentions cannot be read" in msg
    assert "copy" in msg or "part-000001" in msg


def test_not_a_folder(tmp_path: Path) -> None:
    assert "no such folder" in _message(tmp_path / "nowhere")


def _answers(a) -> tuple:
    from geo.archive import event_timeline, passages_page, places_in_window

    places = places_in_window(a, Window())
    return (
        [(p.id, p.mentions) for p in places],
        [(p.id, p.mentions) for p in places_in_window(a, Window(date(2024, 2, 1), None))],
        event_timeline(a, Window(), "month"),
        passages_page(a, places[0].id),
    )


def test_indexes_are_kept_on_disk_and_reused(archive_dir: Path, _index_cache: Path) -> None:
    a = open_archive(archive_dir)
    assert a.index_file is not None and a.index_file.parent == _index_cache
    built = a.index_file.stat().st_mtime_ns
    first = _answers(a)
    b = open_archive(archive_dir)  # a second opening attaches the same file, unchanged
    assert b.index_file == a.index_file and b.index_file.stat().st_mtime_ns == built
    assert _answers(b) == first == _answers(open_archive(archive_dir, cache_dir=False))
    assert [p.name for p in _index_cache.iterdir()] == [a.index_file.name]  # no temp left


def test_a_changed_partition_or_a_damaged_index_file_rebuilds(
    archive_dir: Path, tmp_path: Path, _index_cache: Path
) -> None:
    d = _copy(archive_dir, tmp_path)
    a = open_archive(d)
    old = a.index_file
    assert old is not None
    a.close()
    old.write_bytes(b"not a duckdb file" * 100)  # damaged: rebuilt under the same key
    b = open_archive(d)
    assert b.index_file == old and _answers(b) == _answers(open_archive(d, cache_dir=False))
    b.close()
    f = d / "documents" / "part-000001.parquet"
    f.write_bytes(f.read_bytes())  # rewritten: another modification time, another key
    os.utime(f, ns=(f.stat().st_atime_ns, f.stat().st_mtime_ns + 10**9))
    c = open_archive(d)
    assert c.index_file is not None and c.index_file != old


def test_an_unwritable_cache_folder_falls_back_to_memory(archive_dir: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    a = open_archive(archive_dir, cache_dir=blocker / "archives")
    assert a.index_file is None
    assert _answers(a) == _answers(open_archive(archive_dir, cache_dir=False))
