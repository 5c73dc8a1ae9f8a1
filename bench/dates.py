"""Date finder bench: TimeML predictions for a TimeML gold file, and speed.

    .venv/bin/python bench/dates.py GOLD.jsonl PRED.jsonl [--date-time]   # then score it:
    .venv/bin/python ../shared/eval/dates_score.py GOLD.jsonl --pred PRED.jsonl

GOLD.jsonl: one document a line, {"id", "dct": "YYYY-MM-DD", "text", ...}. PRED.jsonl: one
line per document, {"id", "dates": [{"start", "end", "text", "type", "value", "value_end",
"precision"}]} from :func:`geo.events.timex.find_timexes`: all TIMEX3 types, or DATE and
TIME only with ``--date-time`` (the scorer's headline is on DATE/TIME gold). A TIME value
is written as its date part ("1998-01-08TMO" -> "1998-01-08"), the scorer's convention for
gold TIMEs. Prints the speed (chars/s) of find_timexes and of find_dates on the gold texts
(CPU time, best of three runs).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from geo.events import find_dates, find_timexes
from geo.events.datecal import DateMatch, timeml_value
from geo.events.dates import parse_iso


def _row(m: DateMatch) -> dict[str, object]:
    value = m.value
    if m.type == "TIME" and value and "T" in value:
        value = value.split("T")[0]
    value_end = None
    if m.date and m.date_end and value == timeml_value(parse_iso(m.date), m.precision):
        value_end = timeml_value(parse_iso(m.date_end), m.precision)
    return {
        "start": m.start,
        "end": m.end,
        "text": m.text,
        "type": m.type,
        "value": value,
        "value_end": value_end,
        "precision": m.precision,
    }


def _best(run: Callable[[], object], repeat: int = 3) -> float:
    """The fastest of ``repeat`` runs, in CPU seconds of this process (the machine is
    shared: wall time says more about the neighbours than about the code)."""
    best = float("inf")
    for _ in range(repeat):
        t = time.process_time()
        run()
        best = min(best, time.process_time() - t)
    return best


def main(argv: list[str]) -> None:
    gold, pred = Path(argv[0]), Path(argv[1])
    types = ("DATE", "TIME") if "--date-time" in argv else ("DATE", "TIME", "DURATION", "SET")
    docs = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]
    chars = sum(len(d["text"]) for d in docs)
    t_timex = _best(lambda: [find_timexes(d["text"], date.fromisoformat(d["dct"])) for d in docs])
    t_dates = _best(lambda: [find_dates(d["text"], date.fromisoformat(d["dct"])) for d in docs])
    rows = [
        {
            "id": d["id"],
            "dates": [
                _row(m)
                for m in find_timexes(d["text"], date.fromisoformat(d["dct"]))
                if m.type in types
            ],
        }
        for d in docs
    ]
    with pred.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(
        f"{len(docs)} docs, {chars:,} chars: find_timexes {chars / t_timex:,.0f} chars/s, "
        f"find_dates {chars / t_dates:,.0f} chars/s -> {pred}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
