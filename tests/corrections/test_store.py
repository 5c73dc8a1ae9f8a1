"""geo.corrections.store: persistence, durability, undo, concurrency, crash safety."""

from __future__ import annotations

import multiprocessing as mp
import os
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, consumes, invariant, rule

from geo.corrections import CorrectionStore, apply_corrections
from geo.errors import CorrectionError
from geo.models import Mention
from tests.corrections.helpers import (
    GAZ,
    HERAT,
    KABUL,
    KABUL_PROV,
    KABUL_RIVER,
    OTHER,
    ROOT,
    TEXT,
    build,
    ids,
)


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


TestStoreModel = pytest.mark.slow(StoreModel.TestCase)  # 100 stateful runs: ~10 s
TestStoreModel.settings = settings(
    max_examples=100, stateful_step_count=30, deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)  # fmt: skip
