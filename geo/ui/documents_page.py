"""The Documents page: paste text, upload files, see and remove loaded documents.

Uploads: .txt .md .html .htm .pdf .docx (several at once) and .jsonl corpora. A file
that cannot be read gives a clear error (``geo.errors.GeoError``) and nothing else
changes; the good files of the same upload are still added.

Dates: every document is listed with its date and where the date came from, in a
reader's words (:data:`DATE_SOURCE_WORDS`); a person can set the date by hand (the
document is analysed again, :func:`geo.ui.corpus.redate_document`): its relative dates
and its events' report dates follow, and the source becomes "set by you".

Size: Streamlit refuses files over ``server.maxUploadSize`` (``.streamlit/config.toml``,
20 MB = ``settings.MAX_DOCUMENT_BYTES``) before they reach the app; a larger file that
arrives anyway is refused here by its size, before its bytes are read or decoded.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import streamlit as st

from geo import settings
from geo.errors import DocumentError, GeoError
from geo.models import DateSource, Document
from geo.ui import corpus, selection
from geo.ui.render import document_title
from geo.ui.resources import corrected
from geo.ui.session import ALL, message, show_messages
from geo.ui.text import count, md

#: Where a document's date came from, as the app says it (geo.models.DateSource).
DATE_SOURCE_WORDS: dict[DateSource, str] = {
    "edited": "set by you",
    "header": "from the header",
    "user": "given with the document",
    "dateline": "from the dateline",
    "html": "from the page's published-date markup",
    "pdf-metadata": "from the file's creation date",
    "docx-metadata": "from the file's creation date",
    "none": "no date found",
}


def date_words(doc: Document) -> str:
    """The document's date with its source: "2021-09-06 (from the dateline)", or "no date
    found"."""
    if doc.date is None:
        return DATE_SOURCE_WORDS["none"]
    return f"{doc.date.isoformat()} ({DATE_SOURCE_WORDS.get(doc.date_source, 'source unknown')})"


UPLOAD_TYPES = ["txt", "md", "markdown", "html", "htm", "pdf", "docx", "jsonl", "ndjson"]
MAX_CORPUS_DOCS = 5_000


def _too_big(size: int) -> str:
    limit = settings.MAX_DOCUMENT_BYTES
    return (f"file too large ({size:,} bytes; the limit is {limit:,} bytes = "
            f"{limit / 2**20:g} MB)")  # fmt: skip


def _read_upload(f: Any) -> list[Document]:
    from geo.documents import load_corpus, load_document

    name = f.name or "upload"
    size = getattr(f, "size", None)
    if isinstance(size, int) and size > settings.MAX_DOCUMENT_BYTES:
        raise DocumentError(_too_big(size), path=name)  # refused before reading it
    data = f.getvalue()
    if name.lower().endswith((".jsonl", ".ndjson")):
        docs = []
        for d in load_corpus(data, name=name):
            docs.append(d)
            if len(docs) >= MAX_CORPUS_DOCS:
                break
        return docs
    return [load_document(data, name=name)]


def _why(name: str, exc: Exception) -> str:
    text = str(exc)
    return text if text.startswith(f"{name}: ") else f"{name}: {text}"


def add_uploads(files: list[Any]) -> None:
    """Read and analyse uploaded files; each bad one gets its own error message."""
    docs: list[Document] = []
    for f in files:
        name = str(getattr(f, "name", "") or "upload")
        try:
            docs.extend(_read_upload(f))
        except GeoError as exc:
            message("error", md(f"Could not read {_why(name, exc)}"))
        except MemoryError:
            message("error", md(f"Could not read {name}: out of memory"))
        except Exception as exc:
            message("error", md(f"Could not read {name}: unexpected {type(exc).__name__}"))
    _analyse(docs)


def add_pasted(text: str, title: str) -> None:
    from geo.documents import document_from_text, headline

    try:  # untitled: titled by its first line (a headline), as a reader would
        doc = document_from_text(text, title=title.strip() or headline(text), source="pasted")
    except GeoError as exc:
        message("error", md(f"Could not use the pasted text: {exc}"))
        return
    _analyse([doc])


def _analyse(docs: list[Document]) -> None:
    if not docs:
        return
    bar = st.progress(0.0, text="Analysing…") if len(docs) > 1 else None
    try:
        with st.spinner("Analysing…"):
            added, errors = corpus.add_documents(docs, progress=bar)
    except ImportError as exc:
        message("error", md(f"The analysis pipeline is not available: {exc}"))
        return
    for e in errors:
        message("error" if "already loaded" not in e else "info", md(e))
    if added:
        names = ", ".join(document_title(a) for a in added[:5])
        more = f" and {len(added) - 5} more" if len(added) > 5 else ""
        places = sum(len(a.places) for a in added)
        message("success", f"Added {md(names)}{more}: {count(places, 'place')} found.")
        selection.show_document(added[0].document.id if len(added) == 1 else ALL)


