"""Actors: who takes part in an event, and in which role.

Candidates: PERSON → "person", ORG → "organisation" (a known armed/political group such as the
Taliban → "group"), NORP → "group" entities inside the sentence, minus entities that
overlap a resolved place mention, adjectival "anti-X"/"pro-X" and names of structures
and sites (last word in ``data/lexicon/events_not_actors.csv``: "Sukkur Barrage"). Known group names that
spaCy missed ("the Taliban") are added by a regex. A leading "the"/"The" and a trailing
possessive "'s" are trimmed; actors are unique by text (case-insensitive) per event, do
not overlap, and come in text order.

Roles (:func:`assign_roles`, when the sentence was dependency-parsed, see
:mod:`geo.nlp`): each candidate's head token (the token of its span whose head lies
outside it) is followed up the tree through modifiers that keep the same referent
(``compound``, ``appos``, ``conj``, ``amod``, ``nmod``, ``nummod``, ``det``, ``case``
and the object of "of": "forces of *the Taliban*", "*the Taliban* and *ISIS*") until
it reaches the trigger (any token of the trigger phrase):

* ``actor1`` (who acts): subject (``nsubj``, ``csubj``); object of the ``agent`` "by";
  "on behalf of X";
  possessor or compound/adjective of a noun trigger ("*the Taliban's* advance",
  "*Russian* attack"); object of "by", "between" or "among" on a noun trigger; the
  subject of the verb that governs an ``xcomp``/``conj`` trigger without a subject of its
  own ("the Taliban *entered* and *seized* ..."), or of the verb of no event type whose
  object a noun trigger is ("the Taliban *went* for a battle"), or of the verb whose
  ``ccomp``/``advcl`` the trigger is when the trigger's own subject is a pronoun ("the
  Taliban argued that *they* will announce ..."); the noun a relative clause trigger
  qualifies ("the Taliban, *who* captured ...").
* ``actor2`` (acted on): passive subject (``nsubjpass``), direct object (``dobj``,
  ``dative``), object of any other preposition of the trigger ("talks *with* X",
  "attack *on* X"), the noun an ``acl`` participle qualifies ("fighters *sent* by ...").
* ``other``: inside the trigger's subtree in another way, without crossing a clause
  boundary (``ccomp``, ``advcl``, ``relcl``, ``parataxis``, ``acl``, ``xcomp``, ``csubj``).

A candidate the trigger does not reach at all (the subject of another clause) is not an
actor of the event. Without a parse every candidate is kept with role ``other``.
Places are never actors: entities overlapping a resolved place mention of the sentence are
excluded, and so are entities whose text is a resolved place name elsewhere in the document
("the Indus" tagged NORP where the recogniser missed it) unless a known group's.

``KNOWN_GROUPS`` is data: ``data/lexicon/events_known_groups.csv`` (each name with the
English Wikipedia article on the group; see :mod:`geo.events.lexicon`). Names match
case-sensitively as whole words.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from geo.events.lexicon import load_lexicon
from geo.events.triggers import verb_type
from geo.models import Actor, ActorRole

if TYPE_CHECKING:
    from geo.nlp import Entity, Token

__all__ = ["KNOWN_GROUPS", "assign_roles", "find_actors"]

#: Known armed / political groups: ORG entities with these names are kind "group", and
#: unlabelled mentions are added as actors.
KNOWN_GROUPS: tuple[str, ...] = load_lexicon().groups
_GROUP_KEYS = frozenset(g.lower() for g in KNOWN_GROUPS)
_GROUP_RE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(g) for g in sorted(KNOWN_GROUPS, key=len, reverse=True))
    + r")(?![\w-])"
)
_ENTITY_KIND = {"PERSON": "person", "ORG": "organisation", "NORP": "group"}
_NOT_ACTORS = load_lexicon().not_actors


def find_actors(
    text: str,
    ss: int,
    se: int,
    ents: list[Entity],
    places: list[tuple[int, int, int, str]],
    place_names: frozenset[str] = frozenset(),
) -> tuple[Actor, ...]:
    """The actors of the sentence ``text[ss:se]`` from its entities ``ents``;
    ``places`` are the sentence's resolved place mentions ``(start, end, index, id)``,
    ``place_names`` the lower-cased texts of the document's resolved place-name mentions
    (form "name"): an entity with such a text (after "the" and "'s") is that place, not
    an actor, unless it is a known group's name."""
    found: list[Actor] = []
    seen: set[str] = set()

    def overlaps_place(s: int, e: int) -> bool:
        return any(ps < e and s < pe for ps, pe, _, _ in places)

    def push(s: int, e: int, kind: str) -> None:
        t = text[s:e]
        for prefix in ("the ", "The "):
            if t.startswith(prefix) and len(t) > len(prefix):
                s += len(prefix)
                t = t[len(prefix) :]
        for suffix in ("'s", "’s"):
            if t.endswith(suffix) and len(t) > len(suffix):
                e -= len(suffix)
                t = t[: -len(suffix)]
        key = t.lower()
        if not t.strip() or key in seen:
            return
        if any(a.start < e and s < a.end for a in found):
            return
        seen.add(key)
        found.append(Actor(t, s, e, kind))

    for ent in ents:
        kind = _ENTITY_KIND.get(ent.label)
        if kind is None or overlaps_place(ent.start, ent.end):
            continue
        low = ent.text.lower()
        words = low.split()
        if words and words[-1] in _NOT_ACTORS:
            continue
        if low.startswith(("anti-", "pro-")) or text[
            max(ss, ent.start - 5) : ent.start
        ].lower().endswith(("anti-", "pro-")):
            continue
        name = low[4:] if low.startswith("the ") else low
        if name in _GROUP_KEYS:
            kind = "group" if kind == "organisation" else kind
        elif _bare(name) in place_names:
            continue  # "the Indus" tagged NORP: a place the document names
        push(ent.start, ent.end, kind)
    for m in _GROUP_RE.finditer(text, ss, se):
        s, e = m.start(), m.end()
        if overlaps_place(s, e) or text[max(ss, s - 5) : s].lower().endswith(("anti-", "pro-")):
            continue
        push(s, e, "group")
    found.sort(key=lambda a: a.start)
    return tuple(found)


