"""Geoparse a JSON-lines corpus into the evaluation schema, streaming.

Input lines: ``{"id", "text", "date"?}`` (other fields are kept). Output: the same
lines with ``"toponyms": [{"start","end","name","lat","lon","geonameid","place_id",
"kind","confidence"}]`` — the schema ``shared/eval/score.py`` reads. Demonyms
("Afghan") are not toponyms and are left out; unresolved mentions have null lat/lon.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Any

from geo.errors import DocumentError
from geo.models import Analysis

_BATCH = 32  # documents handed to a worker at a time


def toponyms(analysis: Analysis) -> list[dict[str, Any]]:
    out = []
    for r in analysis.resolutions:
        m = r.mention
        if m.is_demonym:
            continue
        p = r.place
        out.append(
            {
                "start": m.start,
                "end": m.end,
                "name": m.text,
                "lat": p.lat if p else None,
                "lon": p.lon if p else None,
                "geonameid": str(p.geonameid) if p and p.geonameid else None,
                "place_id": p.id if p else None,
                "kind": p.kind if p else None,
                "confidence": round(r.confidence, 4),
            }
        )
    return out


def _read(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    with path.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise DocumentError(
                    f"line {i}: not valid JSON ({exc.msg})", path=str(path)
                ) from exc
            if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
                raise DocumentError(
                    f'line {i}: expected an object with a "text" string', path=str(path)
                )
            yield i, rec


def _annotate_batch(batch: list[tuple[int, dict[str, Any]]]) -> list[str]:
    from geo.documents import split
    from geo.models import Document
    from geo.pipeline import analyze

    out = []
    for i, rec in batch:
        d = rec.get("date")
        try:
            doc_date = date.fromisoformat(d[:10]) if isinstance(d, str) and d else None
        except ValueError:
            doc_date = None
        text = rec["text"]
        if text.strip():
            # no header parsing or newline normalisation: offsets must index the input text
            doc = split(Document(id=str(rec.get("id", i)), text=text, date=doc_date))
            rec = rec | {"toponyms": toponyms(analyze(doc))}
        else:
            rec = rec | {"toponyms": []}
        out.append(json.dumps(rec, ensure_ascii=False))
    return out


def _batches(
    it: Iterator[tuple[int, dict[str, Any]]],
) -> Iterator[list[tuple[int, dict[str, Any]]]]:
    while batch := list(islice(it, _BATCH)):
        yield batch


def annotate_corpus(
    src: str | Path, dst: str | Path, *, workers: int = 1, progress: bool = True
) -> int:
    """Annotate ``src`` into ``dst`` (written to a temp file, renamed at the end)."""
    from tqdm import tqdm

    src, dst = Path(src), Path(dst)
    if not src.exists():
        raise DocumentError("no such file", path=str(src))
    total = sum(1 for line in src.open(encoding="utf-8", errors="replace") if line.strip())
    tmp = dst.with_name(dst.name + ".part")
    n = 0
    bar = tqdm(total=total, unit="doc", disable=not progress, desc="annotate")
    try:
        with tmp.open("w", encoding="utf-8") as out:
            if workers <= 1:
                from geo.nlp import load_nlp
                from geo.pipeline import default_gazetteer

                load_nlp(), default_gazetteer()
                for batch in _batches(_read(src)):
                    for line in _annotate_batch(batch):
                        out.write(line + "\n")
                    n += len(batch)
                    bar.update(len(batch))
            else:
                import multiprocessing as mp

                ctx = mp.get_context("spawn" if os.name != "posix" else "fork")
                with ctx.Pool(workers) as pool:
                    # bounded look-ahead: at most 2 batches per worker in flight
                    it = _batches(_read(src))
                    pending: list[Any] = []
                    for batch in it:
                        pending.append(pool.apply_async(_annotate_batch, (batch,)))
                        if len(pending) >= 2 * workers:
                            lines = pending.pop(0).get()
                            out.writelines(line + "\n" for line in lines)
                            n += len(lines)
                            bar.update(len(lines))
                    for res in pending:
                        lines = res.get()
                        out.writelines(line + "\n" for line in lines)
                        n += len(lines)
                        bar.update(len(lines))
        os.replace(tmp, dst)
    finally:
        bar.close()
        if tmp.exists():
            tmp.unlink()
    return n
