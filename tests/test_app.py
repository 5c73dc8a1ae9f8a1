"""The Streamlit app's page logic (streamlit.testing AppTest) and its HTML helpers.

The NLP pipeline is replaced by the hand-built seed analysis (geo.ui.sample) so these
tests need neither spaCy nor much time; the real pipeline runs in tests/test_e2e.py.
"""

from __future__ import annotations

import json
import re
from collections import OrderedDict
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
import streamlit
from streamlit.testing.v1 import AppTest

from geo import settings
from geo.corrections import CorrectionStore
from geo.errors import DocumentError
from geo.export import to_csv, to_geojson, to_lpf
from geo.mapview import place_tooltip
from geo.ui import curation, documents_page, events_page, explore, render, state
from geo.ui.sample import KABUL, KABUL_PROVINCE, KAPISA, PANJSHIR, sample_analysis
from geo.ui.text import md

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "streamlit_app.py")
XSS = "<script>alert(1)</script>"


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
    state._VIEWS.clear()
    yield
    state._VIEWS.clear()


@pytest.fixture(autouse=True)
def corrections_db(tmp_path, monkeypatch, _no_user_store) -> Path:
    """Every test gets its own corrections store."""
    path = tmp_path / "user" / "corrections.sqlite"
    monkeypatch.setattr(settings, "CORRECTIONS_DB", path)
    return path


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


def unmd(s: str) -> str:
    """Undo geo.ui.text.md (markdown escaping) for assertions."""
    return re.sub(r"\\(.)", r"\1", s)


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
    box = next(e for e in app.expander if e.label == "Check and correct it")
    assert box.proto.expanded  # low confidence: the correction box is open


def test_a_place_from_the_map_offers_a_closed_correction_box(app):
    app.session_state[state.K_PLACE] = KABUL.id
    app.run()
    box = next(e for e in app.expander if e.label == "Wrong place? Correct it")
    assert not box.proto.expanded
    chooser = next(b for b in app.main.selectbox if b.label == "Mention to correct")
    assert len(chooser.options) == 8 and "[Kabul]" in chooser.options[0]
    assert app.radio(key=curation.K_SCOPE).value == "document"  # all its identical mentions


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
    errors = [unmd(t) for lvl, t in msgs if lvl == "error"]  # markdown-escaped
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


# --------------------------------------------------------------------------- corrections


def kabul_mentions() -> list:
    """The seed's "Kabul" mentions (offsets are the same in the app's seed analysis)."""
    a = sample_analysis()
    return [r.mention for r in a.resolutions if r.mention.text == "Kabul"]


def open_mention(app: AppTest, m, *, place: str | None = KABUL.id) -> AppTest:
    """What a click on a highlighted name in the text does (explore.on_text_click)."""
    app.session_state[state.K_PLACE] = place
    app.session_state[state.K_MENTION] = {"doc": seed_id(), "start": m.start, "end": m.end}
    app.session_state[curation.K_SCOPE] = "mention"
    return app.run()


def toasts(app: AppTest) -> list[str]:
    return [unmd(t.value) for t in app.toast]


def shown(app: AppTest) -> state.View:
    return app.session_state[state.K_VIEW]


def map_script(app: AppTest) -> str:
    comp = next(e for e in app.main if getattr(e, "type", "") == "component_instance")
    return json.loads(comp.proto.json_args)["script"]


def test_clicking_a_mention_selects_it_for_correction(session):
    m = kabul_mentions()[2]
    explore.on_text_click(KABUL.id, "doc", m.start, m.end)
    assert session[state.K_PLACE] == KABUL.id
    assert session[state.K_MENTION] == {"doc": "doc", "start": m.start, "end": m.end}
    assert session[curation.K_SCOPE] == "mention"
    explore.on_text_click("", "doc", 5, 9)  # an unresolved mention: no place, still selected
    assert session[state.K_PLACE] is None and session[state.K_MENTION]["start"] == 5
    explore.on_text_click(KABUL.id)  # a place from a list: no mention, all of them
    assert session[state.K_MENTION] is None and session[curation.K_SCOPE] == "document"


