"""Validation of what a correction is made of, and the store's timestamps.

Every check raises :class:`geo.errors.InputError` naming the bad value; the export reader
(:mod:`geo.corrections.exchange`) turns those into :class:`geo.errors.CorrectionError`.
"""

from __future__ import annotations

import math
import re
from datetime import UTC, datetime
from typing import Any, cast

from geo import settings
from geo.corrections.model import SCOPES, Scope
from geo.errors import InputError
from geo.models import KINDS, Document, Mention
from geo.names import normalize_name, validate_name

MAX_AUTHOR_CHARS = 200
MAX_ID_CHARS = 200

_HASH_RE = re.compile(r"^[0-9a-f]{64}$")
_COUNTRY_RE = re.compile(r"^[A-Z]{2}$")


def content_hash_of(doc: Document | str) -> str:
    """``doc``'s content hash: a Document's, or the string itself if it is one."""
    if isinstance(doc, Document):
        return doc.content_hash
    if not isinstance(doc, str) or not _HASH_RE.match(doc):
        raise InputError(
            f"document must be a Document or its content_hash (64 hex digits), got {doc!r:.80}"
        )
    return doc


def check_mention(mention: Mention) -> Mention:
    start: Any = getattr(mention, "start", None)
    end: Any = getattr(mention, "end", None)
    text: Any = getattr(mention, "text", None)
    if any(not isinstance(v, int) or isinstance(v, bool) for v in (start, end)):
        raise InputError(f"mention offsets must be integers, got {start!r}, {end!r}")
    if not isinstance(text, str) or not text.strip():
        raise InputError("mention text is empty")
    if start < 0 or end <= start or len(text) != end - start:
        raise InputError(
            f"mention {text!r:.80} does not fit its offsets {start}..{end} "
            f"(need 0 <= start < end and end - start == len(text))"
        )
    if len(text) > settings.MAX_QUERY_CHARS:
        raise InputError(f"mention is {len(text):,} characters long; the limit is "
                         f"{settings.MAX_QUERY_CHARS:,}")  # fmt: skip
    return mention


def check_scope(scope: object) -> Scope:
    if scope not in SCOPES:
        raise InputError(f"scope must be one of {', '.join(SCOPES)}; got {scope!r}")
    return scope


def check_author(author: object) -> str:
    if not isinstance(author, str):
        raise InputError(f"author must be a string, got {type(author).__name__}")
    if len(author) > MAX_AUTHOR_CHARS:
        raise InputError(
            f"author is {len(author):,} characters long; the limit is {MAX_AUTHOR_CHARS}"
        )
    return author.strip()


def check_place_id(place_id: object) -> str:
    if not isinstance(place_id, str) or not place_id.strip():
        raise InputError(f"place id must be a non-empty string, got {place_id!r:.80}")
    if len(place_id) > MAX_ID_CHARS or place_id != place_id.strip():
        raise InputError(f"place id {place_id!r:.80} is malformed")
    return place_id


def _check_coord(value: object, what: str, limit: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InputError(f"{what} must be a number, got {value!r:.40}")
    v = float(value)
    if not math.isfinite(v) or not -limit <= v <= limit:
        raise InputError(f"{what} {value!r} is outside -{limit:g}..{limit:g}")
    return v


def check_new_place(
    name: object, kind: object, lat: object, lon: object, country: object
) -> tuple[str, str, float, float, str]:
    nm = validate_name(name, what="place name", max_chars=settings.MAX_NAME_CHARS).strip()
    if kind not in KINDS:
        raise InputError(f"kind must be one of {', '.join(KINDS)}; got {kind!r:.40}")
    if not isinstance(country, str) or not (country == "" or _COUNTRY_RE.match(country)):
        raise InputError(
            f"country must be an ISO 3166-1 alpha-2 code such as 'AF', got {country!r:.40}"
        )
    return (nm, cast(str, kind), _check_coord(lat, "latitude", 90.0),
            _check_coord(lon, "longitude", 180.0), country)  # fmt: skip


def slug(name: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", normalize_name(name)).strip("-")[:40].strip("-")
    return s or "place"


def fmt_ts(dt: datetime) -> str:
    """Fixed-width UTC text, so that text order is time order."""
    d = dt.astimezone(UTC)
    return (f"{d.year:04d}-{d.month:02d}-{d.day:02d}T{d.hour:02d}:{d.minute:02d}:"
            f"{d.second:02d}.{d.microsecond:06d}Z")  # fmt: skip


def parse_ts(s: str) -> datetime:
    dt = datetime.fromisoformat(s)
    if dt.tzinfo is None:
        raise ValueError("timestamp has no time zone")
    return dt.astimezone(UTC)
