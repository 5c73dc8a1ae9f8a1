"""Command line: ``python -m geo --help``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any, Literal

from geo import settings
from geo.errors import GeoError, InputError


def _date(s: str) -> date:
    try:
        return date.fromisoformat(s)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{s!r} is not a date in YYYY-MM-DD form") from exc


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m geo",
        description="Geography explorer for text: find the places a document mentions, "
        "resolve them with a world gazetteer, and extract dated events.",
    )
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    g = sub.add_parser("gazetteer", help="build, grow and query the world gazetteer")
    gsub = g.add_subparsers(dest="gcommand", required=True, metavar="ACTION")
    b = gsub.add_parser(
        "build",
        help="build the SQLite gazetteer from the installed registry data (and the map's "
        "country outlines beside it)",
    )
    b.add_argument(
        "--force", action="store_true", help="rebuild even if an up-to-date store exists"
    )
    b.add_argument("--path", type=Path, default=None, help="store path (default: data/)")
    lk = gsub.add_parser("lookup", help="print the candidates for a name, best first")
    lk.add_argument("name")
    lk.add_argument("--json", action="store_true", help="print one JSON list")
    lk.add_argument("--limit", type=int, default=20)
    lk.add_argument("--no-fuzzy", action="store_true", help="exact/alias matches only")
    se = gsub.add_parser("search", help="places whose name starts with a prefix")
    se.add_argument("prefix")
    se.add_argument("--json", action="store_true")
    se.add_argument("--limit", type=int, default=20)
    ig = gsub.add_parser(
        "import-geonames",
        help="load GeoNames dump files (allCountries.txt, XX.zip, cities*.zip, "
        "alternateNamesV2.txt, admin1CodesASCII.txt) into the store",
    )
    ig.add_argument("files", nargs="+", type=Path)
    gsub.add_parser("info", help="counts and paths of the store")
    ve = gsub.add_parser(
        "verify", help="check the store against the SHA-256 recorded when it was built"
    )
    ve.add_argument("--path", type=Path, default=None, help="store path (default: data/)")
    ck = gsub.add_parser(
        "checksum",
        help="record the SHA-256 of a store built before checksums existed (after SQLite's "
        "integrity check), so it is used as it is rather than rebuilt",
    )
    ck.add_argument("--path", type=Path, default=None, help="store path (default: data/)")

    pa = sub.add_parser("parse", help="analyse one document and print a summary")
    pa.add_argument("file", type=Path)
    pa.add_argument("--date", type=_date, help="document date (YYYY-MM-DD) for relative dates")
    pa.add_argument("--json", type=Path, metavar="OUT", help="write the full analysis as JSON")
    pa.add_argument(
        "--geojson",
        type=Path,
        metavar="OUT",
        help="write places+events as GeoJSON (OUT a file, or a folder: a file named after "
        "the document's title and date)",
    )
    pa.add_argument(
        "--kml", type=Path, metavar="OUT", help="write places+timed events as KML (as --geojson)"
    )
    _forms_argument(pa)

    an = sub.add_parser(
        "annotate",
        help="geoparse corpora (JSON lines, Parquet) into GeoParquet or the evaluation schema",
        description="Geoparse INPUT files or folders (.jsonl, .jsonl.gz with "
        '{"id","text","date"?} lines; Parquet with id, text, date? columns) into OUTPUT: '
        "a .jsonl file in the evaluation schema, or else a GeoParquet folder (mentions/, "
        "places/, events/, documents/, manifest.json). A rerun resumes. --forms names (the "
        "default) keeps only place names; --forms all adds adjectival, demonym and "
        "organisation-of-place mentions ('Russian troops', 'the EU'), --forms facilities "
        "also streets and buildings ('Chicken Street'), each with its form. "
        "See docs/scale.md.",
    )
    an.add_argument("inputs", nargs="+", type=Path, metavar="INPUT")
    an.add_argument("output", type=Path, metavar="OUTPUT")
    an.add_argument(
        "--engine",
        choices=("local", "dask"),
        default=None,
        help="local: this process or a process pool; dask: a Dask cluster "
        "(default: dask with --scheduler, else local)",
    )
    an.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    an.add_argument(
        "--scheduler", metavar="ADDRESS", help="join this Dask scheduler (tcp://host:8786)"
    )
    an.add_argument(
        "--partition-size",
        type=int,
        default=None,
        metavar="N",
        help="documents per partition (default 500)",
    )
    an.add_argument("--no-progress", action="store_true")
    _forms_argument(an)

    co = sub.add_parser("corrections", help="list, export and import the user's corrections")
    csub = co.add_subparsers(dest="ccommand", required=True, metavar="ACTION")
    cl = csub.add_parser("list", help="the correction history, oldest first")
    cl.add_argument("--doc", metavar="HASH", help="only this document (content hash)")
    cl.add_argument("--json", action="store_true", help="print one JSON list")
    ce = csub.add_parser("export", help="write the corrections and user places as JSON")
    ce.add_argument("output", type=Path)
    ce.add_argument("--doc", metavar="HASH", help="only this document (content hash)")
    ci = csub.add_parser("import", help="merge a corrections file (idempotent)")
    ci.add_argument("input", type=Path)
    for c in (cl, ce, ci):
        c.add_argument("--db", type=Path, default=None, help="store (default: data/user/)")
    return p


def _forms_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--forms",
        choices=("names", "all", "facilities"),  # geo.recognize.forms.FORM_SETTINGS
        default="names",
        help="names (default): only mentions that are names of places; all: adjectival, "
        "demonym and organisation-of-place mentions too ('Russian troops', 'the Afghans', "
        "'the EU'); facilities: all of those and the streets, squares and buildings the text "
        "names (form facility: 'Chicken Street', at the city the text puts it in), each "
        "with its form",
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "gazetteer":
            return _gazetteer(args)
        if args.command == "parse":
            return _parse(args)
        if args.command == "annotate":
            return _annotate(args)
        if args.command == "corrections":
            return _corrections(args)
    except GeoError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return 1


# --- gazetteer ------------------------------------------------------------------------


def _place_row(c: Any, gaz: Any = None) -> dict[str, Any]:
    from geo.export import conventional_name
    from geo.kinds import kind_label

    place = c.place if hasattr(c, "place") else c
    row = {
        "id": place.id,
        "name": place.name,
        "english_name": conventional_name(place, gaz),
        "kind": place.kind,
        "kind_label": kind_label(place.kind),
        "country": place.country or "|".join(place.countries),
        "admin1": place.admin1,
        "lat": place.lat,
        "lon": place.lon,
        "population": place.population,
        "source": place.source,
    }
    if hasattr(c, "match"):
        row["match"] = c.match
        row["matched_name"] = c.matched_name
    return row


_TABLE = "{:<22} {:<28} {:<28} {:<15} {:<7} {:<6} {:>9} {:>10} {:>11}  {}"


def _print_table(rows: list[dict[str, Any]]) -> None:
    """One line per place under a header row: the English name first, the gazetteer's
    name beside it, the kind as readers say it."""
    if not rows:
        print("no match")
        return
    print(_TABLE.format("ID", "NAME", "GAZETTEER NAME", "KIND", "COUNTRY", "ADMIN1", "LAT",
                        "LON", "POPULATION", "MATCH").rstrip())  # fmt: skip
    for r in rows:
        match = (
            f"{r['match']}: {r['matched_name']}" if r.get("match") not in (None, "exact") else ""
        )
        line = _TABLE.format(
            r["id"], r["english_name"][:28], r["name"][:28], r["kind_label"][:15],
            r["country"][:7], r["admin1"][:6], f"{r['lat']:.4f}", f"{r['lon']:.4f}",
            f"{r['population']:,}", match,
        )  # fmt: skip
        print(line.rstrip())


def _gazetteer(args: argparse.Namespace) -> int:
    from geo.gazetteer import Gazetteer, ensure_gazetteer, open_gazetteer

    if args.gcommand == "build":
        path = args.path or settings.GAZETTEER_PATH
        if not ensure_gazetteer(path, force=args.force, repair=True):
            print(f"{path} is up to date (use --force to rebuild)")
        else:
            print(f"built {path}: {Gazetteer(path).meta.get('counts')}")
        _outlines(Gazetteer(path))
        return 0
    if args.gcommand == "import-geonames":
        from geo.gazetteer import import_geonames

        stats = import_geonames(args.files, verbose=True)
        print(json.dumps(stats))
        _outlines(Gazetteer(settings.GAZETTEER_PATH))  # the store changed: its outlines too
        return 0
    if args.gcommand in ("verify", "checksum"):
        return _verify(args.path or settings.GAZETTEER_PATH, record=args.gcommand == "checksum")
    gaz = open_gazetteer()
    if args.gcommand == "info":
        kinds = dict(gaz._conn().execute("SELECT kind, count(*) FROM places GROUP BY kind"))
        print(
            json.dumps(
                {"path": str(gaz.path), "places": len(gaz), "kinds": kinds, "meta": gaz.meta},
                indent=2,
            )
        )
        return 0
    if args.limit < 1:
        raise InputError("--limit must be at least 1")
    if args.gcommand == "lookup":
        found: list[Any] = gaz.lookup(args.name, fuzzy=not args.no_fuzzy, limit=args.limit)
    else:
        found = gaz.search(args.prefix, limit=args.limit)
    rows = [_place_row(c, gaz) for c in found]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
    else:
        _print_table(rows)
    return 0


def _outlines(gaz: Any) -> None:
    """The map's country outlines, kept beside the store (computed unless kept already)."""
    import time

    from geo.mapview.outlines import save_outlines

    t = time.perf_counter()
    where = save_outlines(gaz)
    if where is not None:
        print(f"country outlines: {where.name} ({time.perf_counter() - t:.1f} s)")


