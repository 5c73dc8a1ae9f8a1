"""geo.events.triggers: trigger choice, event types, the verb normaliser, weights."""

from __future__ import annotations

import dataclasses
from typing import get_args

import pytest

from geo.events import EVENT_NOUNS, EVENT_TYPES, VERB_TYPES, verb_type
from geo.events.weights import W, Weights
from geo.models import EventType
from tests.events.helpers import events_of


@pytest.mark.parametrize(
    "spec, etype, trigger",
    [
        ("Kabul/NNP fell/VBD to/IN the/DT Taliban/NNP ./.", "strategic_developments", "fell to"),
        ("Prices/NNS fell/VBD sharply/RB ./.", "other", "fell"),
        ("The/DT talks/NNS ended/VBD ./.", "negotiation", "talks"),
        (
            "Officials/NNS said/VBD the/DT delegations/NNS held/VBD meetings/NNS in/IN Doha/NNP ./.",
            "negotiation",
            "held meetings",
        ),
        (
            "He/PRP was/VBD assassinated/VBN in/IN 2001/CD ./.",
            "violence_against_civilians",
            "assassinated",
        ),
        (
            "Zaland/NNP believes/VBZ that/IN the/DT Taliban/NNP capturing/VBG depots/NNS is/VBZ bad/JJ ./.",
            "statement",
            "believes",
        ),
        (
            "They/PRP will/MD first/RB announce/VB officials/NNS for/IN the/DT province/NN ./.",
            "government",
            "announce officials",
        ),
        ("The/DT Taliban/NNP seized/VBD Bazarak/NNP ./.", "battles", "seized"),
        ("Troops/NNS withdrew/VBD from/IN Herat/NNP ./.", "strategic_developments", "withdrew"),
        (
            "The/DT Taliban/NNP took/VBD over/RP Herat/NNP ./.",
            "strategic_developments",
            "took over",
        ),
        ("It/PRP rained/VBD in/IN the/DT fall/NN of/IN 2020/CD ./.", "other", "rained"),
    ],
)
def test_trigger_and_type(spec, etype, trigger):
    (e,) = events_of(spec)
    assert (e.type, e.trigger) == (etype, trigger)


@pytest.mark.parametrize(
    "spec",
    [
        "Panjshir/NNP is/VBZ located/VBN north/RB of/IN Kabul/NNP ./.",
        "No/DT tangible/JJ results/NNS",
        "The/DT valley/NN is/VBZ covered/VBN by/IN mountains/NNS ./.",
        "He/PRP has/VBZ been/VBN there/RB ./.",
    ],
)
def test_no_event_without_an_action(spec):
    assert events_of(spec) == []


def test_verb_type_normaliser():
    assert verb_type("sent") == ("send", "strategic_developments")
    assert verb_type("Withdrawn") == ("withdraw", "strategic_developments")
    assert verb_type("besieging") == ("besiege", "battles")
    assert verb_type("assassinated") == ("assassinate", "violence_against_civilians")
    assert verb_type("shelled") == ("shell", "explosions_remote_violence")
    assert verb_type("negotiates") == ("negotiate", "negotiation")
    assert verb_type("met") == ("meet", "negotiation")
    assert verb_type("said") == ("say", "statement")
    assert verb_type("commissioned") == ("commission", "government")
    assert verb_type("took") == ("take", "other")
    assert verb_type("walked") is None


@pytest.mark.parametrize(
    "spec, etype, trigger",
    [
        # the object within W.phrase_window (4) tokens of the phrase verb
        ("The/DT rebels/NNS took/VBD back/RB the/DT full/JJ control/NN ./.", "strategic_developments",
         "took back the full control"),
        # one token further: no phrase, a bare "took"
        ("The/DT rebels/NNS took/VBD back/RB the/DT full/JJ civil/JJ control/NN ./.", "other",
         "took"),
        # a preposition ends the search
        ("They/PRP held/VBD out/RP for/IN talks/NNS ./.", "negotiation", "talks"),
    ],
)  # fmt: skip
def test_phrase_window(spec, etype, trigger):
    (e,) = events_of(spec)
    assert (e.type, e.trigger) == (etype, trigger)


def test_event_types_exist_once():
    assert get_args(EventType) == EVENT_TYPES
    assert set(VERB_TYPES.values()) <= set(EVENT_TYPES)
    assert set(EVENT_NOUNS.values()) <= set(EVENT_TYPES)


def test_weights_are_named_and_frozen():
    assert Weights() == W
    assert (W.strong_verb, W.noun, W.weak_verb, W.min_score) == (1.5, 1.2, 0.0, 0.0)
    assert [W.type_weight(t) for t in EVENT_TYPES] == [2.0] * 8 + [1.0, 0.0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        W.noun = 2.0  # type: ignore[misc]
