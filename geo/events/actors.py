"""Actors: who takes part in an event.

PERSON → "person", ORG → "organisation" (a known armed/political group such as the
Taliban → "group"), NORP → "group" entities inside the sentence, minus entities that
overlap a resolved place mention and adjectival "anti-X"/"pro-X". Known group names that
spaCy missed ("the Taliban") are added by a regex. A leading "the"/"The" and a trailing
possessive "'s" are trimmed; actors are unique by text (case-insensitive) per event, do
not overlap, and come in text order.

``KNOWN_GROUPS`` is data: ``data/lexicon/events_known_groups.csv`` (each name with the
English Wikipedia article on the group; see :mod:`geo.events.lexicon`). Names match
case-sensitively as whole words.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geo.events.lexicon import load_lexicon
from geo.models import Actor

if TYPE_CHECKING:
    from geo.nlp import Entity

__all__ = ["KNOWN_GROUPS", "find_actors"]

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


def find_actors(
    text: str, ss: int, se: int, ents: list[Entity], places: list[tuple[int, int, int, str]]
) -> tuple[Actor, ...]:
    """The actors of the sentence ``text[ss:se]`` from its entities ``ents``;
    ``places`` are the sentence's resolved place mentions ``(start, end, index, id)``."""
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
        if low.startswith(("anti-", "pro-")) or text[
            max(ss, ent.start - 5) : ent.start
        ].lower().endswith(("anti-", "pro-")):
            continue
        name = low[4:] if low.startswith("the ") else low
        if kind == "organisation" and name in _GROUP_KEYS:
            kind = "group"
        push(ent.start, ent.end, kind)
    for m in _GROUP_RE.finditer(text, ss, se):
        s, e = m.start(), m.end()
        if overlaps_place(s, e) or text[max(ss, s - 5) : s].lower().endswith(("anti-", "pro-")):
            continue
        push(s, e, "group")
    found.sort(key=lambda a: a.start)
    return tuple(found)
