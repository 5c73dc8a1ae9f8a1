"""Grow the store from GeoNames dump files (https://download.geonames.org/export/dump/):
places, alternate names and admin-1 codes, validated line by line."""

from __future__ import annotations

import io
import sqlite3
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from geo import settings
from geo.errors import GeoNamesFormatError
from geo.gazetteer.checksum import remove_checksum, write_checksum
from geo.gazetteer.opening import open_gazetteer, store_lock
from geo.gazetteer.writer import Row, Writer, finish_store, keep_alias
from geo.kinds import Kind
from geo.names import normalize_name

# GeoNames feature codes -> our kinds (geo.kinds). A fixed mapping of the published
# GeoNames feature-code list (https://www.geonames.org/export/codes.html): the codes one of
# our kinds covers; other PCL*/PPL* codes are countries/cities (_kind_for), and any other
# code falls back on its feature class (A, H, L, P, T ...; same list) via _CLASS_KIND.
_CODE_KIND: dict[str, Kind] = {
    "PCLI": "country",
    "PCLD": "country",
    "PCLF": "country",
    "PCLS": "country",
    "PCLIX": "country",
    "PCL": "country",
    "TERR": "country",
    "ADM1": "admin1",
    "ADM1H": "admin1",
    "ADM2": "admin2",
    "ADM2H": "admin2",
    "MTS": "mountain_range",
    "HLLS": "mountain_range",
    "RDGE": "mountain_range",
    "MT": "mountain",
    "PK": "mountain",
    "VLC": "mountain",
    "PKS": "mountain_range",
    "STM": "river",
    "STMS": "river",
    "STMI": "river",
    "WAD": "river",
    "CNL": "river",
    "LK": "lake",
    "LKS": "lake",
    "RSV": "lake",
    "LKSB": "lake",
    "LKI": "lake",
    "DSRT": "desert",
    "SEA": "sea",
    "GULF": "gulf",
    "BAY": "bay",
    "BAYS": "bay",
    "COVE": "bay",
    "STRT": "strait",
    "CHN": "channel",
    "OCN": "ocean",
    "VAL": "valley",
    "VALS": "valley",
    "GRGE": "canyon",
    "CNYN": "canyon",
    "PASS": "pass",
    "GAP": "pass",
    "PLAT": "plateau",
    "UPLD": "plateau",
    "PLN": "plain",
    "PLNS": "plain",
    "BSNU": "basin",
    "BSN": "basin",
    "PEN": "peninsula",
    "ISL": "island",
    "ISLS": "archipelago",
    "ISLET": "island",
    "RGN": "region",
    "RGNE": "region",
    "AREA": "region",
    "GLCR": "glacier",
    "DLTA": "delta",
    "CAPE": "cape",
    "PT": "cape",
    "FRST": "forest",
    "WTLD": "wetland",
    "CONT": "continent",
}
_CLASS_KIND: dict[str, Kind] = {
    "P": "city",
    "A": "admin2",
    "H": "lake",
    "T": "mountain",
    "L": "region",
}


_GEONAMES_COLS = 19
# alternateNames "isolanguage" pseudo codes that are not names (links, Wikidata ids, postal,
# airport and UN/LOCODE codes, abbreviations): the GeoNames dump readme
# (https://download.geonames.org/export/dump/readme.txt).
_PSEUDO_LANGUAGES = ("link", "wkdt", "post", "iata", "icao", "faac", "unlc", "abbr")


def _open_text_members(path: Path) -> Iterator[tuple[str, io.TextIOBase]]:
    if path.suffix.lower() == ".zip":
        try:
            zf = zipfile.ZipFile(path)
        except zipfile.BadZipFile as exc:
            raise GeoNamesFormatError(f"{path}: not a valid zip file") from exc
        with zf:
            members = [m for m in zf.namelist() if m.endswith(".txt") and "readme" not in m.lower()]
            if not members:
                raise GeoNamesFormatError(f"{path}: the zip holds no .txt GeoNames file")
            for m in members:
                with zf.open(m) as raw:
                    yield m, io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
    else:
        with path.open(encoding="utf-8", newline="\n") as fh:
            yield path.name, fh


def _kind_for(fclass: str, fcode: str) -> str:
    if fcode in _CODE_KIND:
        return _CODE_KIND[fcode]
    if fcode.startswith("PCL"):
        return "country"
    if fcode.startswith("PPL"):
        return "city"
    return _CLASS_KIND.get(fclass, "other")


def _parse_geonames_line(line: str, where: str) -> Row:
    f = line.rstrip("\n").split("\t")
    if len(f) != _GEONAMES_COLS:
        raise GeoNamesFormatError(
            f"{where}: expected {_GEONAMES_COLS} tab-separated columns (GeoNames dump format), "
            f"found {len(f)}"
        )
    try:
        gid = int(f[0])
        lat, lon = float(f[4]), float(f[5])
        pop = int(f[14] or 0)
    except ValueError as exc:
        raise GeoNamesFormatError(f"{where}: bad number ({exc})") from exc
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise GeoNamesFormatError(f"{where}: coordinates out of range")
    fclass, fcode = f[6], f[7]
    aliases = [a for a in f[3].split(",") if keep_alias(a)] if f[3] else []
    if f[2] and f[2] != f[1]:
        aliases.append(f[2])
    return Row(
        id=f"geonames:{gid}",
        name=f[1],
        kind=_kind_for(fclass, fcode),
        lat=lat,
        lon=lon,
        fclass=fclass,
        fcode=fcode,
        country=f[8],
        admin1=f[10],
        population=pop,
        geonameid=gid,
        source="GeoNames dump (import-geonames)",
        aliases=aliases,
    )


