"""Geoparsing accuracy on the public evaluation corpora.

Runs the pipeline's stages (split, nlp.annotate, find_mentions, resolve) over a corpus
in the evaluation schema, writes the predictions (``--forms names``, the default: only
mentions whose form is "name"; ``--forms all``: adjectival, demonym and
organisation-of-place mentions too, ``--demonyms`` is its old spelling; ``--forms
facilities``: streets and buildings too (the development gold has none); ``--forms both``
runs both settings; lat/lon null when unresolved) and scores them with
``../shared/eval/score.py``, then prints a headline per corpus: exact-span F1, Acc@161 and
the id-aware accuracy (right GeoNames id, or < 161 km; n/a for GeoVirus, whose gold has
no GeoNames ids)::

    python bench/accuracy.py --corpus both            # LGL (coords) and GeoVirus
    python bench/accuracy.py --corpus lgl --limit 100 # the first 100 documents
    python bench/accuracy.py --corpus geovirus --errors /tmp/gv_errors.txt

``--errors FILE`` writes false positives, false negatives and large-distance errors
grouped by document, for error analysis. spaCy results are cached per text in
``--cache-dir`` (default: the system temp dir) so re-runs only time the geo stages.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import math
import pickle
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.documents import split  # noqa: E402
from geo.gazetteer import open_gazetteer  # noqa: E402
from geo.models import Document  # noqa: E402
from geo.nlp import NlpResult, annotate, load_nlp  # noqa: E402
from geo.recognize import FormSetting, find_mentions, select_forms  # noqa: E402
from geo.resolve import resolve  # noqa: E402

EVAL_DIR = ROOT.parent / "shared" / "eval"
CORPORA = {"lgl": "lgl.coords.jsonl", "geovirus": "geovirus.jsonl"}


def _load(path: Path, limit: int | None) -> list[dict[str, Any]]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                out.append(json.loads(line))
                if limit and len(out) >= limit:
                    break
    return out


def _nlp_cached(doc: Document, cache_dir: Path | None) -> NlpResult:
    if cache_dir is None:
        return annotate(doc, load_nlp())
    key = hashlib.sha256(doc.text.encode("utf-8")).hexdigest()[:24]
    path = cache_dir / f"{key}.pkl"
    if path.exists():
        try:
            with path.open("rb") as fh:
                res: NlpResult = pickle.load(fh)
            return res
        except Exception:
            pass
    res = annotate(doc, load_nlp())
    with path.open("wb") as fh:
        pickle.dump(res, fh)
    return res


_CENTROIDS: dict[str, tuple[float, float]] = {}
_MODE = {"country_point": "gazetteer"}
_MODE_GAZ: list[Any] = []


def _point(gaz: Any, p: Any, mode: str | None = None) -> tuple[float, float]:
    mode = mode or _MODE["country_point"]
    if p.kind == "country" and mode == "largest-part":
        return _largest_part_centroid(gaz, p.id, p.lat, p.lon)
    if p.kind == "country" and mode not in ("gazetteer", "largest-part"):
        pts = _points_file(mode)  # experiment: a JSON file {"CA": [lat, lon], ...}
        if p.country in pts:
            return pts[p.country][0], pts[p.country][1]
    return p.lat, p.lon


_POINTS: dict[str, dict[str, list[float]]] = {}


def _points_file(path: str) -> dict[str, list[float]]:
    if path not in _POINTS:
        _POINTS[path] = json.loads(Path(path).read_text(encoding="utf-8"))
    return _POINTS[path]


def _largest_part_centroid(gaz: Any, place_id: str, lat: float, lon: float) -> tuple[float, float]:
    """Experiment: the centroid of a country's largest polygon instead of its stored point."""
    if place_id not in _CENTROIDS:
        from shapely.geometry import shape

        geom = gaz.geometry(place_id)
        if geom is None:
            _CENTROIDS[place_id] = (lat, lon)
        else:
            s = shape(geom)
            parts = list(s.geoms) if hasattr(s, "geoms") else [s]
            big = max(parts, key=lambda x: x.area)
            _CENTROIDS[place_id] = (big.centroid.y, big.centroid.x)
    return _CENTROIDS[place_id]


