"""One spaCy pass per document, in document offsets, with a passage cache."""

from __future__ import annotations

from geo import nlp as geo_nlp
from geo.documents import document_from_text


def test_model_loads_with_the_components_we_need(nlp):
    assert {"tok2vec", "tagger", "ner"} <= set(nlp.pipe_names)
    assert "parser" not in nlp.pipe_names  # slow and unused


def test_offsets_are_document_offsets(nlp):
    doc = document_from_text(
        "Intro paragraph without places.\n\nThe Taliban took control of Kabul on Sunday."
    )
    res = geo_nlp.annotate(doc, nlp, cache=False)
    for t in res.tokens:
        assert doc.text[t.start : t.end] == t.text
    for e in res.entities:
        assert doc.text[e.start : e.end] == e.text
    kabul = [e for e in res.entities if e.text == "Kabul"]
    assert kabul and kabul[0].label == "GPE" and kabul[0].start > 30
    took = next(t for t in res.tokens if t.text == "took")
    assert took.tag == "VBD"


def test_passage_cache_gives_identical_results(nlp):
    text = "Fighting spread from Aleppo to Idlib.\n\nFighting spread from Aleppo to Idlib."
    doc = document_from_text(text)
    geo_nlp.clear_cache()
    cold = geo_nlp.annotate(doc, nlp, cache=False)
    warm1 = geo_nlp.annotate(doc, nlp, cache=True)
    warm2 = geo_nlp.annotate(doc, nlp, cache=True)  # served from the cache, rebased
    assert cold == warm1 == warm2
    second = [e for e in warm2.entities if e.start > len(text) // 2]
    assert second and all(doc.text[e.start : e.end] == e.text for e in second)
