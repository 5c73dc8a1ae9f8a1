"""The view: what every page shows -- the chosen documents, corrected, in the date window.

:func:`current_view` gives the session's :class:`View`: the corrected analyses
(:func:`geo.ui.resources.corrected`) of the chosen document(s)
(:func:`geo.ui.corpus.chosen_analyses`), filtered by the date window
(:func:`geo.ui.selection.window`), with the places aggregated. A view is identified by
its documents' content, the window and the corrections store's revision; it is kept in
the session (a click only re-renders, never re-computes) and shared by the sessions of
the process (:data:`_VIEWS`, least recently used first out beyond
:data:`MAX_SHARED_VIEWS`).

The toggle "Show adjectival references, streets and buildings" (:func:`forms_setting`,
drawn by the sidebar, in the URL as ``forms=facilities``; ``forms=all`` of older links
turns it on too) decides which mentions the view holds: off (the default), place names
only; on, "Russian troops", "the EU", "the Afghans" and "Chicken Street" (at its city) too
(:func:`geo.recognize.forms.with_forms`), and a place named only so carries a note
("Russia (named only as 'Russian')") in the place list and on its map marker.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from geo.cache import BoundedCache
from geo.models import Analysis
from geo.recognize.forms import FormSetting, only_forms_note, with_forms
from geo.ui.corpus import chosen_analyses
from geo.ui.resources import corrected, get_store, store_revision
from geo.ui.selection import window as date_window
from geo.ui.session import K_FORMS, K_VIEW, ss
from geo.view import PlaceView, aggregate_places, event_span, filter_by_date, focus_span


@dataclass
class View:
    """What the pages show: chosen documents, inside the date window."""

    key: str
    analyses: list[Analysis]  # filtered by the window
    full: list[Analysis]  # the chosen documents, unfiltered
    places: list[PlaceView]
    by_id: dict[str, PlaceView]
    window: tuple[date | None, date | None]
    corpus_mode: bool
    cache: dict[str, Any] = field(default_factory=dict)  # per-view memo (map records ...)
    frame: str = ""  # the same for views that differ only by corrections (map pan/zoom)
    forms: FormSetting = "names"  # which mentions the view holds (forms_setting)

    @property
    def names(self) -> dict[str, str]:
        """Place id -> the name to show it under (as the documents name it)."""
        names = self.cache.get("names")
        if names is None:
            from geo.export import place_names

            names = self.cache["names"] = {
                v.place.id: _with_note(place_names(v.place, v.mentions)[0], v) for v in self.places
            }
        return dict(names)


def _with_note(name: str, v: PlaceView) -> str:
    note = only_forms_note(a.resolutions[i].mention for a, i in v.mentions)
    return f"{name} ({note})" if note else name


def forms_setting() -> FormSetting:
    """``"facilities"`` (every form: adjectival references, streets and buildings too)
    when the sidebar's "Show adjectival references, streets and buildings" is on, else
    ``"names"``."""
    return "facilities" if ss().get(K_FORMS) else "names"


#: Views shared by the sessions of this process (most recent last): sessions looking at
#: the same documents, window and corrections get the same View -- its aggregation and
#: its rendered map (:mod:`geo.ui.explore`) are computed once, not once per session
#: (after each correction every session needs a new one). Views are read-only but for
#: their ``cache``, whose entries are idempotent.
MAX_SHARED_VIEWS = 16
_VIEWS: BoundedCache[str, View] = BoundedCache(MAX_SHARED_VIEWS)
_VIEWS_LOCK = threading.Lock()  # one copy of each view, even when two sessions make it


def _content_key(analyses: list[Analysis]) -> str:
    """What the chosen documents are (not which session holds them)."""
    h = hashlib.sha1()
    for a in analyses:
        d = a.document
        h.update(f"{d.id}\x1f{d.content_hash}\x1f{d.source}\x1f{d.title}\x1f{d.date}\x1e".encode())
    return h.hexdigest()


def current_view() -> View:
    """The session's view of the chosen documents, window and corrections (made when
    one of them changed, or taken from another session that has made it)."""
    window = date_window()
    forms = forms_setting()
    chosen = chosen_analyses()
    store = get_store()
    rev = store_revision()
    base = f"{_content_key(chosen)}|{window[0]}|{window[1]}"
    raw = f"{base}|{forms}|{rev}|{store.path if store else ''}"
    key = hashlib.sha1(raw.encode()).hexdigest()[:12]
    cached = ss().get(K_VIEW)
    if cached is not None and cached.key == key:
        return cached  # type: ignore[no-any-return]
    v = _VIEWS.get(key)
    if v is None:
        full = [with_forms(a, forms) for a in corrected(chosen)]
        start, end = window
        analyses = [filter_by_date(a, start, end) for a in full] if (start or end) else full
        places = aggregate_places(analyses)
        made = View(
            key=key,
            analyses=analyses,
            full=full,
            places=places,
            by_id={p.place.id: p for p in places},
            window=(start, end),
            corpus_mode=len(full) > 1,
            frame=hashlib.sha1(base.encode()).hexdigest()[:12],
            forms=forms,
        )
        with _VIEWS_LOCK:  # another session may have made it meanwhile: one copy
            v = _VIEWS.get_or_set(key, lambda: made)
    ss()[K_VIEW] = v
    return v


def date_focus(analyses: list[Analysis]) -> tuple[date, date, int, int] | None:
    """Where the chosen documents' event (and document) dates cluster (:func:`focus_span`):
    ``(first, last, dates before, dates after)``."""
    days: list[date] = []
    for a in analyses:
        days += [sp[0] for ev in a.events if (sp := event_span(ev)) is not None]
        if a.document.date:
            days.append(a.document.date)
    if not days:
        return None
    lo, hi = focus_span(days)
    return lo, hi, sum(d < lo for d in days), sum(d > hi for d in days)


def date_bounds(analyses: list[Analysis]) -> tuple[date, date] | None:
    """The range of event dates (and document dates) in the chosen documents."""
    lo: date | None = None
    hi: date | None = None
    for a in analyses:
        spans = [sp for ev in a.events if (sp := event_span(ev)) is not None]
        if a.document.date:
            spans.append((a.document.date, a.document.date))
        for first, last in spans:
            lo = first if lo is None or first < lo else lo
            hi = last if hi is None or last > hi else hi
    if lo is None or hi is None:
        return None
    return lo, hi
