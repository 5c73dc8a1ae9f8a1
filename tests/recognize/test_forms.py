"""Place forms: adjectival, demonym and organisation-of-place mentions, and their filter.
Sentences are made up for these tests."""

from __future__ import annotations

import pytest

from geo.documents import document_from_text
from geo.gazetteer import MemoryGazetteer
from geo.models import Mention, Place, Resolution
from geo.recognize import find_mentions, select_forms
from geo.resolve import resolve
from tests.recognize.helpers import PLACES, make_nlp

EXTRA = [
    Place(id="k:eu", name="Europe", kind="continent", lat=48.7, lon=9.1, importance=0.9),
    Place(id="p:eu", name="Eu", kind="city", lat=50.05, lon=1.42, country="FR",
          population=7000, importance=0.4),
    Place(id="c:ru", name="Russia", kind="country", lat=60.0, lon=100.0, country="RU",
          importance=0.97, aliases=("Russian Federation",)),
    Place(id="c:in", name="India", kind="country", lat=22.0, lon=79.0, country="IN",
          importance=0.97),
    Place(id="c:cn", name="China", kind="country", lat=35.0, lon=105.0, country="CN",
          importance=0.97),
]  # fmt: skip


@pytest.fixture(scope="module")
def gaz() -> MemoryGazetteer:
    return MemoryGazetteer(PLACES + EXTRA)


def _run(text: str, gaz: MemoryGazetteer, ents: dict[str, str] | None = None):
    doc = document_from_text(text)
    ms = find_mentions(doc, make_nlp(doc.text, ents), gaz)
    return ms, resolve(doc, ms, gaz)


def _forms(ms: list[Mention]) -> list[tuple[str, str, str]]:
    return [(m.text, m.form, m.name) for m in ms]


def test_adjectival_and_demonym_forms(gaz):
    ms, res = _run("Russian soldiers left. The Russians said so. Afghan officials agreed.", gaz)
    assert _forms(ms) == [
        ("Russian", "adjectival", "Russia"),
        ("Russians", "demonym", "Russia"),
        ("Afghan", "adjectival", "Afghanistan"),
    ]
    assert all(m.is_demonym for m in ms)  # kept in sync for older code
    assert [r.place.id for r in res] == ["c:ru", "c:ru", "c:af"]


def test_hyphenated_adjective_and_lone_demonym(gaz):
    ms, _ = _run("They drove Russian-made trucks past an Afghan.", gaz)
    assert _forms(ms) == [("Russian", "adjectival", "Russia"), ("Afghan", "demonym", "Afghanistan")]


def test_union_and_continent(gaz):
    ms, res = _run("The EU and European ministers met; the European Union agreed.", gaz)
    assert _forms(ms) == [
        ("EU", "organisation-of-place", "Europe"),
        ("European", "adjectival", "Europe"),
        ("European Union", "organisation-of-place", "Europe"),
    ]
    assert [r.place.id for r in res] == ["k:eu"] * 3  # never the town "Eu"


def test_adjective_inside_a_longer_name_is_not_a_mention(gaz):
    ms, _ = _run("The Chinese Academy of Sciences met in the Russian Federation.", gaz,
                 {"Chinese Academy of Sciences": "ORG", "Russian Federation": "GPE"})  # fmt: skip
    assert _forms(ms) == [("Russian Federation", "name", "Russian Federation")]


def test_other_senses_from_the_exclusion_table(gaz):
    ms, _ = _run("An American Indian tribe runs the Indian reservation casino.", gaz)
    assert ms == []
    ms, _ = _run("Indian officials and American diplomats talked.", gaz)
    assert [(m.text, m.form) for m in ms] == [("Indian", "adjectival"), ("American", "adjectival")]


def test_select_forms(gaz):
    ms, res = _run("Russian troops entered Kabul, the EU said.", gaz)
    assert [m.text for m in select_forms(ms, "names")] == ["Kabul"]
    assert [m.text for m in select_forms(ms, "all")] == ["Russian", "Kabul", "EU"]
    kept = select_forms(res, "names")
    assert all(isinstance(r, Resolution) for r in kept) and len(kept) == 1
    with pytest.raises(ValueError):
        select_forms(ms, "some")  # type: ignore[arg-type]


