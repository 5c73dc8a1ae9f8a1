"""geo.corrections.apply: corrections re-apply to analyses, by scope and precedence."""

from __future__ import annotations

from dataclasses import replace

import pytest

from geo.corrections import (
    NOT_A_PLACE_REASON,
    CorpusCorrections,
    CorrectionStore,
    apply_corrections,
    apply_to_corpus,
    unmatched_corrections,
)
from geo.errors import CorrectionError
from tests.corrections.helpers import (
    GAZ,
    HERAT,
    KABUL,
    KABUL_PROV,
    KABUL_RIVER,
    OTHER,
    PANJSHIR,
    TEXT,
    build,
    ids,
)

# --- each kind of correction ------------------------------------------------------------


def test_pick_another_candidate(store):
    a = build(TEXT)
    before = a.to_dict()
    c = store.assign(a.document, a.resolutions[1].mention, KABUL_PROV.id, author="ana")
    assert (c.action, c.scope, c.author, c.place_id) == ("assign", "mention", "ana", KABUL_PROV.id)
    b = apply_corrections(a, store)  # no gazetteer: the place comes from the alternatives
    assert a.to_dict() == before  # the input is not changed
    r = b.resolutions[1]
    assert r.place == KABUL_PROV and r.verified and r.confidence == 1.0
    assert r.alternatives == a.resolutions[1].alternatives
    assert r.reason == "corrected by a user (ana)"
    assert ids(b) == [KABUL.id, KABUL_PROV.id, HERAT.id, PANJSHIR.id]
    assert [r.verified for r in b.resolutions] == [False, True, False, False]
    prov = b.place(KABUL_PROV.id)
    assert prov is not None and prov.verified and prov.mention_indices == [1]
    assert b.place(KABUL.id).mention_indices == [0]
    assert b.events[1].place_ids == (KABUL_PROV.id,)


def test_assign_any_gazetteer_place(tmp_path):
    a = build(TEXT)
    with CorrectionStore(tmp_path / "c.sqlite", gazetteer=GAZ) as store:
        store.assign(a.document, a.resolutions[2].mention, PANJSHIR.id)  # not an alternative
        with pytest.raises(CorrectionError, match="no place 'geonames:0'"):
            store.assign(a.document, a.resolutions[2].mention, "geonames:0")
        b = apply_corrections(a, store, GAZ)
        assert b.resolutions[2].place == PANJSHIR and b.resolutions[2].verified
        assert b.place(HERAT.id) is None and b.place(PANJSHIR.id).mention_indices == [2, 3]
        # without the gazetteer the place cannot be found: the machine answer stays
        assert ids(apply_corrections(a, store)) == ids(a)


def test_not_a_place(store):
    a = build(TEXT)
    store.not_a_place(a.document.content_hash, a.resolutions[3].mention)
    b = apply_corrections(a, store, GAZ)
    r = b.resolutions[3]
    assert r.place is None and r.verified and r.reason == NOT_A_PLACE_REASON
    assert r.confidence == 0.0 and r.alternatives == a.resolutions[3].alternatives
    assert len(b.resolutions) == len(a.resolutions)  # kept, so the UI can show and undo it
    assert PANJSHIR.id not in {p.place.id for p in b.places}
    assert b.events[2].place_ids == (HERAT.id,) and b.events[2].mention_indices == (2,)


# --- persistence and re-application -----------------------------------------------------------


def test_reapplies_after_restart_on_a_reanalysed_identical_document(tmp_path):
    db = tmp_path / "c.sqlite"
    a = build(TEXT)
    with CorrectionStore(db) as store:
        p = store.add_place("Kabul bazaar", "other", 34.5, 69.2)
        store.assign(a.document, a.resolutions[0].mention, p.id)
        store.not_a_place(a.document, a.resolutions[3].mention)
    # a new process analyses the same text again: a new Document object, same content hash
    again = build(TEXT, doc_id="another-id")
    with CorrectionStore(db) as store:
        b = apply_corrections(again, store, GAZ)
        assert ids(b) == [p.id, KABUL.id, HERAT.id, None]
        assert [r.verified for r in b.resolutions] == [True, False, False, True]
        # one character more: another document, the mention-scope corrections do not apply
        assert ids(apply_corrections(build(" " + TEXT), store, GAZ)) == ids(build(" " + TEXT))
        # a mention-scope key whose text does not match is stale and never applies
        rules = store.rules(again.document, ["Kabul"])
        m = again.resolutions[0].mention
        assert rules.match(m) is not None and rules.match(replace(m, text="Kabux")) is None
        # the recognizer no longer finds a span: reported, not applied elsewhere
        fewer = build(TEXT, ["Kabul", "Herat", "Panjshir"])
        fewer = replace(fewer, resolutions=fewer.resolutions[1:])
        assert [c.text for c in unmatched_corrections(fewer, store)] == ["Kabul"]


# --- scope ---------------------------------------------------------------------------------


def test_document_scope_covers_identical_mentions_in_the_document_only(store):
    a, o = build(TEXT), build(OTHER)
    store.assign(a.document, a.resolutions[0].mention, KABUL_RIVER.id, scope="document")
    assert ids(apply_corrections(a, store, GAZ)) == [KABUL_RIVER.id] * 2 + [HERAT.id, PANJSHIR.id]
    assert ids(apply_corrections(o, store, GAZ)) == ids(o)