def test_mention_panel_shows_the_correction_controls(app):
    app.run()
    open_mention(app, kabul_mentions()[0])
    assert not app.exception
    assert "### Kabul" in texts(app)
    box = next(e for e in app.expander if e.label == "Correct this mention")
    assert box.proto.expanded
    assert "“Kabul” :blue-badge[confidence 0.93]" in texts(app)
    labels = {b.key: unmd(b.label) for b in app.main.button}
    assert labels["geo_fix_alt_0"] == "✓ Kabul · city · AF · 0.93 — confirm"
    assert labels["geo_fix_alt_1"] == "Kābul · province · AF · 0.31"
    assert labels["geo_fix_nap"] == "✗ Not a place"
    assert [t.label for t in app.tabs] == list(curation.TABS)
    scope = app.radio(key=curation.K_SCOPE)
    assert [unmd(o) for o in scope.options] == [
        "this mention", "all 8 “Kabul” in this document", "all “Kabul” in every document (8 now)"
    ]  # fmt: skip
    assert "No corrections in this document yet." in texts(app)
    assert 'class="geo-m g-city sel cur"' in readers(app)["geo_reader_doc"]


def test_pick_another_candidate_updates_map_panel_reader_and_exports(app, corrections_db):
    app.run()
    m = kabul_mentions()[0]
    open_mention(app, m)
    app.button(key="geo_fix_alt_1").click().run()
    assert not app.exception
    (ack,) = toasts(app)
    assert ack.startswith("Saved: “Kabul” → Kābul (this mention) · #")
    with CorrectionStore(corrections_db) as store:
        (c,) = store.history()
    assert (c.action, c.place_id, c.start, c.scope) == ("assign", KABUL_PROVINCE.id, m.start,
                                                         "mention")  # fmt: skip
    assert ack.endswith(c.id[:8])  # the acknowledgement names the stored row
    # the panel follows the mention to its new place, marked verified
    assert app.session_state[state.K_PLACE] == KABUL_PROVINCE.id
    assert "### Kābul" in texts(app)
    assert "**Resolution:** :green-badge[✔ verified] by a person" in texts(app)
    assert "“Kabul” :green-badge[✔ verified]" in texts(app)
    assert app.button(key="geo_fix_alt_1").disabled  # already the verified choice
    # the reader marks it, the map shows it, the URL follows
    html = readers(app)["geo_reader_doc"]
    assert len(re.findall(r'class="[^"]* ver\b', html)) == 1
    assert 'data-place="geonames:1138957"' in html
    assert "Kābul · province · 1 mention · ✔ verified [geonames:1138957]" in map_script(app)
    assert app.query_params["place"] == KABUL_PROVINCE.id
    # every export reflects it and marks it verified
    view = shown(app)
    rows = [r for r in to_csv(view.analyses).splitlines() if ",Kabul," in r]
    assert sum(",geonames:1138957,Kābul,admin1," in r and ",true,resolved" in r for r in rows) == 1
    assert sum(",false,resolved" in r for r in rows) == 7
    fc = to_geojson(view.analyses)
    prov = next(f for f in fc["features"] if f["id"] == KABUL_PROVINCE.id)["properties"]
    assert prov["verified"] is True and [x["verified"] for x in prov["mentions"]] == [True]
    city = next(f for f in fc["features"] if f["id"] == KABUL.id)["properties"]
    assert city["verified"] is False and city["mention_count"] == 7
    lpf = next(f for f in to_lpf(view.analyses)["features"] if f["properties"]["title"] == "Kābul")
    assert lpf["properties"]["verified"] is True and lpf["properties"]["verified_mentions"] == 1
    # nothing was re-analysed: the corrected view comes from the cached analysis
    raw = app.session_state[state.K_CORPUS][seed_id()]
    assert next(r.place for r in raw.resolutions if r.mention.start == m.start) == KABUL


