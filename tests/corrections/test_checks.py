"""geo.corrections.checks: what a correction or a new place may be made of."""

from __future__ import annotations

import pytest

from geo.errors import InputError
from geo.models import Mention
from tests.corrections.helpers import KABUL, TEXT, build


@pytest.mark.parametrize("args, message", [
    (("", "city", 0, 0), "empty"),
    (("x" * 201, "city", 0, 0), "limit is 200"),
    (("---", "city", 0, 0), "no letters"),
    ((None, "city", 0, 0), "must be a string"),
    (("A", "town", 0, 0), "kind must be one of"),
    (("A", "city", 90.5, 0), "latitude"),
    (("A", "city", 0, -180.01), "longitude"),
    (("A", "city", float("nan"), 0), "latitude"),
    (("A", "city", True, 0), "must be a number"),
    (("A", "city", "1", 0), "must be a number"),
])  # fmt: skip
def test_add_place_validates(store, args, message):
    with pytest.raises(InputError, match=message):
        store.add_place(*args)
    assert store.places() == []


def test_add_place_bounds_and_country(store):
    assert store.add_place("N", "city", 90, 180).lat == 90.0
    assert store.add_place("S", "other", -90, -180.0).lon == -180.0
    assert store.add_place("名前", "city", 1, 1).id.startswith("user:place-")
    with pytest.raises(InputError, match="ISO 3166"):
        store.add_place("A", "city", 0, 0, country="afg")


@pytest.mark.parametrize("call, message", [
    (lambda s, d, m: s.assign("nothex", m, KABUL.id), "content_hash"),
    (lambda s, d, m: s.assign(d, Mention(0, 4, "Kabul"), KABUL.id), "does not fit"),
    (lambda s, d, m: s.assign(d, Mention(-1, 4, "Kabul"), KABUL.id), "does not fit"),
    (lambda s, d, m: s.assign(d, Mention(0, 1, " "), KABUL.id), "empty"),
    (lambda s, d, m: s.assign(d, m, ""), "place id"),
    (lambda s, d, m: s.assign(d, m, " x"), "malformed"),
    (lambda s, d, m: s.assign(d, m, KABUL.id, scope="world"), "scope must be one of"),
    (lambda s, d, m: s.assign(d, m, KABUL.id, author=3), "author must be a string"),
    (lambda s, d, m: s.not_a_place(d, m, author="x" * 201), "limit is 200"),
    (lambda s, d, m: s.not_a_place(d, Mention(0, 1, "."), scope="document"), "no letters"),
    (lambda s, d, m: s.undo(), "exactly one"),
    (lambda s, d, m: s.undo(d, correction_id="x"), "exactly one"),
])  # fmt: skip
def test_bad_arguments_are_rejected(store, call, message):
    a = build(TEXT)
    with pytest.raises(InputError, match=message):
        call(store, a.document, a.resolutions[0].mention)
    assert len(store) == 0
