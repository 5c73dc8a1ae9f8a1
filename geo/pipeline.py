"""One entry point that chains the stages.

    document -> passages/sentences -> NLP -> mentions -> resolutions -> events

The NLP pass also dependency-parses the sentences that have an event trigger
(``annotate(..., parse=needs_parse)``), for the events' actor roles.

>>> from geo.pipeline import analyze
>>> a = analyze("Fighting was reported near Kabul.")   # doctest: +SKIP
>>> [p.place.name for p in a.places]                   # doctest: +SKIP
['Kabul']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from geo.documents import document_from_text, split
from geo.events import extract_events, needs_parse
from geo.gazetteer import Gazetteer, GazetteerLike, open_gazetteer
from geo.models import Analysis, Document, summarize_places
from geo.nlp import annotate, load_nlp
from geo.recognize import find_mentions
from geo.resolve import resolve

if TYPE_CHECKING:
    from spacy.language import Language

    from geo.corrections import CorrectionStore


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    return open_gazetteer()


def analyze(
    document: Document | str,
    *,
    gazetteer: GazetteerLike | None = None,
    nlp: Language | None = None,
    corrections: CorrectionStore | None = None,
) -> Analysis:
    """Find, resolve and date everything in one document. Deterministic.

    With ``corrections`` (a :class:`geo.corrections.CorrectionStore`) the user's stored
    corrections for this text are applied to the result.
    """
    if isinstance(document, str):
        document = document_from_text(document)
    if not document.passages:
        split(document)
    gaz = gazetteer if gazetteer is not None else default_gazetteer()
    nlp_result = annotate(document, nlp or load_nlp(), parse=needs_parse)
    mentions = find_mentions(document, nlp_result, gaz)
    resolutions = resolve(document, mentions, gaz)
    events = extract_events(document, nlp_result, resolutions)
    analysis = Analysis(document, resolutions, summarize_places(resolutions), events)
    if corrections is not None:
        from geo.corrections import apply_corrections

        analysis = apply_corrections(analysis, corrections, gaz)
    return analysis


def analyze_many(
    documents: Iterable[Document],
    *,
    gazetteer: GazetteerLike | None = None,
    nlp: Language | None = None,
) -> Iterator[Analysis]:
    """Analyse a stream of documents lazily (constant memory)."""
    gaz = gazetteer if gazetteer is not None else default_gazetteer()
    model = nlp or load_nlp()
    for doc in documents:
        yield analyze(doc, gazetteer=gaz, nlp=model)
