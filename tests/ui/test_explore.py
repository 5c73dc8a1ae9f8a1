"""geo.ui.explore: the Map page -- map, place panel and reading pane, linked both ways."""

from __future__ import annotations

import pytest

from geo.ui import curation, explore, session
from tests.fixtures.apptest import kabul_mentions, map_args, reader_data, readers, texts
from tests.fixtures.sample import KABUL, KAPISA, PANJSHIR, sample_analysis


def test_the_whole_document_is_highlighted_and_clickable(app):
    app.run()
    html = readers(app)["geo_reader_doc"]
    a = sample_analysis()
    assert html.count("<mark") == len(a.resolutions)
    assert html.count('data-place="geonames:1138958"') == 8
    assert 'class="geo-m unres"' in html  # unresolved: marked, not clickable
    assert html.count('class="geo-p"') == len(a.document.passages)


@pytest.mark.slow  # the real gazetteer
def test_selected_place_panel(app):
    app.session_state[session.K_PLACE] = KABUL.id
    app.run()
    assert not app.exception
    t = texts(app)
    assert "### Kabul" in t
    assert "city in Kabul, Afghanistan" in t
    assert "34.5281° N, 69.1723° E · :green-badge[confidence 0.93]" in t
    assert not any("geonames:" in x for x in t)  # no raw ids in the panel
    assert any(e.label == "Events at this place (4)" for e in app.expander)
    assert any("Passages** · 8 mentions in 7 passages" in s for s in t)
    html = readers(app)["geo_reader_place"]
    assert html.count('<mark class="geo-m g-city" data-place="geonames:1138958"') == 8
    assert reader_data(app)["geo_reader_place"]["sel"] == KABUL.id  # drawn in the browser
    assert "Kabul</mark>" in html
    table = next(m.value for m in app.markdown if m.value.startswith("| place"))
    assert "| **Kabul** ✓ | city, AF | 0.93 |" in table  # three columns: the score shows
    assert "| Kābul | province, AF | 0.31 |" in table
    assert app.query_params["place"] == KABUL.id


def test_low_confidence_place_is_flagged(app):
    app.session_state[session.K_PLACE] = KAPISA.id
    app.run()
    assert any("Low confidence (0.42)" in w.value for w in app.warning)
    box = next(e for e in app.expander if e.label == "Check and correct it")
    assert not box.proto.expanded  # opened by the person: the passages come first


@pytest.mark.slow  # the real gazetteer
def test_bazarak_hierarchy_from_the_gazetteer(app):
    app.session_state[session.K_PLACE] = "geonames:1429434"  # Bazarak: not in the document
    app.run()
    t = texts(app)
    assert "city in Panjshir, Afghanistan" in t  # the English name, not GeoNames' "Panjshayr"
    assert any("Not mentioned in the current view" in i.value for i in app.info)


def test_map_click_selects_the_place(session_state):
    key = "geo_map_x"
    session_state[key] = {"kind": "place", "id": PANJSHIR.id, "lat": 35.3, "lng": 69.7, "n": "1"}
    explore.on_map_change(key)
    assert session_state[session.K_PLACE] == PANJSHIR.id
    assert session_state.get(session.K_FLY) is None  # the user is looking at the map already
    # a click on the background selects nothing (outside the "New place" form)
    session_state[key] = {"kind": "point", "lat": 35.0, "lng": 69.0, "n": "2"}
    explore.on_map_change(key)
    assert session_state[session.K_PLACE] == PANJSHIR.id
    # garbage from the browser is ignored
    for bad in (None, "x", {"kind": "place"}, {"kind": "other", "id": KABUL.id}):
        session_state[key] = bad
        explore.on_map_change(key)
        assert session_state[session.K_PLACE] == PANJSHIR.id


