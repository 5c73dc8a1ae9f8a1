"""Fixtures of the corrections tests."""

from __future__ import annotations

import pytest

from geo.corrections import CorrectionStore


@pytest.fixture
def store(tmp_path):
    with CorrectionStore(tmp_path / "user" / "corrections.sqlite") as s:
        yield s
