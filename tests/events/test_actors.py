"""geo.events.actors: actor kinds, exclusions and known groups."""

from __future__ import annotations

from geo.events import extract_events
from geo.models import Mention, Resolution
from tests.events.helpers import KABUL, tagged


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
