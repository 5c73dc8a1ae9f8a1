"""The session's state: its keys, uninterruptible callbacks, messages and notes.

Every key the app keeps in ``st.session_state`` across modules is listed here, with the
module that owns it. Only the owner writes a key; every other module goes through the
owner's functions (:mod:`geo.ui.corpus`, :mod:`geo.ui.selection`, :mod:`geo.ui.views`,
:mod:`geo.ui.resources`). Keys private to one page (its widgets) stay in that page.

* :func:`ss` and :func:`callback` -- the state without Streamlit's interruption points,
  for widget callbacks;
* :func:`message` -- a message (``st.info``/``st.error``/…) shown once on the next run;
* :func:`toast`, :func:`add_note`, :func:`notes` -- per-session notes kept outside the
  session state, so a callback's acknowledgement cannot be lost (:data:`_NOTES`);
* :func:`show_messages`, :func:`end_of_run` -- show the queued messages and toasts, and
  forget them once the run that showed them has completed.

Imports nothing from :mod:`geo.ui`.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterator, MutableMapping
from typing import Any, TypeVar, cast

import streamlit as st

from geo.cache import BoundedCache

# session_state keys, by owner
# geo.ui.corpus
K_CORPUS = "geo_corpus"  # OrderedDict[doc id, Analysis]
K_VERSION = "geo_corpus_version"  # bumped when the corpus changes
K_DOC = "geo_doc"  # "all" (ALL) or a document id
# geo.ui.selection
K_PLACE = "geo_place"  # selected place id or None
K_MENTION = "geo_mention"  # the mention being looked at/corrected: {"doc", "start", "end"}
K_WINDOW = "geo_window"  # (date | None, date | None)
K_FLY = "geo_fly"  # {"center": [lat, lon], "zoom": z, "key": map key | None}
K_FLY_N = "geo_fly_n"
K_EXTRA_PLACES = "geo_extra_places"  # places found by search: {id: Place}
# geo.ui.views
K_VIEW = "geo_view_cache"
K_FORMS = "geo_forms"  # the toggle of adjectival references, streets and buildings (sidebar)
# geo.ui.resources
K_APPLIED = "geo_applied"  # memo of corrected analyses for one store revision
K_STORE_ERROR = "geo_store_error"  # why the corrections store cannot be used
# geo.ui.sidebar
K_TILES = "geo_tiles"  # the basemap toggle
# geo.ui.app
K_INIT = "geo_initialised"
# this module
K_MESSAGES = "geo_messages"  # [(level, text)] shown once on the next run
K_SHOWN = "geo_shown"  # (messages, toasts) shown by the current run

ALL = "all"  # K_DOC: every document of the corpus


# --------------------------------------------------------------------------- callbacks
#
# Streamlit may abort a callback half-way: every access to ``st.session_state`` is a
# point where a newer rerun request (another click, the map component reporting a click
# or a newly drawn map) raises ``RerunException``
# inside the callback -- the click is then lost, or only half done. Callbacks decorated
# with :func:`callback` read and write the session state through :func:`ss`, without
# those interruption points; the newer rerun simply starts once the callback is done.


class _Quiet(MutableMapping[str, Any]):
    """The session's state without Streamlit's interruption points (callbacks only)."""

    def __init__(self, raw: Any) -> None:
        self._raw = raw

    def __getitem__(self, key: str) -> Any:
        return self._raw[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self._raw[key] = value

    def __delitem__(self, key: str) -> None:
        del self._raw[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)


_LOCAL = threading.local()


def ss() -> Any:
    """``st.session_state`` -- inside a :func:`callback`, without interruption points."""
    if getattr(_LOCAL, "quiet", False):
        from streamlit.runtime.scriptrunner import get_script_run_ctx

        ctx = get_script_run_ctx(suppress_warning=True)
        raw = getattr(getattr(ctx, "session_state", None), "_state", None)
        if raw is not None:  # (a private attribute: if it goes away, the plain state)
            return _Quiet(raw)
    return st.session_state


F = TypeVar("F", bound=Callable[..., Any])


def callback(fn: F) -> F:
    """Mark a widget callback: its session-state accesses (via :func:`ss`) cannot be
    interrupted by a newer rerun request."""

    @functools.wraps(fn)
    def run(*args: Any, **kwargs: Any) -> Any:
        before = getattr(_LOCAL, "quiet", False)
        _LOCAL.quiet = True
        try:
            return fn(*args, **kwargs)
        finally:
            _LOCAL.quiet = before

    return cast(F, run)


# --------------------------------------------------------------------------- messages


def message(level: str, text: str) -> None:
    """Queue ``text`` (markdown, already escaped) for ``st.<level>`` on the next run."""
    ss().setdefault(K_MESSAGES, []).append((level, text))


# Per-session notes kept OUTSIDE ss(), for callbacks. Every access to
# ss() is a point where Streamlit may abort the running callback to start a
# newer rerun (e.g. the map component reporting its value after it re-rendered), so a
# callback that has written a correction records the acknowledgement here first: it
# cannot be lost between the write and the toast. The sessions used least recently go
# first, beyond MAX_NOTE_SESSIONS.
MAX_NOTE_SESSIONS = 2000
_NOTES: BoundedCache[str, dict[str, list[str]]] = BoundedCache(MAX_NOTE_SESSIONS)


def _session_id() -> str | None:
    """This session's key in ``_NOTES`` (its id plus its state object: AppTest sessions
    all share one id)."""
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    ctx = get_script_run_ctx(suppress_warning=True)
    if ctx is None:
        return None
    return f"{ctx.session_id}:{id(getattr(ctx.session_state, '_state', ctx.session_state))}"


def add_note(kind: str, text: str) -> None:
    """Note ``text`` under ``kind`` for this session (``"toasts"``, ``"mine"``: the ids
    of the corrections this session made)."""
    sid = _session_id()
    if sid is None:  # no Streamlit session (unit tests): the session state will do
        ss().setdefault(f"geo_notes_{kind}", []).append(text)
        return
    _NOTES.get_or_set(sid, dict).setdefault(kind, []).append(text)


def notes(kind: str) -> list[str]:
    """This session's notes of a kind, oldest first."""
    sid = _session_id()
    if sid is None:
        return list(ss().get(f"geo_notes_{kind}", []))
    return list((_NOTES.get(sid) or {}).get(kind, []))


