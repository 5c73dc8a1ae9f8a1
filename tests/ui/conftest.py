"""Fixtures of the UI tests: the app under ``streamlit.testing`` (AppTest), with the NLP
pipeline replaced by the hand-built seed analysis (:mod:`tests.fixtures.sample`, so the
tests need neither spaCy nor much time; the real pipeline runs in tests/test_e2e.py), a
corrections store of its own for every test, and a plain dict as the session state for
unit tests of callbacks.

Helpers that read what a run showed are in :mod:`tests.fixtures.apptest`.
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

import pytest
import streamlit
from streamlit.testing.v1 import AppTest

from geo import settings
from geo.ui import corpus, session, views
from tests.fixtures.apptest import APP
from tests.fixtures.sample import sample_analysis


@pytest.fixture(autouse=True, scope="module")
def _no_user_store(tmp_path_factory):
    """Never the user's data/user/, not even from a script run that AppTest left finishing
    in the background after its test (a rerun the page asked for)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(settings, "CORRECTIONS_DB", tmp_path_factory.mktemp("user") / "c.sqlite")
        yield


@pytest.fixture(autouse=True)
def _fresh_shared_views():
    """Tests swap the pipeline: no view made by one test is reused by the next."""
    views._VIEWS.clear()
    yield
    views._VIEWS.clear()


@pytest.fixture(autouse=True)
def corrections_db(tmp_path, monkeypatch, _no_user_store) -> Path:
    """Every test gets its own corrections store."""
    path = tmp_path / "user" / "corrections.sqlite"
    monkeypatch.setattr(settings, "CORRECTIONS_DB", path)
    return path


@pytest.fixture
def fake_pipeline(monkeypatch):
    """analyze_document -> the hand-built seed analysis (same module object as the app's)."""
    monkeypatch.setattr(corpus, "analyze_document", lambda doc: sample_analysis(document=doc))


@pytest.fixture
def app(fake_pipeline) -> AppTest:
    """The whole app (streamlit_app.py), not run yet."""
    return AppTest.from_file(APP, default_timeout=60)


class FakeSession(dict):
    """A stand-in for st.session_state in callback unit tests."""


@pytest.fixture
def session_state(monkeypatch, fake_pipeline) -> FakeSession:
    """``st.session_state`` as a plain dict holding the seed analysis as the corpus."""
    s = FakeSession()
    monkeypatch.setattr(streamlit, "session_state", s)
    a = sample_analysis()
    s[session.K_CORPUS] = OrderedDict({a.document.id: a})
    return s