def _verify(path: Path, *, record: bool) -> int:
    """``gazetteer verify``: the store against its recorded checksum. ``gazetteer
    checksum``: record one for a store that has none, after SQLite's integrity check."""
    import time

    from geo.gazetteer import checksum, verify_gazetteer

    t = time.perf_counter()
    if record and path.exists() and checksum.check(path) == "missing":
        _integrity_check(path)
        checksum.write_checksum(path)
        print(f"recorded the SHA-256 of {path} in {checksum.checksum_path(path).name}")
    verify_gazetteer(path)
    print(f"{path}: ok (SHA-256 matches, {time.perf_counter() - t:.2f} s)")
    return 0


def _integrity_check(path: Path) -> None:
    import sqlite3

    from geo.errors import GazetteerError
    from geo.gazetteer import inputs_fingerprint

    version = None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            found = conn.execute("PRAGMA integrity_check").fetchall()
            version = conn.execute("SELECT value FROM meta WHERE key='version'").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        found = [(str(exc),)]
    if found != [("ok",)]:
        problem = f"fails SQLite's integrity check ({found[0][0]})"
    elif version is None or version[0] != inputs_fingerprint():
        problem = "was built from other inputs"
    else:
        return
    raise GazetteerError(
        f"{path} {problem}; no checksum recorded: rebuild it with `python -m geo gazetteer build`"
    )


