"""geo: a geography explorer for text.

Stages (one module each): documents -> nlp -> recognize -> resolve -> events,
chained by :func:`geo.pipeline.analyze`; the world gazetteer lives in
:mod:`geo.gazetteer`; exports in :mod:`geo.export`; the map in :mod:`geo.mapview`.
"""

__version__ = "0.1.0"
