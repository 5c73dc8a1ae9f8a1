"""geo.names: lookup keys and the display-name policy."""

from __future__ import annotations

from pathlib import Path

import pytest

from geo import settings
from geo.errors import GeoError
from geo.models import Mention, Place
from geo.names import (
    _unit_lexicon,
    ascii_name,
    display_name,
    document_form,
    english_name,
    is_demonym,
    normalize_name,
    secondary_name,
)


def test_normalize_name():
    assert normalize_name("  The Panjshīr-Valley ") == "panjshir valley"


@pytest.mark.parametrize(
    "name, expected",
    [("Mazār-e Sharīf", "Mazar-e Sharif"), ("Ḩalab", "Halab"), ("Kāpīsā", "Kapisa"),
     ("Karbalā’", "Karbala'"), ("Île-de-France", "Ile-de-France"), ("Łódź", "Lodz"),
     ("Kabul", "Kabul"), ("  two   spaces ", "two spaces"), ("Москва", "Москва")],
)  # fmt: skip
def test_ascii_name(name, expected):
    assert ascii_name(name) == expected


@pytest.mark.parametrize(
    "name, aliases, kind, expected",
    [
        ("Panjshayr", ["AF-PAN", "Panjsher viloyati", "Panjshir", "Panjshir Province", "Parwan"],
         "admin1", "Panjshir"),
        ("Ḩalab", ["Aleppo", "Aleppo Governorate", "Muhafazat Halab", "SY-HL"], "admin1",
         "Aleppo"),
        ("Kāpīsā", ["AF-KAP", "Kapisa viloyati", "Wilayat-e Kapisa"], "admin1", "Kapisa"),
        ("Mazār-e Sharīf", ["Mazar-i Sharif", "Mazari Sharif"], "city", "Mazar-e Sharif"),
        ("Kyivska oblast", ["Kyiv", "Kyiv Oblast", "UA-32"], "admin1", "Kyiv Oblast"),
        # an English "<X> <Unit>" alias counts only when X is itself an alias ...
        ("California", ["CA", "Golden State"], "admin1", "California"),
        # ... and is not the name with more words
        ("Wardak", ["Maidan Wardak", "Maidan Wardak Province"], "admin1", "Wardak"),
        # same letters as the name: the gazetteer's spelling in ASCII
        ("Al Ḩasakah", ["Al-Hasakah Governorate"], "admin1", "Al Hasakah"),
        ("Bābil", ["Babil Governorate", "Babylon"], "admin1", "Babil"),
        # only administrative units: a city keeps its own name
        ("Kuwait City", ["Kuwait"], "city", "Kuwait City"),
    ],
)  # fmt: skip
def test_english_name(name, aliases, kind, expected):
    assert english_name(name, aliases, kind) == expected


@pytest.mark.parametrize(
    "name, aliases, expected",
    [
        # a unit word of another language: the English alias with the same unit word ...
        ("Krasnodarskiy kray", ["Krasnodar Krai", "Krasnodar diyarı", "RU-KDA"], "Krasnodar Krai"),
        ("Stavropol'skiy kray", ["Stavropol Krai", "Stavropol’ Kray"], "Stavropol Krai"),
        ("Altayskiy kray", ["Altay Kray", "RU-ALT"], "Altay Krai"),  # the usual spelling
        ("Almaty oblysy", ["Almatinskaya Oblast’", "Almaty Region", "KZ-19"], "Almaty Region"),
        ("Stockholms län", ["Stockholm", "Stockholm County", "Stockholms Laen"],
         "Stockholm County"),
        ("Tatarstan, Respublika", ["Republic of Tatarstan", "Respublika Tatarstan",
                                   "Tatarstan Republic", "Tatarstan Respublikası"],
         "Republic of Tatarstan"),  # the form English prefers
        ("Tyva, Respublika", ["Republic of Tyva", "Tuva Republic", "Tyva Republic"],
         "Tuva Republic"),  # an English spelling over the transliteration
        ("Chechenskaya Respublika", ["Chechen Republic", "Chechnya", "RU-CE"], "Chechen Republic"),
        # ... else a bare alias spelt like the name, with the English unit word
        ("Murmanskaya oblast'", ["Murmansk", "Murmansk vilayəti", "RU-MUR"], "Murmansk Oblast"),
        ("Tul'skaya oblast'", ["RU-TUL", "Tula", "Tula vilayəti"], "Tula Oblast"),
        ("Tverskaya oblast'", ["RU-TVE", "Tver", "Tver’ Oblast"], "Tver Oblast"),
        ("Batys Qazaqstan oblysy", ["KZ-27", "West Kazakhstan", "Zapadno-Kazakhstanskaya Oblast’"],
         "West Kazakhstan Region"),
        ("Qostanay oblysy", ["KZ-39", "Kostanay", "Kostanayskaya Oblast’"], "Kostanay Region"),
        # units English names without their unit word
        ("Nei Mongol Zizhiqu", ["CN-NM", "Inner Mongolia", "Inner Mongolia Autonomous Region"],
         "Inner Mongolia"),
        ("Xizang Zizhiqu", ["Tibet", "Tibet Autonomous Region", "Xizang",
                            "Xizang Autonomous Region"], "Tibet"),
        ("Guangxi Zhuangzu Zizhiqu", ["CN-GX", "Guangxi", "Guangxi Zhuang Autonomous Region"],
         "Guangxi"),
        ("Fujian Sheng", ["CN-FJ", "Fujian"], "Fujian"),
        ("Busan-gwangyeoksi", ["Busan", "Busan-si", "KR-26", "Pusan-gwangyŏksi"], "Busan"),
        ("Grad Split", ["Split", "Town of Split"], "Split"),
        # English keeps "Voivodeship" even after a name without it
        ("Mazowieckie", ["Masovian", "Masovian Voivodeship", "PL-14", "Województwo mazowieckie",
                         "Woiwodschaft Masowien"], "Masovian Voivodeship"),
        ("Mahārāshtra", ["IN-MH", "State of Maharashtra"], "Maharashtra"),
    ],
)  # fmt: skip
def test_english_name_of_a_unit_named_in_another_language(name, aliases, expected):
    assert english_name(name, aliases, "admin1") == expected


