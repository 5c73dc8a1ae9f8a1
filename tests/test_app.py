"""The Streamlit app's page logic (streamlit.testing AppTest) and its HTML helpers.

The NLP pipeline is replaced by the hand-built seed analysis (geo.ui.sample) so these
tests need neither spaCy nor much time; the real pipeline runs in tests/test_e2e.py.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
import streamlit
from streamlit.testing.v1 import AppTest

from geo.errors import DocumentError
from geo.mapview import place_tooltip
from geo.ui import documents_page, events_page, explore, render, state
from geo.ui.sample import KABUL, KAPISA, PANJSHIR, sample_analysis
from geo.ui.text import md

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "streamlit_app.py")
XSS = "<script>alert(1)</script>"


@pytest.fixture
def fake_pipeline(monkeypatch):
    """analyze_document -> the hand-built seed analysis (same module object as the app's)."""
    monkeypatch.setattr(state, "analyze_document", lambda doc: sample_analysis(document=doc))


@pytest.fixture
def app(fake_pipeline) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    return at


def seed_id() -> str:
    return state.seed_documents()[0].id


def texts(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown] + [c.value for c in at.caption]


def readers(at: AppTest) -> dict[str, str]:
    """The HTML given to each reading-pane component, by key suffix."""
    out = {}
    for e in at.main:
        if getattr(e, "type", "") == "bidi_component" and e.proto.component_name == "geo_reader":
            out[e.proto.id.rsplit("-", 1)[-1]] = json.loads(e.proto.json)["html"]
    return out


class FakeSession(dict):
    """A stand-in for st.session_state in callback unit tests."""


@pytest.fixture
def session(monkeypatch, fake_pipeline):
    s = FakeSession()
    monkeypatch.setattr(streamlit, "session_state", s)
    a = sample_analysis()
    s[state.K_CORPUS] = OrderedDict({a.document.id: a})
    return s


# --------------------------------------------------------------------------- story 1, 2


def test_app_starts_with_the_seed_and_its_map(app):
    app.run()
    assert not app.exception
    assert any(t.startswith("7 places · 22 mentions · 4 events · 1 unresolved") for t in texts(app))
    assert app.query_params["doc"] == seed_id()
    comps = [e for e in app.main if getattr(e, "type", "") == "component_instance"]
    assert [c.proto.component_name for c in comps] == ["streamlit_folium.st_folium"]
    args = json.loads(comps[0].proto.json_args)
    assert args["returned_objects"] == explore.RETURNED
    assert all(u.startswith("data:") for u in args["js_links"] + args["css_links"])
    assert '"id":"geonames:1138958"' in args["script"]
    assert args["center"] is None and args["zoom"] is None  # framed by fitBounds


def test_the_whole_document_is_highlighted_and_clickable(app):
    app.run()
    html = readers(app)["geo_reader_doc"]
    a = sample_analysis()
    assert html.count("<mark") == len(a.resolutions)
    assert html.count('data-place="geonames:1138958"') == 8
    assert 'class="geo-m unres"' in html  # unresolved: marked, not clickable
    assert html.count('class="geo-p"') == len(a.document.passages)


# --------------------------------------------------------------------------- story 3


def test_selected_place_panel(app):
    app.session_state[state.K_PLACE] = KABUL.id
    app.run()
    assert not app.exception
    t = texts(app)
    assert "### Kabul" in t
    assert "**Hierarchy:** Kabul → Kābul → Afghanistan" in t
    assert "**Coordinates:** 34.5281° N, 69.1723° E" in t
    assert "**Confidence:** :green-badge[0.93]" in t
    assert any(e.label == "Events at this place (4)" for e in app.expander)
    assert any("Passages** · 8 mentions in 7 passages" in s for s in t)
    html = readers(app)["geo_reader_place"]
    assert html.count('<mark class="geo-m g-city sel"') == 8
    assert "Kabul</mark>" in html
    table = next(m.value for m in app.markdown if m.value.startswith("| | name"))
    assert "| ✓ | Kabul | city | AF | 34.528, 69.172 | 0.93 |" in table
    assert "|  | Kābul | province | AF |" in table
    assert app.query_params["place"] == KABUL.id


def test_low_confidence_place_is_flagged(app):
    app.session_state[state.K_PLACE] = KAPISA.id
    app.run()
    assert any("Low confidence (0.42)" in w.value for w in app.warning)


def test_bazarak_hierarchy_from_the_gazetteer(app):
    app.session_state[state.K_PLACE] = "geonames:1429434"  # Bazarak: not in the document
    app.run()
    t = texts(app)
    assert "**Hierarchy:** Bāzārak → Panjshayr → Afghanistan" in t
    assert any("Not mentioned in the current view" in i.value for i in app.info)


def test_map_click_selects_the_place(session):
    key = "geo_map_x"
    session[key] = {
        "last_object_clicked_count": 1,
        "last_object_clicked_tooltip": place_tooltip(PANJSHIR, 8),
    }
    explore.on_map_change(key)
    assert session[state.K_PLACE] == PANJSHIR.id
    assert session.get(state.K_FLY) is None  # the user is looking at the map already
    # the same click reported again is not a new click; a cluster click selects nothing
    session[state.K_PLACE] = KABUL.id
    explore.on_map_change(key)
    assert session[state.K_PLACE] == KABUL.id
    session[key] = {
        "last_object_clicked_count": 2,
        "last_object_clicked_tooltip": "3 places · click to zoom in",
    }
    explore.on_map_change(key)
    assert session[state.K_PLACE] == KABUL.id
    # clicking the same place again after selecting another one from the text works
    session[key] = {
        "last_object_clicked_count": 3,
        "last_object_clicked_tooltip": place_tooltip(PANJSHIR, 8),
    }
    explore.on_map_change(key)
    assert session[state.K_PLACE] == PANJSHIR.id


# --------------------------------------------------------------------------- story 4


def test_clicking_a_mention_selects_and_flies(session):
    explore.on_text_click(PANJSHIR.id, "doc")
    assert session[state.K_PLACE] == PANJSHIR.id
    fly = session[state.K_FLY]
    assert fly["center"][0] == pytest.approx(35.3368, abs=1e-3)
    assert fly["center"][1] == pytest.approx(69.7587, abs=1e-3)
    assert round(fly["zoom"]) == 7
    first = dict(fly)
    explore.on_text_click(PANJSHIR.id, "doc")  # again: still a change for st_folium
    assert session[state.K_FLY]["center"] != first["center"]


def test_fly_request_reaches_st_folium(app):
    app.run()
    app.session_state[state.K_PLACE] = PANJSHIR.id
    app.session_state[state.K_FLY] = {"center": [35.3368, 69.7587], "zoom": 7, "key": None}
    app.run()
    comp = next(e for e in app.main if getattr(e, "type", "") == "component_instance")
    args = json.loads(comp.proto.json_args)
    assert args["center"] == [35.3368, 69.7587] and args["zoom"] == 7
    assert "geo-selection" in args["feature_group"]


# --------------------------------------------------------------------------- story 6


def test_date_window_filters_map_events_and_passages(app):
    app.session_state[state.K_WINDOW] = (date(2021, 8, 15), date(2021, 8, 17))
    app.run()
    assert not app.exception
    t = texts(app)
    line = next(s for s in t if "places ·" in s)
    assert line.startswith("4 places") and "date window 2021-08-15 → 2021-08-17" in line
    assert app.query_params["from"] == "2021-08-15" and app.query_params["to"] == "2021-08-17"
    view = app.session_state[state.K_VIEW]
    assert {e.date for a in view.analyses for e in a.events} == {
        "2021-08-15",
        "2021-08-17",
        "2021-08",
    }
    rows, undated = events_page.event_rows(view)
    assert [r["date"] for r in rows] == ["2021-08", "2021-08-15", "2021-08-17"] and undated == 0
    app.switch_page("geo/ui/pages/events.py").run()
    assert not app.exception
    assert "### Events" in texts(app)
    assert len(app.dataframe[0].value) == 3


def test_events_timeline_chart():
    a = sample_analysis()
    view = state.View("k", [a], [a], [], {}, (None, None), False)
    rows, undated = events_page.event_rows(view)
    assert len(rows) == 4 and undated == 0
    spec = events_page.timeline(rows).to_dict()
    assert spec["layer"][0]["mark"]["type"] == "bar"


def test_date_window_survives_absurd_event_dates(app):
    a = sample_analysis()
    a.events[0] = replace(a.events[0], date="0012-01-01")
    a.events[1] = replace(a.events[1], date="9999")
    app.session_state[state.K_CORPUS] = OrderedDict({a.document.id: a})
    app.run()
    assert not app.exception
    assert app.sidebar.slider[0].key == "geo_window_1700-01-01_2250-01-01"


# --------------------------------------------------------------------------- story 7


def test_search_finds_fuzzy_spellings_and_shows_the_place(app):
    app.run()
    app.sidebar.text_input(key="geo_search_q").input("Panjsher").run()
    labels = [b.label for b in app.sidebar.button]
    hit = next(b for b in app.sidebar.button if "Panjshayr" in b.label)
    assert "province" in hit.label, labels
    hit.click().run()
    assert app.session_state[state.K_PLACE] == PANJSHIR.id
    assert app.session_state[state.K_FLY] is not None
    assert "### Panjshayr" in texts(app)


def test_search_rejects_silly_input(app):
    app.run()
    app.sidebar.text_input(key="geo_search_q").input("x" * 300).run()
    assert not app.exception
    assert app.sidebar.error


# --------------------------------------------------------------------------- story 8


def test_paste_a_document(app):
    app.run()
    app.switch_page("geo/ui/pages/documents.py").run()
    app.text_area(key="geo_paste_text").input("Talks were held in Kabul.\n\nLater, Kapisa.")
    app.text_input(key="geo_paste_title").input(XSS)
    app.button[0].click().run()
    assert not app.exception
    assert len(app.session_state[state.K_CORPUS]) == 2
    doc_id = app.session_state[state.K_DOC]
    assert doc_id != state.ALL and app.session_state[state.K_CORPUS][doc_id].document.title == XSS
    assert any("Added" in s.value and "&lt;" not in s.value for s in app.success)
    assert all(XSS not in m.value for m in app.markdown)  # shown escaped


def test_corpus_view_groups_passages_by_document(app):
    app.run()
    app.switch_page("geo/ui/pages/documents.py").run()
    app.text_area(key="geo_paste_text").input("Fighting near Kabul.")
    app.button[0].click().run()
    app.session_state[state.K_DOC] = state.ALL
    app.session_state[state.K_PLACE] = KABUL.id
    app.switch_page("geo/ui/pages/map.py").run()
    assert not app.exception
    assert any("Passages** · 9 mentions in 8 passages in 2 documents" in s for s in texts(app))
    html = readers(app)["geo_reader_place"]
    assert html.count('class="geo-doc"') == 2
    assert any(s.startswith("2 documents · 7 places · 23 mentions") for s in texts(app))


class Upload:
    def __init__(self, name: str, data: bytes) -> None:
        self.name, self._data = name, data

    def getvalue(self) -> bytes:
        return self._data


def test_bad_uploads_give_clear_errors_and_good_ones_are_added(session):
    with pytest.raises(DocumentError):
        documents_page._read_upload(Upload("broken.pdf", b"%PDF-1.4 this is not a pdf"))
    documents_page.add_uploads(
        [
            Upload("broken.pdf", b"%PDF-1.4 this is not a pdf"),
            Upload("empty.txt", b"   "),
            Upload("image.png", b"\x89PNG\r\n"),
            Upload("good.md", b"# Report\n\nTroops left Kabul for Kapisa."),
        ]
    )
    msgs = session[state.K_MESSAGES]
    errors = [t for lvl, t in msgs if lvl == "error"]
    assert len(errors) == 3
    assert any("broken.pdf" in e for e in errors) and any("empty.txt" in e for e in errors)
    assert any(lvl == "success" for lvl, _ in msgs)
    assert len(session[state.K_CORPUS]) == 2
    new = list(session[state.K_CORPUS].values())[1]
    assert new.document.source == "good.md" and session[state.K_DOC] == new.document.id


def test_html_and_docx_uploads(session):
    import io

    import docx

    d = docx.Document()
    d.add_paragraph("Convoys reached Kapisa.")
    buf = io.BytesIO()
    d.save(buf)
    html = b"<html><body><nav>menu</nav><main><p>Talks in Kabul.</p></main></body></html>"
    documents_page.add_uploads([Upload("a.docx", buf.getvalue()), Upload("b.html", html)])
    docs = list(session[state.K_CORPUS].values())[1:]
    assert [a.document.source for a in docs] == ["a.docx", "b.html"]
    assert "Kapisa" in docs[0].document.text and "menu" not in docs[1].document.text
    assert session[state.K_DOC] == state.ALL  # several added: the corpus view


def test_jsonl_corpus_upload(session):
    lines = b'{"id": "a", "text": "Kabul fell."}\n{"id": "b", "text": "Kapisa was quiet."}\n'
    documents_page.add_uploads([Upload("corpus.jsonl", lines)])
    assert list(session[state.K_CORPUS])[1:] == ["a", "b"]
    assert session[state.K_DOC] == state.ALL


# --------------------------------------------------------------------------- story 10


def test_url_brings_back_document_place_and_window(app):
    app.query_params["doc"] = seed_id()
    app.query_params["place"] = KABUL.id
    app.query_params["from"] = "2021-08-15"
    app.query_params["to"] = "2021-08-17"
    app.run()
    assert not app.exception
    assert app.session_state[state.K_DOC] == seed_id()
    assert app.session_state[state.K_PLACE] == KABUL.id
    assert app.session_state[state.K_WINDOW] == (date(2021, 8, 15), date(2021, 8, 17))
    assert "### Kabul" in texts(app)
    slider = app.sidebar.slider[0]
    assert slider.value == (date(2021, 8, 15), date(2021, 8, 17))
    assert app.query_params["place"] == KABUL.id and app.query_params["from"] == "2021-08-15"
    comp = next(e for e in app.main if getattr(e, "type", "") == "component_instance")
    assert json.loads(comp.proto.json_args)["center"] is not None  # flies to the place


def test_url_with_unknown_things_is_harmless(app):
    app.query_params["doc"] = "nope"
    app.query_params["place"] = "geonames:0"
    app.query_params["from"] = "garbage"
    app.run()
    assert not app.exception
    assert any("not loaded" in w.value for w in app.warning)
    assert app.session_state[state.K_WINDOW] == (None, None)


# --------------------------------------------------------------------------- HTML helpers


def test_passage_html_marks_and_escapes():
    a = sample_analysis(f"{XSS} fighting in Kabul & Kapisa.\n\nNothing here.", doc_id='d"1')
    html = render.passage_html(a, 0, selected=KABUL.id)
    assert XSS not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&amp; " in html
    assert 'data-doc="d&quot;1"' in html
    assert '<mark class="geo-m g-city sel" data-place="geonames:1138958"' in html
    assert 'class="geo-m g-admin low"' in html  # Kapisa, low confidence
    assert (
        render.passage_html(a, 1)
        == '<p class="geo-p" data-doc="d&quot;1" data-passage="1">Nothing here.</p>'
    )
    # the text is reproduced exactly (unescaped)
    import html as h
    import re

    assert h.unescape(re.sub(r"<[^>]+>", "", html)) == a.document.passage_text(0)


def test_overlapping_mentions_are_not_doubled():
    a = sample_analysis("Kabul is big.", doc_id="o")
    r = a.resolutions[0]
    a.resolutions.append(replace(r, mention=replace(r.mention, start=0, end=3, text="Kab")))
    html = render.passage_html(a, 0)
    assert html.count("<mark") == 1


def test_document_title_prefers_something_readable():
    a = sample_analysis()
    a.document.title = "000_3a22f56b70f5f393"
    assert render.document_title(a).startswith("It has been a week now since the Taliban")
    a.document.title = "Panjshir report"
    assert render.document_title(a) == "Panjshir report"


def test_markdown_escaping():
    assert md("[x](javascript:alert(1))") == r"\[x\]\(javascript\:alert\(1\)\)"
    assert md("*bold* <b>") == r"\*bold\* \<b\>"
    assert md("a\nb") == "a b"
