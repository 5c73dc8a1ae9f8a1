"""Load test: concurrent simulated users (Chromium pages) clicking places, then correcting.

    .venv/bin/python bench/load.py                       # 10 users, 60 s of clicking
    .venv/bin/python bench/load.py --users 4 --seconds 20 --corrections 2

A benchmark that prints numbers, not a unit test. It starts the app (``streamlit run``)
with ``GEO_TIMING_LOG`` (the timing hook of ``geo/ui/app.py``) and a throw-away
``GEO_USER_DIR``, then opens one headless Chromium with ``--users`` browser contexts
(one Streamlit session each). Every user, until ``--seconds`` have passed, clicks a
random place -- a highlighted name in the text (70 %) or a pin on the map (30 %) -- and
waits until the panel and the text show it selected, with a short random pause between
clicks. Then every user makes ``--corrections`` corrections at once ("not a place" on a
random mention, then its undo), each acknowledged by the app's toast.

The simulated users run on the same machine as the server. Real users' browsers run on
their own machines, so by default the bench lowers its own CPU priority (``nice 10``,
inherited by Chromium) after starting the server: the server gets the CPU first, the
browsers what is left (``--no-nice``: equal priority, server and ten renderers fighting
for the same cores).

Reported:

* **server time per click**: the duration of each Streamlit script run (rerun) the clicks
  caused, from the app's own ``GEO_TIMING_LOG`` (runs that opened a session excluded) --
  p50 / p95 / max; target p95 <= 1 s;
* **browser latency per click**: click -> panel updated, as a user sees it (includes
  the websocket round trip and rendering);
* **correction writes**: the store call (SQLite, WAL, ``synchronous=FULL``: fsynced)
  from the same log, and click -> acknowledgement (toast) in the browser.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
BROWSER_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip
MAP = "iframe[title='geo.ui.foliummap.geo_map']"  # geo.ui.foliummap.COMPONENT
KABUL = "geonames:1138958"
ACK = re.compile(r"#([0-9a-f]{8})")
LOST_S = 30_000  # ms: a click whose result never shows is counted as lost
ACK_S = 30.0  # s: a correction whose acknowledgement never shows is counted as missed


def pct(xs: list[float], q: float) -> float:
    """The q-th percentile (nearest rank)."""
    s = sorted(xs)
    return s[min(len(s) - 1, max(0, round(q / 100 * len(s) + 0.5) - 1))]


def summary(xs: list[float]) -> str:
    if not xs:
        return "no samples"
    return (f"p50 {statistics.median(xs):.3f} s · p95 {pct(xs, 95):.3f} s · "
            f"max {max(xs):.3f} s · n={len(xs)}")  # fmt: skip


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_app(work: Path, timing: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {**os.environ, "GEO_USER_DIR": str(work / "user"), "GEO_TIMING_LOG": str(timing),
           "PYTHONUNBUFFERED": "1"}  # fmt: skip
    log = (work / "server.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "streamlit_app.py", "--server.port", str(port),
         "--server.headless", "true", "--server.address", "127.0.0.1",
         "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
        cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=1) as r:
                if r.read() == b"ok":
                    return proc, url
        except OSError:
            time.sleep(0.3)
    os.killpg(proc.pid, signal.SIGKILL)
    raise SystemExit(f"the app did not start; see {work / 'server.log'}")


async def open_page(browser: Any, url: str) -> Any:
    ctx = await browser.new_context(viewport={"width": 1440, "height": 1000})
    page = await ctx.new_page()
    page.set_default_timeout(120_000)
    await page.goto(url)
    await page.frame_locator(MAP).locator(f"[data-place='{KABUL}']").wait_for()
    return page


async def clicker(page: Any, rng: random.Random, deadline: float, out: dict[str, list[float]]):
    from playwright.async_api import TimeoutError as PlaywrightTimeout

    frame = page.frame_locator(MAP)
    current = None
    while time.monotonic() < deadline:
        places = await page.locator("mark[data-place]").evaluate_all(
            "ms => [...new Set(ms.map(m => m.dataset.place))]"
        )
        pid = rng.choice([p for p in places if p != current] or places)
        on_map = rng.random() < 0.3
        t0 = time.perf_counter()
        if on_map:  # a click on the pin's own element, whatever covers it on screen
            await frame.locator(f".geo-pin [data-place='{pid}']").dispatch_event("click")
        else:
            await page.locator(f"mark[data-place='{pid}']").first.click()
        try:
            await page.locator(f"mark.sel[data-place='{pid}']").first.wait_for(timeout=LOST_S)
        except PlaywrightTimeout:
            sel = await page.locator("mark.sel").evaluate_all("ms => ms.map(m => m.dataset.place)")
            out["lost"].append(1.0)
            print(f"  lost: {'map' if on_map else 'text'} click on {pid}; selected: {set(sel)}")
            continue
        out["map" if on_map else "text"].append(time.perf_counter() - t0)
        current = pid
        await asyncio.sleep(rng.uniform(0.2, 0.8))  # a (fast) person's pause


async def wait_ack(
    page: Any, seen: set[str], text: str, cid: str | None = None, timeout: float = ACK_S
) -> str | None:
    """The id in a toast with ``text`` and a correction id not in ``seen`` (or ``cid``);
    None if none shows within ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for t in await page.locator("[data-testid='stToast']").all_inner_texts():
            m = ACK.search(t)
            if text in t and m and (m.group(1) == cid if cid else m.group(1) not in seen):
                seen.add(m.group(1))
                return m.group(1)
        await asyncio.sleep(0.02)
    return None


