"""The Streamlit app: page setup, navigation, sidebar and URL state.

``streamlit_app.py`` at the repository root only calls :func:`main`.

Timing hook: with the environment variable ``GEO_TIMING_LOG=path`` set, every completed
script run (a "rerun": first load, click, correction …) appends one JSON line
``{"kind": "run", "t": unix time, "s": seconds, "page": …, "session": …, "first": bool,
"place": bool, "mention": bool}`` to that file -- the server time of the run -- and every
correction written to the store one ``{"kind": "write", "s": seconds, …}`` line (the store
call, fsync included). ``bench/load.py`` reads it.

Archive mode: ``streamlit run streamlit_app.py -- --corpus DIR`` (or the environment
variable ``GEO_CORPUS_DIR``) opens the annotated GeoParquet folder DIR
(``python -m geo annotate IN DIR``) on the Archive page (:mod:`geo.ui.archive_page`),
which draws its own sidebar; without it the app is unchanged.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import threading
import time
from functools import lru_cache
from pathlib import Path
from typing import Any

import streamlit as st

from geo.ui import corpus, selection, session
from geo.ui.sidebar import sidebar

PAGES_DIR = Path(__file__).resolve().parent / "pages"
K_PAGES = "geo_pages"  # this session's st.Page objects, by name


def page(name: str) -> Any:
    """This session's page object ``name`` ("map", "events", "documents"), e.g. for
    ``st.page_link``. Pages are made per run and kept per session: a StreamlitPage may only
    be run by the session whose ``st.navigation`` returned it, so a module-level dict
    shared by concurrent sessions would mix them up."""
    return st.session_state[K_PAGES][name]


@lru_cache(maxsize=1)
def favicon() -> Any:
    """A map-pin icon drawn locally (a material icon would be fetched from a font CDN)."""
    from PIL import Image, ImageDraw

    img = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.ellipse((6, 6, 58, 58), fill=(223, 232, 239, 255), outline=(52, 73, 94, 255), width=4)
    d.ellipse((20, 20, 44, 44), fill=(192, 57, 43, 255), outline=(255, 255, 255, 255), width=3)
    return img


CSS = """<style>
.stMainBlockContainer{padding:3.6rem 1rem 2rem;max-width:none}
[data-testid="stSidebar"]{min-width:256px!important;max-width:256px!important;width:256px!important}
[data-testid="stBaseButton-tertiary"]{justify-content:flex-start;text-align:left;
  padding-left:.25rem}
[data-testid="stBaseButton-tertiary"] > div{justify-content:flex-start}
[data-testid="stBaseButton-tertiary"] p{text-align:left;white-space:normal;overflow:visible;
  text-overflow:clip}
.st-key-geo_fix_alts button,.st-key-geo_fix_found button{min-height:2rem;padding-top:0;
  padding-bottom:0}
[data-testid="stToastContainer"]{top:auto!important;bottom:1rem!important}
</style>"""


_LOG_LOCK = threading.Lock()


def log_timing(seconds: float, page: Any, *, kind: str = "run", first: bool = False) -> None:
    """Append one duration to ``$GEO_TIMING_LOG`` (if set); never fails the app.
    ``page``: a page name, or the page object whose title names it."""
    path = os.environ.get("GEO_TIMING_LOG")
    if not path:
        return
    try:
        page = page if isinstance(page, str) else str(getattr(page, "title", "") or "")
        from streamlit.runtime.scriptrunner import get_script_run_ctx

        ctx = get_script_run_ctx()
        sid = ctx.session_id if ctx is not None else ""
        rec: dict[str, Any] = {
            "kind": kind,
            "t": round(time.time(), 4),
            "s": round(seconds, 5),
            "page": page,
            "session": hashlib.sha1(sid.encode()).hexdigest()[:8],
            "first": first,
        }
        if kind == "run":  # (never read the session state in a callback: see curation)
            rec["place"] = bool(selection.selected_place_id())
            rec["mention"] = selection.current_mention() is not None
        line = json.dumps(rec) + "\n"
        with _LOG_LOCK, open(path, "a", encoding="utf-8") as f:
            f.write(line)
    except Exception:  # a benchmark aid: never break the app
        pass


def corpus_dir() -> str | None:
    """The archive folder of archive mode: ``--corpus DIR`` after ``--`` on the command
    line, else ``$GEO_CORPUS_DIR``, else None (the normal app)."""
    parser = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    parser.add_argument("--corpus")
    args, _ = parser.parse_known_args(sys.argv[1:])
    return args.corpus or os.environ.get("GEO_CORPUS_DIR") or None


def archive_main(t0: float) -> None:
    """Archive mode: the Archive page only (it draws its own sidebar)."""
    pages = {
        "archive": st.Page(
            PAGES_DIR / "archive.py", title="Archive", icon=":material/map:", default=True
        )
    }
    st.session_state[K_PAGES] = pages
    first = not st.session_state.get(session.K_INIT)
    st.session_state[session.K_INIT] = True
    nav = st.navigation(list(pages.values()), position="top")
    nav.run()
    log_timing(time.perf_counter() - t0, nav, first=first)


def init_session() -> None:
    """First run of a session: load the seed documents and the selection from the URL."""
    if st.session_state.get(session.K_INIT):
        return
    st.session_state[session.K_INIT] = True
    corpus.load_seeds()
    selection.init_selection()


def main() -> None:
    t0 = time.perf_counter()
    st.set_page_config(
        page_title="Geo explorer",
        page_icon=favicon(),
        layout="wide",
        initial_sidebar_state="expanded",
    )
    st.html(CSS)
    if corpus_dir():
        archive_main(t0)
        return
    first = not st.session_state.get(session.K_INIT)
    init_session()
    pages = {
        "map": st.Page(PAGES_DIR / "map.py", title="Map", icon=":material/map:", default=True),
        "events": st.Page(PAGES_DIR / "events.py", title="Events", icon=":material/event:"),
        "documents": st.Page(
            PAGES_DIR / "documents.py", title="Documents", icon=":material/description:"
        ),
    }
    st.session_state[K_PAGES] = pages
    nav = st.navigation(list(pages.values()), position="top")
    sidebar()
    nav.run()
    session.end_of_run()
    selection.write_query_params()
    log_timing(time.perf_counter() - t0, nav, first=first)
