"""Folium elements that carry data into the page's ``<script>`` safely.

* :func:`js_json`: JSON that is safe inside an HTML ``<script>`` and inert for template
  engines.
* :class:`DataElement`: a ``MacroElement`` whose rendered script is inserted as it is,
  never parsed as a template again.
* :func:`script_template`: the ``script`` macro of an element, made of a little Jinja
  glue (the element's name, its ``payload``, its parent's name) around files of
  ``geo/static/``; a file is inserted byte for byte (a Jinja ``raw`` block), so it can
  contain any text.
"""

from __future__ import annotations

import json
import re
from typing import Any

from branca.element import CssLink, Element, JavascriptLink, MacroElement
from jinja2 import Template

from geo.mapview.assets import static_text

__all__ = [
    "PARENT_CALL",
    "DataElement",
    "js_json",
    "js_string_lines",
    "script_template",
    "static_source",
]

#: Closes a ``(function (map_or_group) {`` opened by a script: called with the parent.
PARENT_CALL = "})({{ this._parent.get_name() }});\n"

_TEMPLATE_OPEN = re.compile(r"\{(?=[{%#])")


def js_json(obj: Any) -> str:
    """JSON safe to embed in an HTML ``<script>`` (no ``</script>``, no ``<!--``)."""
    s = json.dumps(obj, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    # "{{", "{%" and "{#" can only occur inside JSON strings: escape the brace so that no
    # template engine ever sees a delimiter in data (defence in depth, see DataElement)
    s = _TEMPLATE_OPEN.sub(r"\\u007b", s)
    return (
        s.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def js_string_lines(text: str, indent: str) -> str:
    """``text`` as a JavaScript expression: one single-quoted string literal per line,
    joined by ``+`` with continuation lines indented by ``indent`` (line breaks dropped)."""
    return f" +\n{indent}".join(
        "'" + line.replace("\\", "\\\\").replace("'", "\\'") + "'" for line in text.splitlines()
    )


def static_source(name: str) -> str:
    """Template source that renders ``geo/static/<name>`` exactly as it is."""
    text = static_text(name)
    if "{% endraw %}" in text:
        raise ValueError(f"geo/static/{name} must not contain '{{% endraw %}}'")
    return "{% raw %}" + text + "{% endraw %}"


def script_template(*parts: str) -> Template:
    """The ``script`` macro (folium's convention for an element's JavaScript) whose body
    is ``parts`` joined: Jinja source, with static files from :func:`static_source`."""
    template: Template = Template(
        "\n{% macro script(this, kwargs) %}\n" + "".join(parts) + "{% endmacro %}\n"
    )
    return template


class _Rendered(Element):
    """Already-rendered JavaScript, inserted as it is."""

    _template = Template("{{ this.text }}")

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


class DataElement(MacroElement):
    """A MacroElement whose rendered script is never parsed as a template again.

    branca's ``MacroElement.render`` wraps each rendered macro in ``Element(text)``, i.e.
    compiles the *output* -- with our data in it -- as a Jinja template: slow for a
    large corpus (0.25 s for 3 MB) and a template injection if a name contained
    ``{{ … }}``. Here the output is inserted verbatim.
    """

    def render(self, **kwargs: Any) -> None:  # type: ignore[override]
        figure: Any = self.get_root()
        for name, url in getattr(self, "default_js", []):
            figure.header.add_child(JavascriptLink(url), name=name)
        for name, url in getattr(self, "default_css", []):
            figure.header.add_child(CssLink(url), name=name)
        script = self._template.module.__dict__.get("script")
        if script is not None:
            figure.script.add_child(_Rendered(script(self, kwargs)), name=self.get_name())
        for child in self._children.values():
            child.render(**kwargs)
