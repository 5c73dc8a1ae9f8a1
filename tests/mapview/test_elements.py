"""Data in scripts (geo.mapview.elements): JSON and string literals that stay data."""

from __future__ import annotations

import json

import pytest

from geo.mapview.elements import js_json, js_string_lines, script_template


def test_js_json_is_inert_in_html_and_templates():
    s = js_json({"a": "</script><!-- & {{ x }} {% y %} {# z #}", "b": "\u2028\u2029"})
    for bad in ("<", ">", "&", "{{", "{%", "{#", "\u2028", "\u2029"):
        assert bad not in s
    assert json.loads(s) == {"a": "</script><!-- & {{ x }} {% y %} {# z #}", "b": "\u2028\u2029"}


def test_js_string_lines():
    assert js_string_lines("a{b}\nc'\\d\n", "  ") == "'a{b}' +\n  'c\\'\\\\d'"


def test_static_files_are_inserted_byte_for_byte(monkeypatch):
    """Jinja never interprets a file of geo/static: braces and ``{%`` are just text."""
    from geo.mapview import elements

    text = "var a = {{ not.a.variable }}; // {% if %} {# x #}\n"
    monkeypatch.setattr(elements, "static_text", lambda name: text)
    t = script_template("(", elements.static_source("x.js"), ")")
    assert t.module.script(None, {}) == "\n(" + text + ")"  # type: ignore[attr-defined]
    monkeypatch.setattr(elements, "static_text", lambda name: "{% endraw %}")
    with pytest.raises(ValueError, match="endraw"):
        elements.static_source("x.js")
