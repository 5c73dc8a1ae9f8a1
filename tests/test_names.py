"""geo.names: lookup keys and the display-name policy."""

from __future__ import annotations

import pytest

from geo.models import Mention, Place
from geo.names import (
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
