"""One error hierarchy for the whole library.

Every error the library raises on purpose derives from :class:`GeoError`, so a
caller (the CLI, the Streamlit app) can catch one type and show its message.
"""

from __future__ import annotations


class GeoError(Exception):
    """Base class of every error raised on purpose by :mod:`geo`."""


class InputError(GeoError, ValueError):
    """An argument is empty, too long, or malformed."""


class DocumentError(GeoError):
    """A document cannot be read: unknown type, broken file, too large, no text."""

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.path = path
        super().__init__(f"{path}: {message}" if path else message)


class GazetteerError(GeoError):
    """The gazetteer store is missing, corrupt, or cannot be built."""


class GazetteerDamaged(GazetteerError):
    """The gazetteer file's bytes differ from the checksum recorded when it was built."""


class GeoNamesFormatError(GazetteerError):
    """A file given to ``gazetteer import-geonames`` is not in GeoNames dump format."""


class ModelError(GeoError):
    """The spaCy model cannot be loaded."""


class ExportError(GeoError):
    """An analysis cannot be exported."""


class CorrectionError(GeoError):
    """The corrections store or a corrections file is unusable, or a correction is invalid."""
