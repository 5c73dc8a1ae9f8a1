"""geo.ui.foliummap: the map's own Streamlit component -- local files, small arguments."""

from __future__ import annotations

import json
import re

from streamlit.testing.v1 import AppTest

from geo.mapview import PlacesLayer, place_record
from geo.ui import foliummap
from geo.view import aggregate_places
from tests.fixtures.sample import sample_analysis


def test_the_page_loads_nothing_from_another_host():
    d = foliummap.assets_dir()
    page = (d / "index.html").read_text("utf-8")
    refs = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert refs and all(not r.startswith(("http:", "https:", "//")) for r in refs)
    assert all((d / r).is_file() for r in refs)  # every file it names is served
    for name in ("leaflet.js", "leaflet.css", "markercluster.js", "markercluster.css"):
        assert (d / name).stat().st_size > 1000
    assert (d / "images" / "marker-icon.png").is_file()  # what leaflet.css refers to
    js = (d / "geo.js").read_text("utf-8")
    assert all(f"function {f}(" in js for f in ("geoPlaces", "geoSelection", "geoPick"))
    comp = (d / "component.js").read_text("utf-8")
    assert "http" not in comp  # the basemap's URL comes with the arguments, when turned on


def test_published_files_are_named_by_content():
    a = foliummap.publish('{"a":1}', "places")
    assert a == foliummap.publish('{"a":1}', "places")  # the same text, the same file
    b = foliummap.publish('{"a":2}', "places")
    assert a != b and a.startswith("places-") and a.endswith(".json")
    assert foliummap.published(b) == '{"a":2}'
    assert "/" not in a  # a name, never a server path


def test_old_files_are_removed(monkeypatch):
    monkeypatch.setattr(foliummap, "MAX_FILES", 3)
    names = [foliummap.publish(json.dumps({"k": i}), "t") for i in range(6)]
    left = {p.name for p in foliummap.assets_dir().glob("*.json")}
    assert names[-1] in left and len(left) <= 3


def test_a_script_run_sends_names_not_the_map():
    """The places go to a file; the arguments stay small whatever the view."""

    def script() -> None:
        import streamlit as st

        from geo.ui import foliummap

        def changed() -> None:
            st.session_state["seen"] = st.session_state["geo_map_t"]

        foliummap.show(key="geo_map_t", height=300, places="places-x.json", outlines=None,
                       cluster=False, tiles=False, bounds=[[29.0, 60.0], [39.0, 75.0]],
                       frame="f", selection={"lat": 34.5, "lon": 69.2, "r": 12},
                       fly={"n": "1", "center": [34.5, 69.2], "zoom": 9, "bbox": None},
                       on_change=changed)  # fmt: skip
        st.write(st.session_state.get("seen"))

    at = AppTest.from_function(script, default_timeout=60)
    at.run()
    assert not at.exception
    comp = next(e for e in at.main if getattr(e, "type", "") == "component_instance")
    assert comp.proto.component_name == foliummap.COMPONENT
    args = json.loads(comp.proto.json_args)
    assert args["payload"] == "places-x.json" and args["selection"]["r"] == 12
    assert args["fly"]["n"] == "1" and args["center"] == [34.5, 69.2] and args["zoom"] == 9
    assert len(comp.proto.json_args) < 1000


def test_the_places_file_holds_what_the_map_draws():
    views = aggregate_places([sample_analysis()])
    layer = PlacesLayer([r for v in views if (r := place_record(v)) is not None])
    name = foliummap.publish(layer.payload, "places")
    data = json.loads(foliummap.published(name))
    assert {p["id"] for p in data["places"]} == {v.place.id for v in views}
