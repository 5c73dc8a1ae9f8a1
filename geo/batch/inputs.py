"""Reading the inputs of a batch run: JSON lines (plain or gzip) and Parquet, in order.

Every document becomes an :class:`InputDoc` that knows its file and line (Parquet: row),
so a failure can be reported where it is. A document that cannot be read (a corrupt
line, a binary file, a text over ``geo.settings.MAX_DOCUMENT_CHARS``) is an ``InputDoc``
with an ``error``: it fails alone and keeps its place in the input order. With
``strict=True`` (the JSON-lines output) such a document raises
:class:`geo.errors.DocumentError` instead, as ``python -m geo annotate`` always did.

Partitions are consecutive runs of ``size`` documents in input order, so the same
inputs always give the same partitions: that is what lets a rerun skip the finished ones.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from itertools import islice
from pathlib import Path
from typing import IO, Any, cast

from geo import settings as geo_settings
from geo.batch import settings
from geo.batch.errors import BatchError
from geo.errors import DocumentError

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
PARQUET_SUFFIXES = (".parquet",)
_GZIP_MAGIC = b"\x1f\x8b"
_PARQUET_COLUMNS = ("id", "text", "date", "title")
_PARQUET_BATCH_ROWS = 1024


@dataclass(frozen=True, slots=True)
class InputDoc:
    """One input document, or the reason it cannot be read (``error``)."""

    file: str
    line: int  # 1-based line (JSON lines) or row (Parquet); 0: the whole file
    doc_id: str
    text: str = ""
    date: str | None = None  # the raw date value (ISO text); parsed by the worker
    title: str = ""
    record: dict[str, Any] | None = None  # the whole input object (JSON-lines output keeps it)
    error: str | None = None


@dataclass(frozen=True, slots=True)
class Partition:
    """``size`` consecutive documents of the input; ``index`` counts from 0."""

    index: int
    docs: tuple[InputDoc, ...]


@dataclass(frozen=True, slots=True)
class InputFile:
    path: str
    bytes: int
    mtime_ns: int

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "bytes": self.bytes, "mtime_ns": self.mtime_ns}


def _kind(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(PARQUET_SUFFIXES):
        return "parquet"
    return None


def find_inputs(inputs: Sequence[str | Path] | str | Path) -> list[Path]:
    """The input files, in order: each file given, and each folder's JSON-lines and
    Parquet files (recursively, sorted by path). Raises :class:`BatchError` for a
    missing path, a file of another type or an empty folder."""
    if isinstance(inputs, str | Path):
        inputs = [inputs]
    if not inputs:
        raise BatchError("no input given")
    out: list[Path] = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            found = sorted(
                f for f in p.rglob("*") if f.is_file() and _kind(f) and not f.name.startswith(".")
            )
            if not found:
                raise BatchError(
                    f"{p}: no {', '.join(JSONL_SUFFIXES + PARQUET_SUFFIXES)} files in this folder"
                )
            out.extend(found)
        elif p.is_file():
            if _kind(p) is None:
                raise BatchError(
                    f"{p}: not an input file (expected "
                    f"{', '.join(JSONL_SUFFIXES + PARQUET_SUFFIXES)} or a folder of them)"
                )
            out.append(p)
        else:
            raise BatchError(f"{p}: no such file or folder")
    return out


def signature(paths: Iterable[Path]) -> list[InputFile]:
    """Path, size and modification time of each input: a rerun resumes only if equal."""
    out = []
    for p in paths:
        st = p.stat()
        out.append(InputFile(str(p.resolve()), st.st_size, st.st_mtime_ns))
    return out


def count_documents(paths: Iterable[Path]) -> int:
    """A quick estimate of the number of documents (lines; Parquet rows), for progress."""
    n = 0
    for p in paths:
        try:
            if _kind(p) == "parquet":
                import pyarrow.parquet as pq

                n += pq.ParquetFile(p).metadata.num_rows
                continue
            last = b"\n"
            with _open(p) as fh:
                while chunk := fh.read(1 << 20):
                    n += chunk.count(b"\n")
                    last = chunk[-1:]
            n += last != b"\n"
        except (OSError, EOFError, zlib.error, ValueError):
            continue
    return n


def read_documents(
    paths: Iterable[Path], *, strict: bool = False, keep_record: bool = False
) -> Iterator[InputDoc]:
    """Every document of every input, in order (see the module docstring)."""
    for p in paths:
        if _kind(p) == "parquet":
            yield from _read_parquet(p, strict=strict, keep_record=keep_record)
        else:
            yield from _read_jsonl(p, strict=strict, keep_record=keep_record)


def partitions(docs: Iterable[InputDoc], size: int) -> Iterator[Partition]:
    """Consecutive runs of ``size`` documents, numbered from 0."""
    if size < 1:
        raise BatchError("the partition size must be at least 1")
    it = iter(docs)
    index = 0
    while chunk := tuple(islice(it, size)):
        yield Partition(index, chunk)
        index += 1


# --------------------------------------------------------------------------- JSON lines


def _open(path: Path) -> IO[bytes]:
    if path.name.lower().endswith(".gz"):
        return cast(IO[bytes], gzip.open(path, "rb"))
    return path.open("rb")


def _fail(
    path: Path, line: int, reason: str, *, strict: bool, doc_id: str | None = None
) -> InputDoc:
    if strict:
        raise DocumentError(f"line {line}: {reason}" if line else reason, path=str(path))
    return InputDoc(
        file=str(path),
        line=line,
        doc_id=doc_id or f"{path.name}:{line}",
        error=reason[: settings.MAX_REASON_CHARS],
    )


def _too_long(n: int) -> str:
    limit = geo_settings.MAX_DOCUMENT_CHARS
    return f"text too long ({n:,} characters; the limit is {limit:,})"


def _is_binary(head: bytes, gz: bool) -> bool:
    if not gz and head.startswith(_GZIP_MAGIC):
        return True
    if b"\x00" in head:
        return True
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # a multi-byte character cut by the end of the sniffed block is fine
        return exc.start < len(head) - 3
    return False


def _read_jsonl(path: Path, *, strict: bool, keep_record: bool) -> Iterator[InputDoc]:
    gz = path.name.lower().endswith(".gz")
    try:
        fh = _open(path)
    except OSError as exc:
        yield _fail(path, 0, f"cannot read file: {exc.strerror or exc}", strict=strict)
        return
    limit = geo_settings.MAX_DOCUMENT_BYTES
    with fh:
        lineno = 0
        try:
            head = fh.read(settings.SNIFF_BYTES)
            if _is_binary(head, gz):
                yield _fail(path, 0, "binary file, not UTF-8 JSON lines", strict=strict)
                return
            fh.seek(0)
            while raw := fh.readline(limit + 1):
                lineno += 1
                if len(raw) > limit and not raw.endswith(b"\n"):
                    while (rest := fh.readline(limit)) and not rest.endswith(b"\n"):
                        pass  # skip the rest of the over-long line
                    yield _fail(path, lineno, f"line longer than {limit:,} bytes", strict=strict)
                    continue
                if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
                    raw = raw[3:]
                if not raw.strip():
                    continue
                yield _parse_line(path, lineno, raw, strict=strict, keep_record=keep_record)
        except (OSError, EOFError, zlib.error) as exc:
            yield _fail(path, lineno + 1, f"file is corrupt or truncated: {exc}", strict=strict)


def _parse_line(
    path: Path, lineno: int, raw: bytes, *, strict: bool, keep_record: bool
) -> InputDoc:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError:
        return _fail(path, lineno, "not UTF-8 text", strict=strict)
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        return _fail(path, lineno, f"not valid JSON ({exc.msg})", strict=strict)
    except RecursionError:
        return _fail(path, lineno, "not valid JSON (nested too deeply)", strict=strict)
    if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
        return _fail(path, lineno, 'expected an object with a "text" string', strict=strict)
    if keep_record:  # the id rule of the JSON-lines output: the line number when none
        doc_id = str(rec.get("id", lineno))
    else:  # unique across files
        rid = rec.get("id")
        doc_id = str(rid) if rid is not None else f"{path.name}:{lineno}"
    text: str = rec["text"]
    if len(text) > geo_settings.MAX_DOCUMENT_CHARS:
        return _fail(path, lineno, _too_long(len(text)), strict=strict, doc_id=doc_id)
    d, title = rec.get("date"), rec.get("title")
    return InputDoc(
        file=str(path),
        line=lineno,
        doc_id=doc_id,
        text=text,
        date=d if isinstance(d, str) else None,
        title=title if isinstance(title, str) else "",
        record=rec if keep_record else None,
    )


# --------------------------------------------------------------------------- Parquet


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def _read_parquet(path: Path, *, strict: bool, keep_record: bool) -> Iterator[InputDoc]:
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(path)
        names = set(pf.schema_arrow.names)
    except Exception as exc:  # pyarrow raises several types for a broken file
        yield _fail(path, 0, f"not a readable Parquet file: {exc}", strict=strict)
        return
    if "text" not in names:
        yield _fail(path, 0, 'Parquet file without a "text" column', strict=strict)
        return
    columns = [c for c in _PARQUET_COLUMNS if c in names]
    row = 0
    try:
        for batch in pf.iter_batches(batch_size=_PARQUET_BATCH_ROWS, columns=columns):
            for rec in batch.to_pylist():
                row += 1
                yield _parquet_doc(path, row, rec, strict=strict, keep_record=keep_record)
    except Exception as exc:
        yield _fail(path, row + 1, f"Parquet file is corrupt: {exc}", strict=strict)


def _parquet_doc(
    path: Path, row: int, rec: dict[str, Any], *, strict: bool, keep_record: bool
) -> InputDoc:
    text = rec.get("text")
    if not isinstance(text, str):
        return _fail(path, row, 'missing or non-string "text"', strict=strict)
    rid = rec.get("id")
    doc_id = str(rid) if rid is not None else f"{path.name}:{row}"
    if len(text) > geo_settings.MAX_DOCUMENT_CHARS:
        return _fail(path, row, _too_long(len(text)), strict=strict, doc_id=doc_id)
    d = _iso(rec.get("date"))
    title = rec.get("title")
    if keep_record:
        rec = {"id": rid if rid is not None else doc_id} | {
            k: v for k, v in rec.items() if k not in ("id", "date")
        }
        if d is not None:
            rec["date"] = d
    return InputDoc(
        file=str(path),
        line=row,
        doc_id=doc_id,
        text=text,
        date=d,
        title=title if isinstance(title, str) else "",
        record=rec if keep_record else None,
    )
