"""ACLED sub-types (``Event.sub_type``) from the trigger lexicon and the weapons list."""

from __future__ import annotations

from typing import get_args

import pytest

from geo.events.lexicon import load_lexicon
from geo.models import SUB_TYPES_OF, EventType, SubType
from tests.events.helpers import events_of


@pytest.mark.parametrize(
    "spec, etype, sub_type",
    [
        # a weapon makes a violent event an explosion/remote violence of its sub-type
        ("A/DT roadside/NN bomb/NN killed/VBD three/CD soldiers/NNS ./.",
         "explosions_remote_violence", "remote explosive/landmine/IED"),
        ("A/DT suicide/NN bomber/NN attacked/VBD the/DT market/NN ./.",
         "explosions_remote_violence", "suicide bomb"),
        ("Two/CD drone/NN strikes/NNS killed/VBD four/CD fighters/NNS ./.",
         "explosions_remote_violence", "air/drone strike"),
        ("Rebels/NNS fired/VBD rockets/NNS at/IN the/DT airport/NN ./.",
         "explosions_remote_violence", "shelling/artillery/missile attack"),
        # no weapon: the word's own sub-type
        ("Gunmen/NNS ambushed/VBD a/DT patrol/NN near/IN the/DT river/NN ./.",
         "battles", "armed clash"),
        ("Men/NNS abducted/VBD two/CD villagers/NNS ./.",
         "violence_against_civilians", "abduction/forced disappearance"),
        ("Soldiers/NNS shot/VBD five/CD protesters/NNS ./.",
         "violence_against_civilians", "attack"),
        ("Police/NNS arrested/VBD the/DT organisers/NNS ./.", "strategic_developments", "arrests"),
        ("The/DT militia/NN took/VBD control/NN of/IN the/DT town/NN ./.",
         "strategic_developments", "non-violent transfer of territory"),
        ("Thousands/NNS protested/VBD outside/IN the/DT ministry/NN ./.",
         "protests", "peaceful protest"),
        ("Both/DT sides/NNS signed/VBD a/DT truce/NN ./.", "negotiation", "agreement"),
        # events ACLED has no sub-type for
        ("The/DT minister/NN said/VBD nothing/NN ./.", "statement", None),
        ("Envoys/NNS held/VBD talks/NNS in/IN the/DT capital/NN ./.", "negotiation", None),
        # a weapon in a statement does not make it an explosion
        ("The/DT minister/NN said/VBD a/DT bomb/NN was/VBD found/VBN ./.", "statement", None),
    ],
)  # fmt: skip
def test_sub_type_of_own_sentences(spec, etype, sub_type):
    (e,) = events_of(spec)
    assert (e.type, e.sub_type) == (etype, sub_type)
    assert e.to_dict()["sub_type"] == sub_type


def test_every_sub_type_belongs_to_one_acled_type_and_the_lexicon_respects_it():
    assert set(get_args(SubType)) == {s for subs in SUB_TYPES_OF.values() for s in subs}
    assert set(SUB_TYPES_OF) == set(get_args(EventType))
    lex = load_lexicon()
    for lemma, sub in lex.verb_sub_types.items():
        assert sub in SUB_TYPES_OF[lex.verbs[lemma]], lemma
    for noun, sub in lex.noun_sub_types.items():
        assert sub in SUB_TYPES_OF[lex.nouns[noun]], noun
    assert set(lex.weapons.values()) <= set(SUB_TYPES_OF["explosions_remote_violence"])


def test_a_sub_type_without_its_source_or_of_another_type_is_refused(tmp_path):
    import shutil

    from geo import settings
    from geo.errors import GeoError

    for f in settings.LEXICON_DIR.glob("events_*.csv"):
        shutil.copy(f, tmp_path / f.name)
    verbs = tmp_path / "events_verbs.csv"
    good = verbs.read_text("utf-8")
    verbs.write_text(good + "smash,battles,arrests,somewhere,test\n", "utf-8")
    with pytest.raises(GeoError, match="sub_type"):
        load_lexicon(tmp_path)
    verbs.write_text(good + "smash,battles,armed clash,,test\n", "utf-8")
    with pytest.raises(GeoError, match="sub_type_source"):
        load_lexicon(tmp_path)
