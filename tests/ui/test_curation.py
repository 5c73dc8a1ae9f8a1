"""geo.ui.curation: the panel's correction box -- candidates, search, new place, not a
place, scope, undo -- and what a correction changes everywhere."""

from __future__ import annotations

import re
from unittest.mock import ANY

import pytest
from streamlit.testing.v1 import AppTest

from geo.corrections import CorrectionStore
from geo.export import to_csv, to_geojson, to_lpf
from geo.ui import curation, explore, resources, session
from geo.ui.text import md
from tests.fixtures.apptest import (
    APP,
    kabul_mentions,
    map_script,
    open_mention,
    reader_data,
    readers,
    seed_id,
    shown,
    texts,
    toasts,
    unmd,
)
from tests.fixtures.sample import KABUL, KABUL_PROVINCE, PANJSHIR, sample_analysis


def test_a_place_from_the_map_offers_a_closed_correction_box(app):
    app.session_state[session.K_PLACE] = KABUL.id
    app.run()
    box = next(e for e in app.expander if e.label == "Wrong place? Correct it")
    assert not box.proto.expanded
    chooser = next(b for b in app.main.selectbox if b.label == "Mention to correct")
    assert len(chooser.options) == 8 and "[Kabul]" in chooser.options[0]
    assert app.radio(key=curation.K_SCOPE).value == "document"  # all its identical mentions


def test_mention_panel_shows_the_correction_controls(app):
    app.run()
    open_mention(app, kabul_mentions()[0])
    assert not app.exception
    assert "### Kabul" in texts(app)
    box = next(e for e in app.expander if e.label == "Correct this mention")
    assert not box.proto.expanded  # corrections open on the explicit "Correct" action
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
    m = kabul_mentions()[0]  # marked in the browser: its place selected, it current
    assert reader_data(app)["geo_reader_doc"] | {"src": ""} == {
        "sel": KABUL.id, "cur": [seed_id(), m.start, m.end], "src": "", "token": ANY
    }  # fmt: skip
    assert (
        f'data-place="{KABUL.id}" data-doc="{seed_id()}" data-start="{m.start}"'
        in (readers(app)["geo_reader_doc"])
    )


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
    assert app.session_state[session.K_PLACE] == KABUL_PROVINCE.id
    # shown as the text says it, the gazetteer's own name beside it
    assert "### Kabul :gray[(Kābul)]" in texts(app)
    assert any(":green-badge[✔ verified by a person]" in t for t in texts(app))
    assert "“Kabul” :green-badge[✔ verified]" in texts(app)
    assert app.button(key="geo_fix_alt_1").disabled  # already the verified choice
    # the reader marks it, the map shows it, the URL follows
    html = readers(app)["geo_reader_doc"]
    assert len(re.findall(r'class="[^"]* ver\b', html)) == 1
    assert 'data-place="geonames:1138957"' in html
    tip = r"Kābul · province · 1 mention · ✔ verified\u003cspan class=\"geo-id\" hidden\u003e["
    assert tip + "geonames:1138957]" in map_script(app)  # the id: hidden, for the click
    assert app.query_params["place"] == KABUL_PROVINCE.id
    # every export reflects it and marks it verified
    view = shown(app)
    rows = [r for r in to_csv(view.analyses).splitlines() if ",Kabul," in r]
    assert (
        sum(
            ",geonames:1138957,Kabul,Kābul,admin1,province," in r and ",true,resolved" in r
            for r in rows
        )
        == 1
    )
    assert sum(",false,resolved" in r for r in rows) == 7
    fc = to_geojson(view.analyses)
    prov = next(f for f in fc["features"] if f["id"] == KABUL_PROVINCE.id)["properties"]
    assert prov["verified"] is True and [x["verified"] for x in prov["mentions"]] == [True]
    city = next(f for f in fc["features"] if f["id"] == KABUL.id)["properties"]
    assert city["verified"] is False and city["mention_count"] == 7
    lpf = next(f for f in to_lpf(view.analyses)["features"] if f["properties"]["title"] == "Kābul")
    assert lpf["properties"]["verified"] is True and lpf["properties"]["verified_mentions"] == 1
    # nothing was re-analysed: the corrected view comes from the cached analysis
    raw = app.session_state[session.K_CORPUS][seed_id()]
    assert next(r.place for r in raw.resolutions if r.mention.start == m.start) == KABUL


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
    app.session_state[session.K_MENTION] = {"doc": seed_id(), "start": other.start,
                                          "end": other.end}  # fmt: skip
    app.button(key="geo_fix_nap").click().run()
    assert not app.exception
    assert toasts(app)[0].startswith("Saved: “Kabul” → not a place (this mention)")
    assert app.session_state[session.K_MENTION]["start"] == other.start
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
    assert app.session_state[session.K_PLACE] is None
    t = texts(app)
    assert "### “Kabul”" in t  # the mention panel: it names no place now
    assert ":gray-badge[✗ not a place] :green-badge[✔ verified by a person]" in t
    assert app.button(key="geo_fix_nap").disabled
    assert shown(app).by_id[KABUL.id].count == 7
    html = readers(app)["geo_reader_doc"]
    assert (
        f'<mark class="geo-m unres nap ver" data-doc="{seed_id()}" data-start="{m.start}"' in html
    )
    assert reader_data(app)["geo_reader_doc"]["cur"] == [seed_id(), m.start, m.end]
    undo = app.button(key="geo_fix_undo")
    assert unmd(undo.label) == "↶ Undo: “Kabul” → not a place (this mention)"
    undo.click().run()
    assert not app.exception
    assert toasts(app)[0].startswith("Undone: “Kabul” → not a place (this mention)")
    assert app.session_state[session.K_PLACE] == KABUL.id  # back to the resolver's answer
    assert shown(app).by_id[KABUL.id].count == 8
    assert "No corrections in this document yet." in texts(app)
    with CorrectionStore(corrections_db) as store:
        assert [c.action for c in store.history()] == ["not_a_place", "undo"]


