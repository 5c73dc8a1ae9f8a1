"""geo.tables: the one reader of hand-typed CSV tables."""

from __future__ import annotations

import pytest

from geo.errors import GeoError
from geo.tables import read_rows


def test_comment_lines_before_the_header_and_stripped_cells(tmp_path):
    p = tmp_path / "t.csv"
    p.write_text("# what this list is for\n# where it comes from\nentry,source\n Elm , usps \n")
    assert read_rows(p, ("entry", "source")) == [{"entry": "Elm", "source": "usps"}]


def test_wrong_header_missing_entry_and_unreadable_file_are_specific_errors(tmp_path):
    p = tmp_path / "t.csv"
    p.write_text("word,source\nElm,usps\n")
    with pytest.raises(GeoError, match="expected the columns entry,source"):
        read_rows(p, ("entry", "source"))
    p.write_text("entry,source\n,usps\n")
    with pytest.raises(GeoError, match="a row without an entry"):
        read_rows(p, ("entry", "source"))
    with pytest.raises(GeoError, match="unreadable"):
        read_rows(tmp_path / "missing.csv", ("entry", "source"))
