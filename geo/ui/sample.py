"""Transitional alias of :mod:`tests.fixtures.sample` (the UI's test fixture, moved there).

Only for ``tests/test_mapview.py`` and ``tests/test_export.py``, which still import it
from here; delete this module once they import ``tests.fixtures.sample``. Importable only
with the repository root on ``sys.path`` (``python -m pytest`` from the root).
"""

from tests.fixtures.sample import (
    AFGHANISTAN,
    HINDU_KUSH,
    KABUL,
    KABUL_PROVINCE,
    KAPISA,
    PANJSHIR,
    PLACES,
    RIVER,
    VALLEY,
    sample_analysis,
    sample_date,
    seed_text,
)

__all__ = [
    "AFGHANISTAN",
    "HINDU_KUSH",
    "KABUL",
    "KABUL_PROVINCE",
    "KAPISA",
    "PANJSHIR",
    "PLACES",
    "RIVER",
    "VALLEY",
    "sample_analysis",
    "sample_date",
    "seed_text",
]