def import_geonames(
    files: Iterable[str | Path], path: str | Path | None = None, *, verbose: bool = False
) -> dict[str, int]:
    """Load GeoNames dump files into the store (upserting by GeoNames id).

    Accepts ``allCountries.txt``/``XX.txt``/``cities*.txt`` (or their .zip),
    ``alternateNamesV2.txt`` (or .zip) and ``admin1CodesASCII.txt``, detected by
    name. Each file is validated line by line; a malformed line aborts the import
    with a :class:`GeoNamesFormatError` naming the file and line, and nothing of
    that file is kept (one transaction per file). The store's checksum is written
    anew afterwards (under the store's lock, which readers wait on).
    """
    store = Path(path) if path else settings.GAZETTEER_PATH
    open_gazetteer(store).close()  # make sure the base store exists
    paths = [Path(f) for f in files]
    for f in paths:
        if not f.exists():
            raise GeoNamesFormatError(f"{f}: no such file")
    # alternate names and admin-1 codes after the places they refer to
    order = sorted(paths, key=lambda p: ("alternate" in p.name.lower(), "admin1" in p.name.lower()))
    with store_lock(store):  # the store changes in place: its checksum is written anew
        remove_checksum(store)
        try:
            return _import(store, order, verbose)
        finally:
            write_checksum(store)


def _import(store: Path, order: list[Path], verbose: bool) -> dict[str, int]:
    from tqdm import tqdm

    conn = sqlite3.connect(store, isolation_level=None)
    # indexes the upserts need (the shipped store leaves them out to stay small)
    conn.execute("CREATE INDEX IF NOT EXISTS names_rid ON names(rid)")
    conn.execute("CREATE INDEX IF NOT EXISTS places_geonameid ON places(geonameid)")
    stats: dict[str, int] = {"places": 0, "alternate_names": 0, "admin1": 0}
    try:
        w = Writer(conn)
        for f in order:
            lname = f.name.lower()
            conn.execute("BEGIN")
            try:
                if "alternatename" in lname:
                    stats["alternate_names"] += _import_alternate_names(conn, f, verbose)
                elif "admin1codes" in lname:
                    stats["admin1"] += _import_admin1_codes(conn, f)
                else:
                    for member, fh in _open_text_members(f):
                        batch: list[Row] = []
                        for i, line in enumerate(
                            tqdm(fh, desc=member, disable=not verbose, unit=" lines"), 1
                        ):
                            if not line.strip():
                                continue
                            where = f"{f}:{i}" if member == f.name else f"{f}:{member}:{i}"
                            batch.append(_parse_geonames_line(line, where))
                            if len(batch) >= 5000:
                                stats["places"] += w.add(batch, replace=True)
                                batch = []
                        stats["places"] += w.add(batch, replace=True)
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        finish_store(conn)  # executescript: runs in its own transaction
    finally:
        conn.close()
    return stats


def _import_alternate_names(conn: sqlite3.Connection, f: Path, verbose: bool) -> int:
    from tqdm import tqdm

    n = 0
    rid_of: dict[int, int | None] = {}
    for member, fh in _open_text_members(f):
        for i, line in enumerate(tqdm(fh, desc=member, disable=not verbose, unit=" lines"), 1):
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 4 or not cols[0].isdigit() or not cols[1].isdigit():
                raise GeoNamesFormatError(
                    f"{f}:{member}:{i}: not an alternateNames line "
                    "(alternateNameId, geonameid, isolanguage, name, ...)"
                )
            lang, alias = cols[2], cols[3]
            if lang in _PSEUDO_LANGUAGES or not keep_alias(alias):
                continue
            gid = int(cols[1])
            if gid not in rid_of:
                row = conn.execute("SELECT rid FROM places WHERE geonameid=?", (gid,)).fetchone()
                rid_of[gid] = row[0] if row else None
            rid = rid_of[gid]
            if rid is None:
                continue
            conn.execute(
                "INSERT OR IGNORE INTO names VALUES (?,?,?,1)", (normalize_name(alias), rid, alias)
            )
            n += 1
    return n


def _import_admin1_codes(conn: sqlite3.Connection, f: Path) -> int:
    n = 0
    for member, fh in _open_text_members(f):
        for i, line in enumerate(fh, 1):
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 4 or "." not in cols[0] or not cols[3].isdigit():
                raise GeoNamesFormatError(
                    f"{f}:{member}:{i}: not an admin1CodesASCII line (code, name, asciiname, geonameid)"
                )
            country, _, a1 = cols[0].partition(".")
            gid = int(cols[3])
            cur = conn.execute(
                "UPDATE places SET country=?, admin1=?, kind='admin1' WHERE geonameid=?",
                (country, a1, gid),
            )
            if cur.rowcount:
                rid = conn.execute("SELECT rid FROM places WHERE geonameid=?", (gid,)).fetchone()[0]
                for alias in (cols[1], cols[2]):
                    conn.execute(
                        "INSERT OR IGNORE INTO names VALUES (?,?,?,1)",
                        (normalize_name(alias), rid, alias),
                    )
                n += 1
    return n