def _haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def run(
    corpus: str,
    *,
    limit: int | None,
    out_dir: Path,
    cache_dir: Path | None,
    forms: FormSetting,
    errors: Path | None,
    as_json: bool,
    country_point: str = "gazetteer",
) -> dict[str, Any]:
    gold_path = EVAL_DIR / CORPORA[corpus]
    docs = _load(gold_path, limit)
    gaz = open_gazetteer()
    _MODE["country_point"] = country_point
    _MODE_GAZ.append(gaz)
    pred_lines = []
    t_geo = 0.0
    t_nlp = 0.0
    n_chars = 0
    analysis: list[tuple[dict[str, Any], list[Any]]] = []
    for rec in docs:
        text = rec["text"]
        n_chars += len(text)
        doc = split(Document(id=str(rec["id"]), text=text))
        t0 = time.perf_counter()
        nlp = _nlp_cached(doc, cache_dir)
        t1 = time.perf_counter()
        mentions = find_mentions(doc, nlp, gaz)
        resolutions = resolve(doc, mentions, gaz)
        t2 = time.perf_counter()
        t_nlp += t1 - t0
        t_geo += t2 - t1
        tops = []
        for r in select_forms(resolutions, forms):
            m = r.mention
            p = r.place
            lat, lon = _point(gaz, p, country_point) if p else (None, None)
            tops.append(
                {
                    "start": m.start,
                    "end": m.end,
                    "name": m.text,
                    "lat": lat,
                    "lon": lon,
                    "geonameid": str(p.geonameid) if p and p.geonameid else None,
                    "confidence": round(r.confidence, 4),
                }
            )
        pred_lines.append(json.dumps({"id": rec["id"], "text": text, "toponyms": tops}))
        analysis.append((rec, resolutions))
    out_dir.mkdir(parents=True, exist_ok=True)
    gold_sub = out_dir / f"{corpus}.gold.jsonl"
    pred = out_dir / f"{corpus}.pred.jsonl"
    gold_sub.write_text("".join(json.dumps(r) + "\n" for r in docs), encoding="utf-8")
    pred.write_text("".join(x + "\n" for x in pred_lines), encoding="utf-8")
    score_py = EVAL_DIR / "score.py"
    res = subprocess.run(
        [sys.executable, str(score_py), str(gold_sub), str(pred), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    scores: dict[str, Any] = json.loads(res.stdout)
    resolved = [t for x in pred_lines for t in json.loads(x)["toponyms"] if t["lat"] is not None]
    n_ids = sum(1 for t in resolved if t["geonameid"])
    scores["pred_with_geonameid"] = f"{n_ids}/{len(resolved)}"
    scores["speed"] = {
        "chars": n_chars,
        "geo_seconds": round(t_geo, 3),
        "geo_chars_per_s": round(n_chars / t_geo) if t_geo else None,
        "nlp_seconds": round(t_nlp, 3),
    }
    scores["calibration"] = _calibration(analysis)
    scores["headline"] = _headline(scores)
    if not as_json:
        print(f"== {corpus} ({len(docs)} documents) ==")
        txt = subprocess.run(
            [sys.executable, str(score_py), str(gold_sub), str(pred)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        print(txt.rstrip())
        h = scores["headline"]
        print(
            f"  headline: exact F1 {h['f1_exact']:.4f}  Acc@161 {h['acc161']:.4f}  "
            f"id-aware {'n/a (gold has no GeoNames ids)' if h['id_aware'] is None else format(h['id_aware'], '.4f')}"
            f"  (predictions with a GeoNames id: {h['pred_with_geonameid']})"
        )
        print(
            f"  speed: find_mentions+resolve {scores['speed']['geo_chars_per_s']} chars/s "
            f"({t_geo:.2f} s for {n_chars} chars); nlp {t_nlp:.2f} s"
        )
        cal = scores["calibration"]
        print(
            "  confidence bins (n, Acc@161):", cal["bins"], " AUROC(conf->correct):", cal["auroc"]
        )
    if errors is not None:
        _write_errors(errors, analysis, forms)
    return scores


def _headline(scores: dict[str, Any]) -> dict[str, Any]:
    """Exact-span F1, Acc@161 and the id-aware accuracy (right GeoNames id, or < 161 km;
    ``None`` for a corpus whose gold carries no GeoNames ids, like GeoVirus)."""
    res = scores.get("resolution", {})
    ida = res.get("id_aware")
    return {
        "f1_exact": scores["recognition"]["exact"]["f1"],
        "acc161": res.get("accuracy"),
        "id_aware": ida["accuracy"] if ida else None,
        "pred_with_geonameid": scores.get("pred_with_geonameid"),
    }


def _pair(gold: list[dict[str, Any]], pred: list[Any]) -> list[tuple[int, int]]:
    cands = []
    for gi, g in enumerate(gold):
        for pi, r in enumerate(pred):
            m = r.mention
            ov = min(g["end"], m.end) - max(g["start"], m.start)
            if ov > 0:
                cands.append((-ov, abs(g["start"] - m.start), gi, pi))
    cands.sort()
    ug: set[int] = set()
    up: set[int] = set()
    out = []
    for _, _, gi, pi in cands:
        if gi in ug or pi in up:
            continue
        ug.add(gi)
        up.add(pi)
        out.append((gi, pi))
    return out


def _calibration(analysis: list[tuple[dict[str, Any], list[Any]]]) -> dict[str, Any]:
    """Accuracy@161 km of resolved, recognised gold toponyms by confidence bin."""
    pts: list[tuple[float, bool]] = []
    for rec, res in analysis:
        gold = [g for g in rec["toponyms"] if g.get("lat") is not None]
        res = [r for r in res if not r.mention.is_demonym]
        for gi, pi in _pair(gold, res):
            r = res[pi]
            if r.place is None:
                continue
            g = gold[gi]
            plat, plon = _point(_MODE_GAZ[-1], r.place)
            d = _haversine(g["lat"], g["lon"], plat, plon)
            pts.append((r.confidence, d < 161))
    bins = []
    edges = [0.0, 0.4, 0.6, 0.8, 0.9, 1.01]
    for lo, hi in itertools.pairwise(edges):
        sel = [ok for c, ok in pts if lo <= c < hi]
        if sel:
            bins.append((f"{lo:.1f}-{min(hi, 1.0):.1f}", len(sel), round(sum(sel) / len(sel), 3)))
    pos = [c for c, ok in pts if ok]
    neg = [c for c, ok in pts if not ok]
    auroc = None
    if pos and neg:
        neg_sorted = sorted(neg)
        import bisect

        wins = 0.0
        for c in pos:
            lo = bisect.bisect_left(neg_sorted, c)
            hi = bisect.bisect_right(neg_sorted, c)
            wins += lo + 0.5 * (hi - lo)
        auroc = round(wins / (len(pos) * len(neg)), 4)
    return {"bins": bins, "auroc": auroc}


def _write_errors(
    path: Path, analysis: list[tuple[dict[str, Any], list[Any]]], forms: FormSetting
) -> None:
    lines = []
    for rec, res in analysis:
        text = rec["text"]
        gold = rec["toponyms"]
        res = select_forms(res, forms)
        pairs = _pair(gold, res)
        pg = {gi for gi, _ in pairs}
        pp = {pi for _, pi in pairs}
        doc_lines = []
        for gi, g in enumerate(gold):
            if gi not in pg:
                ctx = text[max(0, g["start"] - 40) : g["end"] + 40].replace("\n", " ")
                doc_lines.append(f"  FN {g['name']!r} | ...{ctx}...")
        for pi, r in enumerate(res):
            if pi not in pp:
                m = r.mention
                ctx = text[max(0, m.start - 40) : m.end + 40].replace("\n", " ")
                doc_lines.append(
                    f"  FP {m.text!r} [{m.method}/{m.ner_label}/{m.cue}] | ...{ctx}..."
                )
        for gi, pi in pairs:
            g, r = gold[gi], res[pi]
            if g.get("lat") is None:
                continue
            if r.place is None:
                doc_lines.append(f"  UNRES {g['name']!r}: {r.reason}")
                continue
            plat, plon = _point(_MODE_GAZ[-1], r.place)
            d = _haversine(g["lat"], g["lon"], plat, plon)
            if d >= 161:
                alts = ", ".join(
                    f"{a.place.name}/{a.place.kind}/{a.place.country}{a.place.admin1 and '.' + a.place.admin1}"
                    f"={a.score:.2f}"
                    for a in r.alternatives[:4]
                )
                same_id = bool(g.get("geonameid")) and str(g["geonameid"]) == str(
                    r.place.geonameid or ""
                )
                doc_lines.append(
                    f"  DIST{' (same GeoNames id)' if same_id else ''} {g['name']!r} {d:.0f} km "
                    f"-> {r.place.name} ({r.place.kind}, "
                    f"{r.place.country}.{r.place.admin1}) conf={r.confidence:.2f} "
                    f"gold=({g['lat']},{g['lon']}) | {alts}"
                )
        if doc_lines:
            lines.append(f"# {rec['id']}: {text[:80]!r}")
            lines.extend(doc_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _override_weights(values: dict[str, Any]) -> None:
    """Run with other resolver weights (for cross-validation; never a product setting)."""
    import dataclasses

    import geo.resolve
    import geo.resolve_weights

    w = dataclasses.replace(geo.resolve_weights.W, **values)
    geo.resolve_weights.W = w
    geo.resolve.W = w  # type: ignore[attr-defined]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--corpus", choices=("lgl", "geovirus", "both"), default="both")
    ap.add_argument("--limit", type=int, default=None, help="first N documents only")
    ap.add_argument("--out-dir", type=Path, default=Path(tempfile.gettempdir()) / "geo_bench")
    ap.add_argument(
        "--cache-dir",
        type=Path,
        default=Path(tempfile.gettempdir()) / "geo_bench_nlp_cache",
        help="cache of spaCy results per text ('' to disable)",
    )
    ap.add_argument(
        "--forms",
        choices=("names", "all", "facilities", "both"),
        default="names",
        help="names: place names only; all: adjectival, demonym and union forms too; "
        "facilities: streets and buildings too (at their city); both: names, then all",
    )
    ap.add_argument("--demonyms", action="store_true", help="old spelling of --forms all")
    ap.add_argument("--errors", type=Path, default=None, help="write an error listing here")
    ap.add_argument("--json", action="store_true", help="print all scores as JSON")
    ap.add_argument(
        "--country-point",
        default="gazetteer",
        help="experiment: write countries at the centroid of their largest polygon "
        "('largest-part') or at the points of a JSON file {ISO code: [lat, lon]}",
    )
    ap.add_argument(
        "--weights",
        default="",
        help='cross-validation: resolver weights to override, as JSON ({"prior_sharpness": 6})',
    )
    a = ap.parse_args(argv)
    if a.weights:
        _override_weights(json.loads(a.weights))
    cache = a.cache_dir if str(a.cache_dir) else None
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
    names = ["lgl", "geovirus"] if a.corpus == "both" else [a.corpus]
    settings = ["all"] if a.demonyms else ["names", "all"] if a.forms == "both" else [a.forms]
    allres = {}
    for name, setting in itertools.product(names, settings):
        err = None
        if a.errors is not None:
            err = a.errors if len(names) == 1 else a.errors.with_name(f"{name}.{a.errors.name}")
            if len(settings) > 1:
                err = err.with_name(f"{setting}.{err.name}")
        if not a.json:
            print(f"-- forms: {setting} --")
        allres[f"{name}/{setting}" if len(settings) > 1 else name] = run(
            name,
            limit=a.limit,
            out_dir=a.out_dir,
            cache_dir=cache,
            forms=setting,
            errors=err,
            as_json=a.json,
            country_point=a.country_point,
        )
    if a.json:
        print(json.dumps(allres, indent=1))


if __name__ == "__main__":
    main()
