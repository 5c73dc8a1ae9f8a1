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
    # the slider spans where the dates cluster; the absurd ones are counted, not spanned
    assert app.sidebar.slider[0].key == "geo_window_2021-08-01_2021-09-06"
    assert any("1 earlier and 1 later" in c.value for c in app.sidebar.caption)


def test_slider_focuses_where_the_dates_cluster_with_a_step_for_the_span():
    from datetime import date, timedelta

    from geo.view import date_step, focus_span

    days = [date(2001, 1, 1)] + [date(2021, 8, d) for d in (15, 16, 17, 20, 30)]
    assert focus_span(days) == (date(2021, 8, 15), date(2021, 8, 30))
    assert focus_span([date(2021, 8, 15)]) == (date(2021, 8, 15), date(2021, 8, 15))
    assert date_step(date(2021, 1, 1), date(2021, 3, 1)) == timedelta(days=1)
    assert date_step(date(2019, 1, 1), date(2021, 3, 1)) == timedelta(days=7)
    assert date_step(date(1990, 1, 1), date(2021, 3, 1)) == timedelta(days=30)


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
    # shown as the documents name it, the gazetteer's transliteration beside it
    assert "### Panjshir :gray[(Panjshayr)]" in texts(app)


def test_search_rejects_silly_input(app):
    app.run()
    app.sidebar.text_input(key="geo_search_q").input("x" * 300).run()
    assert not app.exception
    assert app.sidebar.error