def test_corpus_scope_covers_every_document_and_normalised_text(store):
    a, o = build(TEXT), build(OTHER)
    store.not_a_place(o.document, o.resolutions[1].mention, scope="corpus")  # "Kabul"
    assert ids(apply_corrections(o, store, GAZ)) == [HERAT.id, None, None]  # "kabul" too
    assert ids(apply_corrections(a, store, GAZ)) == [None, None, HERAT.id, PANJSHIR.id]


def test_mention_overrides_document_overrides_corpus(store):
    a, o = build(TEXT), build(OTHER)
    k0, k1 = a.resolutions[0].mention, a.resolutions[1].mention
    # made in the reverse order of precedence, so recency alone would give the wrong answer
    store.assign(a.document, k0, KABUL_RIVER.id)
    store.assign(a.document, k0, KABUL_PROV.id, scope="document")
    store.not_a_place(a.document, k1, scope="corpus")
    assert ids(apply_corrections(a, store, GAZ))[:2] == [KABUL_RIVER.id, KABUL_PROV.id]
    assert ids(apply_corrections(o, store, GAZ)) == [HERAT.id, None, None]
    assert store.effective(a.document, k1).scope == "document"
    # within one scope the latest wins
    store.assign(a.document, k1, KABUL.id, scope="document")
    assert ids(apply_corrections(a, store, GAZ))[:2] == [KABUL_RIVER.id, KABUL.id]


def test_analyze_takes_corrections_and_keeps_its_default():
    import inspect

    from geo.pipeline import analyze

    assert inspect.signature(analyze).parameters["corrections"].default is None


# --- a corpus: which analyses a correction touches ---------------------------------------------


def test_corpus_corrections_touch_only_what_a_correction_can_change(store):
    a, o = build(TEXT), build(OTHER, doc_id="o")
    low, herat = build("Then kabul.", doc_id="k"), build("Herat waited.", doc_id="h")
    assert not any(CorpusCorrections.of(store).touches(x) for x in (a, o, low, herat))
    store.assign(a.document, a.resolutions[2].mention, PANJSHIR.id)  # "Herat", in a only
    cc = CorpusCorrections.of(store)
    assert cc.docs == {a.document.content_hash} and cc.corpus == frozenset()
    assert [cc.touches(x) for x in (a, o, low, herat)] == [True, False, False, False]
    store.not_a_place(o.document, o.resolutions[1].mention, scope="corpus")  # "Kabul"
    cc = CorpusCorrections.of(store)
    assert cc.corpus == {"kabul"}
    # o: its own correction; low: "kabul" normalises to the corrected name; herat: neither
    assert [cc.touches(x) for x in (a, o, low, herat)] == [True, True, True, False]
    store.undo(o.document)
    store.undo(a.document)  # undone corrections touch nothing
    assert not any(CorpusCorrections.of(store).touches(x) for x in (a, o, low, herat))


def test_corpus_corrections_redo_only_touched_analyses_and_remember_them(store):
    a, o = build(TEXT), build(OTHER, doc_id="o")
    low, herat = build("Then kabul.", doc_id="k"), build("Herat waited.", doc_id="h")
    store.not_a_place(a.document, a.resolutions[0].mention, scope="corpus")  # "Kabul"
    store.assign(a.document, a.resolutions[2].mention, PANJSHIR.id)
    corpus = [a, o, low, herat]
    calls: list[int] = []

    def gazetteer():
        calls.append(1)
        return GAZ

    rev = store.revision()
    cc = CorpusCorrections.of(store, rev)
    assert cc.is_for(store, rev) and cc.revision == rev and cc.path == str(store.path)
    out = cc.apply(corpus, store, gazetteer)
    assert [x.to_dict() for x in out] == [
        apply_corrections(x, store, GAZ).to_dict() for x in corpus
    ]
    assert ids(out[0]) == [None, None, PANJSHIR.id, PANJSHIR.id] and ids(out[2]) == [None]
    assert out[3] is herat and all(x is not y for x, y in zip(out[:3], corpus, strict=False))
    assert calls == [1]  # asked once for three re-done analyses
    again = cc.apply(corpus, store, gazetteer)
    assert all(x is y for x, y in zip(again, out, strict=True)) and calls == [1]  # remembered
    redone = cc.apply([build(TEXT)], store, gazetteer)[0]  # the same document, a new analysis
    assert redone is not out[0] and redone.to_dict() == out[0].to_dict() and len(calls) == 2
    assert CorpusCorrections.of(store).apply([herat], store, gazetteer) == [herat]
    assert len(calls) == 2  # nothing touched: the gazetteer is not asked for
    assert [x.to_dict() for x in apply_to_corpus(corpus, store, GAZ)] == [x.to_dict() for x in out]
    store.undo(a.document)
    assert not cc.is_for(store, store.revision())
    store.undo(a.document)  # nothing left: every analysis is returned as it is
    assert all(x is y for x, y in zip(apply_to_corpus(corpus, store, GAZ), corpus, strict=True))


def test_corpus_corrections_errors_raise_or_are_reported(store):
    a = build(TEXT)
    store.not_a_place(a.document, a.resolutions[0].mention)
    cc = CorpusCorrections.of(store)
    store.close()
    with pytest.raises(CorrectionError, match="closed"):
        cc.apply([a], store, lambda: GAZ)
    errors: list[Exception] = []
    assert cc.apply([a], store, lambda: GAZ, on_error=errors.append)[0] is a
    assert len(errors) == 1 and "closed" in str(errors[0])
    # the failure is remembered like a result: no retry until a new snapshot
    assert cc.apply([a], store, lambda: GAZ, on_error=errors.append)[0] is a
    assert len(errors) == 1
