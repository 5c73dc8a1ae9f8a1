from __future__ import annotations

import pytest

from geo.models import Analysis
from tests.fixtures.sample import sample_analysis


@pytest.fixture(scope="module")
def seed() -> Analysis:
    return sample_analysis()
