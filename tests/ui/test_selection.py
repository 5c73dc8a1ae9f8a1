"""geo.ui.selection: the selection and its mirror in the URL."""

from __future__ import annotations

from datetime import date

from geo.ui import session
from tests.fixtures.apptest import map_args, seed_id, texts
from tests.fixtures.sample import KABUL


def test_url_brings_back_document_place_and_window(app):
    app.query_params["doc"] = seed_id()
    app.query_params["place"] = KABUL.id
    app.query_params["from"] = "2021-08-15"
    app.query_params["to"] = "2021-08-17"
    app.run()
    assert not app.exception
    assert app.session_state[session.K_DOC] == seed_id()
    assert app.session_state[session.K_PLACE] == KABUL.id
    assert app.session_state[session.K_WINDOW] == (date(2021, 8, 15), date(2021, 8, 17))
    assert "### Kabul" in texts(app)
    slider = app.sidebar.slider[0]
    assert slider.value == (date(2021, 8, 15), date(2021, 8, 17))
    assert app.query_params["place"] == KABUL.id and app.query_params["from"] == "2021-08-15"
    assert map_args(app)["center"] is not None  # flies to the place


def test_url_with_unknown_things_is_harmless(app):
    app.query_params["doc"] = "nope"
    app.query_params["place"] = "geonames:0"
    app.query_params["from"] = "garbage"
    app.run()
    assert not app.exception
    assert any("not loaded" in w.value for w in app.warning)
    assert app.session_state[session.K_WINDOW] == (None, None)