def test_clicking_a_mention_selects_and_flies(session_state):
    explore.on_text_click(PANJSHIR.id, "doc")
    assert session_state[session.K_PLACE] == PANJSHIR.id
    fly = session_state[session.K_FLY]
    assert fly["center"][0] == pytest.approx(35.3368, abs=1e-3)
    assert fly["center"][1] == pytest.approx(69.7587, abs=1e-3)
    assert fly["zoom"] == 9  # the province framed (geo.mapview.view_for) ...
    assert fly["bbox"] is not None  # ... and its extent, to see whether it is in view
    first = dict(fly)
    explore.on_text_click(PANJSHIR.id, "doc")  # again: a new request
    assert session_state[session.K_FLY]["n"] != first["n"]


def test_clicking_a_mention_selects_it_for_correction(session_state):
    m = kabul_mentions()[2]
    explore.on_text_click(KABUL.id, "doc", m.start, m.end)
    assert session_state[session.K_PLACE] == KABUL.id
    assert session_state[session.K_MENTION] == {"doc": "doc", "start": m.start, "end": m.end}
    assert session_state[curation.K_SCOPE] == "mention"
    explore.on_text_click("", "doc", 5, 9)  # an unresolved mention: no place, still selected
    assert session_state[session.K_PLACE] is None and session_state[session.K_MENTION]["start"] == 5
    explore.on_text_click(KABUL.id)  # a place from a list: no mention, all of them
    assert (
        session_state[session.K_MENTION] is None and session_state[curation.K_SCOPE] == "document"
    )


def test_fly_request_reaches_the_map(app):
    app.run()
    app.session_state[session.K_PLACE] = PANJSHIR.id
    app.session_state[session.K_FLY] = {"n": "7", "center": [35.3368, 69.7587], "zoom": 7,
                                        "bbox": None, "key": None}  # fmt: skip
    app.run()
    args = map_args(app)
    assert args["fly"]["n"] == "7" and args["center"] == [35.3368, 69.7587] and args["zoom"] == 7
    assert args["selection"]["lat"] == pytest.approx(PANJSHIR.lat)


def test_corpus_view_groups_passages_by_document(app):
    app.run()
    app.switch_page("geo/ui/pages/documents.py").run()
    app.text_area(key="geo_paste_text").input("Fighting near Kabul.")
    app.button[0].click().run()
    app.session_state[session.K_DOC] = session.ALL
    app.session_state[session.K_PLACE] = KABUL.id
    app.switch_page("geo/ui/pages/map.py").run()
    assert not app.exception
    assert any("Passages** · 9 mentions in 8 passages in 2 documents" in s for s in texts(app))
    html = readers(app)["geo_reader_place"]
    assert html.count('class="geo-doc"') == 2
    assert any(s.startswith("2 documents · 7 places · 23 mentions") for s in texts(app))


def test_passages_outside_the_date_window_fold_away(app):
    from datetime import date

    app.run()
    before = readers(app)["geo_reader_doc"].count('class="geo-p')
    app.session_state[session.K_WINDOW] = (date(2021, 8, 17), date(2021, 8, 17))
    app.run()
    assert not app.exception
    after = readers(app)["geo_reader_doc"].count('class="geo-p')
    folded = next(c.value for c in app.caption if "folded away" in c.value)
    assert 0 < after < before
    assert folded.startswith(f"{before - after} passage")


def test_the_map_has_country_outlines_at_first_draw(app, tmp_path, monkeypatch):
    """The outlines the gazetteer build kept beside the store: read at once, never
    computed on the page (geo.mapview.outlines)."""
    from geo.ui import foliummap
    from tests.fixtures.gazetteers import app_gazetteer

    with app_gazetteer(tmp_path, monkeypatch):
        app.run()
        assert not app.exception
        name = map_args(app)["outlines"]
        assert name and "Testland" in foliummap.published(name)


def test_the_summary_line_counts_one_place_in_the_singular():
    from geo.ui.views import View
    from geo.view import PlaceView

    a = sample_analysis()
    one = View("k", [a], [a], [PlaceView(KABUL)], {}, (None, None), corpus_mode=False)
    assert explore.summary_line(one).startswith("1 place · 0 mentions · ")
