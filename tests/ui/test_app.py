"""geo.ui.app: the app starts on the seed document; its timing hook."""

from __future__ import annotations

import json

from geo.ui import foliummap
from tests.fixtures.apptest import kabul_mentions, open_mention, seed_id, texts


def test_app_starts_with_the_seed_and_its_map(app):
    app.run()
    assert not app.exception
    assert any(t.startswith("7 places · 22 mentions · 4 events · 1 unresolved") for t in texts(app))
    assert app.query_params["doc"] == seed_id()
    comps = [e for e in app.main if getattr(e, "type", "") == "component_instance"]
    assert [c.proto.component_name for c in comps] == [foliummap.COMPONENT]
    args = json.loads(comps[0].proto.json_args)
    assert '"id":"geonames:1138958"' in foliummap.published(args["payload"])
    assert args["center"] is None and args["zoom"] is None  # framed by fitBounds


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


def test_icons_come_from_the_bundled_material_font():
    """An emoji icon needs a colour-emoji font the reader's machine may lack (Debian's
    Chromium drew a broken glyph); Streamlit ships the Material Symbols font itself."""
    import re
    from pathlib import Path

    ui = Path(__file__).resolve().parents[2] / "geo" / "ui"
    bad = [
        f"{p.name}: {m.group(0)}"
        for p in sorted(ui.rglob("*.py"))
        for m in re.finditer(r"icon=\"([^\"]*)\"", p.read_text("utf-8"))
        if not m.group(1).startswith(":material/")
    ]
    assert not bad, bad
