"""The correction record and the precedence of corrections.

Keys and scopes
---------------
A correction is keyed by the document's ``content_hash`` and the mention's offsets
``(start, end)`` plus its ``text`` (a key whose text no longer matches is stale and never
applies), so it re-applies whenever the same text is analysed again. ``scope`` widens it:

* ``"mention"``  -- this span only;
* ``"document"`` -- every mention in the same document with the same normalised text
  (:func:`geo.names.normalize_name`);
* ``"corpus"``   -- every such mention in every document.

For one mention the rule that applies is the latest active mention-scope correction of
its span, else the latest active document-scope one of its text in its document, else the
latest active corpus-scope one of its text: mention overrides document overrides corpus.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

from geo.models import Mention
from geo.names import normalize_name

__all__ = ["ACTIONS", "SCOPES", "USER_PREFIX", "Action", "Correction", "Rules", "Scope"]

Action = Literal["assign", "not_a_place", "undo"]
Scope = Literal["mention", "document", "corpus"]
ACTIONS: tuple[Action, ...] = ("assign", "not_a_place", "undo")
SCOPES: tuple[Scope, ...] = ("mention", "document", "corpus")

#: Id prefix of the places a user added (``"user:<slug>-<12 hex>"``).
USER_PREFIX = "user:"


@dataclass(frozen=True, slots=True)
class Correction:
    """One row of the history: a correction, or an ``"undo"`` of one (``target``)."""

    id: str
    action: Action
    scope: Scope
    doc_hash: str
    start: int
    end: int
    text: str
    place_id: str | None = None
    target: str | None = None
    author: str = ""
    created_at: str = ""
    seq: int = 0  # local to a store, not exported
    undone: bool = False  # derived: an undo row reverts it

    @property
    def norm(self) -> str:
        return normalize_name(self.text)

    @property
    def key(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.text)

    def to_dict(self) -> dict[str, Any]:
        """The portable record (the export format): no local ``seq``, no derived fields."""
        return {
            "id": self.id,
            "action": self.action,
            "scope": self.scope,
            "doc_hash": self.doc_hash,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "place_id": self.place_id,
            "target": self.target,
            "author": self.author,
            "created_at": self.created_at,
        }


class Rules:
    """The active corrections for one document, indexed by precedence (see module doc)."""

    def __init__(self, doc_hash: str, corrections: Iterable[Correction]) -> None:
        self.doc_hash = doc_hash
        self.by_span: dict[tuple[int, int, str], Correction] = {}
        self.by_doc_text: dict[str, Correction] = {}
        self.by_corpus_text: dict[str, Correction] = {}
        # oldest first: a later correction of the same key replaces an earlier one
        for c in sorted(corrections, key=lambda c: (c.created_at, c.id)):
            if c.action == "undo" or c.undone:
                continue
            if c.scope == "corpus":
                self.by_corpus_text[c.norm] = c
            elif c.doc_hash != doc_hash:
                continue
            elif c.scope == "document":
                self.by_doc_text[c.norm] = c
            else:
                self.by_span[c.key] = c

    def __bool__(self) -> bool:
        return bool(self.by_span or self.by_doc_text or self.by_corpus_text)

    def match(self, mention: Mention) -> Correction | None:
        c = self.by_span.get((mention.start, mention.end, mention.text))
        if c is not None:
            return c
        norm = normalize_name(mention.text)
        return self.by_doc_text.get(norm) or self.by_corpus_text.get(norm)
