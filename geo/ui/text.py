"""Text helpers for Streamlit markdown."""

from __future__ import annotations

import re

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")
# bidi embeddings, overrides and isolates: in a label they can make text read backwards
# ("Trojan Source"); shown as visible code points instead
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def md(text: object) -> str:
    """Escape ``text`` for ``st.markdown``: shown literally, never as formatting, links
    or HTML (a document or place name like ``[x](javascript:…)`` stays text). Bidi
    override characters (U+202E …) are made visible as ``[U+202E]``."""
    s = str(text).replace("\r", " ").replace("\n", " ")
    s = _BIDI_CONTROLS.sub(lambda m: f"[U+{ord(m.group()):04X}]", s)
    return _MD_SPECIAL.sub(r"\\\1", s)


def count(n: int, noun: str, plural: str = "") -> str:
    """``"1 place"``, ``"3 places"``: a number with its noun in the right number."""
    return f"{n:,} {noun if n == 1 else (plural or noun + 's')}"
