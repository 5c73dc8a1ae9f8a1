"""geo.corrections.model: the precedence of corrections (Rules)."""

from __future__ import annotations

from geo.corrections import Correction, Rules
from geo.models import Mention


def test_rules_ignore_other_documents_and_undone_rows():
    base = dict(scope="mention", doc_hash="a" * 64, start=0, end=5, text="Kabul")
    rows = [
        Correction(id="1", action="assign", place_id="x", created_at="1", **base),
        Correction(id="2", action="assign", place_id="y", created_at="2", undone=True, **base),
        Correction(id="3", action="assign", place_id="z", created_at="3", **base | {"doc_hash": "b" * 64}),
    ]  # fmt: skip
    rules = Rules("a" * 64, rows)
    assert rules.match(Mention(0, 5, "Kabul")).id == "1"
    assert not Rules("c" * 64, rows)
