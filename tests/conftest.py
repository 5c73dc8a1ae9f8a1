"""Shared fixtures and the two test tiers.

* The full tier (``pytest``) runs everything: the real gazetteer (built from the installed
  registry data on first use into data/gazetteer.sqlite), the spaCy model and Chromium.
* The fast tier (``pytest -m "not slow"``) runs without them. A test is slow when it is
  marked ``slow`` or ``e2e``, or asks for the ``gazetteer`` or ``nlp`` fixture (marked here
  automatically). An unmarked test that opens the real gazetteer or loads the model fails
  with a message saying so (:func:`_fast_tier_guard`), so the fast tier stays fast.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = sorted((ROOT / "seeds").glob("*.txt"))[0]

#: fixtures that load the real gazetteer, model or browser
SLOW_FIXTURES = frozenset({"gazetteer", "nlp"})


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        uses = set(getattr(item, "fixturenames", ()))
        if item.get_closest_marker("e2e") is not None or SLOW_FIXTURES & uses:
            item.add_marker(pytest.mark.slow)


@pytest.fixture(autouse=True)
def _fast_tier_guard(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """In a test not marked slow, opening the real gazetteer or loading a spaCy model
    fails loudly instead of silently making the fast tier slow."""
    if request.node.get_closest_marker("slow") is not None:
        return
    from geo import settings
    from geo.gazetteer import Gazetteer

    real = settings.GAZETTEER_PATH.resolve()
    init = Gazetteer.__init__

    def guarded_init(self: Gazetteer, path: str | Path) -> None:
        if Path(path).resolve() == real:
            raise RuntimeError(
                f"{request.node.nodeid} opens the real gazetteer: mark it @pytest.mark.slow"
            )
        init(self, path)

    monkeypatch.setattr(Gazetteer, "__init__", guarded_init)

    def no_model(*args: object, **kwargs: object) -> None:
        raise RuntimeError(
            f"{request.node.nodeid} loads the spaCy model: mark it @pytest.mark.slow"
        )

    import spacy.util

    monkeypatch.setattr(spacy.util, "load_model_from_path", no_model)


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
