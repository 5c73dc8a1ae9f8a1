"""Hand-typed data tables: CSV files with ``#`` comment lines before the header (the
lexicons of ``data/lexicon/``, each row with its source). One reader for every package,
on the floor under the stages (:mod:`geo.names` reads its unit words with it,
:mod:`geo.recognize.lexicon` its word lists)."""

from __future__ import annotations

import csv
from pathlib import Path

from geo.errors import GeoError

__all__ = ["read_rows"]


def read_rows(path: Path, columns: tuple[str, ...]) -> list[dict[str, str]]:
    """The rows of one lexicon file, after its ``#`` comment lines, with cells stripped.

    The header must hold ``columns`` and every row a non-empty ``entry``; anything else
    raises :class:`~geo.errors.GeoError`."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise GeoError(f"lexicon file unreadable: {path}: {exc}") from exc
    body = [ln for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]
    reader = csv.DictReader(body)
    if tuple(reader.fieldnames or ()) != columns:
        raise GeoError(f"{path}: expected the columns {','.join(columns)}")
    rows = []
    for row in reader:
        cells = {k: (row.get(k) or "").strip() for k in columns}
        if not cells["entry"]:
            raise GeoError(f"{path}: a row without an entry (line {reader.line_num})")
        rows.append(cells)
    return rows
