"""Fixtures of the archive tests: the small hand-built archive of
:mod:`tests.fixtures.archive`, with and without the passage columns."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fixtures.archive import build_archive


@pytest.fixture(scope="session")
def archive_dir(tmp_path_factory) -> Path:
    return build_archive(tmp_path_factory.mktemp("arch") / "news-archive")


@pytest.fixture(scope="session")
def old_archive_dir(tmp_path_factory) -> Path:
    return build_archive(tmp_path_factory.mktemp("arch") / "old-archive", passages=False)


@pytest.fixture(autouse=True)
def _index_cache(tmp_path, monkeypatch) -> Path:
    """Index files of archives opened by these tests go to a temporary folder."""
    from geo import settings

    monkeypatch.setattr(settings, "USER_DIR", tmp_path / "user")
    return tmp_path / "user" / "cache" / "archives"
