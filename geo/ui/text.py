"""Text helpers for Streamlit markdown."""

from __future__ import annotations

import re

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def md(text: object) -> str:
    """Escape ``text`` for ``st.markdown``: shown literally, never as formatting, links
    or HTML (a document or place name like ``[x](javascript:…)`` stays text)."""
    s = str(text).replace("\r", " ").replace("\n", " ")
    return _MD_SPECIAL.sub(r"\\\1", s)
