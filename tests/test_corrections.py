"""Curation: corrections persist in SQLite, re-apply, undo, travel as JSON, survive crashes.

Offline: analyses are built by hand with geo.models (no spaCy, no world gazetteer).
"""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    consumes,
    invariant,
    rule,
)

from geo.cli import main
from geo.corrections import (
    FORMAT,
    NOT_A_PLACE_REASON,
    CorrectionStore,
    Rules,
    apply_corrections,
    unmatched_corrections,
)
from geo.errors import CorrectionError, GeoError, InputError
from geo.gazetteer import MemoryGazetteer
from geo.models import (
    Analysis,
    Document,
    Event,
    Mention,
    Place,
    Resolution,
    ScoredCandidate,
    Sentence,
    summarize_places,
)

ROOT = Path(__file__).resolve().parent.parent

KABUL = Place("geonames:1138958", "Kabul", "city", 34.53, 69.17, "AF", "13", population=3_000_000)
KABUL_PROV = Place("geonames:1138957", "Kabul", "admin1", 34.5, 69.3, "AF", "13")
KABUL_RIVER = Place("phys:kabul-river", "Kabul River", "river", 34.4, 70.4, countries=("AF", "PK"))
HERAT = Place("geonames:1139715", "Herat", "city", 34.34, 62.2, "AF", "11")
PANJSHIR = Place("geonames:6957555", "Panjshir", "admin1", 35.3, 69.5, "AF", "42")
GAZ = MemoryGazetteer([KABUL, KABUL_PROV, KABUL_RIVER, HERAT, PANJSHIR])
ALTS = {"Kabul": (KABUL, KABUL_PROV, KABUL_RIVER), "kabul": (KABUL, KABUL_PROV),
        "Herat": (HERAT,), "Panjshir": (PANJSHIR,)}  # fmt: skip

TEXT = "Fighting was reported in Kabul. Kabul was calm later. Herat and Panjshir waited."
OTHER = "Herat was quiet. Then Kabul, and kabul again."


def build(text: str, words: list[str] | None = None, doc_id: str = "d") -> Analysis:
    """An Analysis as the pipeline would return it: every listed word (in order) resolved to
    its first alternative; one sentence per '.', one event per sentence."""
    doc = Document(doc_id, text)
    start = 0
    for i, m in enumerate(re.finditer(r"[^.]+\.", text)):
        doc.sentences.append(Sentence(i, 0, m.start() + (m.group()[0] == " "), m.end()))
        start = m.end()
    assert start == len(text)
    resolutions: list[Resolution] = []
    pos = 0
    for w in words or re.findall(r"\b(?:Kabul|kabul|Herat|Panjshir)\b", text):
        s = text.index(w, pos)
        pos = s + len(w)
        alts = tuple(ScoredCandidate(p, 0.9 - 0.1 * i) for i, p in enumerate(ALTS[w]))
        resolutions.append(
            Resolution(Mention(s, pos, w, sentence=-1), alts[0].place, 0.7, alts, "prior")
        )
    events = []
    for s in doc.sentences:
        idx = tuple(i for i, r in enumerate(resolutions)
                    if s.start <= r.mention.start < s.end)  # fmt: skip
        events.append(Event(f"e{s.index}", s.index, "x", s.start, s.start + 1, "other",
                            place_ids=tuple(dict.fromkeys(resolutions[i].place.id for i in idx)),
                            mention_indices=idx))  # fmt: skip
    return Analysis(doc, resolutions, summarize_places(resolutions), events)


@pytest.fixture
def store(tmp_path):
    with CorrectionStore(tmp_path / "user" / "corrections.sqlite") as s:
        yield s


def ids(a: Analysis) -> list[str | None]:
    return [r.place.id if r.place else None for r in a.resolutions]


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
    assert gaz.places is GAZ.places  # anything else is the base gazetteer's
    with pytest.raises(CorrectionError, match="no user-added place"):
        store.assign(a.document, a.resolutions[0].mention, "user:nowhere-0")


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


def test_the_store_lives_under_the_configured_user_dir(tmp_path):
    env = os.environ | {"GEO_USER_DIR": str(tmp_path / "u")}
    code = "from geo import settings; print(settings.CORRECTIONS_DB)"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                         cwd=ROOT, check=True).stdout.strip()  # fmt: skip
    assert out == str(tmp_path / "u" / "corrections.sqlite")


