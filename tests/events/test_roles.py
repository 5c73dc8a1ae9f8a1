"""geo.events.actors.assign_roles: actor1/actor2 from a (hand-made) dependency parse."""

from __future__ import annotations

from geo.events import extract_events
from geo.models import Mention, Place, Resolution
from tests.events.helpers import tagged

TOLVAR = Place("test:tolvar", "Tolvar", "city", 10.0, 10.0, "ZZ")


def roles(spec: str, ents: tuple[tuple[str, str], ...], places: tuple[str, ...] = ()):
    doc, result = tagged(spec, ents=ents)
    res = []
    for name in places:
        k = doc.text.index(name)
        res.append(Resolution(Mention(k, k + len(name), name), TOLVAR, 0.9))
    (e,) = extract_events(doc, result, res)
    return e, [(a.text, a.role) for a in e.actors]


def test_subject_acts_and_the_next_clause_subject_is_not_an_actor():
    # "After the Red Hand took control of Tolvar, Mira Osk declared she would resist."
    spec = (
        "After/IN/mark/3 the/DT/det/2 Red_Hand/NNP/nsubj/3 took/VBD/advcl/10 "
        "control/NN/dobj/3 of/IN/prep/4 Tolvar/NNP/pobj/5 ,/,/punct/10 Mira/NNP/compound/9 "
        "Osk/NNP/nsubj/10 declared/VBD/ROOT/10 ./././10"
    )
    e, got = roles(spec, (("Red Hand", "ORG"), ("Tolvar", "GPE"), ("Mira Osk", "PERSON")),
                   ("Tolvar",))  # fmt: skip
    assert e.trigger == "took control" and e.type == "strategic_developments"
    assert got == [("Red Hand", "actor1")]  # Tolvar is a place, Mira Osk acts elsewhere


def test_object_and_passive_agent():
    # "The Grey Legion attacked the Tarn Guard."
    spec = (
        "The/DT/det/2 Grey_Legion/NNP/nsubj/2 attacked/VBD/ROOT/2 the/DT/det/4 "
        "Tarn_Guard/NNP/dobj/2 ./././2"
    )
    e, got = roles(spec, (("The Grey Legion", "ORG"), ("Tarn Guard", "ORG")))
    assert e.type == "battles"
    assert got == [("Grey Legion", "actor1"), ("Tarn Guard", "actor2")]
    # "Pell Varo was abducted by the Grey Legion."
    spec = (
        "Pell_Varo/NNP/nsubjpass/2 was/VBD/auxpass/2 abducted/VBN/ROOT/2 by/IN/agent/2 "
        "the/DT/det/5 Grey_Legion/NNP/pobj/3 ./././2"
    )
    e, got = roles(spec, (("Pell Varo", "PERSON"), ("Grey Legion", "ORG")))
    assert e.type == "violence_against_civilians"
    assert got == [("Pell Varo", "actor2"), ("Grey Legion", "actor1")]


def test_noun_trigger_possessor_and_preposition_objects():
    # "The Grey Legion's offensive against the Tarn Guard stalled."
    spec = (
        "The/DT/det/1 Grey_Legion/NNP/poss/3 's/POS/case/1 offensive/NN/nsubj/7 "
        "against/IN/prep/3 the/DT/det/6 Tarn_Guard/NNP/pobj/4 stalled/VBD/ROOT/7 ./././7"
    )
    e, got = roles(spec, (("The Grey Legion", "ORG"), ("Tarn Guard", "ORG")))
    assert e.trigger == "offensive"
    assert got == [("Grey Legion", "actor1"), ("Tarn Guard", "actor2")]


def test_conjoined_subjects_and_a_subjectless_conjoined_trigger():
    # "Ilse Marr and Oren Tace met in Tolvar and signed a truce."  trigger: "met"
    spec = (
        "Ilse_Marr/NNP/nsubj/3 and/CC/cc/0 Oren_Tace/NNP/conj/0 met/VBD/ROOT/3 "
        "in/IN/prep/3 Tolvar/NNP/pobj/4 and/CC/cc/3 signed/VBD/conj/3 a/DT/det/9 "
        "truce/NN/dobj/7 ./././3"
    )
    _, got = roles(spec, (("Ilse Marr", "PERSON"), ("Oren Tace", "PERSON"), ("Tolvar", "GPE")),
                   ("Tolvar",))  # fmt: skip
    assert got == [("Ilse Marr", "actor1"), ("Oren Tace", "actor1")]


def test_the_reporter_of_a_clause_is_not_its_actor():
    # "Ilse Marr said the Grey Legion shelled Tolvar."  trigger: "shelled" (reported)
    spec = (
        "Ilse_Marr/NNP/nsubj/1 said/VBD/ROOT/1 the/DT/det/3 Grey_Legion/NNP/nsubj/4 "
        "shelled/VBD/ccomp/1 Tolvar/NNP/dobj/4 ./././1"
    )
    e, got = roles(spec, (("Ilse Marr", "PERSON"), ("Grey Legion", "ORG"), ("Tolvar", "GPE")),
                   ("Tolvar",))  # fmt: skip
    assert (e.trigger, e.type) == ("shelled", "explosions_remote_violence")
    assert got == [("Grey Legion", "actor1")]


def test_structures_are_never_actors():
    # "The Halvard Barrage was closed by the Water Board."
    spec = (
        "The/DT/det/1 Halvard_Barrage/NNP/nsubjpass/3 was/VBD/auxpass/3 closed/VBN/ROOT/3 "
        "by/IN/agent/3 the/DT/det/6 Water_Board/NNP/pobj/4 ./././3"
    )
    _, got = roles(spec, (("The Halvard Barrage", "ORG"), ("the Water Board", "ORG")))
    assert got == [("Water Board", "actor1")]


def test_without_a_parse_every_candidate_is_kept_as_other():
    spec = "The/DT Grey_Legion/NNP attacked/VBD the/DT Tarn_Guard/NNP ./."
    _, got = roles(spec, (("The Grey Legion", "ORG"), ("Tarn Guard", "ORG")))
    assert got == [("Grey Legion", "other"), ("Tarn Guard", "other")]


def test_a_pronoun_subject_borrows_the_reporting_clause_subject():
    # "The Grey Legion said they shelled Tolvar."
    spec = (
        "The/DT/det/1 Grey_Legion/NNP/nsubj/2 said/VBD/ROOT/2 they/PRP/nsubj/4 "
        "shelled/VBD/ccomp/2 Tolvar/NNP/dobj/4 ./././2"
    )
    e, got = roles(spec, (("The Grey Legion", "ORG"), ("Tolvar", "GPE")), ("Tolvar",))
    assert e.trigger == "shelled" and got == [("Grey Legion", "actor1")]
