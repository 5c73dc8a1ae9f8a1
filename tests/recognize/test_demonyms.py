"""Demonyms: mentions of their country, and the demonym table."""

from __future__ import annotations

import pytest

from geo.recognize import country_names, demonym_countries
from tests.recognize.helpers import gazetteer, mentions


@pytest.fixture(scope="module")
def gaz():
    return gazetteer()


def test_demonyms_are_marked_mentions_of_their_country(gaz):
    ms = mentions("Afghan forces and Pakistani officials met.", gaz,
                  {"Afghan": "NORP", "Pakistani": "NORP"})  # fmt: skip
    dem = [m for m in ms if m.is_demonym]
    assert [(m.text, m.method, m.name, m.cue) for m in dem] == [
        ("Afghan", "demonym", "Afghanistan", "country"),
        ("Pakistani", "demonym", "Pakistan", "country"),
    ]


def test_multi_word_demonym_is_one_mention(gaz):
    dem = [m for m in mentions("Two New Zealanders won.", gaz) if m.is_demonym]
    assert [(m.text, m.name) for m in dem] == [("New Zealanders", "New Zealand")]


def test_demonym_table_is_general():
    for word, code in [("Afghan", "AF"), ("Afghans", "AF"), ("American", "US"), ("Kenyan", "KE"),
                       ("Brazilian", "BR"), ("Filipino", "PH"), ("Sri Lankan", "LK")]:  # fmt: skip
        assert code in demonym_countries(word), word
    assert demonym_countries("Kabul") == ()


def test_country_names():
    names = country_names()
    assert names["AF"] == "Afghanistan" and names["NZ"] == "New Zealand"