@pytest.mark.parametrize(
    "name, aliases, expected",
    [
        # aliases in other languages are never taken for English ones
        ("Kurskaya oblast'", ["Kursk vilayəti", "RU-KRS", "Курская область"], "Kurskaya oblast'"),
        ("Belgorodskaya oblast'", ["Belqorod vilayəti", "Белгород уобалаhа"],
         "Belgorodskaya oblast'"),
        ("Umeå Kommun", ["Uumaja"], "Umea Kommun"),  # the only alias, in Sami
        ("Grad Rovinj", ["Rovigno", "Rovinj"], "Rovinj"),  # not the Italian name
        ("Osječko-baranjska županija", ["County of Osijek-Baranja", "Osijek e Baranja",
                                        "Osijek-Baranja", "Osječko-baranjska"],
         "Osijek-Baranja County"),
        # a name that is no unit word and its stem is no alias stays
        ("Gornji Grad", ["Municipality of Gornji Grad", "SI-030"], "Gornji Grad"),
        ("Amphoe Khlong Lan", [], "Amphoe Khlong Lan"),
        # a name already in English keeps its own form
        ("Eastern Administrative Okrug", ["Vostochny Administrative Okrug"],
         "Eastern Administrative Okrug"),
        ("Tomsk Oblast", ["Tomskaya Oblast"], "Tomsk Oblast"),
    ],
)  # fmt: skip
def test_english_name_stays_safe(name, aliases, expected):
    assert english_name(name, aliases, "admin2") == expected


def test_unit_lexicon_loads_with_provenance():
    units = _unit_lexicon()
    assert units.native["oblast"].english == "Oblast" and units.native["oblast"].keep
    assert not units.native["sheng"].keep  # "Anhui", not "Anhui Province"
    assert units.english["kray"].english == "Krai"
    assert "Republic" in units.before_first
    assert {"vilayeti", "diyari", "viloyati"} <= units.not_english


def test_unit_lexicon_rejects_a_bad_file(tmp_path: Path):
    header = "entry,kind,english,keep,source\n"
    for body in (
        "kray,native,Krai,yes,\n",  # no source
        "kray,nativ,Krai,yes,Russian\n",  # unknown kind
        "kray,native,,yes,Russian\n",
    ):  # no English word
        path = tmp_path / "units.csv"
        path.write_text("# a comment\n" + header + body, encoding="utf-8")
        with pytest.raises(GeoError):
            _unit_lexicon(path)
    with pytest.raises(GeoError):
        _unit_lexicon(tmp_path / "missing.csv")
    assert (settings.LEXICON_DIR / "names_units.csv").is_file()


@pytest.mark.slow
@pytest.mark.parametrize(
    "country, name, expected",
    [("RU", "Krasnodarskiy kray", "Krasnodar Krai"), ("RU", "Murmanskaya oblast'", "Murmansk Oblast"),
     ("UA", "Kyivska oblast", "Kyiv Oblast"), ("CN", "Nei Mongol Zizhiqu", "Inner Mongolia"),
     ("IN", "Mahārāshtra", "Maharashtra"), ("PL", "Mazowieckie", "Masovian Voivodeship")],
)  # fmt: skip
def test_english_names_of_real_first_level_units(gazetteer, country, name, expected):
    units = [c.place for c in gazetteer.lookup(name, fuzzy=False)
             if c.place.kind == "admin1" and c.place.country == country]  # fmt: skip
    assert units, name
    place = gazetteer.get(units[0].id)
    assert english_name(place.name, place.aliases, place.kind) == expected


def test_document_form_counts_names_not_demonyms():
    assert document_form(["Kapisa", "Kapisa", "Kāpīsā"]) == "Kapisa"
    assert document_form(["KABUL", "Kabul", "KABUL"]) == "Kabul"  # not the headline caps
    assert document_form(["KABUL"]) == "KABUL"
    assert document_form(["Afghan", "Afghans"]) == ""  # demonyms
    m = Mention(0, 15, "Kapisa province", name="Kapisa")
    assert document_form([m]) == "Kapisa"  # the toponym without its cue word
    assert document_form([Mention(0, 6, "Afghan", is_demonym=True)]) == ""
    assert document_form(["Kabul", "Kabul", "Kābul", "Kābul", "Kābul"]) == "Kābul"
    assert document_form([]) == ""
    assert is_demonym("Afghan") and not is_demonym("Afghanistan")


def test_display_name_policy():
    halab = Place("g:1", "Ḩalab", "admin1", 36.2, 37.2, aliases=("Aleppo", "Aleppo Governorate"))
    assert display_name(halab) == "Aleppo"  # no document: the English name
    assert display_name(halab, ["Halab", "Halab", "Aleppo"]) == "Halab"  # the document's form
    assert display_name(halab, ["Syrian"]) == "Aleppo"
    assert secondary_name(halab, "Aleppo") == "Ḩalab"
    kabul = Place("g:2", "Kabul", "city", 34.5, 69.2)
    assert secondary_name(kabul, display_name(kabul)) == ""
