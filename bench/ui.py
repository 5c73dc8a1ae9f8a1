"""UI benchmark: server time to first map, click -> panel, and a 1,000-document corpus.

    .venv/bin/python bench/ui.py                 # everything (browser parts need Chromium)
    .venv/bin/python bench/ui.py --docs 200      # a smaller corpus
    .venv/bin/python bench/ui.py --no-browser
    .venv/bin/python bench/ui.py --docs 0 --no-server --clicks 12   # the browser only

What is measured (targets from the product brief):

* ``first map``: a script run of the app that shows the seed on the map, warm caches
  (gazetteer, model and the seed's analysis cached) -- target <= 2 s. Measured on the
  server with ``streamlit.testing`` (AppTest) and, with Chromium, in a real browser from
  navigation to every marker drawn.
* ``click -> panel``: the script run after a place is selected (what a map click or a
  mention click triggers) until the panel is rendered -- target <= 0.3 s. In Chromium:
  from the click to the passages highlighted, the heading drawn (timed in the page),
  and what does not depend on the machine's load: websocket messages per click and the
  bytes a click's rerun sends.
* ``clicks``: ``--clicks N`` map clicks on one page (Kabul and two other pins in turn),
  each broken down by the page's clock (click -> message sent -> first message back ->
  the heading's message -> heading drawn), the server's run (``GEO_TIMING_LOG``: the
  whole fragment, and its map + panel part) and the kilobytes received by element.
* ``corpus``: the LGL + GeoVirus texts (``../shared/eval``; texts only, never the gold
  annotations), 1,000 documents, analysed once by the real pipeline and cached in a temp
  file; then the app's "all documents" view: first run, click -> panel, map size; and in
  Chromium the clustered map's load time and zoom/pan times.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import statistics
import sys
import tempfile
import time
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

EVAL = ROOT.parent / "shared" / "eval"
APP = str(ROOT / "streamlit_app.py")
KABUL = "geonames:1138958"
CHROMIUM = Path("/usr/bin/chromium")
BROWSER_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def timed(fn: Callable[[], object], n: int = 1) -> list[float]:
    out = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def fmt(xs: list[float]) -> str:
    if len(xs) == 1:
        return f"{xs[0]:.3f} s"
    return (
        f"median {statistics.median(xs):.3f} s (min {min(xs):.3f}, max {max(xs):.3f}, n={len(xs)})"
    )


# --------------------------------------------------------------------------- corpus


def corpus_texts(n: int) -> list[tuple[str, str]]:
    """(id, text) of the evaluation corpora -- the texts only; toponym gold is ignored."""
    docs: list[tuple[str, str]] = []
    for name in ("lgl.jsonl", "geovirus.jsonl"):
        path = EVAL / name
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    rec = json.loads(line)
                    docs.append((f"{name.split('.')[0]}-{rec['id']}", rec["text"]))
    base = list(docs)
    i = 0
    while len(docs) < n and len(base) > 1:  # pad with pairs of texts (distinct documents)
        a, b = base[i % len(base)], base[(i * 7 + 3) % len(base)]
        if a[0] != b[0]:
            docs.append((f"{a[0]}+{b[0]}", a[1] + "\n\n" + b[1]))
        i += 1
    return docs[:n]


def corpus_analyses(n: int, cache: Path | None) -> list[Any]:
    from geo.documents import document_from_text
    from geo.pipeline import analyze_many

    texts = corpus_texts(n)
    key = hashlib.sha1("".join(i for i, _ in texts).encode()).hexdigest()[:12]
    path = cache or Path(tempfile.gettempdir()) / f"geo-bench-ui-{len(texts)}-{key}.pkl"
    if path.exists():
        with path.open("rb") as fh:
            out: list[Any] = pickle.load(fh)
        print(f"corpus: {len(out)} analyses from {path}")
        return out
    docs = [document_from_text(t, doc_id=i, title=i, source="bench") for i, t in texts]
    out = []
    t0 = time.perf_counter()
    for k, a in enumerate(analyze_many(docs), 1):
        out.append(a)
        if k % 50 == 0:
            el = time.perf_counter() - t0
            print(f"  analysed {k}/{len(docs)} ({el:.0f} s, {k / el:.1f} docs/s)", flush=True)
    with path.open("wb") as fh:
        pickle.dump(out, fh)
    print(f"corpus: analysed {len(out)} documents in {time.perf_counter() - t0:.0f} s -> {path}")
    return out


# --------------------------------------------------------------------------- server


def server_bench(analyses: list[Any], repeats: int) -> dict[str, object]:
    from streamlit.testing.v1 import AppTest

    from geo.ui import session as state

    res: dict[str, object] = {}

    def app() -> AppTest:
        return AppTest.from_file(APP, default_timeout=600)

    # cold: gazetteer, spaCy and the seed's analysis
    at = app()
    res["first map, cold (server)"] = timed(at.run)[0]
    assert not at.exception, at.exception
    # warm: a new session, caches filled
    warm = []
    for _ in range(repeats):
        at = app()
        warm += timed(at.run)
    res["first map, warm (server)"] = warm
    clicks, panels = [], []
    for _ in range(repeats):
        for pid in (KABUL, None):
            at.session_state[state.K_PLACE] = pid
            clicks += timed(at.run)
            panels.append(at.session_state["geo_timing"]["panel_s"])
    res["click -> panel (server, whole rerun)"] = clicks
    res["click -> panel (server, map + panel part)"] = panels

    if analyses:
        at = app()
        at.session_state[state.K_CORPUS] = OrderedDict((a.document.id, a) for a in analyses)
        at.session_state[state.K_DOC] = state.ALL
        res[f"corpus {len(analyses)} docs: first run (server)"] = timed(at.run)[0]
        assert not at.exception, at.exception
        view = at.session_state[state.K_VIEW]
        top = sorted(view.places, key=lambda v: -v.count)
        res["corpus places"] = len(view.places)
        res["corpus mentions"] = sum(v.count for v in view.places)
        comp = next(e for e in at.main if getattr(e, "type", "") == "component_instance")
        args = json.loads(comp.proto.json_args)
        from geo.ui.foliummap import published

        res["corpus map places file (MB), fetched once"] = round(
            len(published(args["payload"])) / 1e6, 2
        )
        res["corpus map arguments per run (kB)"] = round(len(comp.proto.json_args) / 1e3, 1)
        res["corpus map clustered"] = args["cluster"]
        clicks, panels = [], []
        for v in top[:repeats]:
            at.session_state[state.K_PLACE] = v.place.id
            clicks += timed(at.run)
            panels.append(at.session_state["geo_timing"]["panel_s"])
        res[
            f"corpus click -> panel (server, whole rerun; top places, {top[0].count} max mentions)"
        ] = clicks
        res["corpus click -> panel (server, map + panel part)"] = panels
        at.session_state[state.K_PLACE] = None
        res["corpus rerun, no selection (server)"] = timed(at.run, repeats)
    return res


# --------------------------------------------------------------------------- browser


# in the main page: the time the selected place's heading is drawn (Date.now)
WATCH_PANEL = """() => { window.__geoPanel = 0; const tick = () => {
  if ([...document.querySelectorAll('h3')].some(h => h.textContent.startsWith('Kabul')))
    window.__geoPanel = Date.now();
  else requestAnimationFrame(tick); }; requestAnimationFrame(tick); }"""


# in every frame, before the page's scripts: the time of each click (capture phase) and
# of each websocket message (sent and received, with its size), by the page's clock
WIRE = """(() => {
  window.__geoWire = []; window.__geoClickT = 0;
  window.addEventListener('pointerdown', () => {
    (window.top.__geoClicks || (window.top.__geoClicks = [])).push(Date.now()); }, true);
  const Real = window.WebSocket;
  if (!Real) return;
  window.WebSocket = function (...a) {
    const ws = new Real(...a);
    const send = ws.send.bind(ws);
    ws.send = (d) => { window.__geoWire.push(['s', Date.now(), d.byteLength || d.length || 0]);
                       return send(d); };
    ws.addEventListener('message', (e) => window.__geoWire.push(
      ['r', Date.now(), e.data.byteLength || e.data.size || e.data.length || 0]));
    return ws;
  };
  window.WebSocket.prototype = Real.prototype;
  Object.assign(window.WebSocket, {CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3});
})();"""

# the time the panel's heading (h3) shows a text other than ``before``
WATCH_HEADING = """(before) => { window.__geoPanel = 0; const tick = () => {
  const h = [...document.querySelectorAll('h3')].map(h => h.textContent).filter(Boolean);
  if (h.length && !h.includes(before)) window.__geoPanel = Date.now();
  else requestAnimationFrame(tick); }; requestAnimationFrame(tick); }"""


def _element_name(msg: object) -> str:
    """What a ForwardMsg carries: an element type (a component's name), a block, other."""
    kind = msg.WhichOneof("type")  # type: ignore[attr-defined]
    if kind == "ref_hash":
        return "ref_hash"
    if kind != "delta":
        return str(kind)
    d = msg.delta  # type: ignore[attr-defined]
    if d.WhichOneof("type") != "new_element":
        return str(d.WhichOneof("type"))
    e = d.new_element
    t = e.WhichOneof("type")
    if t == "bidi_component":
        return f"bidi:{e.bidi_component.component_name}"
    if t == "component_instance":
        return f"component:{e.component_instance.component_name.rsplit('.', 1)[-1]}"
    return str(t)


def click_breakdown(b: object, url: str, log: Path, n: int) -> dict[str, object]:
    """``n`` map clicks on one page (Kabul and two other pins in turn): for each, the page's
    times (click, message sent, first and last message received, heading drawn), the
    server's run (``GEO_TIMING_LOG``) and the bytes by element."""
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    from geo.ui.foliummap import COMPONENT

    ctx = b.new_context(viewport={"width": 1400, "height": 900})  # type: ignore[attr-defined]
    ctx.add_init_script(WIRE)
    pg = ctx.new_page()
    msgs: list[tuple[int, Any]] = []

    def got(payload: str | bytes) -> None:
        if isinstance(payload, bytes):
            m = ForwardMsg()
            m.ParseFromString(payload)
            msgs.append((len(payload), m))

    pg.on("websocket", lambda ws: ws.on("framereceived", got))
    pg.goto(url)
    fr = pg.frame_locator(f"iframe[title='{COMPONENT}']:not([width='-1'])")
    fr.locator(f"[data-place='{KABUL}']").first.wait_for(timeout=180_000)
    pg.wait_for_timeout(2000)
    frame = next(f for f in pg.frames if COMPONENT in (f.url or ""))
    ids = frame.evaluate(
        "() => [...new Set([...document.querySelectorAll('.geo-pin [data-place]')]"
        ".map(e => e.getAttribute('data-place')))]"
    )
    order = [KABUL, *[i for i in ids if i != KABUL][:2]]  # a place other than the last two
    rows: list[dict[str, Any]] = []
    sizes: dict[str, list[int]] = {}
    for k in range(n):
        pid = order[k % len(order)]
        before = pg.evaluate("() => (document.querySelector('h3') || {}).textContent || ''")
        pg.evaluate("() => { window.__geoWire = []; window.top.__geoClicks = []; }")
        del msgs[:]
        lines0 = len(log.read_text().splitlines()) if log.exists() else 0
        pg.evaluate(WATCH_HEADING, before)
        fr.locator(f".geo-pin [data-place='{pid}']").first.click()
        pg.wait_for_function("() => window.__geoPanel", timeout=30_000)
        pg.wait_for_timeout(1200)  # the run's last messages
        t_click = pg.evaluate("() => (window.__geoClicks || [0])[0]")
        t_head = pg.evaluate("() => window.__geoPanel")
        wire = pg.evaluate("() => window.__geoWire")
        sent = [w for w in wire if w[0] == "s"]
        recv = [w for w in wire if w[0] == "r"]
        # the message that carries the heading: its arrival, by the page's clock
        names = [m.delta.new_element.markdown.body if _element_name(m) == "markdown" else ""
                 for _, m in msgs]  # fmt: skip
        at = next((i for i, b in enumerate(names) if b.startswith("### ")), None)
        t_hmsg = recv[at][1] if at is not None and at < len(recv) else float("nan")
        runs = (
            [json.loads(x) for x in log.read_text().splitlines()[lines0:]] if log.exists() else []
        )
        rows.append({
            "click_to_heading": (t_head - t_click) / 1e3,
            "click_to_sent": (sent[0][1] - t_click) / 1e3 if sent else float("nan"),
            "sent_to_first_recv": (recv[0][1] - sent[0][1]) / 1e3 if recv and sent else float("nan"),
            "first_to_heading": (t_head - recv[0][1]) / 1e3 if recv else float("nan"),
            "first_to_heading_message": (t_hmsg - recv[0][1]) / 1e3 if recv else float("nan"),
            "heading_message_to_drawn": (t_head - t_hmsg) / 1e3,
            "last_recv_after_heading": (recv[-1][1] - t_head) / 1e3 if recv else float("nan"),
            "server_run": sum(r["s"] for r in runs if r.get("kind") == "run"),
            "server_map_and_panel": sum(r["s"] for r in runs if r.get("kind") == "panel"),
            "messages": f"{len(sent)}/{len(recv)}",
            "bytes": sum(w[2] for w in recv),
        })  # fmt: skip
        for size, m in msgs:
            name = _element_name(m)
            sizes.setdefault(name, [0, 0])
            sizes[name][0] += 1
            sizes[name][1] += size
    ctx.close()
    res: dict[str, object] = {}
    for key in rows[0]:
        vals = [r[key] for r in rows]
        if key == "messages":
            res["clicks: messages sent/received"] = ", ".join(vals)
        elif key == "bytes":
            res["clicks: bytes received per click (kB)"] = ", ".join(
                str(round(v / 1e3, 1)) for v in vals
            )
        else:
            res[f"clicks: {key}"] = vals
    res["clicks: kB received per click by element (count per click)"] = "; ".join(
        f"{k} {v[1] / 1e3 / n:.1f} ({v[0] / n:.1f})"
        for k, v in sorted(sizes.items(), key=lambda kv: -kv[1][1])
    )
    return res


def browser_bench(analyses: list[Any], repeats: int, n_clicks: int = 10) -> dict[str, object]:
    import os
    import signal
    import socket
    import subprocess
    import urllib.request

    from playwright.sync_api import sync_playwright

    from geo.mapview import build_map, map_html
    from geo.pipeline import default_gazetteer
    from geo.ui.foliummap import COMPONENT

    res: dict[str, object] = {}
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log = open(Path(tempfile.gettempdir()) / "geo-bench-ui-server.log", "wb")  # noqa: SIM115
    timing = Path(tempfile.mkdtemp(prefix="geo-bench-ui-")) / "timing.jsonl"
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", APP, "--server.port", str(port),
         "--server.headless", "true", "--server.address", "127.0.0.1",
         "--server.fileWatcherType", "none"],
        cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        env={**os.environ, "GEO_TIMING_LOG": str(timing)},
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                with urllib.request.urlopen(url + "/_stcore/health", timeout=1) as r:
                    if r.read() == b"ok":
                        break
            except OSError:
                time.sleep(0.2)
        with sync_playwright() as p:
            b = p.chromium.launch(executable_path=str(CHROMIUM), args=BROWSER_ARGS)
            frame_sel = f"iframe[title='{COMPONENT}']"
            clicks: list[float] = []
            in_page: list[float] = []
            traffic: list[tuple[int, int, int]] = []  # per click: sent, received, bytes

            def load(first: bool = False) -> float:
                ctx = b.new_context(viewport={"width": 1400, "height": 900})
                pg = ctx.new_page()
                sockets: list[Any] = []
                pg.on("websocket", lambda ws: sockets.append(ws))
                t = time.perf_counter()
                pg.goto(url)
                fr = pg.frame_locator(frame_sel)
                fr.locator(f"[data-place='{KABUL}']").wait_for(timeout=180_000)
                # ... and the names on the map placed (labels decluttered, Kabul's shown)
                fr.locator(
                    ".geo-label:not([style*='hidden']) span", has_text="Kabul"
                ).first.wait_for(timeout=120_000)
                el = time.perf_counter() - t
                if not first:
                    pg.wait_for_timeout(1500)
                    sent: list[int] = []
                    recv: list[int] = []
                    for ws in sockets:
                        ws.on("framesent", lambda f: sent.append(len(f)))
                        ws.on("framereceived", lambda f: recv.append(len(f)))
                    # click -> panel, as a person sees it (Playwright's click included)
                    pg.evaluate(WATCH_PANEL)
                    frame = next(f for f in pg.frames if COMPONENT in (f.url or ""))
                    t = time.perf_counter()
                    t0 = frame.evaluate("() => Date.now()")
                    fr.locator(f"[data-place='{KABUL}']").click()
                    pg.locator("mark.sel", has_text="Kabul").first.wait_for()
                    clicks.append(time.perf_counter() - t)
                    pg.wait_for_function("() => window.__geoPanel", timeout=30_000)
                    in_page.append((pg.evaluate("() => window.__geoPanel") - t0) / 1000)
                    pg.wait_for_timeout(1000)
                    traffic.append((len(sent), len(recv), sum(recv)))
                ctx.close()
                return el

            res["first map, cold (browser)"] = load(first=True)
            res["first map with labels, warm (browser, 1400x900)"] = [
                load() for _ in range(repeats)
            ]
            res["click -> panel (browser, Playwright click to passages highlighted)"] = clicks
            res["click -> panel heading (in page: click time to heading drawn)"] = in_page
            res["websocket messages per click (sent by the page / received)"] = ", ".join(
                f"{a} / {b}" for a, b, _ in traffic
            )
            res["bytes received per click rerun (kB)"] = ", ".join(
                str(round(c / 1e3)) for *_, c in traffic
            )
            if n_clicks:
                res |= click_breakdown(b, url, timing, n_clicks)

            if analyses:
                m = build_map(analyses, gazetteer=default_gazetteer())
                html = map_html(m)
                path = Path(tempfile.gettempdir()) / "geo-bench-corpus-map.html"
                path.write_text(html, "utf-8")
                res["corpus map HTML (MB)"] = round(len(html) / 1e6, 2)
                pg = b.new_page(viewport={"width": 1200, "height": 800})
                t = time.perf_counter()
                pg.goto(path.as_uri())
                pg.wait_for_selector(".marker-cluster, .geo-pin", timeout=120_000)
                pg.wait_for_load_state("load")
                res["corpus map in Chromium: load to markers drawn"] = time.perf_counter() - t

                def interact(js: str) -> float:
                    t = time.perf_counter()
                    pg.evaluate(
                        "(js) => new Promise(r => { const m = Object.values(window).find("
                        "v => v && v._container && v.getZoom); m.once('moveend', () =>"
                        " requestAnimationFrame(() => r())); eval(js); })",
                        js,
                    )
                    return time.perf_counter() - t

                res["corpus map: zoom in (to moveend + frame)"] = [
                    interact("m.setZoom(m.getZoom() + 1, {animate: false})") for _ in range(3)
                ]
                res["corpus map: pan (to moveend + frame)"] = [
                    interact("m.panBy([300, 0], {animate: false})") for _ in range(3)
                ]
                res["corpus map: visible clusters/markers"] = pg.evaluate(
                    "() => document.querySelectorAll('.marker-cluster, .geo-pin').length"
                )
                pg.close()
            b.close()
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=20)
        log.close()
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--docs", type=int, default=1000, help="corpus size (0: no corpus)")
    ap.add_argument("--cache", type=Path, help="pickle of the corpus analyses")
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--no-browser", action="store_true")
    ap.add_argument("--no-server", action="store_true", help="browser measurements only")
    ap.add_argument("--clicks", type=int, default=10, help="map clicks on one page")
    ap.add_argument("--prepare-only", action="store_true", help="only analyse the corpus")
    args = ap.parse_args(argv)

    analyses = corpus_analyses(args.docs, args.cache) if args.docs else []
    if args.prepare_only:
        return 0
    import os

    load0 = os.getloadavg()[0]
    results: dict[str, object] = {} if args.no_server else server_bench(analyses, args.repeats)
    if not args.no_browser and CHROMIUM.exists():
        results |= browser_bench(analyses, args.repeats, args.clicks)
    elif not args.no_browser:
        print("(no /usr/bin/chromium: browser measurements skipped)")
    results["machine load (1-min average) before / after"] = (
        f"{load0:.2f} / {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores"
    )
    print("\nUI benchmark")
    for k, v in results.items():
        shown = fmt(v) if isinstance(v, list) else v
        if isinstance(v, float) and "(MB)" not in k:
            shown = f"{v:.3f} s"
        print(f"  {k:<75} {shown}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