def _bare(name: str) -> str:
    """``name`` (lower-case) without a trailing possessive."""
    for suffix in ("'s", "’s"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


# Dependencies that keep the referent: an actor reached through them plays its head's role.
_SAME_REFERENT = frozenset({"compound", "appos", "conj", "amod", "nmod", "nummod", "det", "case"})
# Dependencies that open another clause: the walk stops there.
_CLAUSE = frozenset({"ccomp", "advcl", "relcl", "parataxis", "acl", "xcomp", "csubj", "csubjpass"})
_SUBJECT = frozenset({"nsubj", "csubj"})
_PRONOUNS = frozenset({"he", "she", "it", "they", "we"})
_OBJECT = frozenset({"dobj", "dative", "nsubjpass", "oprd"})
_ACTOR1_PREPS = frozenset({"by", "between", "among", "amongst"})


def assign_roles(
    actors: tuple[Actor, ...], toks: list[Token], first: int, last: int
) -> tuple[Actor, ...]:
    """``actors`` with their roles from the dependency parse of the sentence ``toks``
    (trigger tokens ``toks[first..last]``), those the trigger does not reach dropped (see
    the module docstring). Unparsed tokens (``dep == ""``): every actor, role "other"."""
    if not toks or not toks[first].dep:
        return actors
    index = {t.start: k for k, t in enumerate(toks)}
    heads = [index.get(t.head, k) for k, t in enumerate(toks)]
    trigger = set(range(first, last + 1))
    top = first
    for k in trigger:  # the trigger phrase's own head: the token whose head is outside it
        if heads[k] not in trigger or heads[k] == k:
            top = k
            break
    # the clause a subjectless xcomp/conj trigger borrows its subject from
    lender: int | None = None
    if toks[top].dep in ("xcomp", "conj") and not any(
        heads[k] == top and toks[k].dep in ("nsubj", "nsubjpass") for k in range(len(toks))
    ):
        lender = heads[top]
    elif toks[top].tag.startswith("NN"):
        lender = _light_verb(toks, heads, top)
    elif toks[top].dep in ("ccomp", "advcl") and any(
        heads[k] == top and toks[k].dep == "nsubj" and toks[k].text.lower() in _PRONOUNS
        for k in range(len(toks))
    ):
        lender = heads[top]  # "the Taliban argued that *they* will announce ..."
    out: list[Actor] = []
    for a in actors:
        role = _role(a, toks, heads, trigger, top, lender)
        if role is not None:
            out.append(replace(a, role=role))
    return tuple(out)


def _light_verb(toks: list[Token], heads: list[int], k: int) -> int | None:
    """The verb whose object (directly or through a preposition) the noun trigger at
    ``k`` is ("went for a *battle*", "began *talks*"), unless it reports speech or is an
    event verb of its own type; else None."""
    for _ in range(2):
        if toks[k].dep not in ("dobj", "pobj", "attr", "prep"):
            return None
        k = heads[k]
        if toks[k].tag.startswith("VB"):
            vt = verb_type(toks[k].text)
            return k if vt is None or vt[1] == "other" else None
    return None


def _role(
    a: Actor,
    toks: list[Token],
    heads: list[int],
    trigger: set[int],
    top: int,
    lender: int | None,
) -> ActorRole | None:
    """The role of one actor (None: not an actor of this trigger)."""
    inside = [k for k, t in enumerate(toks) if a.start <= t.start and t.end <= a.end]
    if not inside:
        return None
    cur = next((k for k in inside if heads[k] not in inside or heads[k] == k), inside[0])
    noun_trigger = toks[top].tag.startswith("NN")
    role: ActorRole | None = None
    for _ in range(len(toks)):
        dep, up = toks[cur].dep, heads[cur]
        if cur in trigger:  # the actor is (part of) the trigger phrase
            return None
        if up == cur:  # the root, trigger not reached
            break
        if up in trigger:
            if dep in _SUBJECT or (noun_trigger and dep in ("poss", "compound", "amod")):
                return "actor1"
            if dep in _OBJECT:
                return "actor2"
            return role or "other"
        if lender is not None and up == lender and dep in _SUBJECT | {"nsubjpass"}:
            return "actor1" if dep in _SUBJECT else "actor2"
        if dep == "relcl" and cur == top and role is None:
            break
        if dep == "pobj":
            prep = toks[up].text.lower()
            if prep == "of" and toks[heads[up]].text.lower() == "behalf":
                return "actor1"  # "on behalf of X": X is who acts through the subject
            if prep == "of" and heads[up] not in trigger:
                cur = heads[up]  # "forces of X": X plays the role of "forces"
                continue
            if heads[up] in trigger:
                if toks[up].dep == "agent" or (noun_trigger and prep in _ACTOR1_PREPS):
                    return "actor1"
                return "actor2"
            role = role or "other"
        elif dep in _CLAUSE:
            break
        elif dep not in _SAME_REFERENT and dep != "poss":
            role = "other"
        cur = up
    # an antecedent of the trigger's relative clause / participle
    if toks[top].dep in ("relcl", "acl") and heads[top] in _span_heads(a, toks, heads):
        return "actor1" if toks[top].dep == "relcl" else "actor2"
    return None


def _span_heads(a: Actor, toks: list[Token], heads: list[int]) -> set[int]:
    """The actor's tokens and the tokens they reach through same-referent links."""
    out = {k for k, t in enumerate(toks) if a.start <= t.start and t.end <= a.end}
    for k in list(out):
        cur = k
        for _ in range(len(toks)):
            if toks[cur].dep in _SAME_REFERENT or toks[cur].dep == "poss":
                cur = heads[cur]
                out.add(cur)
            else:
                break
    return out
