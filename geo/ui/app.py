"""The Streamlit app: page setup, navigation, sidebar and URL state.

``streamlit_app.py`` at the repository root only calls :func:`main`.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import streamlit as st

from geo.ui import state
from geo.ui.sidebar import sidebar

PAGES: dict[str, Any] = {}
PAGES_DIR = Path(__file__).resolve().parent / "pages"


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
.stMainBlockContainer{padding-top:4.5rem}
[data-testid="stBaseButton-tertiary"]{justify-content:flex-start;text-align:left;
  padding-left:.25rem}
[data-testid="stBaseButton-tertiary"] > div{justify-content:flex-start}
[data-testid="stBaseButton-tertiary"] p{text-align:left}
</style>"""


def main() -> None:
    st.set_page_config(
        page_title="Geo explorer",
        page_icon=favicon(),
        layout="wide",
        initial_sidebar_state="expanded",
    )
    st.html(CSS)
    state.init_session()
    PAGES["map"] = st.Page(PAGES_DIR / "map.py", title="Map", icon=":material/map:", default=True)
    PAGES["events"] = st.Page(PAGES_DIR / "events.py", title="Events", icon=":material/event:")
    PAGES["documents"] = st.Page(
        PAGES_DIR / "documents.py", title="Documents", icon=":material/description:"
    )
    nav = st.navigation(list(PAGES.values()), position="top")
    sidebar()
    nav.run()
    state.write_query_params()