def test_sessions_share_one_view_and_a_correction_renews_it_for_all(fake_pipeline):
    """Two people on the same document share the view (and its rendered map); one's
    correction gives both a new, corrected view -- made once."""
    ana = AppTest.from_file(APP, default_timeout=60)
    bo = AppTest.from_file(APP, default_timeout=60)
    ana.run()
    bo.run()
    assert shown(ana) is shown(bo)
    before = shown(ana)
    m = kabul_mentions()[0]
    open_mention(ana, m)
    ana.button(key="geo_fix_nap").click().run()
    assert not ana.exception
    assert shown(ana) is not before  # the correction made a new view ...
    bo.run()
    assert shown(bo) is shown(ana)  # ... which the other session gets as it is
    r = next(r for r in shown(bo).full[0].resolutions if r.mention.start == m.start)
    assert r.place is None and r.verified
    assert len(state._VIEWS) == 2


def test_scope_document_corrects_every_identical_mention(app, corrections_db):
    app.run()
    open_mention(app, kabul_mentions()[3])
    app.radio(key=curation.K_SCOPE).set_value("document").run()
    app.button(key="geo_fix_alt_1").click().run()
    assert not app.exception
    assert toasts(app)[0].startswith("Saved: “Kabul” → Kābul (this document)")
    view = shown(app)
    assert KABUL.id not in view.by_id and view.by_id[KABUL_PROVINCE.id].count == 8
    assert all(
        r.verified for a in view.analyses for r in a.resolutions if r.mention.text == "Kabul"
    )


def test_a_correction_does_not_take_back_a_newer_click(app, corrections_db):
    """A click on another name that reaches the app together with "Not a place" (one
    batch of events, under load) keeps its selection: the correction is saved, but the
    panel does not jump back to the corrected mention."""
    app.run()
    first, other = kabul_mentions()[1], kabul_mentions()[4]
    open_mention(app, first)
    # the other click, applied before the correction's callback runs
    app.session_state[state.K_MENTION] = {"doc": seed_id(), "start": other.start,
                                          "end": other.end}  # fmt: skip
    app.button(key="geo_fix_nap").click().run()
    assert not app.exception
    assert toasts(app)[0].startswith("Saved: “Kabul” → not a place (this mention)")
    assert app.session_state[state.K_MENTION]["start"] == other.start
    with CorrectionStore(corrections_db) as store:
        (c,) = store.history()
    assert c.start == first.start  # the correction is for the mention it was drawn for


def test_not_a_place_then_undo(app, corrections_db):
    app.run()
    m = kabul_mentions()[1]
    open_mention(app, m)
    app.button(key="geo_fix_nap").click().run()
    assert not app.exception
    assert toasts(app)[0].startswith("Saved: “Kabul” → not a place (this mention)")
    assert app.session_state[state.K_PLACE] is None
    t = texts(app)
    assert "### “Kabul”" in t  # the mention panel: it names no place now
    assert ":gray-badge[✗ not a place] :green-badge[✔ verified by a person]" in t
    assert app.button(key="geo_fix_nap").disabled
    assert shown(app).by_id[KABUL.id].count == 7
    html = readers(app)["geo_reader_doc"]
    assert '<mark class="geo-m unres nap ver cur"' in html
    undo = app.button(key="geo_fix_undo")
    assert unmd(undo.label) == "↶ Undo: “Kabul” → not a place (this mention)"
    undo.click().run()
    assert not app.exception
    assert toasts(app)[0].startswith("Undone: “Kabul” → not a place (this mention)")
    assert app.session_state[state.K_PLACE] == KABUL.id  # back to the resolver's answer
    assert shown(app).by_id[KABUL.id].count == 8
    assert "No corrections in this document yet." in texts(app)
    with CorrectionStore(corrections_db) as store:
        assert [c.action for c in store.history()] == ["not_a_place", "undo"]


