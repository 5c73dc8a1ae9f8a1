"""Event triggers: which word of a sentence is its event, and of which type.

Candidates in a sentence are verbs (Penn tags ``VB*``) other than auxiliaries, modals and
stative verbs ("is", "has", "will", "did", "located", "included", "means" ...), and event
nouns (``NN``/``NNS``, see ``EVENT_NOUNS``). Words inside a date expression ("two days
after *the fall of* Kabul") are not candidates. Each candidate is scored (the numbers are
fields of :class:`geo.events.weights.Weights`)::

    type weight  (statement 1, other 0, every other type 2)
  + form weight  (finite or auxiliary-led verb 1.5, event noun 1.2, bare participle,
                  gerund or to-infinitive 0)

and the best one wins (ties: the earliest). So "X said the delegations held meetings in
Kabul" is a negotiation (reported content beats the reporting verb), while "Zaland
believes that ... the Taliban capturing ..." stays a statement (a gerund is weak). A
sentence whose best candidate scores 0 (a weak verb of no type) has no event.

Phrases refine the type (``data/lexicon/events_phrases.csv``): take/seize/gain + "control",
"take over", "fall to" and the noun "fall of" → strategic_developments (a transfer of
territory); form/announce/name/appoint + government/cabinet/officials → government;
launch/mount/carry out + attack/offensive/raid → battles; launch/fire + airstrikes/
rockets/missiles/drones → explosions_remote_violence; kill/shoot/attack +
civilians/villagers/protesters ... → violence_against_civilians;
commission/send/appoint + delegation/envoy/mediator → negotiation; hold + talks/meetings →
negotiation; pull out/back → strategic_developments.

Taxonomy
--------
The types are ACLED's event types plus the non-violent ones (the mapping, with ACLED's
sub-types, is in ``docs/events.md``). Verb lemmas, nouns and phrases are data
(``data/lexicon/events_verbs.csv``, ``events_nouns.csv``, ``events_phrases.csv``,
``events_irregular_verbs.csv``; see :mod:`geo.events.lexicon`). Verb forms are generated
from the lemmas by a small regular inflector plus the irregular forms; nouns are listed in
every form. The types, with examples:

* battles: attack, fight, clash, ambush, invade, capture, seize, overrun, besiege; nouns
  attack, offensive, battle, clashes, raid, siege, capture.
* violence_against_civilians: assassinate, execute, massacre, abduct, kidnap (and any
  attack verb with civilians as its object); nouns assassination, massacre, killing.
* explosions_remote_violence: bomb, shell, strike, detonate, bombard; nouns airstrike,
  bombing, shelling, explosion.
* protests: protest, demonstrate; nouns protest, demonstration, rally.
* riots: riot; noun riot.
* strategic_developments: movements of forces (send, deploy, withdraw, flee, retreat,
  enter, evacuate), non-violent transfers of territory (surrender, annex, take control,
  takeover, the fall of), arrests, looting.
* negotiation: negotiate, meet, agree, propose, mediate, discuss, sign, broker; nouns
  talks, negotiations, meetings, ceasefire, truce, agreement, summit, delegation.
* government: appoint, commission, govern, elect, recognise, nominate, inaugurate,
  swear (in), dismiss, resign; nouns election, appointment, inauguration, referendum.
* statement: announce, say, declare, claim, believe, deny, warn, tell, report, accuse.
* other: any other action verb (including the light verbs of the phrases on their
  own: take, hold, launch, fall, fire ...).

``EVENT_TYPES`` is ``typing.get_args(geo.models.EventType)``: the types exist once.

Sub-types
---------
ACLED's sub-type (``Event.sub_type``, :data:`geo.models.SubType`) comes from the same
lexicon rows (their ``sub_type`` column): the phrase's, else the verb's or noun's; a verb's
own sub-type wins over its phrase's when it belongs to the phrase's type ("abducted
villagers": abduction, not attack). Then :func:`weapon_refine`: a violent event (battles,
violence against civilians, explosions) whose sentence names a weapon of
``data/lexicon/events_weapons.csv`` is an explosion/remote violence of the weapon's
sub-type ("a roadside bomb killed three soldiers": remote explosive/landmine/IED), as
ACLED codes any event whose harm comes from a remote weapon.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, get_args

from geo.events.lexicon import load_lexicon
from geo.events.weights import W
from geo.models import SUB_TYPES_OF, EventType, SubType

if TYPE_CHECKING:
    from geo.events.dates import DateMatch
    from geo.nlp import Token

__all__ = [
    "EVENT_NOUNS",
    "EVENT_TYPES",
    "VERB_TYPES",
    "Candidate",
    "best_trigger",
    "needs_parse",
    "verb_type",
    "weapon_refine",
]


def _words(s: str) -> frozenset[str]:
    """A set of whitespace-separated words."""
    return frozenset(s.split())


#: The event types, in the order of :data:`geo.models.EventType`.
EVENT_TYPES: tuple[EventType, ...] = get_args(EventType)

_LEX = load_lexicon()
#: Verb lemma -> event type (phrase-only light verbs are "other"), in lexicon order.
VERB_TYPES: dict[str, EventType] = dict(_LEX.verbs)
#: Event noun (every form) -> event type.
EVENT_NOUNS: dict[str, EventType] = dict(_LEX.nouns)
_IRREGULAR = _LEX.irregular
# (verb lemmas, following words within ``W.phrase_window`` tokens, resulting type)
_PHRASES = _LEX.phrases
# (verb lemma, next word) -> type: "took over", "pulled out"
_PARTICLE_PHRASES = _LEX.particles
_PARTICLE_SUBS = _LEX.particle_sub_types
_VERB_SUBS = _LEX.verb_sub_types
_NOUN_SUBS = _LEX.noun_sub_types
_WEAPONS = _LEX.weapons
_WEAPON_LEN = max((len(k) for k in _WEAPONS), default=0)
_WEAPON_FIRST = frozenset(k[0] for k in _WEAPONS)
#: Types a weapon in the sentence turns into explosions/remote violence.
_VIOLENT: frozenset[EventType] = frozenset(
    {"battles", "violence_against_civilians", "explosions_remote_violence"}
)

# Never triggers: auxiliaries/modals (listed as forms) and stative verbs (lemmas, data).
_AUX_FORMS = _words("""be is are was were been being am 's ’s 're ’re 'm ’m have has had having 've ’ve 'd ’d
    do does did will would shall should can could may might must 'll ’ll ought wo ca get
    gets got gotten getting let lets""")
# "fall" is an event noun only in "the fall of X" (not the season).
_FALL_NOUNS = frozenset({"fall"})

_VOWELS = frozenset("aeiou")


def _inflect(base: str) -> set[str]:
    """Regular verb forms of ``base`` (over-generation is harmless: lookup only)."""
    forms = {base}
    if base.endswith(("s", "x", "z", "ch", "sh", "o")):
        forms.add(base + "es")
    elif base.endswith("y") and len(base) > 1 and base[-2] not in _VOWELS:
        forms.add(base[:-1] + "ies")
    else:
        forms.add(base + "s")
    if base.endswith("e"):
        forms.add(base + "d")
        forms.add(base + "ing" if base.endswith(("ee", "ye", "oe")) else base[:-1] + "ing")
    elif base.endswith("y") and len(base) > 1 and base[-2] not in _VOWELS:
        forms.update((base[:-1] + "ied", base + "ing"))
    else:
        forms.update((base + "ed", base + "ing"))
        if (
            len(base) >= 3
            and base[-1] not in _VOWELS
            and base[-1] not in "wxy"
            and base[-2] in _VOWELS
            and base[-3] not in _VOWELS
        ):
            forms.update((base + base[-1] + "ed", base + base[-1] + "ing"))
    forms.update(_IRREGULAR.get(base, ()))
    return forms


def _verb_lemmas() -> dict[str, str]:
    """Verb form -> lemma, for every form of every lemma (the first lemma wins)."""
    out: dict[str, str] = {}
    for lemma in VERB_TYPES:
        for form in _inflect(lemma):
            out.setdefault(form, lemma)
    return out


_VERB_LEMMA = _verb_lemmas()
_STATIVE_FORMS = frozenset(f for lemma in _LEX.stative for f in _inflect(lemma))


def verb_type(word: str) -> tuple[str, EventType] | None:
    """``(lemma, type)`` of a verb form ("sent" -> ("send", "strategic_developments")), else None."""
    lemma = _VERB_LEMMA.get(word.lower())
    if lemma is None:
        return None
    return lemma, VERB_TYPES[lemma]


_TYPE_WEIGHT = {t: W.type_weight(t) for t in EVENT_TYPES}

_BE_HAVE = _words(
    "be is are was were been being am 's ’s 're ’re 'm ’m have has had having 've ’ve"
)
_DO_FORMS = _words("do does did")
_SKIP_BACK = frozenset({"RB", "RBR", "RBS"})


@dataclass(slots=True)
class Candidate:
    """The trigger of a sentence: token indices within the sentence, type and score."""

    index: int  # token index within the sentence
    end_index: int  # last token index (inclusive) of the trigger phrase
    type: EventType
    score: float
    lemma: str
    sub_type: SubType | None = None


def best_trigger(toks: list[Token], dms: list[DateMatch]) -> Candidate | None:
    """The best-scoring trigger among the tokens of one sentence (see the module
    docstring); tokens inside one of the date expressions ``dms`` are skipped."""
    spans = [(d.start, d.end) for d in dms]
    best: Candidate | None = None
    n = len(toks)
    for i, tok in enumerate(toks):
        tag = tok.tag
        if not tag or tag[0] not in "VN":
            continue
        low = tok.text.lower()
        if spans and any(s <= tok.start < e for s, e in spans):
            continue
        cand: Candidate | None = None
        if tag.startswith("VB"):
            if low in _AUX_FORMS or low in _STATIVE_FORMS:
                continue
            lemma = _VERB_LEMMA.get(low, "")
            etype: EventType = VERB_TYPES[lemma] if lemma else "other"
            sub = _VERB_SUBS.get(lemma)
            end_i = i
            if lemma:
                ph = _phrase(toks, i, lemma)
                if ph is not None:
                    etype, end_i, phrase_sub = ph
                    if sub not in SUB_TYPES_OF[etype]:
                        sub = phrase_sub
                elif lemma in ("fall",):
                    etype, sub = "other", None
            strong = _strong(toks, i)
            cand = Candidate(
                i,
                end_i,
                etype,
                _TYPE_WEIGHT[etype] + (W.strong_verb if strong else W.weak_verb),
                lemma or low,
                sub,
            )
        elif tag in ("NN", "NNS"):
            ntype = EVENT_NOUNS.get(low)
            nsub = _NOUN_SUBS.get(low)
            if ntype is None:
                if (
                    low in _FALL_NOUNS
                    and i + 2 < n
                    and toks[i + 1].text.lower() == "of"
                    and toks[i + 2].tag != "CD"  # "the fall of 2020" is the season
                ):
                    ntype = "strategic_developments"  # a transfer of territory
                    nsub = "non-violent transfer of territory"
                else:
                    continue
            cand = Candidate(i, i, ntype, _TYPE_WEIGHT[ntype] + W.noun, low, nsub)
        if cand is not None and (best is None or cand.score > best.score):
            best = cand
    if best is None or best.score <= W.min_score:
        return None
    return best


_ACTOR_LABELS = frozenset({"PERSON", "ORG", "NORP"})
_GROUP_FIRST_WORDS = frozenset(g.split()[0] for g in _LEX.groups)


def needs_parse(toks: Sequence[Token]) -> bool:
    """Whether a sentence (its tokens) is worth a dependency parse for the actors' roles
    (:func:`geo.nlp.annotate`): it has a candidate actor (a PERSON/ORG/NORP token or the
    first word of a known group) and an event trigger, date expressions aside."""
    if not any(t.ent in _ACTOR_LABELS or t.text in _GROUP_FIRST_WORDS for t in toks):
        return False
    return best_trigger(list(toks), []) is not None


def weapon_refine(toks: Sequence[Token], cand: Candidate) -> Candidate:
    """``cand`` as an explosion/remote violence when it is violent and its sentence
    (``toks``) names a weapon (the longest weapon name wins, then the first); else
    ``cand`` unchanged."""
    if cand.type not in _VIOLENT or not _WEAPONS:
        return cand
    words = [t.text.lower() for t in toks]
    best: tuple[int, SubType] | None = None
    for i, w in enumerate(words):
        if w not in _WEAPON_FIRST:
            continue
        for n in range(min(_WEAPON_LEN, len(words) - i), 0, -1):
            sub = _WEAPONS.get(tuple(words[i : i + n]))
            if sub is not None:
                if best is None or n > best[0]:
                    best = (n, sub)
                break
    if best is None:
        return cand
    return Candidate(cand.index, cand.end_index, "explosions_remote_violence", cand.score,
                     cand.lemma, best[1])  # fmt: skip


def _phrase(toks: list[Token], i: int, lemma: str) -> tuple[EventType, int, SubType | None] | None:
    """``(type, last token index, sub-type)`` of a phrase led by the verb at ``i`` ("took over",
    "took full control"), else None. The object search stops at punctuation, a
    conjunction or a preposition other than "of"."""
    n = len(toks)
    if i + 1 < n:
        nxt = toks[i + 1].text.lower()
        t = _PARTICLE_PHRASES.get((lemma, nxt))
        if t is not None:
            return t, i + 1, _PARTICLE_SUBS.get((lemma, nxt))
    for verbs, objects, etype, sub in _PHRASES:
        if lemma not in verbs:
            continue
        for j in range(i + 1, min(n, i + 1 + W.phrase_window)):
            w = toks[j].text.lower()
            if w in objects:
                return etype, j, sub
            if toks[j].tag in (",", ".", ":", "CC", "IN") and w not in ("of",):
                break
    return None


def _strong(toks: list[Token], i: int) -> bool:
    """The verb at ``i`` is finite, or led (across adverbs and "not") by an auxiliary, a
    modal or "do"; a bare ``VB`` at the start of the sentence counts (headline)."""
    tag = toks[i].tag
    if tag in ("VBD", "VBZ", "VBP"):
        return True
    j = i - 1
    while j >= 0 and (toks[j].tag in _SKIP_BACK or toks[j].text.lower() in ("not", "n't", "n’t")):
        j -= 1
    if j < 0:
        return tag == "VB"  # imperative / headline
    prev = toks[j].text.lower()
    if tag == "VB":
        return toks[j].tag == "MD" or prev in _DO_FORMS
    return prev in _BE_HAVE  # VBN/VBG: passive, perfect or progressive
