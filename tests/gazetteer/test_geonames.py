"""Growing the store: GeoNames dump import on fixtures in the exact dump format."""

from __future__ import annotations

import zipfile

import pytest

from geo.errors import GeoNamesFormatError
from geo.gazetteer import Gazetteer, checksum, import_geonames
from tests.fixtures.gazetteers import copy_store


def geonames_line(gid, name, ascii_name, alt, lat, lon, fclass, fcode, cc, a1, pop):
    # 19 tab-separated columns, as in allCountries.txt
    cols = [
        str(gid),
        name,
        ascii_name,
        ",".join(alt),
        f"{lat}",
        f"{lon}",
        fclass,
        fcode,
        cc,
        "",
        a1,
        "",
        "",
        "",
        str(pop),
        "",
        "1800",
        "Asia/Kabul",
        "2024-01-01",
    ]
    return "\t".join(cols) + "\n"


@pytest.fixture()
def store(gazetteer, tmp_path):
    """A private copy of the real store (imports must not touch data/)."""
    return copy_store(gazetteer.path, tmp_path / "gaz.sqlite")  # with its checksum


def test_import_places_alternate_names_and_admin1(store, tmp_path):
    allc = tmp_path / "AF.txt"
    allc.write_text(
        geonames_line(
            99000001,
            "Dasht-e Rewat",
            "Dasht-e Rewat",
            ["Dasht e Rewat"],
            35.33,
            69.47,
            "P",
            "PPL",
            "AF",
            "42",
            1200,
        )
        + geonames_line(
            99000002,
            "Darya-ye Shutul",
            "Darya-ye Shutul",
            [],
            35.3,
            69.5,
            "H",
            "STM",
            "AF",
            "42",
            0,
        )
        + geonames_line(
            1138958,
            "Kabul",
            "Kabul",
            ["Kabol"],
            34.52813,
            69.17233,
            "P",
            "PPLC",
            "AF",
            "13",
            4434550,
        ),
        encoding="utf-8",
    )
    alt = tmp_path / "alternateNamesV2.txt"
    alt.write_text(
        "1\t99000002\ten\tShutul River\t1\t\t\t\t\t\n2\t99000002\tlink\thttps://x\t\t\t\t\t\t\n",
        encoding="utf-8",
    )
    adm = tmp_path / "admin1CodesASCII.txt"
    adm.write_text("AF.42\tPanjshir\tPanjshir\t6957555\n", encoding="utf-8")
    stats = import_geonames([alt, allc, adm], store)  # order does not matter
    assert stats == {"places": 3, "alternate_names": 1, "admin1": 1}
    gaz = Gazetteer(store)
    village = gaz.lookup("Dasht-e Rewat")[0].place
    assert village.id == "geonames:99000001" and village.kind == "city" and village.admin1 == "42"
    river = gaz.lookup("Shutul River")[0]
    assert river.place.kind == "river" and river.match == "alias"
    assert [p.id for p in gaz.hierarchy(village)][1:] == ["geonames:6957555", "geonames:1149361"]
    # re-import replaces instead of duplicating
    import_geonames([allc], store)
    assert len([c for c in gaz.lookup("Kabul") if c.place.id == "geonames:1138958"]) == 1
    assert gaz.lookup("Kabol")[0].place.id == "geonames:1138958"
    assert checksum.check(store) == "ok"  # the store changed: its checksum was written anew


def test_import_from_zip(store, tmp_path):
    z = tmp_path / "cities500.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr(
            "cities500.txt",
            geonames_line(
                99000003, "Zzyzxville", "Zzyzxville", [], 10.0, 10.0, "P", "PPL", "NG", "01", 600
            ),
        )
    assert import_geonames([z], store)["places"] == 1
    assert Gazetteer(store).lookup("Zzyzxville")[0].place.id == "geonames:99000003"


@pytest.mark.parametrize(
    "content, message",
    [
        ("just some text\n", "tab-separated columns"),
        ("\t".join(["x"] * 19) + "\n", "bad number"),
        (geonames_line(1, "A", "A", [], 95.0, 0, "P", "PPL", "AF", "", 0), "out of range"),
    ],
)
def test_invalid_geonames_file_is_rejected_and_nothing_is_kept(store, tmp_path, content, message):
    good = geonames_line(99000009, "Keepnothing", "Keepnothing", [], 1, 1, "P", "PPL", "NG", "", 1)
    f = tmp_path / "allCountries.txt"
    f.write_text(good + content, encoding="utf-8")
    with pytest.raises(GeoNamesFormatError, match=message) as info:
        import_geonames([f], store)
    assert "allCountries.txt" in str(info.value) and ":2" in str(info.value)
    assert Gazetteer(store).lookup("Keepnothing", fuzzy=False) == []


def test_invalid_zip_and_missing_file(store, tmp_path):
    bad = tmp_path / "XX.zip"
    bad.write_bytes(b"not a zip")
    with pytest.raises(GeoNamesFormatError, match="not a valid zip"):
        import_geonames([bad], store)
    with pytest.raises(GeoNamesFormatError, match="no such file"):
        import_geonames([tmp_path / "nope.txt"], store)
    alt = tmp_path / "alternateNamesV2.txt"
    alt.write_text("garbage line\n", encoding="utf-8")
    with pytest.raises(GeoNamesFormatError, match="alternateNames"):
        import_geonames([alt], store)