# --- parse / annotate ---------------------------------------------------------------------


def _parse(args: argparse.Namespace) -> int:
    from geo.documents import load_document

    doc = load_document(args.file, date=args.date)
    from geo.pipeline import analyze, default_gazetteer
    from geo.recognize.forms import with_forms

    analysis = with_forms(analyze(doc), args.forms)
    print(
        f"{args.file}: {len(doc.text):,} characters, {len(doc.passages)} passages, "
        f"date {doc.date or 'unknown'}"
    )
    print(f"\n{len(analysis.places)} places ({len(analysis.resolutions)} mentions):")
    from geo.export import place_names

    for s in analysis.places:
        p = s.place
        names = sorted({_as_written(analysis.resolutions[i].mention) for i in s.mention_indices})
        # the name readers know: the form the document uses, else the English name
        shown = place_names(p, [(analysis, i) for i in s.mention_indices])[0]
        print(
            f"  {shown:<28} {p.kind:<15} {p.country or '|'.join(p.countries):<6} "
            f"{p.lat:8.4f} {p.lon:9.4f}  conf {s.confidence:.2f}  x{len(s.mention_indices)}  "
            f"{', '.join(names)}"
        )
    unresolved = [r for r in analysis.resolutions if r.place is None]
    if unresolved:
        print(
            f"\n{len(unresolved)} unresolved: "
            + ", ".join(sorted({r.mention.text for r in unresolved}))
        )
    print(f"\n{len(analysis.events)} events:")
    for e in analysis.events:
        actors = ", ".join(a.text for a in e.actors)
        print(
            f"  {e.date or '?':<10} {e.type:<11} {e.trigger:<14} {actors[:40]:<40} "
            f"{doc.sentence_text(e.sentence)[:60]!r}"
        )
    if args.json:
        from geo.export import dumps

        args.json.write_text(dumps(analysis.to_dict(), indent=1), "utf-8")
        print(f"\nwrote {args.json}")
    if args.geojson:
        from geo.export import dumps, to_geojson

        fc = to_geojson(analysis, gazetteer=default_gazetteer())
        out = _output_path(args.geojson, analysis, "geojson")
        out.write_text(dumps(fc), "utf-8")
        print(f"wrote {out}")
    if args.kml:
        from geo.export import to_kml

        out = _output_path(args.kml, analysis, "kml")
        out.write_text(to_kml(analysis, default_gazetteer()), "utf-8")
        print(f"wrote {out}")
    return 0


