"""Keep the person's pan and zoom across redraws of a map (``geo/static/remember_view.js``)."""

from __future__ import annotations

from geo.mapview.elements import PARENT_CALL, DataElement, js_json, script_template, static_source

__all__ = ["RememberView"]


class RememberView(DataElement):
    """Keep the map's centre and zoom in the browser tab's ``sessionStorage`` under
    ``key``, and restore them when a map with the same key is drawn again -- e.g. after a
    correction redraws the map, the person stays where they were. Added after
    ``fit_bounds`` (the fit is the default for a key not seen yet in this tab)."""

    _template = script_template(
        "(function (map) {\n",
        "  var key = 'geo-view:' + {{ this.payload|safe }};\n",
        static_source("remember_view.js"),
        PARENT_CALL,
    )

    def __init__(self, key: str) -> None:
        super().__init__()
        self._name = "GeoRememberView"
        self.payload = js_json(str(key))
