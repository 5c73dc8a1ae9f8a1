"""geo.ui.foliummap: the map rendered once sends exactly what st_folium would send.

The one place where the tests touch streamlit-folium's internals: the first test checks
that every private name :mod:`geo.ui.foliummap` uses (``PRIVATE_NAMES``, ``COMPONENT``)
exists and behaves as assumed; the others compare what reaches the component with what
``st_folium`` itself sends.
"""

from __future__ import annotations

import inspect
import json
from typing import Any

import pytest
import streamlit_folium as sf
from streamlit.testing.v1 import AppTest

from geo.mapview import build_map, pick_layer, selection_layer
from geo.ui import foliummap
from geo.view import aggregate_places
from tests.fixtures.sample import HINDU_KUSH, KABUL, PANJSHIR, sample_analysis

RETURNED = ["last_object_clicked_tooltip", "last_object_clicked_count", "last_clicked"]


@pytest.fixture
def sent(monkeypatch) -> list[dict[str, Any]]:
    """What reaches the component, call by call (instead of a Streamlit run)."""
    calls: list[dict[str, Any]] = []

    def record(**kwargs: Any) -> dict[str, Any]:
        calls.append(kwargs)
        return kwargs["default"]

    monkeypatch.setattr(sf, "_component_func", record)
    return calls


def new_map(tiles: bool = False):
    return build_map(views=aggregate_places([sample_analysis()]), tiles=tiles)


def comparable(kwargs: dict[str, Any]) -> str:
    """The arguments as JSON, but for the callback and ``default``'s click count (see
    test_a_new_map_reports_no_change)."""
    args = {k: v for k, v in kwargs.items() if k != "on_change"}
    args["default"] = {k: v for k, v in args["default"].items() if k != "last_object_clicked_count"}
    return json.dumps(args, sort_keys=True)


def test_every_private_name_exists_and_behaves_as_assumed():
    """What foliummap takes from streamlit-folium besides ``st_folium``: present, called
    the way foliummap calls it, returning what it expects."""
    assert all(hasattr(sf, name) for name in foliummap.PRIVATE_NAMES)
    # the component: declared under COMPONENT, called with keyword arguments only
    assert sf._component_func.name == foliummap.COMPONENT
    params = inspect.signature(sf._component_func.__call__).parameters
    assert {"default", "key", "on_change"} <= set(params)
    assert any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values())
    # the map's pieces: strings; the script (what a rerun re-sends) with stable ids and
    # the same when asked again
    m = new_map()
    m.get_root().render()
    m.render()
    pieces = (sf._get_html(m), sf._get_header(m), sf._get_map_string(m))
    assert all(isinstance(p, str) for p in pieces) and "map_div" in pieces[2]
    assert sf._get_map_string(m) == pieces[2]
    assert sf.get_full_id(m) == "map_div"
    # a feature group as its own script, attached to the map at index ``idx``
    fg = sf._get_feature_group_string(selection_layer(KABUL, count=3), map=m, idx=0)
    assert isinstance(fg, str) and "geo-selection" in fg
    # the component key: a hash of the script, the key and return_on_hover
    h = sf.generate_js_hash(pieces[2], "k", False)
    assert isinstance(h, str) and h == sf.generate_js_hash(pieces[2], "k", False)
    assert h not in (sf.generate_js_hash(pieces[2], "j", False),
                     sf.generate_js_hash(pieces[2], "k", True))  # fmt: skip


@pytest.mark.parametrize("tiles", [False, True])
def test_same_arguments_as_st_folium_for_every_selection(sent, tiles):
    m = new_map(tiles)
    rendered = foliummap.render(m)
    assert rendered is not None and "map_div" in rendered.script
    selections = [  # (layers are consumed by rendering: a fresh set for each call)
        lambda: None,
        lambda: [selection_layer(KABUL, count=3)],
        lambda: [selection_layer(PANJSHIR, count=8), pick_layer(35.0, 69.0)],
        lambda: [selection_layer(HINDU_KUSH)],
        lambda: None,
    ]
    for k, layers in enumerate(selections):
        opts = dict(key="geo_map_t", height=540, use_container_width=True,
                    returned_objects=RETURNED, center=(35.0, 69.0) if k == 2 else None,
                    zoom=7 if k == 2 else None)  # fmt: skip
        sf.st_folium(new_map(tiles), feature_group_to_add=layers(), **opts)
        foliummap.show(m, rendered, feature_group_to_add=layers(), **opts)
        expected, got = sent[-2], sent[-1]
        assert comparable(got) == comparable(expected), f"selection {k}"
        assert (got["feature_group"] is None) == (layers() is None)
    # the big script went out unchanged every time, and was rendered once
    assert len({c["script"] for c in sent}) == 1
    assert len({c["key"] for c in sent}) == 1


def test_a_new_view_renders_a_new_map(sent):
    a = foliummap.render(build_map(views=aggregate_places([sample_analysis()])))
    b = foliummap.render(build_map(views=aggregate_places([sample_analysis("Kabul only.")])))
    assert a is not None and b is not None
    assert a.script != b.script
    assert a.hash_key("k", False) != b.hash_key("k", False)


def test_without_the_streamlit_folium_internals_it_falls_back(sent, monkeypatch):
    monkeypatch.delattr(sf, "_get_map_string")
    m = new_map()
    assert foliummap.render(m) is None
    calls = []
    monkeypatch.setattr(sf, "st_folium", lambda fig, **kw: calls.append((fig, kw)))
    foliummap.show(m, None, key="k", height=300, feature_group_to_add=None)
    assert calls and calls[0][0] is m and calls[0][1]["key"] == "k"


def test_a_map_click_reaches_the_session_under_the_map_key():
    """In a real script run: the component's value is copied to ``session_state[key]``
    before the app's own callback runs, as st_folium does."""

    def script() -> None:
        import streamlit as st

        from geo.mapview import build_map
        from geo.ui import foliummap
        from geo.view import aggregate_places
        from tests.fixtures.sample import sample_analysis

        if "r" not in st.session_state:
            m = build_map(views=aggregate_places([sample_analysis()]))
            st.session_state["r"] = (m, foliummap.render(m))
        m, r = st.session_state["r"]

        def changed() -> None:
            st.session_state["seen"] = st.session_state["geo_map_t"]

        foliummap.show(m, r, key="geo_map_t", height=300, returned_objects=["last_clicked"],
                       on_change=changed)  # fmt: skip
        st.write("ok")

    at = AppTest.from_function(script, default_timeout=60)
    at.run()
    assert not at.exception
    comp = next(e for e in at.main if getattr(e, "type", "") == "component_instance")
    args = json.loads(comp.proto.json_args)
    assert args["default"] == {"last_clicked": None} and args["id"] == "map_div"


def test_a_new_map_reports_no_change(sent):
    """The component's frontend starts with ``last_object_clicked_count = 0`` and sends
    its value whenever it differs from ``default`` (as JSON, in this key order): with
    st_folium's None every newly drawn map sent one at once -- a needless rerun."""
    m = new_map()
    foliummap.show(m, foliummap.render(m), key="k", height=300, returned_objects=RETURNED)
    frontend_start = {"last_clicked": None, "last_object_clicked": None,
                      "last_object_clicked_count": 0, "last_object_clicked_tooltip": None}  # fmt: skip
    first = {k: v for k, v in frontend_start.items() if k in RETURNED}
    assert json.dumps(sent[-1]["default"]) == json.dumps(first)