async def corrector(page: Any, rng: random.Random, n: int, out: dict[str, list[float]]) -> None:
    """``n`` times: click a mention, "Not a place", wait for the acknowledgement, undo it."""
    from playwright.async_api import TimeoutError as PlaywrightTimeout

    seen: set[str] = set()
    nap = page.get_by_role("button", name="✗ Not a place")
    done = tries = 0
    while done < n and tries < 3 * n:
        tries += 1
        starts = await page.locator("mark[data-start]:not(.nap)").evaluate_all(
            "ms => [...new Set(ms.map(m => m.dataset.start))]"
        )
        s = rng.choice(starts)
        await page.locator(f"mark[data-start='{s}']").first.click()
        await page.locator(f"mark.cur[data-start='{s}']").first.wait_for()
        if await nap.is_disabled():  # another user marked it meanwhile: pick again
            print(f"  skipped: mention {s} is already 'not a place'")
            continue
        t0 = time.perf_counter()
        try:
            await nap.click(timeout=10_000)
        except PlaywrightTimeout:  # disabled meanwhile: another user's correction landed
            print(f"  skipped: mention {s} became 'not a place' before the click")
            continue
        done += 1
        cid = await wait_ack(page, seen, "Saved:")
        if cid is None:
            out["missed"].append(1.0)
            print(f"  missed: no acknowledgement of 'not a place' on mention {s}")
            continue
        out["write"].append(time.perf_counter() - t0)
        await page.locator(f"mark.nap.cur[data-start='{s}']").first.wait_for()  # run done
        undo = page.get_by_role("button", name=re.compile("Undo: "))
        t0 = time.perf_counter()
        await undo.click()
        if await wait_ack(page, seen, "Undone:", cid) is None:
            out["missed"].append(1.0)
            print(f"  missed: no acknowledgement of the undo of {cid}")
            continue
        out["undo"].append(time.perf_counter() - t0)


async def run(args: argparse.Namespace, url: str) -> dict[str, list[float]]:
    from playwright.async_api import async_playwright

    out: dict[str, list[float]] = {
        k: [] for k in ("text", "map", "write", "undo", "lost", "missed")
    }
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=str(CHROMIUM), args=BROWSER_ARGS)
        t = time.perf_counter()
        await (await open_page(browser, url)).context.close()  # warm-up: model, caches
        print(f"warm-up (cold first page): {time.perf_counter() - t:.1f} s")
        pages = [await open_page(browser, url) for _ in range(args.users)]
        print(f"{len(pages)} users connected; clicking for {args.seconds} s …")
        t_click = time.time()
        deadline = time.monotonic() + args.seconds
        rngs = [random.Random(args.seed + k) for k in range(args.users)]
        await asyncio.gather(
            *(clicker(pg, r, deadline, out) for pg, r in zip(pages, rngs, strict=True))
        )
        t_corr = time.time()
        if args.corrections:
            print(f"… then {args.corrections} corrections (+ undo) per user at once …")
            await asyncio.gather(
                *(
                    corrector(pg, r, args.corrections, out)
                    for pg, r in zip(pages, rngs, strict=True)
                )
            )
        out["_windows"] = [t_click, t_corr, time.time()]
        await browser.close()
    return out