def test_search_the_gazetteer_and_assign_any_place(app):
    app.run()
    open_mention(app, kabul_mentions()[0])
    app.session_state[curation.K_TABS] = curation.TAB_SEARCH
    app.run()
    app.text_input(key=curation.K_Q).input("Panjsher").run()
    hit = next(b for b in app.main.button
               if b.key.startswith("geo_fix_found_") and "Panjshayr" in b.label)  # fmt: skip
    hit.click().run()
    assert not app.exception
    assert app.session_state[state.K_PLACE] == PANJSHIR.id
    assert shown(app).by_id[PANJSHIR.id].verified
    assert app.session_state[state.K_FLY] is not None  # the map flies to the new place


HOSTILE = "<img src=x onerror=alert(1)>{{7*7}}[x](javascript:alert(1))\u202eevil"


def test_add_a_place_the_gazetteer_lacks(app, corrections_db):
    app.run()
    m = kabul_mentions()[0]
    open_mention(app, m)
    app.session_state[curation.K_TABS] = curation.TAB_NEW
    app.run()
    assert app.text_input(key=curation.K_NAME).value == "Kabul"  # prefilled from the mention
    app.text_input(key=curation.K_NAME).input(HOSTILE)
    app.selectbox(key=curation.K_KIND).set_value("valley")
    app.number_input(key=curation.K_LAT).set_value(34.61)
    app.number_input(key=curation.K_LON).set_value(69.05)
    next(b for b in app.button if b.label == "Add the place and use it").click().run()
    assert not app.exception, app.exception
    with CorrectionStore(corrections_db) as store:
        (p,) = store.places()
        (c,) = store.history()
    assert (p.name, p.kind, p.lat, p.lon, p.country) == (HOSTILE, "valley", 34.61, 69.05, "AF")
    assert c.place_id == p.id and app.session_state[state.K_PLACE] == p.id
    assert any(t.startswith("Added the place <img") for t in toasts(app))
    # shown, escaped, everywhere: panel heading, map tooltip, reader title, exports
    assert f"### {md(HOSTILE)}" in texts(app)
    assert "[U+202E]" in unmd(f"### {md(HOSTILE)}")  # the bidi override is made visible
    assert "added by a user" in " ".join(texts(app))
    script = map_script(app)
    assert HOSTILE not in script and "<img" not in script and "{{7*7}}" not in script
    assert "\\u0026lt;img src=x onerror=alert(1)\\u0026gt;" in script  # HTML- then JS-escaped
    html = readers(app)["geo_reader_doc"]
    assert "<img" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    geo = to_geojson(shown(app).analyses)
    assert any(f["properties"]["name"] == HOSTILE for f in geo["features"])
    assert shown(app).by_id[p.id].verified


def test_new_place_needs_a_point(app, corrections_db):
    app.run()
    open_mention(app, kabul_mentions()[0])
    app.session_state[curation.K_TABS] = curation.TAB_NEW
    app.run()
    next(b for b in app.button if b.label == "Add the place and use it").click().run()
    assert not app.exception
    assert any("Set the point of the new place" in e.value for e in app.error)
    with CorrectionStore(corrections_db) as store:
        assert store.places() == [] and len(store) == 0


def test_map_click_sets_the_new_place_point_while_adding_one(session):
    key = "geo_map_x"
    session[state.K_PLACE] = KABUL.id
    session[state.K_MENTION] = {"doc": "d", "start": 0, "end": 5}
    session[curation.K_TABS] = curation.TAB_NEW
    session[key] = {"last_clicked": {"lat": 35.12345678, "lng": 69.6}}
    explore.on_map_change(key)
    assert session[curation.K_LAT] == 35.12346 and session[curation.K_LON] == 69.6
    assert curation.picked_point() == (35.12346, 69.6)
    # a click on a place while picking is a point too (the marker's), not a selection
    session[key] = {"last_clicked": {"lat": 35.12345678, "lng": 69.6},
                    "last_object_clicked_count": 1, "last_object_clicked": {"lat": 34.5, "lng": 69.2},
                    "last_object_clicked_tooltip": place_tooltip(PANJSHIR, 8)}  # fmt: skip
    explore.on_map_change(key)
    assert session[state.K_PLACE] == KABUL.id and curation.picked_point() == (34.5, 69.2)
    # not adding a place: a click on the map background does nothing
    session[curation.K_TABS] = curation.TAB_CANDIDATES
    session[key] = {"last_clicked": {"lat": 1.0, "lng": 2.0}}
    explore.on_map_change(key)
    assert session[curation.K_LAT] == 34.5 and session[state.K_PLACE] == KABUL.id


