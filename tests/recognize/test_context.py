"""Per-document state: sentence-initial tokens, adjacency, people's names."""

from __future__ import annotations

from geo.documents import document_from_text
from geo.recognize.context import Context, is_cap, strip_article
from tests.recognize.helpers import gazetteer, make_nlp


def _ctx(text: str, ents: dict[str, str] | None = None) -> Context:
    doc = document_from_text(text)
    return Context(doc, make_nlp(doc.text, ents), gazetteer())


def test_sentence_initial_tokens_include_those_after_an_opening_quote():
    ctx = _ctx('The rain stopped. "Hassan is dry," she wrote.')
    initial = [t.text for t, s in zip(ctx.toks, ctx.sent_start, strict=True) if s]
    assert initial == ["The", '"', "Hassan"]


def test_adjacent_stops_at_line_breaks():
    ctx = _ctx("Upper\nValley and Lower  Ridge")
    words = [t.text for t in ctx.toks]
    assert not ctx.adjacent(0, 1)
    i = words.index("Lower")
    assert ctx.adjacent(i, i + 1)  # two spaces are still one name


def test_people_named_in_the_document():
    ctx = _ctx("Dana Marlowe arrived. Later Marlowe said the bridge was safe. Dr. Quince agreed.",
               {"Dana Marlowe": "PERSON"})  # fmt: skip
    assert ctx.person_like("marlowe") and ctx.person_like("quince")
    assert not ctx.person_like("bridge")


def test_helpers():
    assert is_cap("Kabul") and is_cap("US") and not is_cap("kabul") and not is_cap("1st")
    assert not is_cap("")
    assert strip_article("The Hague") == "Hague" and strip_article("Theale") == "Theale"
