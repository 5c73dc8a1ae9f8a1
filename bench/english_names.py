"""English names of administrative units: how many read as English readers know them.

    .venv/bin/python bench/english_names.py [--kind admin1] [--save out.json]
                                            [--compare before.json] [--show N]

Reads every unit of one kind from the real gazetteer (never builds it), computes
``geo.names.english_name`` and prints: how many units there are, how many English names
differ from the ASCII form of the gazetteer name, and how many still look non-English: a
unit word of another language (``data/lexicon/names_units.csv``, kinds native/foreign,
e.g. "oblast'", "kray", "sheng", "Respublika", "oblysy"), a transliterated adjective ending
("-skaya") or a comma ("Tyva, Respublika"). ``--save`` keeps the names (id -> English
name) to compare another version with (``--compare``: changed names, before -> after).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from geo import settings
from geo.gazetteer import open_gazetteer
from geo.names import ascii_name, english_name, normalize_name


def unit_words() -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """(normalised unit words of other languages, English unit words, adjective endings)
    of the lexicon. Words of one or two letters ("si") and English loanwords ("oblast")
    are left out: they are no sign of a foreign name."""
    foreign: set[str] = set()
    english: set[str] = set()
    endings: list[str] = []
    path = settings.LEXICON_DIR / "names_units.csv"
    lines = [ln for ln in path.read_text("utf-8").splitlines() if not ln.startswith("#")]
    for row in csv.DictReader(lines):
        key = normalize_name(row["entry"])
        if row["kind"] == "english":
            english.add(normalize_name(row["entry"].removesuffix(" of")))
        elif row["kind"] in ("native", "foreign") and len(key) > 2:
            if key != normalize_name(row["english"]):
                foreign.add(key)
        elif row["kind"] == "ending":
            endings.append(key)
    return frozenset(foreign), frozenset(english), tuple(endings)


def looks_foreign(
    name: str, foreign: frozenset[str], english: frozenset[str], endings: tuple[str, ...]
) -> bool:
    """A comma, a unit word of another language, or a transliterated adjective, once an
    English unit word at the end is set aside ("Chukotka Autonomous Okrug" is English)."""
    if "," in name:
        return True
    toks = normalize_name(name).split()
    for n in (3, 2, 1):
        if len(toks) > n and " ".join(toks[-n:]) in english:
            toks = toks[:-n]
            break
    for n in (1, 2, 3):
        if any(" ".join(toks[i : i + n]) in foreign for i in range(len(toks) - n + 1)):
            return True
    return any(t.endswith(endings) for t in toks)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--kind", default="admin1")
    ap.add_argument("--save", type=Path, help="write id -> English name as JSON")
    ap.add_argument("--compare", type=Path, help="a --save file to compare with")
    ap.add_argument("--show", type=int, default=40, help="changed names to print")
    args = ap.parse_args()
    gaz = open_gazetteer(build=False)
    places = gaz.get_many(gaz.ids_of_kind(args.kind), aliases=True)
    foreign_words, english_words, endings = unit_words()
    names = {pid: english_name(p.name, p.aliases, p.kind) for pid, p in places.items()}
    differ = sum(names[pid] != ascii_name(p.name) for pid, p in places.items())
    foreign = sorted(
        pid for pid, n in names.items() if looks_foreign(n, foreign_words, english_words, endings)
    )
    print(f"{args.kind}: {len(places):,} units")
    print(f"  English name differs from the ASCII name: {differ:,}")
    print(f"  still look non-English:                   {len(foreign):,}")
    for pid in foreign[: args.show]:
        print(f"    {places[pid].country or '--'} {names[pid]}")
    if args.save:
        args.save.write_text(json.dumps(names, ensure_ascii=False, indent=0), "utf-8")
    if args.compare:
        before = json.loads(args.compare.read_text("utf-8"))
        changed = sorted(pid for pid in names if pid in before and before[pid] != names[pid])
        print(f"  changed since {args.compare.name}: {len(changed):,}")
        for pid in changed[: args.show]:
            print(f"    {places[pid].country or '--'} {before[pid]} -> {names[pid]}")


if __name__ == "__main__":
    main()
