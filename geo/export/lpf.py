"""Linked Places Format (GeoJSON-LD, v1.1) for World Historical Gazetteer & co."""

from __future__ import annotations

from datetime import date
from typing import Any
from urllib.parse import quote

from geo.export.records import (
    _sentence_index,
    document_label,
    place_view_names,
    sentence_text,
)
from geo.geometry import GeometrySource, place_geometry
from geo.kinds import info as kind_info
from geo.kinds import kind_label
from geo.models import Analysis, Place
from geo.view import PlaceView, aggregate_places, as_list, event_span

__all__ = ["GEONAMES_URI", "LPF_BASE_URI", "LPF_CONTEXT", "to_lpf"]

LPF_CONTEXT = (
    "https://raw.githubusercontent.com/LinkedPasts/linked-places/master/"
    "linkedplaces-context-v1.1.jsonld"
)
#: Base of the ``@id`` of LPF features: the place id is appended (URL-quoted).
LPF_BASE_URI = "urn:geo-explorer:place:"
GEONAMES_URI = "https://sws.geonames.org/{}/"


def _timespan(span: tuple[date, date]) -> dict[str, Any]:
    a, b = span
    return {"start": {"in": a.isoformat()}, "end": {"in": b.isoformat()}}


def _lpf_names(v: PlaceView) -> list[dict[str, Any]]:
    """The spellings the texts used, each cited by (up to 50 of) its sentences, then the
    gazetteer's name if no text used it."""
    p = v.place
    names: dict[str, list[dict[str, Any]]] = {}
    for a, i in v.mentions:
        m = a.resolutions[i].mention
        toponym = (m.name or m.text).strip() or p.name
        cites = names.setdefault(toponym, [])
        doc = a.document
        label = document_label(doc)
        excerpt = sentence_text(doc, _sentence_index(doc, m)).strip()
        if len(excerpt) > 300:
            excerpt = excerpt[:297] + "..."
        cite = {"label": f"{label}: {excerpt}" if excerpt else label}
        if cite not in cites and len(cites) < 50:
            cites.append(cite)
    if not names:
        names[p.name] = []
    name_list = [
        {"toponym": t, "lang": "en", "citations": c} if c else {"toponym": t, "lang": "en"}
        for t, c in names.items()
    ]
    if p.name not in names:
        name_list.append({"toponym": p.name})
    return name_list


def _lpf_type(p: Place) -> dict[str, Any]:
    """The place type: the Getty AAT concept of its kind when there is one."""
    aat = kind_info(p.kind).aat
    type_entry: dict[str, Any] = {"sourceLabels": [{"label": p.kind, "lang": "en"}]}
    if aat:
        type_entry = {"identifier": aat[0], "label": aat[1]} | type_entry
    else:
        type_entry["label"] = kind_label(p.kind)
    return type_entry


def _lpf_description(v: PlaceView, n_docs: int) -> str:
    """``"city (AF); mentioned 8 times in 1 document; resolution confidence 0.93"``."""
    p = v.place
    return (
        f"{kind_label(p.kind)}"
        + (f" ({', '.join(p.countries or (p.country,))})" if (p.countries or p.country) else "")
        + f"; mentioned {v.count} time{'s' if v.count != 1 else ''} in "
        + f"{n_docs} document{'s' if n_docs != 1 else ''}"
        + (
            "; resolution verified by a person"
            if v.verified
            else f"; resolution confidence {v.confidence:.2f}"
        )
    )


def to_lpf(
    analyses: Analysis | list[Analysis],
    *,
    gazetteer: GeometrySource | None = None,
    base_uri: str = LPF_BASE_URI,
) -> dict[str, Any]:
    """Linked Places Format (GeoJSON-LD, v1.1) for World Historical Gazetteer & co.

    One feature per resolved place: ``properties.title`` is the gazetteer's name,
    ``properties.name`` the name the app shows (the texts' form, else the English name);
    ``names`` are the spellings the texts used, each cited by the sentences it occurs in;
    ``when`` lists the dates of the events at the place; ``links`` point to GeoNames when
    the place has a geonameid. ``properties.verified`` is true when a person confirmed
    the resolution of at least one of its mentions (``verified_mentions`` says how many);
    a verified geometry is ``"certain"``. Places a user added (ids ``user:…``) carry no
    links.
    """
    items = as_list(analyses)
    doc_ids = {a.document.id for a in items}
    features = []
    for v in aggregate_places(items):
        p = v.place
        spans = sorted({s for _, e in v.events if (s := event_span(e)) is not None})
        geometry = place_geometry(p, gazetteer)
        geoms: list[Any] = []
        if geometry is not None:
            g = dict(geometry)
            g["certainty"] = "less-certain" if v.low_confidence else "certain"
            geoms.append(g)
        n_docs = sum(1 for d in v.document_ids if d in doc_ids)
        name, gazetteer_name = place_view_names(v, gazetteer)
        feature: dict[str, Any] = {
            "@id": base_uri + quote(p.id, safe=":-_."),
            "type": "Feature",
            "properties": {
                "title": p.name,
                "name": name,
                "gazetteer_name": gazetteer_name,
                "kind": p.kind,
                "kind_label": kind_label(p.kind),
                "ccodes": [c for c in (p.countries or ((p.country,) if p.country else ()))],
                "verified": v.verified,
                "verified_mentions": sum(1 for a, i in v.mentions if a.resolutions[i].verified),
            },
            "names": _lpf_names(v),
            "types": [_lpf_type(p)],
            "geometry": {"type": "GeometryCollection", "geometries": geoms},
            "descriptions": [{"value": _lpf_description(v, n_docs), "lang": "en"}],
        }
        if spans:
            feature["when"] = {"timespans": [_timespan(s) for s in spans]}
        if p.geonameid:
            feature["links"] = [
                {"type": "closeMatch", "identifier": GEONAMES_URI.format(int(p.geonameid))}
            ]
        features.append(feature)
    return {"type": "FeatureCollection", "@context": LPF_CONTEXT, "features": features}
