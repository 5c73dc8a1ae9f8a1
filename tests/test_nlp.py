"""One spaCy pass per document, in document offsets, with a passage cache."""

from __future__ import annotations

from geo import nlp as geo_nlp
from geo.documents import document_from_text


def test_model_loads_with_the_components_we_need(nlp):
    assert {"tok2vec", "tagger", "ner"} <= set(nlp.pipe_names)
    assert "parser" not in nlp.pipe_names  # loaded but disabled: run by hand on few sentences
    assert "parser" in nlp.component_names


def test_only_the_selected_sentences_are_parsed(nlp):
    doc = document_from_text(
        "The weather was mild.\n\nThe rebels shelled the garrison at Tolvar. It rained."
    )
    res = geo_nlp.annotate(doc, nlp, cache=False, parse=lambda toks: toks[0].text == "The"
                           and any(t.text == "shelled" for t in toks))  # fmt: skip
    by_start = {t.start: t for t in res.tokens}
    parsed = [t for t in res.tokens if t.dep]
    assert {t.text for t in parsed} >= {"rebels", "shelled", "garrison"}
    assert not any(t.text in ("weather", "rained") for t in parsed)
    shelled = next(t for t in parsed if t.text == "shelled")
    rebels = next(t for t in parsed if t.text == "rebels")
    assert rebels.dep == "nsubj" and by_start[rebels.head] is shelled
    assert shelled.head == shelled.start  # the root points at itself
    # the same parse as a full-pipeline parse of the sentence (tok2vec reused, not re-run)
    sentence = nlp.make_doc("The rebels shelled the garrison at Tolvar.")
    full = nlp.get_pipe("parser")(nlp.get_pipe("tok2vec")(sentence))
    assert [t.dep_ for t in full if not t.is_punct] == [t.dep for t in parsed if t.text != "."]
    # cached results keep the parse, and a call without ``parse`` has none
    geo_nlp.clear_cache()
    assert geo_nlp.annotate(doc, nlp, cache=True, parse=lambda toks: True) == geo_nlp.annotate(
        doc, nlp, cache=True, parse=lambda toks: True
    )
    assert not any(t.dep for t in geo_nlp.annotate(doc, nlp, cache=True).tokens)


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