def test_durability_settings(store):
    conn = sqlite3.connect(store.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store._conn().execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert store._conn().execute("PRAGMA busy_timeout").fetchone()[0] == 30_000
    conn.close()


def test_unusable_files_are_rejected(tmp_path):
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(CorrectionError, match="not a usable corrections store"):
        CorrectionStore(junk)
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE places(id)").connection.commit()
    with pytest.raises(CorrectionError, match="not a corrections store"):
        CorrectionStore(other)
    newer = tmp_path / "newer.sqlite"
    CorrectionStore(newer).close()
    c = sqlite3.connect(newer)
    c.execute("PRAGMA user_version=99")
    c.close()
    with pytest.raises(CorrectionError, match="newer version"):
        CorrectionStore(newer)
    s = CorrectionStore(tmp_path / "ok.sqlite")
    s.close()
    with pytest.raises(CorrectionError, match="closed"):
        len(s)


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


# --- undo and history --------------------------------------------------------------------------


def test_undo_walks_back_through_the_history(store):
    a = build(TEXT)
    k0, h = a.resolutions[0].mention, a.resolutions[2].mention
    c1 = store.assign(a.document, k0, KABUL_PROV.id, author="ana")
    c2 = store.assign(a.document, k0, KABUL_RIVER.id)
    c3 = store.not_a_place(a.document, h)
    assert ids(apply_corrections(a, store, GAZ))[::2] == [KABUL_RIVER.id, None]
    assert store.undo(a.document, author="bo").id == c3.id
    assert ids(apply_corrections(a, store, GAZ))[::2] == [KABUL_RIVER.id, HERAT.id]
    assert store.undo(a.document.content_hash).id == c2.id
    assert apply_corrections(a, store, GAZ).resolutions[0].place == KABUL_PROV
    assert store.undo(a.document).id == c1.id
    assert store.undo(a.document) is None  # nothing left
    assert ids(apply_corrections(a, store, GAZ)) == ids(a)
    hist = store.history(a.document)
    assert [(c.action, c.undone) for c in hist] == [
        ("assign", True), ("assign", True), ("not_a_place", True),
        ("undo", False), ("undo", False), ("undo", False),
    ]  # fmt: skip
    assert [c.seq for c in hist] == sorted(c.seq for c in hist)
    assert hist[3].target == c3.id and hist[3].author == "bo" and hist[0].author == "ana"
    stamps = [c.created_at for c in hist]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z", stamps[0])
    assert store.active() == []


def test_undo_by_id(store):
    a = build(TEXT)
    c1 = store.assign(a.document, a.resolutions[0].mention, KABUL_PROV.id)
    c2 = store.assign(a.document, a.resolutions[1].mention, KABUL_PROV.id)
    assert store.undo(correction_id=c1.id).id == c1.id
    assert ids(apply_corrections(a, store, GAZ))[:2] == [KABUL.id, KABUL_PROV.id]
    with pytest.raises(CorrectionError, match="already undone"):
        store.undo(correction_id=c1.id)
    with pytest.raises(CorrectionError, match="no correction"):
        store.undo(correction_id="nope")
    undo_row = store.history()[-1]
    with pytest.raises(CorrectionError, match="cannot be undone"):
        store.undo(correction_id=undo_row.id)
    assert [c.id for c in store.active(a.document)] == [c2.id]


# --- sharing: export / import ---------------------------------------------------------------


def _populate(store: CorrectionStore) -> tuple[Analysis, Analysis]:
    a, o = build(TEXT), build(OTHER)
    p = store.add_place("Qargha", "lake", 34.55, 69.03, author="ana")
    store.assign(a.document, a.resolutions[0].mention, p.id, author="ana")
    store.assign(a.document, a.resolutions[1].mention, KABUL_PROV.id, scope="document")
    store.not_a_place(o.document, o.resolutions[0].mention, scope="corpus")
    store.assign(o.document, o.resolutions[2].mention, KABUL_RIVER.id)
    store.undo(o.document)
    return a, o


def test_export_import_round_trip_into_a_fresh_store(tmp_path):
    with CorrectionStore(tmp_path / "a.sqlite") as src:
        a, o = _populate(src)
        data = src.export()
        path = tmp_path / "share" / "c.json"
        path.parent.mkdir()
        src.export_to(path)
        want = [apply_corrections(x, src, GAZ).to_dict() for x in (a, o)]
        src_hist = [c.to_dict() for c in src.history()]
    assert data["format"] == FORMAT and data["version"] == 1
    assert json.loads(path.read_text("utf-8"))["corrections"] == data["corrections"]
    (place,) = data["places"]
    assert place["verified"] is True and place["name"] == "Qargha" and place["author"] == "ana"
    with CorrectionStore(tmp_path / "b.sqlite") as dst:
        counts = dst.import_from(path)
        assert counts == {"corrections_added": 5, "corrections_unchanged": 0, "places_added": 1,
                          "places_unchanged": 0, "conflicts": 0}  # fmt: skip
        assert [apply_corrections(x, dst, GAZ).to_dict() for x in (a, o)] == want
        assert [c.to_dict() for c in dst.history()] == src_hist
        # the user place appears as verified in an exported analysis
        res = apply_corrections(a, dst, GAZ).to_dict()["resolutions"][0]
        assert res["place_id"] == place["id"] and res["verified"] is True
        again = dst.import_(json.loads(path.read_text("utf-8")))
        assert again == {"corrections_added": 0, "corrections_unchanged": 5, "places_added": 0,
                         "places_unchanged": 1, "conflicts": 0}  # fmt: skip
        assert len(dst) == 5 and [c.to_dict() for c in dst.history()] == src_hist
        # a document-only export carries that document's rows and the places they use
        only = dst.export(o.document)
        assert {c["doc_hash"] for c in only["corrections"]} == {o.document.content_hash}
        assert only["places"] == []


def test_import_merges_two_people_by_timestamp(tmp_path):
    a = build(TEXT)
    m = a.resolutions[0].mention
    with CorrectionStore(tmp_path / "ana.sqlite") as ana, \
            CorrectionStore(tmp_path / "bo.sqlite") as bo:  # fmt: skip
        ana.assign(a.document, m, KABUL_PROV.id, author="ana")
        time.sleep(0.002)
        bo.assign(a.document, m, KABUL_RIVER.id, author="bo")  # later: wins everywhere
        from_ana, from_bo = ana.export(), bo.export()
        ana.import_(from_bo)
        bo.import_(from_ana)
        for s in (ana, bo):
            assert s.effective(a.document, m).author == "bo"
            assert [c.author for c in s.history(a.document)] in (["ana", "bo"], ["bo", "ana"])
        # the same id with other content is a conflict: the local row is kept
        tampered = json.loads(json.dumps(from_ana))
        tampered["corrections"][0]["place_id"] = HERAT.id
        counts = bo.import_(tampered)
        assert counts["conflicts"] == 1 and counts["corrections_added"] == 0
        assert bo.history(a.document)[-1].place_id == KABUL_PROV.id


def _export() -> dict:
    h = "a" * 64
    return {
        "format": FORMAT, "version": 1,
        "corrections": [
            {"id": "c1", "action": "assign", "scope": "mention", "doc_hash": h, "start": 0,
             "end": 5, "text": "Kabul", "place_id": "user:x-1", "target": None, "author": "",
             "created_at": "2024-01-01T00:00:00+00:00"},
            {"id": "c2", "action": "undo", "scope": "mention", "doc_hash": h, "start": 0,
             "end": 5, "text": "Kabul", "place_id": None, "target": "c1",
             "created_at": "2024-01-02T00:00:00.5Z"},
        ],
        "places": [{"id": "user:x-1", "name": "X", "kind": "city", "lat": 1, "lon": 2,
                    "created_at": "2024-01-01T00:00:00Z"}],
    }  # fmt: skip


def test_hand_written_export_is_accepted_and_normalised(store):
    assert store.import_(_export())["corrections_added"] == 2
    assert [c.created_at for c in store.history()] == [
        "2024-01-01T00:00:00.000000Z", "2024-01-02T00:00:00.500000Z"]  # fmt: skip
    assert store.active() == [] and store.places()[0].lat == 1.0
    assert store.import_(_export())["corrections_unchanged"] == 2


def _set(path: str, value):
    def edit(d):
        *keys, last = path.split(".")
        for k in keys:
            d = d[int(k)] if isinstance(d, list) else d[k]
        key = int(last) if isinstance(d, list) else last
        if value is KeyError:
            del d[key]
        else:
            d[key] = value

    return edit


@pytest.mark.parametrize("edit, message", [
    (lambda d: d.clear(), "not a corrections file"),
    (_set("format", "geojson"), "not a corrections file"),
    (_set("version", 2), "unsupported corrections file version 2"),
    (_set("version", True), "unsupported"),
    (_set("corrections", {}), "must be lists"),
    (_set("corrections.0", 5), r"corrections\[0\]: expected an object"),
    (_set("corrections.0.id", KeyError), r"corrections\[0\]: missing 'id'"),
    (_set("corrections.1.id", "c1"), "repeated"),
    (_set("corrections.0.action", "delete"), r"corrections\[0\]\.action"),
    (_set("corrections.0.scope", "planet"), "scope must be one of"),
    (_set("corrections.0.doc_hash", "abc"), "content_hash"),
    (_set("corrections.0.start", "0"), r"corrections\[0\]\.start"),
    (_set("corrections.0.end", 9), "does not fit"),
    (_set("corrections.0.place_id", None), "place id"),
    (_set("corrections.0.target", "c2"), "has a target"),
    (_set("corrections.1.target", None), "needs the id"),
    (_set("corrections.1.target", "c9"), "neither in the file nor in the store"),
    (_set("corrections.1.created_at", "yesterday"), "ISO 8601"),
    (_set("corrections.1.created_at", "2024-01-01T00:00:00"), "time zone"),
    (_set("corrections.1.created_at", "0001-01-01T00:00:00+05:00"), "ISO 8601"),
    (_set("corrections.1.created_at", "2999-01-01T00:00:00Z"), "in the future"),
    (_set("places", []), "user place 'user:x-1' is neither"),
    (_set("places.0.id", "geonames:1"), "not a new 'user:' id"),
    (_set("places.0.kind", "castle"), "kind must be one of"),
    (_set("places.0.lat", 91), "latitude"),
    (_set("places.0.name", ""), "empty"),
])  # fmt: skip
def test_bad_export_data_is_rejected_as_a_whole(store, edit, message):
    data = _export()
    edit(data)
    with pytest.raises(CorrectionError, match=message):
        store.import_(data)
    assert len(store) == 0 and store.places() == []  # all or nothing


def test_undo_of_an_undo_in_a_file_is_rejected(store):
    data = _export()
    data["corrections"].append(dict(data["corrections"][1], id="c3", target="c2"))
    with pytest.raises(CorrectionError, match="undoes an undo"):
        store.import_(data)
    assert len(store) == 0


def test_bad_files(store, tmp_path):
    f = tmp_path / "c.json"
    f.write_text("{not json", "utf-8")
    with pytest.raises(CorrectionError, match=r"c\.json: not a JSON corrections file"):
        store.import_from(f)
    f.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(CorrectionError, match="not a JSON"):
        store.import_from(f)
    with pytest.raises(CorrectionError, match="cannot read"):
        store.import_from(tmp_path / "missing.json")
    f.write_text(json.dumps({"format": FORMAT, "version": 7}), "utf-8")
    with pytest.raises(CorrectionError, match=r"c\.json: unsupported corrections file version"):
        store.import_from(f)
    with pytest.raises(CorrectionError, match="cannot write"):
        store.export_to(tmp_path / "no" / "such" / "dir.json")
    assert isinstance(CorrectionError("x"), GeoError)


def test_cli_export_import_list(tmp_path, capsys):
    src, dst, out = tmp_path / "a.sqlite", tmp_path / "b.sqlite", tmp_path / "out.json"
    with CorrectionStore(src) as s:
        a, _ = _populate(s)
    assert main(["corrections", "export", str(out), "--db", str(src)]) == 0
    assert "wrote 5 corrections and 1 user places" in capsys.readouterr().out
    assert main(["corrections", "import", str(out), "--db", str(dst)]) == 0
    assert json.loads(capsys.readouterr().out)["corrections_added"] == 5
    assert main(["corrections", "import", str(out), "--db", str(dst)]) == 0
    assert json.loads(capsys.readouterr().out)["corrections_added"] == 0
    h = a.document.content_hash
    assert main(["corrections", "list", "--db", str(dst), "--doc", h, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["action"] for r in rows] == ["assign", "assign"] and rows[0]["undone"] is False
    assert main(["corrections", "list", "--db", str(dst)]) == 0
    text = capsys.readouterr().out
    assert "(undone)" in text and "5 rows in" in text and "not a place" in text
    out.write_text("[]", "utf-8")
    assert main(["corrections", "import", str(out), "--db", str(dst)]) == 2
    assert capsys.readouterr().err.startswith(f"error: {out}: not a corrections file")
    assert main(["corrections", "list", "--db", str(dst), "--doc", "xyz"]) == 2


def test_analyze_takes_corrections_and_keeps_its_default():
    import inspect

    from geo.pipeline import analyze

    assert inspect.signature(analyze).parameters["corrections"].default is None


# --- concurrency and crash safety ---------------------------------------------------------------

DOC_HASH = "c" * 64


def _writer(db: str, worker: int, n: int, barrier) -> None:
    with CorrectionStore(db) as s:
        barrier.wait()
        for i in range(n):
            start = worker * 100_000 + i * 10
            s.assign(DOC_HASH, Mention(start, start + 5, "Kabul"), KABUL.id, author=f"w{worker}")


def test_two_processes_write_at_once(tmp_path):
    db = tmp_path / "c.sqlite"
    # fork: spawn would re-import __main__, which AppTest tests elsewhere in the session
    # may have pointed at the Streamlit script; each child opens its own connection
    ctx = mp.get_context("fork")
    barrier = ctx.Barrier(2)
    procs = [ctx.Process(target=_writer, args=(str(db), w, 200, barrier)) for w in (1, 2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0, 0]  # a "database is locked" would raise
    with CorrectionStore(db) as s:
        rows = s.history()
        assert len(rows) == 400 and len({c.id for c in rows}) == 400
        assert {c.start for c in rows} == {w * 100_000 + i * 10 for w in (1, 2) for i in range(200)}
        stamps = [c.created_at for c in sorted(rows, key=lambda c: c.seq)]
        assert stamps == sorted(stamps)  # commit order = time order across processes
        authors = [c.author for c in sorted(rows, key=lambda c: c.seq)]
        assert authors.count("w1") == authors.count("w2") == 200


def test_revision_changes_on_every_write_by_anyone(store):
    a = build(TEXT)
    seen = {store.revision()}
    assert store.revision() == (0, 0)
    store.assign(a.document, a.resolutions[0].mention, KABUL_PROV.id)
    seen.add(store.revision())
    store.add_place("Qargha", "lake", 34.55, 69.03)
    seen.add(store.revision())
    store.undo(a.document)
    seen.add(store.revision())
    with CorrectionStore(store.path) as other:  # another connection (another process)
        other.not_a_place(a.document, a.resolutions[1].mention)
    seen.add(store.revision())
    assert len(seen) == 5 and store.revision() == (3, 1)


def test_threads_share_one_store(store):
    import threading

    def work(t: int) -> None:
        for i in range(25):
            store.not_a_place(DOC_HASH, Mention(t * 1000 + i, t * 1000 + i + 5, "Herat"))

    threads = [threading.Thread(target=work, args=(t,)) for t in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(store) == 100


CRASH_WRITER = """
import sys
from geo.corrections import CorrectionStore
from geo.models import Mention
s = CorrectionStore(sys.argv[1])
p = s.add_place("Crashville", "city", 1.0, 2.0)
print("place", p.id, flush=True)
i = 0
while True:
    c = s.assign("d" * 64, Mention(i, i + 5, "Kabul"), p.id if i % 2 else "geonames:1")
    print("ack", c.id, flush=True)  # printed only once commit() has returned
    i += 1
"""


def test_acknowledged_writes_survive_sigkill(tmp_path):
    db = tmp_path / "c.sqlite"
    proc = subprocess.Popen([sys.executable, "-c", CRASH_WRITER, str(db)], cwd=ROOT,
                            stdout=subprocess.PIPE, text=True)  # fmt: skip
    assert proc.stdout is not None
    acked: list[str] = []
    place = ""
    deadline = time.monotonic() + 120
    while len(acked) < 150 and time.monotonic() < deadline:
        kind, value = proc.stdout.readline().split()
        if kind == "place":
            place = value
        else:
            acked.append(value)
    os.kill(proc.pid, signal.SIGKILL)  # mid-burst: the writer never stops on its own
    rest = proc.stdout.read()  # acks already in the pipe when it died
    proc.wait(30)
    assert proc.returncode == -signal.SIGKILL
    acked += [line.split()[1] for line in rest.splitlines() if line.startswith("ack ")]
    assert len(acked) >= 150
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    with CorrectionStore(db) as s:
        stored = {c.id for c in s.history()}
        assert set(acked) <= stored and len(stored) - len(acked) <= 1  # at most one unacked
        assert s.place(place) is not None


# --- property: the store behaves like a list of rows -----------------------------------------

DOCS = {build(TEXT).document.content_hash: build(TEXT),
        build(OTHER).document.content_hash: build(OTHER)}  # fmt: skip
MENTIONS = [(h, r.mention) for h, a in DOCS.items() for r in a.resolutions]
PLACE_IDS = [KABUL.id, KABUL_PROV.id, KABUL_RIVER.id, HERAT.id]
scopes = st.sampled_from(["mention", "document", "corpus"])


class StoreModel(RuleBasedStateMachine):
    """Any sequence of assign / not_a_place / undo: the store's current state equals a
    plain list-of-rows model, and so does every analysis it corrects."""

    made = Bundle("made")

    def __init__(self) -> None:
        super().__init__()
        self.dir = tempfile.mkdtemp(prefix="geo-corrections-")
        self.store = CorrectionStore(Path(self.dir) / "c.sqlite")
        self.rows: list[dict] = []  # in the order made

    def _add(self, c, doc, m, scope, place) -> str:
        self.rows.append({"id": c.id, "doc": doc, "key": (m.start, m.end, m.text),
                          "norm": m.text.lower(), "scope": scope, "place": place,
                          "undone": False})  # fmt: skip
        return c.id

    @rule(target=made, i=st.integers(0, len(MENTIONS) - 1), place=st.sampled_from(PLACE_IDS),
          scope=scopes)  # fmt: skip
    def assign(self, i, place, scope):
        doc, m = MENTIONS[i]
        return self._add(self.store.assign(doc, m, place, scope=scope), doc, m, scope, place)

    @rule(target=made, i=st.integers(0, len(MENTIONS) - 1), scope=scopes)
    def not_a_place(self, i, scope):
        doc, m = MENTIONS[i]
        return self._add(self.store.not_a_place(doc, m, scope=scope), doc, m, scope, None)

    @rule(doc=st.sampled_from(sorted(DOCS)))
    def undo_last(self, doc):
        live = [r for r in self.rows if r["doc"] == doc and not r["undone"]]
        got = self.store.undo(doc)
        if not live:
            assert got is None
        else:
            assert got is not None and got.id == live[-1]["id"]
            live[-1]["undone"] = True

    @rule(cid=consumes(made))
    def undo_by_id(self, cid):
        row = next(r for r in self.rows if r["id"] == cid)
        if row["undone"]:
            with pytest.raises(CorrectionError, match="already undone"):
                self.store.undo(correction_id=cid)
        else:
            assert self.store.undo(correction_id=cid).id == cid
            row["undone"] = True

    def expected(self, doc: str, m: Mention) -> tuple[str, str | None] | None:
        live = [r for r in self.rows if not r["undone"]]
        for ok in (
            lambda r: r["scope"] == "mention" and r["doc"] == doc
            and r["key"] == (m.start, m.end, m.text),
            lambda r: r["scope"] == "document" and r["doc"] == doc and r["norm"] == m.text.lower(),
            lambda r: r["scope"] == "corpus" and r["norm"] == m.text.lower(),
        ):  # fmt: skip
            hits = [r for r in live if ok(r)]
            if hits:
                return (hits[-1]["id"], hits[-1]["place"])
        return None

    @invariant()
    def state_matches_the_model(self):
        for doc, a in DOCS.items():
            rules = self.store.rules(doc, [r.mention.text for r in a.resolutions])
            b = apply_corrections(a, self.store, GAZ)
            for r, r2 in zip(a.resolutions, b.resolutions, strict=True):
                want = self.expected(doc, r.mention)
                got = rules.match(r.mention)
                assert ((got.id, got.place_id) if got else None) == want
                if want is None:
                    assert r2 == r
                else:
                    assert r2.verified and (r2.place.id if r2.place else None) == want[1]
        assert len(self.store.active()) == sum(not r["undone"] for r in self.rows)

    def teardown(self) -> None:
        self.store.close()
        import shutil

        shutil.rmtree(self.dir, ignore_errors=True)


TestStoreModel = StoreModel.TestCase
TestStoreModel.settings = settings(
    max_examples=100, stateful_step_count=30, deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)  # fmt: skip


def test_rules_ignore_other_documents_and_undone_rows():
    from geo.corrections import Correction

    base = dict(scope="mention", doc_hash="a" * 64, start=0, end=5, text="Kabul")
    rows = [
        Correction(id="1", action="assign", place_id="x", created_at="1", **base),
        Correction(id="2", action="assign", place_id="y", created_at="2", undone=True, **base),
        Correction(id="3", action="assign", place_id="z", created_at="3", **base | {"doc_hash": "b" * 64}),
    ]  # fmt: skip
    rules = Rules("a" * 64, rows)
    assert rules.match(Mention(0, 5, "Kabul")).id == "1"
    assert not Rules("c" * 64, rows)
