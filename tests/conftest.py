"""Shared fixtures: the real gazetteer, the spaCy model and the seed document.

The gazetteer is built from the installed registry data on first use (~20 s) into
data/gazetteer.sqlite and reused afterwards.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = sorted((ROOT / "seeds").glob("*.txt"))[0]


@pytest.fixture(scope="session")
def gazetteer():
    from geo.gazetteer import open_gazetteer

    return open_gazetteer()


@pytest.fixture(scope="session")
def nlp():
    from geo.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED
