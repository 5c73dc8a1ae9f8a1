"""geo.ui.sidebar: date window and gazetteer search."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace

import pytest

from geo.ui import session
from tests.fixtures.apptest import texts
from tests.fixtures.sample import PANJSHIR, sample_analysis


def test_date_window_survives_absurd_event_dates(app):
    a = sample_analysis()
    a.events[0] = replace(a.events[0], date="0012-01-01")
    a.events[1] = replace(a.events[1], date="9999")
    app.session_state[session.K_CORPUS] = OrderedDict({a.document.id: a})
    app.run()
    assert not app.exception
    assert app.sidebar.slider[0].key == "geo_window_1700-01-01_2250-01-01"


@pytest.mark.slow  # the real gazetteer
def test_search_finds_fuzzy_spellings_and_shows_the_place(app):
    app.run()
    app.sidebar.text_input(key="geo_search_q").input("Panjsher").run()
    labels = [b.label for b in app.sidebar.button]
    hit = next(b for b in app.sidebar.button if "Panjshayr" in b.label)
    assert "province" in hit.label, labels
    hit.click().run()
    assert app.session_state[session.K_PLACE] == PANJSHIR.id
    assert app.session_state[session.K_FLY] is not None
    assert "### Panjshayr" in texts(app)


def test_search_rejects_silly_input(app):
    app.run()
    app.sidebar.text_input(key="geo_search_q").input("x" * 300).run()
    assert not app.exception
    assert app.sidebar.error
