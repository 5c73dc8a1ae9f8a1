"""geo.ui.views: the view -- the chosen documents, corrected, in the date window -- is
what every page shows, and is shared by the sessions looking at the same thing."""

from __future__ import annotations

from datetime import date

import pytest
from streamlit.testing.v1 import AppTest

from geo.ui import events_page, session, views
from tests.fixtures.apptest import APP, kabul_mentions, open_mention, shown, texts


def test_date_window_filters_map_events_and_passages(app):
    app.session_state[session.K_WINDOW] = (date(2021, 8, 15), date(2021, 8, 17))
    app.run()
    assert not app.exception
    t = texts(app)
    line = next(s for s in t if "places ·" in s)
    assert line.startswith("4 places") and "date window 2021-08-15 → 2021-08-17" in line
    assert app.query_params["from"] == "2021-08-15" and app.query_params["to"] == "2021-08-17"
    view = app.session_state[session.K_VIEW]
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
    assert len(views._VIEWS) == 2


# --- the "Show adjectival references" toggle ------------------------------------------


@pytest.fixture
def russian_troops(monkeypatch, tmp_path):
    """The app's seed is our sentence with an adjectival reference ("Russian troops")."""
    from geo import settings
    from geo.ui import corpus
    from tests.fixtures.forms import TEXT, adjectival_analysis

    (tmp_path / "seed.txt").write_text(TEXT, encoding="utf-8")
    monkeypatch.setattr(settings, "SEEDS_DIR", tmp_path)
    monkeypatch.setattr(corpus, "analyze_document", lambda doc: adjectival_analysis(doc))
    corpus.seed_documents.clear()
    yield AppTest.from_file(APP, default_timeout=60)
    corpus.seed_documents.clear()


def _place_names(at: AppTest) -> list[str]:
    return [v.place.name for v in shown(at).places]


def test_the_adjectival_toggle_adds_those_places_with_a_note(russian_troops):
    from tests.fixtures.apptest import map_script
    from tests.fixtures.forms import RUSSIA

    at = russian_troops.run()
    assert not at.exception
    toggle = at.toggle(key=session.K_FORMS)
    assert toggle.label == "Show adjectival references, streets and buildings"
    assert toggle.value is False and "forms" not in at.query_params
    assert _place_names(at) == ["Ukraine", "Kharkiv"]  # names only, by default
    assert "named only as" not in map_script(at)
    (e,) = [e for a in shown(at).analyses for e in a.events]
    assert RUSSIA.id not in e.place_ids

    toggle.set_value(True).run()
    assert not at.exception
    assert _place_names(at) == ["Russia", "Ukraine", "Kharkiv"]
    assert shown(at).names[RUSSIA.id] == "Russia (named only as 'Russian')"
    assert "named only as \\u0026#x27;Russian" in map_script(at)  # on its marker (escaped)
    assert at.query_params["forms"] == "facilities"
    assert any("named only as" in b.label for b in at.button)  # the place list

    at.toggle(key=session.K_FORMS).set_value(False).run()
    assert _place_names(at) == ["Ukraine", "Kharkiv"] and "forms" not in at.query_params


def test_the_adjectival_toggle_comes_from_the_url(russian_troops):
    russian_troops.query_params["forms"] = "all"
    at = russian_troops.run()
    assert not at.exception
    assert at.toggle(key=session.K_FORMS).value is True
    assert _place_names(at) == ["Russia", "Ukraine", "Kharkiv"]
