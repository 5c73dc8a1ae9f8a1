"""Airports and air bases from PyPI ``airportsdata`` (MIT; data partly from mwgg/Airports).

Kept: every airport with an IATA code (the ones with scheduled traffic or known to the
press) and every military field by its name (air bases, air force bases, army airfields,
naval air stations), ~8,200 of the package's ~28,000 landing sites (most others are private
strips). Each gets its official name and the names the press uses:

* the name's *core* (the name without its type words, "London Heathrow" of "London
  Heathrow Airport") and its *distinctive part* (the core without the served city's name
  in front: "Heathrow"), each with the usual type words: "X Airport", "X International
  Airport", "X Airfield", "X Air Base", "X Airbase" ("Bagram Airfield" and "Bagram Air
  Base" are one field);
* the bare distinctive part ("Heathrow", "Gatwick", "O'Hare"; of an air base outside the
  US, its core: "Incirlik"; US fields bear people's names; "Camp Bastion") only when it
  differs from the served city's name, is one word, is not a common English word, and no
  place already in the gazetteer by that name is as likely as the airport (by prior), nor
  is a country or a province: "Kabul", "Bagram", "Kandahar" and "Alice" (Texas) stay the
  cities' and districts'.

IATA codes ("LAX") are never names: three capital letters are too often something else.
"""

from __future__ import annotations

import csv
import re
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from geo import settings
from geo.gazetteer.writer import Row, keep_alias
from geo.kinds import prior as kind_prior
from geo.names import normalize_name

SOURCE = "airportsdata (PyPI, MIT): name, ICAO/IATA codes, point"

_MILITARY = re.compile(
    r"\b(Air Base|Airbase|Air Force|AFB|Air Station|Army Air|Army Airfield|Naval Air|Military)\b"
)
# type words at the end of a name ("Kabul International Airport" -> "Kabul")
_TAIL = re.compile(
    r"(?:\s+(?:International|Intercontinental|Regional|Municipal|National|Domestic|"
    r"Metropolitan|County|Army|Naval|Joint|Royal|Air Force|Military))*"
    r"\s+(?:Airport|Airfield|Air Field|Air Base|Airbase|Air Force Base|Air Station|"
    r"Airstrip|Aerodrome|Airpark)$"
)
# "Amsterdam Airport Schiphol": the distinctive name after the type word
_AIRPORT_X = re.compile(r"^(?P<city>.+?)\s+Airport\s+(?P<name>[A-Z][\w'-]+)$")
_TYPE_WORDS = frozenset(
    [
        "airbase",
        "airport",
        "airfield",
        "aeroclub",
        "aeroclube",
        "aerodrome",
        "aeroporto",
        "aeropuerto",
        "airstrip",
        "base",
        "field",
        "heliport",
        "international",
        "regional",
        "municipal",
    ]
)
SUFFIXES = ("Airport", "International Airport", "Airfield", "Air Base", "Airbase")
#: Prior of an airport (the kind's), of an international one or an air base (a little more).
BIG_BONUS = 0.05


def _common_words(path: Path | None = None) -> frozenset[str]:
    path = path or settings.LEXICON_DIR / "common_words.txt"
    if not path.exists():
        return frozenset()
    return frozenset(
        w.strip() for w in path.read_text("utf-8").splitlines() if w and not w.startswith("#")
    )


def name_parts(name: str, city: str) -> tuple[str, str]:
    """(core, distinctive part) of an airport's name; either may be ''.

    >>> name_parts("London Heathrow Airport", "London")
    ('London Heathrow', 'Heathrow')
    >>> name_parts("Bagram Air Base", "Bagram")
    ('Bagram', 'Bagram')
    >>> name_parts("Amsterdam Airport Schiphol", "Amsterdam")
    ('', 'Schiphol')
    """
    clean = re.sub(r"\s*\([^)]*\)?", "", name).strip()
    m = _AIRPORT_X.match(clean)
    if m:
        return "", m["name"]
    core = _TAIL.sub("", clean).strip(" -–/")
    if core == clean or not core:
        return "", ""
    distinct = core
    city = city.split("/")[0].strip()
    if city and core != city and core.startswith(city) and core[len(city)] in " -–/":
        distinct = core[len(city) :].strip(" -–/")
    return core, distinct or core


def selected(row: dict[str, str]) -> bool:
    """An airport with an IATA code, or a military field by its name."""
    return bool(row.get("iata")) or bool(_MILITARY.search(row.get("name") or ""))


def _read(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        yield from csv.DictReader(fh)


def airports_csv() -> Path:
    from geo.gazetteer.sources import site_file

    return site_file("airportsdata", "airports.csv")


def load_airports(
    conn: sqlite3.Connection | None = None,
    *,
    path: Path | None = None,
    common: Iterable[str] | None = None,
) -> Iterator[Row]:
    """Rows of kind ``airport``; ``conn`` (the store being built, cities and units in it)
    decides which bare names an airport may take (see the module doc)."""
    common_words = frozenset(common) if common is not None else _common_words()
    base = kind_prior("airport")
    for r in _read(path or airports_csv()):
        if not selected(r):
            continue
        name = r["name"].strip()
        try:
            lat, lon = float(r["lat"]), float(r["lon"])
        except ValueError:
            continue
        if not name or not (-90 <= lat <= 90 and -180 <= lon <= 180):
            continue
        big = "International" in name or bool(_MILITARY.search(name))
        imp = round(base + (BIG_BONUS if big else 0.0), 4)
        core, distinct = name_parts(name, r.get("city") or "")
        aliases: list[str] = []
        for x in dict.fromkeys(p for p in (core, distinct) if p):
            aliases += [f"{x} {s}" for s in SUFFIXES]
        if core and core != distinct:
            aliases.append(core)
        city_key = normalize_name(r.get("city") or "")
        country = (r.get("country") or "").upper()
        # an air base's own name ("Incirlik"), but not a US field's: they are people's
        # names ("Simmons Army Airfield", "Mather")
        military = bool(_MILITARY.search(name)) and country != "US"
        bare_ok = core != distinct or military or core.startswith("Camp ")
        if (
            bare_ok
            and normalize_name(distinct) != city_key
            and _may_own(conn, distinct, imp, common_words)
        ):
            aliases.append(distinct)
        own = normalize_name(name)
        ident = r.get("icao") or r.get("iata")
        yield Row(
            id=f"airport:{ident}",
            name=name,
            kind="airport",
            lat=lat,
            lon=lon,
            fclass="S",
            fcode="AIRB" if _MILITARY.search(name) else "AIRP",
            country=country,
            source=SOURCE,
            importance=imp,
            aliases=[
                a for a in dict.fromkeys(aliases) if keep_alias(a) and normalize_name(a) != own
            ],
        )


def _may_own(
    conn: sqlite3.Connection | None, name: str, imp: float, common: frozenset[str]
) -> bool:
    """Whether an airport of prior ``imp`` may take ``name`` on its own."""
    key = normalize_name(name)
    if not key or key in common or key in _TYPE_WORDS or len(key) < 4 or not name[:1].isupper():
        return False
    if " " in key and not key.startswith("camp "):
        return False  # "John F Kennedy", "Sheikh Zayed": people; "Mid-America": a phrase
    if conn is None:
        return True
    row = conn.execute(
        "SELECT max(p.importance), max(p.kind IN ('country','admin1','continent')) "
        "FROM names n JOIN places p ON p.rid=n.rid WHERE n.key=?",
        (key,),
    ).fetchone()
    if row is None or row[0] is None:
        return True
    return not row[1] and row[0] < imp
