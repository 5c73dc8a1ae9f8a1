"""KML 2.2 (Google Earth, QGIS, ArcGIS): a Point placemark per place and a placemark per
dated event with its ``TimeSpan`` (Google Earth's time slider, QGIS via LIBKML).

Documents are untrusted: every text goes through ElementTree (which escapes ``<``, ``&``
and quotes) after the characters XML 1.0 cannot hold (control characters, lone
surrogates) are removed, so the file is always well-formed.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any

from geo.export.geojson import event_feature
from geo.export.records import document_label, place_view_names
from geo.geometry import GeometrySource, point_geometry
from geo.kinds import kind_label
from geo.models import Analysis
from geo.view import aggregate_places, as_list

__all__ = ["KML_NS", "KmlPlace", "kml_document", "to_kml", "xml_text"]

KML_NS = "http://www.opengis.net/kml/2.2"
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(value: object) -> str:
    """``value`` as text XML 1.0 can hold (characters it forbids are dropped)."""
    return _NOT_XML.sub("", "" if value is None else str(value))


def _sub(parent: ET.Element, tag: str, text: object = None) -> ET.Element:
    el = ET.SubElement(parent, tag)
    if text is not None:
        el.text = xml_text(text)
    return el


def _data(parent: ET.Element, fields: dict[str, Any]) -> None:
    ext = _sub(parent, "ExtendedData")
    for k, v in fields.items():
        if v is None or v == "":
            continue
        d = _sub(ext, "Data")
        d.set("name", k)
        if isinstance(v, bool):
            v = "true" if v else "false"
        elif isinstance(v, list | tuple):
            v = "; ".join(str(x) for x in v)
        _sub(d, "value", v)


def _coords(c: list[float]) -> str:
    return f"{c[0]},{c[1]}"


#: a place placemark: name, description, ExtendedData fields, [lon, lat] or None
KmlPlace = tuple[str, str, dict[str, Any], list[float] | None]
#: the event feature properties a placemark carries as ExtendedData
EVENT_DATA = ("type", "sub_type", "date_text", "actors", "actor1", "actor2", "places",
              "document", "document_title")  # fmt: skip


def to_kml(analyses: Analysis | list[Analysis], gazetteer: GeometrySource | None = None) -> str:
    """The analyses as a KML document: a "Places" folder (a Point per resolved place,
    named by its display name, with its gazetteer name, kind, country, mentions and
    confidence as ExtendedData) and an "Events" folder (a placemark per dated event with
    a TimeSpan, at the point of its place or a MultiGeometry of its places)."""
    items = as_list(analyses)
    title = document_label(items[0].document) if len(items) == 1 else f"{len(items)} documents"
    places: list[KmlPlace] = []
    names: dict[str, str] = {}
    for v in aggregate_places(items):
        p = v.place
        name, gazetteer_name = place_view_names(v, gazetteer)
        names[p.id] = name
        pt = point_geometry(p)
        desc = f"{kind_label(p.kind)}" + (f" ({p.country})" if p.country else "")
        if gazetteer_name != name:
            desc = f"{gazetteer_name}: {desc}"
        places.append((name, f"{desc}; mentioned {v.count}×", {
            "place_id": p.id, "gazetteer_name": gazetteer_name, "kind": p.kind,
            "kind_label": kind_label(p.kind), "country": p.country,
            "mention_count": v.count, "confidence": round(v.confidence, 4),
            "verified": v.verified, "documents": v.document_ids,
        }, pt["coordinates"] if pt is not None else None))  # fmt: skip
    events = [f for a in items for e in a.events if (f := event_feature(a, e, names)) is not None]
    return kml_document(title, places, events)


def kml_document(title: str, places: list[KmlPlace], events: list[dict[str, Any]]) -> str:
    """A KML document of a "Places" folder (``places``) and an "Events" folder: one
    placemark with a TimeSpan per GeoJSON event feature of :func:`event_feature`'s form
    (``properties``: ``type``, ``trigger``, ``places``, ``sentence``, ``start``, ``end``,
    ``id`` and :data:`EVENT_DATA`)."""
    root = ET.Element("kml", {"xmlns": KML_NS})
    doc_el = _sub(root, "Document")
    _sub(doc_el, "name", title)
    folder = _sub(doc_el, "Folder")
    _sub(folder, "name", "Places")
    for name, description, data, coords in places:
        pm = _sub(folder, "Placemark")
        _sub(pm, "name", name)
        _sub(pm, "description", description)
        _data(pm, data)
        if coords is not None:
            _sub(_sub(pm, "Point"), "coordinates", _coords(coords))
    folder = _sub(doc_el, "Folder")
    _sub(folder, "name", "Events")
    for f in events:
        props = f["properties"]
        pm = _sub(folder, "Placemark")
        where = ", ".join(props["places"])
        _sub(pm, "name", f"{props['type']}: {props['trigger']}" + (f" ({where})" if where else ""))
        _sub(pm, "description", props["sentence"])
        span = _sub(pm, "TimeSpan")
        _sub(span, "begin", props["start"])
        _sub(span, "end", props["end"])
        _data(pm, {"event_id": props["id"]} | {k: props.get(k) for k in EVENT_DATA})
        g = f["geometry"]
        if g is None:
            continue
        if g["type"] == "Point":
            _sub(_sub(pm, "Point"), "coordinates", _coords(g["coordinates"]))
        else:
            multi = _sub(pm, "MultiGeometry")
            for c in g["coordinates"]:
                _sub(_sub(multi, "Point"), "coordinates", _coords(c))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
