"""geo.events.actors: actor kinds, exclusions and known groups."""

from __future__ import annotations

from geo.events import extract_events
from geo.events.actors import find_actors
from geo.models import Mention, Resolution
from geo.nlp import Entity
from tests.events.helpers import AFGHANISTAN, KABUL, KAPISA, PANJSHIR_RIVER, tagged


def test_actors_kinds_and_exclusions():
    spec = (
        "Massoud/NNP and/CC the/DT anti-Taliban/JJ figures/NNS met/VBD UN/NNP envoys/NNS and/CC "
        "Tajik/JJ elders/NNS in/IN Kabul/NNP while/IN the/DT Taliban/NNP waited/VBD ./."
    )
    doc, result = tagged(
        spec,
        ents=(
            ("Massoud", "PERSON"),
            ("anti-Taliban", "ORG"),
            ("UN", "ORG"),
            ("Tajik", "NORP"),
            ("Kabul", "ORG"),  # mislabelled place: resolved below, so not an actor
        ),
    )
    k = doc.text.index("Kabul")
    res = [Resolution(Mention(k, k + 5, "Kabul"), KABUL, 0.9)]
    (e,) = extract_events(doc, result, res)
    assert e.type == "negotiation" and e.trigger == "met"
    assert [(a.text, a.kind) for a in e.actors] == [
        ("Massoud", "person"),
        ("UN", "organisation"),
        ("Tajik", "group"),
        ("Taliban", "group"),  # no entity from the model: found as a known group
    ]
    assert e.place_ids == (KABUL.id,) and e.mention_indices == (0,)


def test_known_groups_without_an_entity():
    spec = (
        "Fighters/NNS of/IN Boko_Haram/NNP and/CC the/DT PKK/NNP 's/POS allies/NNS clashed/VBD ./."
    )
    (e,) = extract_events(*tagged(spec), [])
    assert [(a.text, a.kind) for a in e.actors] == [("Boko Haram", "group"), ("PKK", "group")]


def test_known_group_entity_is_a_group_and_the_is_trimmed():
    spec = "The/DT Haqqani_network/NNP denied/VBD the/DT report/NN ./."
    doc, result = tagged(spec, ents=(("The Haqqani network", "ORG"),))
    (e,) = extract_events(doc, result, [])
    assert [(a.text, a.kind) for a in e.actors] == [("Haqqani network", "group")]
    assert doc.text[e.actors[0].start : e.actors[0].end] == "Haqqani network"


def test_anti_and_pro_groups_are_not_actors():
    spec = "An/DT anti-FARC/JJ militia/NN and/CC pro-Hamas/JJ crowds/NNS marched/VBD ./."
    (e,) = extract_events(*tagged(spec), [])
    assert e.actors == ()


def test_case_of_known_groups_matters():
    spec = "The/DT wagner/NN tune/NN played/VBD ./."
    (e,) = extract_events(*tagged(spec), [])
    assert e.actors == ()


def test_a_place_named_elsewhere_in_the_document_is_no_actor():
    # the model reads the river's name as a nationality (NORP) and a town as a person; the
    # recogniser found both in the first sentence only
    spec = (
        "Boats/NNS left/VBD Kapisa/NNP on/IN the/DT Panjshir/NNP ./. "
        "Water/NN from/IN the/DT Panjshir/NNP flooded/VBD Kapisa/NNP and/CC Hassan/NNP ./."
    )
    doc, result = tagged(
        spec,
        ents=(
            ("Kapisa", "GPE"),
            ("Panjshir", "NORP"),
            ("Panjshir", "NORP"),
            ("Kapisa", "PERSON"),
            ("Hassan", "PERSON"),
        ),
    )
    k = doc.text.index("Kapisa")
    p = doc.text.index("Panjshir")
    res = [
        Resolution(Mention(k, k + 6, "Kapisa", sentence=0), KAPISA, 0.9),
        Resolution(Mention(p, p + 8, "Panjshir", sentence=0), PANJSHIR_RIVER, 0.9),
    ]
    e = next(e for e in extract_events(doc, result, res) if e.trigger == "flooded")
    assert [(a.text, a.kind) for a in e.actors] == [("Hassan", "person")]


def test_a_place_name_only_as_an_adjectival_form_still_leaves_the_group():
    # an adjectival mention ("Tajik" as a form of a country) is no place *name*: the NORP
    # group of the same text stays an actor
    spec = "Tajik/JJ traders/NNS crossed/VBD ./. The/DT Tajik/NNP elders/NNS attacked/VBD ./."
    doc, result = tagged(spec, ents=(("Tajik", "NORP"), ("Tajik", "NORP")))
    res = [Resolution(Mention(0, 5, "Tajik", sentence=0, form="adjectival"), AFGHANISTAN, 0.8)]
    e = next(e for e in extract_events(doc, result, res) if e.trigger == "attacked")
    assert ("Tajik", "group") in [(a.text, a.kind) for a in e.actors]


def test_known_groups_stay_actors_whatever_the_place_names():
    text = "The Taliban attacked."
    ents = [Entity(0, 11, "The Taliban", "ORG")]
    got = find_actors(text, 0, len(text), ents, [], frozenset({"taliban"}))
    assert [(a.text, a.kind) for a in got] == [("Taliban", "group")]
