"""An annotated archive (the GeoParquet folder of ``python -m geo annotate IN OUT``)
opened read-only with DuckDB, for the explorer's archive mode
(``streamlit run streamlit_app.py -- --corpus OUT``) and for notebooks.

>>> from geo.archive import open_archive, places_in_window, Window   # doctest: +SKIP
>>> a = open_archive("out")                                          # doctest: +SKIP
>>> places_in_window(a, Window(date(2021, 8, 1), date(2021, 8, 31)))[:5]  # doctest: +SKIP

Modules (one entry each): :mod:`~geo.archive.store` (:func:`open_archive`: checks,
views, the date span), :mod:`~geo.archive.places` (:func:`places_in_window`),
:mod:`~geo.archive.passages` (:func:`passages_page`), :mod:`~geo.archive.timeline`
(:func:`event_timeline`) and :mod:`~geo.archive.export` (:func:`export_view`).
See docs/scale.md, "Opening an archive in the explorer".
"""

from geo.archive.export import ViewExport, export_view
from geo.archive.passages import Passage, PassagePage, passages_page
from geo.archive.places import PlaceCount, places_in_window
from geo.archive.store import Archive, ArchiveError, Span, Window, open_archive
from geo.archive.timeline import Timeline, choose_step, event_timeline

__all__ = [
    "Archive",
    "ArchiveError",
    "Passage",
    "PassagePage",
    "PlaceCount",
    "Span",
    "Timeline",
    "ViewExport",
    "Window",
    "choose_step",
    "event_timeline",
    "export_view",
    "open_archive",
    "passages_page",
    "places_in_window",
]