def server_memory(pid: int) -> str:
    """The server's resident memory now and at its peak (Linux /proc)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return "n/a"
    kb = dict(re.findall(r"^(VmRSS|VmHWM):\s+(\d+) kB", status, re.M))
    now, peak = (int(kb.get(k, 0)) / 1024 for k in ("VmRSS", "VmHWM"))
    return f"{now:.0f} MB now, peak {peak:.0f} MB"


def integrity(db: Path) -> str:
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--users", type=int, default=10, help="concurrent users (max 20)")
    ap.add_argument("--seconds", type=float, default=60, help="clicking time (max 600)")
    ap.add_argument("--corrections", type=int, default=3, help="corrections per user (max 20)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-nice", action="store_true", help="browsers at the server's priority")
    args = ap.parse_args(argv)
    args.users = max(1, min(args.users, 20))
    args.seconds = max(5.0, min(args.seconds, 600.0))
    args.corrections = max(0, min(args.corrections, 20))
    if not CHROMIUM.exists():
        print("needs Chromium at /usr/bin/chromium (apt-get install chromium)")
        return 2
    work = Path(tempfile.mkdtemp(prefix="geo-load-"))
    timing = work / "timing.jsonl"
    proc, url = start_app(work, timing)
    if not args.no_nice:
        os.nice(10)  # this process and the browsers it starts; the server keeps its priority
    try:
        out = asyncio.run(run(args, url))
        rss = server_memory(proc.pid)
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)
    t_click, t_corr, t_end = out.pop("_windows")
    rows = [json.loads(line) for line in timing.read_text("utf-8").splitlines() if line.strip()]
    runs = [r for r in rows if r["kind"] == "run" and not r["first"]]
    click_runs = [r["s"] for r in runs if t_click <= r["t"] <= t_corr]
    corr_runs = [r["s"] for r in runs if t_corr < r["t"] <= t_end]
    writes = [r["s"] for r in rows if r["kind"] == "write"]
    n_clicks = len(out["text"]) + len(out["map"])
    prio = "browsers at equal priority" if args.no_nice else "browsers at nice 10"
    print(f"\nLoad test: {args.users} users, {args.seconds:.0f} s, {n_clicks} clicks "
          f"({n_clicks / args.seconds:.1f}/s); {os.cpu_count()} CPUs shared by the server and "
          f"the browsers ({prio})")  # fmt: skip
    print("  server time per script run while clicking (GEO_TIMING_LOG)  "
          f"{summary(click_runs)}  [target p95 <= 1 s]")  # fmt: skip
    print(f"  browser: click a name in the text -> panel updated          {summary(out['text'])}")
    print(f"  browser: click a pin on the map -> panel updated            {summary(out['map'])}")
    print(f"  clicks without a visible result within {LOST_S / 1000:.0f} s             "
          f"{len(out['lost'])}")  # fmt: skip
    if args.corrections:
        print(f"  server: correction write (store call, fsync)               {summary(writes)}")
        print(f"  server time per script run while correcting               {summary(corr_runs)}")
        print(
            f"  browser: 'Not a place' click -> acknowledged (toast)        {summary(out['write'])}"
        )
        print(
            f"  browser: 'Undo' click -> acknowledged (toast)               {summary(out['undo'])}"
        )
        n = len(out["write"]) + len(out["undo"]) + len(out["missed"])
        print(f"  correction clicks not acknowledged within {ACK_S:.0f} s            "
              f"{len(out['missed'])} of {n}")  # fmt: skip
        from geo.corrections import CorrectionStore

        with CorrectionStore(work / "user" / "corrections.sqlite") as store:
            history = store.history()
        naps = sum(c.action == "not_a_place" for c in history)
        undos = sum(c.action == "undo" for c in history)
        live = sum(c.action != "undo" and not c.undone for c in history)
        print(f"  store afterwards: {naps} 'not a place' rows, {undos} undo rows, {live} active; "
              "PRAGMA integrity_check: " + integrity(work / "user" / "corrections.sqlite"))  # fmt: skip
    print(f"  server memory after the run: {rss}")
    print(f"  (raw timings: {timing})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