@pytest.mark.slow  # the real gazetteer
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
    assert app.session_state[session.K_PLACE] == PANJSHIR.id
    assert shown(app).by_id[PANJSHIR.id].verified
    assert app.session_state[session.K_FLY] is not None  # the map flies to the new place


HOSTILE = "<img src=x onerror=alert(1)>{{7*7}}[x](javascript:alert(1))\u202eevil"


@pytest.mark.slow  # the real gazetteer
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
    assert c.place_id == p.id and app.session_state[session.K_PLACE] == p.id
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


def test_map_click_sets_the_new_place_point_while_adding_one(session_state):
    key = "geo_map_x"
    session_state[session.K_PLACE] = KABUL.id
    session_state[session.K_MENTION] = {"doc": "d", "start": 0, "end": 5}
    session_state[curation.K_TABS] = curation.TAB_NEW
    session_state[key] = {"kind": "point", "lat": 35.12345678, "lng": 69.6, "n": "1"}
    explore.on_map_change(key)
    assert session_state[curation.K_LAT] == 35.12346 and session_state[curation.K_LON] == 69.6
    assert curation.picked_point() == (35.12346, 69.6)
    # a click on a place while picking is a point too (the marker's), not a selection
    session_state[key] = {"kind": "place", "id": PANJSHIR.id, "lat": 34.5, "lng": 69.2, "n": "2"}
    explore.on_map_change(key)
    assert session_state[session.K_PLACE] == KABUL.id and curation.picked_point() == (34.5, 69.2)
    # not adding a place: a click on the map background does nothing
    session_state[curation.K_TABS] = curation.TAB_CANDIDATES
    session_state[key] = {"kind": "point", "lat": 1.0, "lng": 2.0, "n": "3"}
    explore.on_map_change(key)
    assert session_state[curation.K_LAT] == 34.5 and session_state[session.K_PLACE] == KABUL.id


@pytest.mark.slow  # the real gazetteer
def test_unresolved_mention_can_be_given_a_place(app):
    app.run()
    a = sample_analysis()
    r = next(r for r in a.resolutions if r.place is None)  # "Al Qaeda"
    open_mention(app, r.mention, place=None)
    assert not app.exception
    assert f"### “{r.mention.text}”" in texts(app)
    assert any(t.startswith("**Unresolved:**") for t in texts(app))
    assert (
        f'<mark class="geo-m unres" data-doc="{seed_id()}" data-start="{r.mention.start}"'
        in (readers(app)["geo_reader_doc"])
    )
    assert reader_data(app)["geo_reader_doc"]["cur"][1:] == [r.mention.start, r.mention.end]
    app.session_state[curation.K_TABS] = curation.TAB_SEARCH
    app.run()
    app.text_input(key=curation.K_Q).input("Kabul").run()
    app.button(key="geo_fix_found_0").click().run()
    assert not app.exception
    assert app.session_state[session.K_PLACE] is not None
    assert shown(app).by_id[app.session_state[session.K_PLACE]].verified


@pytest.mark.slow  # the real gazetteer
def test_two_sessions_share_one_store_and_see_each_other(fake_pipeline, corrections_db):
    ana, bo = (AppTest.from_file(APP, default_timeout=60) for _ in range(2))
    ana.run(), bo.run()
    k0, k1 = kabul_mentions()[:2]
    open_mention(ana, k0)
    open_mention(bo, k1)
    ana.button(key="geo_fix_alt_1").click().run()
    bo.button(key="geo_fix_nap").click().run()
    assert not ana.exception and not bo.exception
    assert resources.get_store() is not None
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


def test_an_unusable_store_is_reported_and_the_app_keeps_working(app, corrections_db):
    corrections_db.parent.mkdir(parents=True)
    corrections_db.write_bytes(b"not a database at all" * 100)
    app.run()
    open_mention(app, kabul_mentions()[0])
    assert not app.exception
    assert any("Corrections are unavailable" in w.value for w in app.warning)
    assert "### Kabul" in texts(app) and readers(app)["geo_reader_doc"]