def drop_notes(kind: str, n: int) -> None:
    """Forget the ``n`` oldest notes of a kind."""
    sid = _session_id()
    if sid is None:
        key = f"geo_notes_{kind}"
        ss()[key] = ss().get(key, [])[n:]
        return
    lst = (_NOTES.get(sid) or {}).get(kind)
    if lst:
        del lst[:n]


def toast(text: str) -> None:
    """Queue an acknowledgement (markdown, already escaped) for the next run."""
    add_note("toasts", text)


def show_messages() -> None:
    """Show the queued messages and acknowledgements. They stay queued until this run
    completes (:func:`end_of_run`): a run that is interrupted by a newer event would
    otherwise take them with it."""
    messages = list(ss().get(K_MESSAGES, []))
    toasts = notes("toasts")
    for level, text in messages:
        getattr(st, level, st.info)(text)
    for text in toasts:
        st.toast(text, icon=":material/check_circle:")
    ss()[K_SHOWN] = (len(messages), len(toasts))


def end_of_run() -> None:
    """The run completed: forget the messages it showed."""
    n_messages, n_toasts = ss().pop(K_SHOWN, (0, 0))
    if n_messages:
        ss()[K_MESSAGES] = ss().get(K_MESSAGES, [])[n_messages:]
    if n_toasts:
        drop_notes("toasts", n_toasts)
