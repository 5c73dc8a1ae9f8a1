"""The gazetteer search box, shared by the sidebar and the correction box.

:func:`search_box` draws the text input and asks the gazetteer for suggestions
(:meth:`~geo.gazetteer.GazetteerView.suggest`: names, other names, close spellings);
the caller draws the results (each its own button, :func:`label`). Problems are shown
the same way in both boxes: an unavailable gazetteer and a rejected query with
``st.error`` (escaped), no result with a caption.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import streamlit as st

from geo.errors import GeoError
from geo.gazetteer import GazetteerView
from geo.kinds import kind_label
from geo.models import Suggestion
from geo.ui.text import md

SEARCH_RESULTS = 8


def search_box(
    *,
    key: str,
    placeholder: str,
    gazetteer: Callable[[], GazetteerView | None],
    none_found: str,
    help: str | None = None,
    max_chars: int | None = None,
    hint: str = "",
    countries: Sequence[str] = (),
) -> list[Suggestion] | None:
    """A "Search the gazetteer" text input and the suggestions for what it holds.

    None when there is nothing to list: no query (``hint``, if any, is shown as a
    caption), the ``gazetteer()`` is unavailable or rejects the query (an error is
    shown). An empty list when nothing was found (``none_found`` is shown). Places in
    ``countries`` (the documents' countries, most mentioned first) rank higher.
    """
    q = st.text_input(
        "Search the gazetteer",
        key=key,
        placeholder=placeholder,
        help=help,
        max_chars=max_chars,
    )
    if not q.strip():
        if hint:
            st.caption(hint)
        return None
    gaz = gazetteer()
    if gaz is None:
        st.error("The gazetteer is not available.")
        return None
    try:
        results = gaz.suggest(q.strip(), limit=SEARCH_RESULTS, countries=countries)
    except GeoError as exc:
        st.error(md(str(exc)))
        return None
    if not results:
        st.caption(none_found)
    return results


def label(sug: Suggestion, prefix: str = "") -> str:
    """Plain text for a result button: ``Kabul · city · AF (other name)``."""
    p, how = sug.place, sug.how
    where = f" · {p.country}" if p.country else ""
    return f"{prefix}{p.name} · {kind_label(p.kind)}{where}" + (f" ({how})" if how else "")