def page() -> None:
    st.markdown("### Documents")
    show_messages()
    paste, upload = st.tabs(["Paste text", "Upload files"])
    with paste, st.form("geo_paste_form", clear_on_submit=True):
        title = st.text_input("Title (optional)", key="geo_paste_title")
        text = st.text_area(
            "Text", height=200, key="geo_paste_text", placeholder="Paste a news article…"
        )
        if st.form_submit_button("Analyse and add", type="primary"):
            if text.strip():
                add_pasted(text, title)
                st.rerun()
            else:
                st.error("The text is empty.")
    with upload, st.form("geo_upload_form", clear_on_submit=True):
        files = st.file_uploader(
            "Text, Markdown, HTML, PDF or Word files (or a .jsonl corpus)",
            type=UPLOAD_TYPES,
            accept_multiple_files=True,
            key="geo_uploader",
        )
        if st.form_submit_button("Upload and analyse", type="primary"):
            if files:
                add_uploads(list(files))
                st.rerun()
            else:
                st.error("Choose one or more files first.")
    show_documents()


def show_documents() -> None:
    c = corpus.corpus()
    st.markdown(f"#### Loaded documents ({len(c)})")
    if not c:
        st.info("None yet.")
        return
    shown = {a.document.id: a for a in corrected(list(c.values()))}
    rows = [
        {
            "title": document_title(a, 400),
            "source": Path(a.document.source).name if a.document.source else "",
            "date": a.document.date.isoformat() if a.document.date else "",
            "date from": DATE_SOURCE_WORDS.get(a.document.date_source, "")
            if a.document.date
            else DATE_SOURCE_WORDS["none"],
            "characters": len(a.document.text),
            "places": len(shown.get(a.document.id, a).places),
            "mentions": len(a.resolutions),
            "events": len(a.events),
        }
        for a in c.values()
    ]
    st.dataframe(rows, hide_index=True, width="stretch",
                 column_config={"title": st.column_config.TextColumn(width="large")})  # fmt: skip
    # (no raw ids shown: a date or file name tells documents with one title apart)
    labels = {
        a.document.id: " · ".join(x for x in (document_title(a, 200), str(r["date"]),
                                              str(r["source"])) if x)
        for a, r in zip(c.values(), rows, strict=True)
    }  # fmt: skip
    date_form(labels)
    with st.form("geo_remove_form"):
        gone = st.multiselect("Remove documents", list(labels), format_func=labels.__getitem__)
        if st.form_submit_button("Remove") and gone:
            corpus.remove_documents(gone)
            st.rerun()


def set_date(doc_id: str, typed: str, *, today: date | None = None) -> bool:
    """Set a document's date from what a person typed; a clear error (and no change) for
    a date that cannot be read or cannot be the document's. True when it was set."""
    from geo.documents.dating import check_document_date

    try:
        day = check_document_date(typed, today=today)
    except GeoError as exc:
        message("error", md(f"The date was not changed: {exc}"))
        return False
    try:
        with st.spinner("Analysing again with the new date…"):
            a = corpus.redate_document(doc_id, day)
    except KeyError:
        message("error", "The date was not changed: that document is no longer loaded.")
        return False
    except (GeoError, ImportError) as exc:
        message("error", md(f"The date was not changed: {exc}"))
        return False
    n = sum(1 for e in a.events if e.date_kind == "none")
    message("success", md(f"{document_title(a)} is now dated {day.isoformat()} (set by you); "
                          f"its events were dated again ({n} reported on that day without "
                          "a date of their own)."))  # fmt: skip
    return True


def date_form(labels: dict[str, str]) -> None:
    """Set a document's date by hand (a document picker, a date, Apply)."""
    c = corpus.corpus()
    with st.form("geo_date_form"):
        st.markdown("##### Set a document's date")
        st.caption(
            'The date anchors the document\'s relative dates ("yesterday", "last week") '
            "and is the report date of its events. Set it when it is missing or wrong."
        )
        left, mid = st.columns([3, 2])
        doc_id = left.selectbox("Document", list(labels), format_func=labels.__getitem__,
                                key="geo_date_doc")  # fmt: skip
        current = c[doc_id].document.date if doc_id in c else None
        typed = mid.text_input("New date", key="geo_date_text",
                               placeholder=current.isoformat() if current else "2022-08-30",
                               help="2022-08-30, 30 August 2022 or August 30, 2022")  # fmt: skip
        if st.form_submit_button("Apply date") and doc_id:
            set_date(doc_id, typed)
            st.rerun()  # the message (success or why not) shows on the next run
