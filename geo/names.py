"""Place-name vocabulary shared by every stage: the normalised lookup key and validation.

Part of the shared floor: imports only ``geo.settings`` and ``geo.errors``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from geo import settings
from geo.errors import InputError

# Latin letters that Unicode does not decompose into base + combining mark.
_FOLD = str.maketrans(
    {
        "ß": "ss",
        "ø": "o",
        "Ø": "o",
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "Đ": "d",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ı": "i",
        "þ": "th",
        "ð": "d",
        "ħ": "h",
        "’": "",
        "'": "",
        "`": "",
        "ʻ": "",
        "ʼ": "",
        "‘": "",
        "´": "",
        "ʿ": "",
        "ʾ": "",
    }
)
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
_ARTICLE = re.compile(r"^(?:the|al|el) (?=\w)")


@lru_cache(maxsize=200_000)
def normalize_name(name: str) -> str:
    """Case-, diacritic- and punctuation-insensitive key for a place name.

    >>> normalize_name("  The Panjshīr-Valley ")
    'panjshir valley'
    """
    s = unicodedata.normalize("NFKD", name.translate(_FOLD))
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold().translate(_FOLD)
    s = _NON_WORD.sub(" ", s).strip()
    if s.startswith("the "):
        s = s[4:]
    return s


def validate_name(name: object, *, what: str = "name", max_chars: int | None = None) -> str:
    """Reject non-strings, empty and over-long names with a specific InputError."""
    if not isinstance(name, str):
        raise InputError(f"{what} must be a string, got {type(name).__name__}")
    limit = max_chars or settings.MAX_NAME_CHARS
    if len(name) > limit:
        raise InputError(f"{what} is {len(name):,} characters long; the limit is {limit:,}")
    if not name.strip():
        raise InputError(f"{what} is empty")
    if not normalize_name(name):
        raise InputError(f"{what} {name!r} has no letters or digits")
    return name