def test_unresolved_mention_can_be_given_a_place(app):
    app.run()
    a = sample_analysis()
    r = next(r for r in a.resolutions if r.place is None)  # "Al Qaeda"
    open_mention(app, r.mention, place=None)
    assert not app.exception
    assert f"### “{r.mention.text}”" in texts(app)
    assert any(t.startswith("**Unresolved:**") for t in texts(app))
    assert '<mark class="geo-m unres cur"' in readers(app)["geo_reader_doc"]
    app.session_state[curation.K_TABS] = curation.TAB_SEARCH
    app.run()
    app.text_input(key=curation.K_Q).input("Kabul").run()
    app.button(key="geo_fix_found_0").click().run()
    assert not app.exception
    assert app.session_state[state.K_PLACE] is not None
    assert shown(app).by_id[app.session_state[state.K_PLACE]].verified


def test_two_sessions_share_one_store_and_see_each_other(fake_pipeline, corrections_db):
    ana, bo = (AppTest.from_file(APP, default_timeout=60) for _ in range(2))
    ana.run(), bo.run()
    k0, k1 = kabul_mentions()[:2]
    open_mention(ana, k0)
    open_mention(bo, k1)
    ana.button(key="geo_fix_alt_1").click().run()
    bo.button(key="geo_fix_nap").click().run()
    assert not ana.exception and not bo.exception
    assert state.get_store() is not None
    with CorrectionStore(corrections_db) as store:
        assert len(store) == 2  # no lost update
    for s in (ana.run(), bo.run()):  # the next run of either session shows both
        doc = shown(s).full[0]
        got = {r.mention.start: (r.place.id if r.place else None) for r in doc.resolutions}
        assert got[k0.start] == KABUL_PROVINCE.id and got[k1.start] is None
    # each undoes their own correction, even though bo's is the document's latest
    undo = ana.button(key="geo_fix_undo")
    assert unmd(undo.label) == "↶ Undo: “Kabul” → Kābul (this mention)"
    undo.click().run()
    doc = shown(bo.run()).full[0]
    got = {r.mention.start: (r.place.id if r.place else None) for r in doc.resolutions}
    assert got[k0.start] == KABUL.id and got[k1.start] is None


def test_timing_hook_logs_runs_and_writes(app, tmp_path, monkeypatch):
    log = tmp_path / "timing.jsonl"
    monkeypatch.setenv("GEO_TIMING_LOG", str(log))
    app.run()
    open_mention(app, kabul_mentions()[0])
    app.button(key="geo_fix_nap").click().run()
    rows = [json.loads(line) for line in log.read_text("utf-8").splitlines()]
    runs = [r for r in rows if r["kind"] == "run"]
    assert len(runs) == 3 and runs[0]["first"] and not runs[1]["first"]
    assert runs[0]["page"] == "Map" and all(r["s"] > 0 for r in rows)
    (write,) = [r for r in rows if r["kind"] == "write"]
    assert write["page"] == "not_a_place" and 0 < write["s"] < 5


def test_an_unusable_store_is_reported_and_the_app_keeps_working(app, corrections_db):
    corrections_db.parent.mkdir(parents=True)
    corrections_db.write_bytes(b"not a database at all" * 100)
    app.run()
    open_mention(app, kabul_mentions()[0])
    assert not app.exception
    assert any("Corrections are unavailable" in w.value for w in app.warning)
    assert "### Kabul" in texts(app) and readers(app)["geo_reader_doc"]


# --------------------------------------------------------------------------- broken input


