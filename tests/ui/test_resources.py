"""The process's resources: a damaged gazetteer is shown as a clear error on every page
(no server path), and the app goes on."""

from __future__ import annotations

import pytest

import geo.pipeline
from geo import settings
from geo.ui import resources
from tests.fixtures.gazetteers import copy_store, damaged_copy, small_store


@pytest.fixture()
def store_at(monkeypatch):
    """Point the app's gazetteer at a path; its caches are emptied before and after."""

    def clear():
        geo.pipeline.default_gazetteer.cache_clear()
        resources.get_gazetteer.clear()

    def point(path):
        monkeypatch.setattr(settings, "GAZETTEER_PATH", path)
        clear()

    yield point
    clear()


@pytest.fixture(scope="module")
def good(tmp_path_factory):
    return small_store(tmp_path_factory.mktemp("gaz") / "gazetteer.sqlite")


def errors(at) -> list[str]:
    return [e.value for e in at.error]


def test_a_damaged_gazetteer_is_a_clear_error_and_the_app_goes_on(app, store_at, good, tmp_path):
    bad = damaged_copy(good, tmp_path / "gazetteer.sqlite", "data page")
    store_at(bad)
    at = app.run()
    assert not at.exception
    shown = [e for e in errors(at) if "gazetteer" in e]
    assert len(shown) == 1 and "damaged" in shown[0]
    assert "`python -m geo gazetteer build`" in shown[0] and str(tmp_path) not in shown[0]
    assert at.sidebar.selectbox  # the sidebar is drawn: the app goes on
    at.switch_page("geo/ui/pages/events.py").run()
    assert not at.exception and any("damaged" in e for e in errors(at))


def test_a_rebuilt_store_is_used_on_the_next_run(app, store_at, good, tmp_path):
    bad = damaged_copy(good, tmp_path / "gazetteer.sqlite")
    store_at(bad)
    at = app.run()
    assert any("damaged" in e for e in errors(at))
    bad.unlink()
    copy_store(good, bad)  # what `python -m geo gazetteer build` leaves
    at.run()
    assert not [e for e in errors(at) if "gazetteer" in e]
    assert resources.gazetteer_or_none() is not None
