"""Applying corrections: analyses that follow the user's corrections.

``apply_corrections`` corrects one analysis (precedence: :class:`geo.corrections.Rules`);
:class:`CorpusCorrections` knows which analyses of a corpus the store's corrections touch
and re-does only those -- what a UI showing many documents needs at every rerun.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import cast

from geo.corrections.model import USER_PREFIX, Correction
from geo.corrections.store import CorrectionStore
from geo.errors import GeoError
from geo.gazetteer import GazetteerLike
from geo.models import Analysis, Document, Event, Place, Resolution, summarize_places
from geo.names import normalize_name

__all__ = [
    "CORRECTED_REASON",
    "NOT_A_PLACE_REASON",
    "CorpusCorrections",
    "apply_corrections",
    "apply_to_corpus",
    "unmatched_corrections",
]

NOT_A_PLACE_REASON = "marked not a place by a user"
CORRECTED_REASON = "corrected by a user"


def _find_place(
    place_id: str,
    r: Resolution,
    store: CorrectionStore,
    gazetteer: GazetteerLike | None,
    cache: dict[str, Place | None],
) -> Place | None:
    if place_id in cache:
        return cache[place_id]
    place: Place | None = None
    if r.place is not None and r.place.id == place_id:
        place = r.place
    else:
        place = next((a.place for a in r.alternatives if a.place.id == place_id), None)
    if place is None:
        if place_id.startswith(USER_PREFIX):
            place = store.place(place_id)
        elif gazetteer is not None:
            place = gazetteer.get(place_id)
    cache[place_id] = place
    return place


def _corrected(r: Resolution, c: Correction, place: Place | None) -> Resolution:
    if c.action == "not_a_place":
        return Resolution(r.mention, None, 0.0, r.alternatives, NOT_A_PLACE_REASON, verified=True)
    reason = f"{CORRECTED_REASON} ({c.author})" if c.author else CORRECTED_REASON
    return Resolution(r.mention, place, 1.0, r.alternatives, reason, verified=True)


def _relink_events(
    document: Document, resolutions: list[Resolution], events: list[Event]
) -> list[Event]:
    """Recompute each event's places (resolved mentions inside its sentence, text order)."""
    out = []
    for e in events:
        if 0 <= e.sentence < len(document.sentences):
            s = document.sentences[e.sentence]
            idx = sorted(
                (i for i, r in enumerate(resolutions)
                 if r.place is not None and s.start <= r.mention.start and r.mention.end <= s.end),
                key=lambda i: (resolutions[i].mention.start, resolutions[i].mention.end, i),
            )  # fmt: skip
        else:
            idx = [i for i in e.mention_indices
                   if i < len(resolutions) and resolutions[i].place is not None]  # fmt: skip
        ids: list[str] = []
        for i in idx:
            pid = cast(Place, resolutions[i].place).id
            if pid not in ids:
                ids.append(pid)
        if tuple(ids) != e.place_ids or tuple(idx) != e.mention_indices:
            e = replace(e, place_ids=tuple(ids), mention_indices=tuple(idx))
        out.append(e)
    return out


def apply_corrections(
    analysis: Analysis, store: CorrectionStore, gazetteer: GazetteerLike | None = None
) -> Analysis:
    """A new Analysis whose resolutions follow the user's corrections. The input is unchanged.

    A corrected resolution gets the chosen place, ``confidence=1.0`` and ``verified=True``
    (alternatives kept); "not a place" leaves it unresolved (``place=None``, ``verified=True``,
    reason :data:`NOT_A_PLACE_REASON`), so it drops out of ``places``. A correction naming a
    place that can no longer be found (gazetteer rebuilt without it) is skipped. Places are
    re-summarised and events re-linked to the corrected places.
    """
    rules = store.rules(analysis.document, (r.mention.text for r in analysis.resolutions))
    if not rules:
        return Analysis(analysis.document, list(analysis.resolutions), list(analysis.places),
                        list(analysis.events))  # fmt: skip
    cache: dict[str, Place | None] = {}
    resolutions: list[Resolution] = []
    for r in analysis.resolutions:
        c = rules.match(r.mention)
        place = None
        if c is not None and c.action == "assign":
            place = _find_place(cast(str, c.place_id), r, store, gazetteer, cache)
            if place is None:
                c = None
        resolutions.append(r if c is None else _corrected(r, c, place))
    events = _relink_events(analysis.document, resolutions, analysis.events)
    return Analysis(analysis.document, resolutions, summarize_places(resolutions), events)


