"""geo.corrections.exchange: corrections travel as JSON; bad files are refused."""

from __future__ import annotations

import json
import time

import pytest

from geo.cli import main
from geo.corrections import FORMAT, CorrectionStore, apply_corrections
from geo.errors import CorrectionError, GeoError
from geo.models import Analysis
from tests.corrections.helpers import GAZ, HERAT, KABUL_PROV, KABUL_RIVER, OTHER, TEXT, build


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
