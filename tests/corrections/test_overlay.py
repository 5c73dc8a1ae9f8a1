"""geo.corrections.overlay: user-added places found like gazetteer places."""

from __future__ import annotations

import pytest

from geo.corrections import apply_corrections
from geo.errors import CorrectionError
from tests.corrections.helpers import GAZ, KABUL, TEXT, build


def test_add_place_is_usable_like_a_gazetteer_place(store):
    a = build(TEXT)
    p = store.add_place("  Darra-ye Kabul ", "valley", 34.6, 69.0, country="AF", author="ana")
    assert p.id.startswith("user:darra-ye-kabul-") and p.name == "Darra-ye Kabul"
    assert (p.kind, p.lat, p.lon, p.country, p.source) == ("valley", 34.6, 69.0, "AF", "user")
    assert store.place(p.id) == p and store.places() == [p]
    store.assign(a.document, a.resolutions[0].mention, p.id)
    b = apply_corrections(a, store, GAZ)
    assert b.resolutions[0].place == p and b.place(p.id).verified
    gaz = store.with_user_places(GAZ)
    assert gaz.get(p.id) == p and gaz.get(KABUL.id) == KABUL
    assert [c.place.id for c in gaz.lookup("darra ye kabul")] == [p.id]
    assert p.id in [c.place.id for c in gaz.lookup("Darra-ye Kabul")]
    # a full GazetteerView: the user place sits under its country, searches find it
    assert [x.id for x in gaz.hierarchy(p)] == [p.id, *[c.id for c in [GAZ.country_of("AF")] if c]]
    assert p.id in [s.place.id for s in gaz.suggest("Darra-ye Kabul")]
    assert gaz.geometry(p.id) is None and gaz.country_of("AF") == GAZ.country_of("AF")
    with pytest.raises(CorrectionError, match="no user-added place"):
        store.assign(a.document, a.resolutions[0].mention, "user:nowhere-0")


def test_user_place_sits_under_its_country(store):
    from geo.gazetteer import MemoryGazetteer
    from geo.models import Place
    from tests.corrections.helpers import KABUL

    af = Place("geonames:1149361", "Afghanistan", "country", 33.0, 65.0, "AF")
    gaz = store.with_user_places(MemoryGazetteer([KABUL, af]))
    p = store.add_place("Qala-ye Now Bazar", "city", 34.6, 69.1, country="AF", author="ana")
    assert gaz.hierarchy(p) == [p, af]
    assert gaz.parent_ids(p) == [af.id]
    assert gaz.hierarchy(KABUL) == [KABUL, af]
