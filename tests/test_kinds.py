"""The one table of kinds: complete, consistent, and what the stages read."""

from typing import get_args

from geo import kinds
from geo.models import Place


def test_every_kind_has_one_row_and_every_row_a_known_group():
    assert list(kinds.KIND_TABLE) == list(kinds.KINDS)
    for k, row in kinds.KIND_TABLE.items():
        assert row.kind == k
        assert row.group in kinds.GROUPS
        assert row.shape in get_args(kinds.Shape)
        assert 0.0 <= row.prior <= 1.0
        assert row.label and "_" not in row.label


def test_partitions_cover_the_kinds():
    parts = (
        kinds.ADMIN_KINDS
        + kinds.POPULATED_KINDS
        + kinds.PHYSICAL_KINDS
        + kinds.FACILITY_KINDS
        + ("other",)
    )
    assert sorted(parts) == sorted(kinds.KINDS)
    assert set(kinds.ADMIN_KINDS) == kinds.CONTAINER_KINDS
    assert {"city", "admin2", "pass", "mountain"} <= kinds.POINT_KINDS
    assert "country" not in kinds.POINT_KINDS


def test_labels_are_what_readers_say():
    assert kinds.kind_label("admin1") == "province"
    assert kinds.kind_label("admin2") == "district"
    assert kinds.kind_label("mountain_range") == "mountain range"
    assert kinds.kind_label("some_new_kind") == "some new kind"
    assert kinds.group_of("some_new_kind") == "other"
    assert kinds.group_of("river") == "water"


def test_rivers_are_lines_and_ranges_areas():
    assert kinds.info("river").shape == "line"
    assert kinds.info("mountain_range").shape == "area"
    assert kinds.info("city").shape == "point"


def test_place_kind_is_the_literal():
    assert Place.__annotations__["kind"] in ("Kind", kinds.Kind)


def test_airports_are_facilities_that_locate_a_point():
    row = kinds.info("airport")
    assert row.group == "facility" and row.shape == "point" and row.locates
    assert "airport" not in kinds.PHYSICAL_KINDS
    assert row.prior < kinds.prior("admin1")