def test_general_other_senses(gaz):
    text = ("We ate Italian food with Afghan-Americans at Russian-Georgian talks. French said "
            "she teaches Spanish. Pro-Russian groups and Afghan elders met.")  # fmt: skip
    ms, _ = _run(text, gaz)
    assert [m.text for m in ms] == ["Russian", "Georgian", "Russian", "Afghan"]
    assert {m.form for m in ms} == {"adjectival"}


def test_hyphenated_peoples_and_two_country_compounds(gaz):
    ms, _ = _run("A Russian-American crew flew. Afghan-Americans and Indian-Canadians voted.", gaz)
    assert [m.text for m in ms] == ["Russian", "American"]


def test_two_word_demonym_misread_as_a_person(gaz):
    ms, _ = _run("New Zealander voters went out.", gaz, {"New Zealander": "PERSON"})
    assert [(m.text, m.form) for m in ms] == [("New Zealander", "adjectival")]


def test_state_and_province_forms_resolve_to_the_unit():
    extra = [
        Place(id="a:vt", name="Vermont", kind="admin1", lat=44.0, lon=-72.7, country="US",
              admin1="VT", importance=0.72),
        Place(id="p:vt", name="Vermont", kind="city", lat=40.3, lon=-90.4, country="US",
              admin1="IL", population=700, importance=0.3),
    ]  # fmt: skip
    gaz2 = MemoryGazetteer([*PLACES, *extra])
    ms, res = _run("Two Vermonters and a Vermonter farmer spoke.", gaz2)
    assert [(m.text, m.form) for m in ms] == [
        ("Vermonters", "demonym"),
        ("Vermonter", "adjectival"),
    ]
    assert [r.place.id for r in res] == ["a:vt", "a:vt"]


def test_names_before_indian_and_style_words(gaz):
    ms, _ = _run(
        "He met Cherokee Indians, ate at a Russian-themed bar and saw the Afghan community.", gaz
    )
    assert ms == []


@pytest.mark.parametrize(
    ("stem", "columns"),
    [
        ("forms_places", ("entry", "place", "form", "source")),
        ("forms_exclusions", ("entry", "side", "word", "source")),
        ("forms_state_bodies", ("entry", "source")),
    ],
)
def test_form_tables_have_provenance(stem, columns):
    from geo import settings
    from geo.recognize.lexicon import read_rows

    rows = read_rows(settings.LEXICON_DIR / f"{stem}.csv", columns)
    assert rows and all(r["source"] for r in rows)
    keys = [tuple(r[c] for c in columns[:-1]) for r in rows]
    assert len(keys) == len(set(keys))


def test_with_forms_leaves_out_other_forms_their_places_and_renumbers_events():
    from geo.recognize.forms import only_forms_note, with_forms
    from tests.fixtures.forms import RUSSIA, adjectival_analysis

    a = adjectival_analysis()
    assert with_forms(a, "all") is a
    names = with_forms(a, "names")
    assert [r.mention.text for r in names.resolutions] == ["Ukraine", "Kharkiv"]
    assert [p.place.name for p in names.places] == ["Ukraine", "Kharkiv"]
    (e,) = names.events
    assert e.mention_indices == (0, 1) and RUSSIA.id not in e.place_ids
    assert [names.resolutions[i].mention.text for i in e.mention_indices] == ["Ukraine", "Kharkiv"]
    assert len(a.resolutions) == 3 and len(a.events[0].place_ids) == 3  # the input is unchanged
    with pytest.raises(ValueError, match="'names', 'all' or 'facilities'"):
        with_forms(a, "some")  # type: ignore[arg-type]
    assert only_forms_note([a.resolutions[0].mention]) == "named only as 'Russian'"
    assert only_forms_note([r.mention for r in a.resolutions]) is None