def unmatched_corrections(analysis: Analysis, store: CorrectionStore) -> list[Correction]:
    """Active mention-scope corrections of this document whose span matches no mention
    (e.g. the recognizer changed), for the UI to show."""
    spans = {(r.mention.start, r.mention.end, r.mention.text) for r in analysis.resolutions}
    return [c for c in store.active(analysis.document)
            if c.scope == "mention" and c.key not in spans]  # fmt: skip


# --- a corpus ---------------------------------------------------------------------------------


class CorpusCorrections:
    """The store's active corrections at one revision, seen from a corpus of analyses.

    An analysis is *touched* -- :func:`apply_corrections` may change it -- when its document
    has corrections of its own (by content hash, any scope) or mentions a name (normalised)
    with a corpus-scope correction. :meth:`apply` re-does only the touched analyses and
    remembers each result by document id, for as long as the same analysis object comes
    back; build a new instance when the store's :meth:`~CorrectionStore.revision` changes.
    """

    def __init__(
        self,
        active: Iterable[Correction],
        *,
        revision: tuple[int, int] | None = None,
        path: str = "",
    ) -> None:
        active = list(active)
        self.revision = revision
        self.path = path
        #: content hashes of the documents with active corrections of their own
        self.docs = frozenset(c.doc_hash for c in active)
        #: normalised texts with an active corpus-scope correction
        self.corpus = frozenset(c.norm for c in active if c.scope == "corpus")
        self._out: dict[str, tuple[Analysis, Analysis]] = {}

    @classmethod
    def of(
        cls, store: CorrectionStore, revision: tuple[int, int] | None = None
    ) -> CorpusCorrections:
        """The active corrections of ``store`` now; ``revision`` is ``store.revision()``
        (read first, so a write in between makes the snapshot look stale, never fresh)."""
        if revision is None:
            revision = store.revision()
        return cls(store.active(), revision=revision, path=str(store.path))

    def is_for(self, store: CorrectionStore, revision: tuple[int, int]) -> bool:
        """Whether this snapshot is the one of ``store`` at ``revision``."""
        return self.revision == revision and self.path == str(store.path)

    def touches(self, analysis: Analysis) -> bool:
        """Whether a correction can change ``analysis`` (see the class doc)."""
        return analysis.document.content_hash in self.docs or bool(
            self.corpus
            and any(normalize_name(r.mention.text) in self.corpus for r in analysis.resolutions)
        )

    def apply(
        self,
        analyses: list[Analysis],
        store: CorrectionStore,
        gazetteer: Callable[[], GazetteerLike | None],
        *,
        on_error: Callable[[GeoError], None] | None = None,
    ) -> list[Analysis]:
        """``analyses`` with the corrections applied; untouched ones are returned as they are.

        ``gazetteer`` (loading it may be costly) is called only when an analysis must be
        re-done, until it returns one. A :class:`GeoError` while correcting one analysis is
        passed to ``on_error`` and that analysis stays uncorrected (and is remembered so);
        without ``on_error`` it is raised.
        """
        out: list[Analysis] = []
        gaz: GazetteerLike | None = None
        for a in analyses:
            hit = self._out.get(a.document.id)
            if hit is not None and hit[0] is a:
                out.append(hit[1])
                continue
            b = a
            if self.touches(a):
                if gaz is None:
                    gaz = gazetteer()
                try:
                    b = apply_corrections(a, store, gaz)
                except GeoError as exc:
                    if on_error is None:
                        raise
                    on_error(exc)
            self._out[a.document.id] = (a, b)
            out.append(b)
        return out


def apply_to_corpus(
    analyses: list[Analysis], store: CorrectionStore, gazetteer: GazetteerLike | None = None
) -> list[Analysis]:
    """``analyses`` with the user's corrections applied, re-doing only the ones a correction
    touches (:meth:`CorpusCorrections.touches`); the others are returned as they are."""
    return CorpusCorrections.of(store).apply(analyses, store, lambda: gazetteer)