def _pdf_without_text() -> bytes:
    import io

    from pypdf import PdfWriter

    w = PdfWriter()
    w.add_blank_page(width=300, height=300)  # a scan would be an image: no text layer
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def _zip_bomb() -> bytes:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"\0" * (12 * 1024 * 1024))  # 12 MB -> ~12 kB
    return buf.getvalue()


BROKEN = {
    "empty.txt": (lambda: b"", "empty file"),
    "binary.txt": (lambda: bytes(range(256)) * 64, "binary file (NUL bytes)"),
    "latin.txt": (lambda: bytes(range(0x80, 0x100)) * 64, "not UTF-8 text"),
    "scan.pdf": (_pdf_without_text, "no extractable text (scanned PDF?)"),
    "bomb.docx": (_zip_bomb, "(zip bomb?)"),
    "fake.docx": (lambda: b"just text, not a zip", "not a .docx file (not a zip archive)"),
}


def _upload(app: AppTest, files: list[tuple[str, bytes]]) -> AppTest:
    app.file_uploader(key="geo_uploader").set_value([(n, d, "application/octet-stream")
                                                    for n, d in files])  # fmt: skip
    next(b for b in app.button if b.label == "Upload and analyse").click()
    return app.run()


@pytest.mark.parametrize("name", list(BROKEN))
def test_broken_upload_gives_a_specific_message_and_loses_nothing(app, tmp_path, name):
    make, message = BROKEN[name]
    path = tmp_path / name
    path.write_bytes(make())  # generated on disk, uploaded like a user would
    app.run()
    app.switch_page("geo/ui/pages/documents.py").run()
    _upload(app, [("good.txt", b"Fighting near Kabul.")])
    before = list(app.session_state[state.K_CORPUS])
    assert len(before) == 2
    _upload(app, [(name, path.read_bytes())])
    assert not app.exception
    errors = [unmd(e.value) for e in app.error]
    assert any(e.startswith(f"Could not read {name}: ") and message in e for e in errors), errors
    assert list(app.session_state[state.K_CORPUS]) == before  # nothing lost
    app.switch_page("geo/ui/pages/map.py").run()  # and the app keeps running
    assert not app.exception and readers(app)


def test_a_50_mb_upload_is_refused_before_it_is_read(app, tmp_path, monkeypatch):
    import geo.documents

    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        line = b"Heavy fighting was reported near Kabul and in the Panjshir valley.\n"
        f.write(line * (50 * 1024 * 1024 // len(line) + 1))
    assert big.stat().st_size > 50 * 1024 * 1024
    seen: list[int] = []
    real = geo.documents.load_document
    monkeypatch.setattr(geo.documents, "load_document",
                        lambda data, **kw: seen.append(len(data)) or real(data, **kw))  # fmt: skip
    app.run()
    app.switch_page("geo/ui/pages/documents.py").run()
    _upload(app, [("big.txt", big.read_bytes()), ("small.txt", b"Talks in Kabul.")])
    assert not app.exception
    errors = [unmd(e.value) for e in app.error]
    assert any("big.txt: file too large" in e and "the limit is 20,971,520 bytes" in e
               for e in errors), errors  # fmt: skip
    assert seen == [len(b"Talks in Kabul.")]  # the big one never reached the reader
    assert len(app.session_state[state.K_CORPUS]) == 2  # the small one was added


def test_upload_limit_matches_the_document_limit():
    import tomllib

    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text("utf-8"))
    assert config["server"]["maxUploadSize"] * 1024 * 1024 == settings.MAX_DOCUMENT_BYTES


def test_file_names_and_titles_are_escaped_in_messages(session):
    name = "[x](javascript:alert(1))<img src=x onerror=alert(1)>.txt"
    documents_page.add_uploads([Upload(name, b"")])
    ((level, text),) = session[state.K_MESSAGES]
    assert level == "error" and not re.search(r"(?<!\\)[<\[\]]", text)  # all escaped
    assert unmd(text) == f"Could not read {name}: empty file"