def _as_written(m: Any) -> str:
    """A mention as the summary lists it: "Kharkiv", or "Russian (adjectival)"."""
    return m.text if m.form == "name" else f"{m.text} ({m.form})"


def _output_path(out: Path, analysis: Any, ext: str) -> Path:
    """``out`` itself, or in a folder ``out`` a file named after the document
    (:func:`geo.export.export_filename`: ``kabul-falls_2021-08-15.geojson``)."""
    from geo.export import export_filename

    return out / export_filename(analysis, ext) if out.is_dir() else out


def _annotate(args: argparse.Namespace) -> int:
    from geo.batch import annotate
    from geo.batch import settings as batch_settings

    engine: Literal["local", "dask"] = args.engine or ("dask" if args.scheduler else "local")
    if args.scheduler and engine != "dask":
        raise InputError("--scheduler needs --engine dask")
    try:
        m = annotate(
            args.inputs,
            args.output,
            engine=engine,
            workers=args.workers,
            scheduler=args.scheduler,
            partition_size=args.partition_size or batch_settings.PARTITION_SIZE,
            progress=not args.no_progress,
            forms=args.forms,
        )
    except KeyboardInterrupt:
        print("interrupted: rerun the same command to resume", file=sys.stderr)
        raise
    c = m.counts
    if m.format == "jsonl":
        print(f"annotated {c.documents} documents -> {args.output}", file=sys.stderr)
        return 0
    print(
        f"annotated {c.documents} documents ({c.ok} ok, {c.empty} empty, {c.failed} failed; "
        f"{c.mentions} mentions, {c.events} events) in {len(m.partitions_done)} partitions "
        f"-> {args.output}/ (manifest.json)",
        file=sys.stderr,
    )
    for f in m.failed_documents[:10]:
        print(f"  failed: {f.file}:{f.line}: {f.reason}", file=sys.stderr)
    if len(m.failed_documents) > 10:
        print(f"  ... {len(m.failed_documents) - 10} more in manifest.json", file=sys.stderr)
    if m.partitions_failed:
        print(
            f"{len(m.partitions_failed)} partitions failed "
            f"({m.partitions_failed[0].reason}): rerun the same command to retry them",
            file=sys.stderr,
        )
        return 1
    return 0


# --- corrections ------------------------------------------------------------------------


def _corrections(args: argparse.Namespace) -> int:
    from geo.corrections import CorrectionStore

    with CorrectionStore(args.db) as store:
        if args.ccommand == "export":
            data = store.export_to(args.output, args.doc)
            print(f"wrote {len(data['corrections'])} corrections and {len(data['places'])} "
                  f"user places to {args.output}")  # fmt: skip
        elif args.ccommand == "import":
            print(json.dumps(store.import_from(args.input)))
        elif args.json:
            print(json.dumps([c.to_dict() | {"undone": c.undone} for c in store.history(args.doc)],
                             ensure_ascii=False))  # fmt: skip
        else:
            rows = store.history(args.doc)
            for c in rows:
                what = c.place_id if c.action == "assign" else c.action.replace("_", " ")
                if c.action == "undo":
                    what = f"undo {c.target}"
                flag = "  (undone)" if c.undone else ""
                print(f"{c.created_at}  {c.id[:8]}  {c.doc_hash[:12]}  {c.start:>7}-{c.end:<7} "
                      f"{c.text[:30]!r:<32} {c.scope:<8} {what}{flag}  {c.author}")  # fmt: skip
            print(f"{len(rows)} rows in {store.path}")
    return 0
