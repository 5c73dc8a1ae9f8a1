"""geo.ui.documents_page: pasted and uploaded documents; broken input."""

from __future__ import annotations

import re

import pytest
from streamlit.testing.v1 import AppTest

from geo import settings
from geo.errors import DocumentError
from geo.ui import documents_page, session
from tests.fixtures.apptest import ROOT, XSS, Upload, readers, unmd


def test_paste_a_document(app):
    app.run()
    app.switch_page("geo/ui/pages/documents.py").run()
    app.text_area(key="geo_paste_text").input("Talks were held in Kabul.\n\nLater, Kapisa.")
    app.text_input(key="geo_paste_title").input(XSS)
    app.button[0].click().run()
    assert not app.exception
    assert len(app.session_state[session.K_CORPUS]) == 2
    doc_id = app.session_state[session.K_DOC]
    assert (
        doc_id != session.ALL and app.session_state[session.K_CORPUS][doc_id].document.title == XSS
    )
    assert any("Added" in s.value and "&lt;" not in s.value for s in app.success)
    assert all(XSS not in m.value for m in app.markdown)  # shown escaped


def test_an_untitled_paste_is_titled_by_its_first_line(app):
    app.run()
    app.switch_page("geo/ui/pages/documents.py").run()
    text = "Convoy reaches Kapisa\n\nTrucks left Kabul at dawn and reached Kapisa by noon."
    app.text_area(key="geo_paste_text").input(text)
    app.button[0].click().run()
    assert not app.exception
    doc_id = app.session_state[session.K_DOC]
    assert app.session_state[session.K_CORPUS][doc_id].document.title == "Convoy reaches Kapisa"


def test_bad_uploads_give_clear_errors_and_good_ones_are_added(session_state):
    with pytest.raises(DocumentError):
        documents_page._read_upload(Upload("broken.pdf", b"%PDF-1.4 this is not a pdf"))
    documents_page.add_uploads(
        [
            Upload("broken.pdf", b"%PDF-1.4 this is not a pdf"),
            Upload("empty.txt", b"   "),
            Upload("image.png", b"\x89PNG\r\n"),
            Upload("good.md", b"# Report\n\nTroops left Kabul for Kapisa."),
        ]
    )
    msgs = session_state[session.K_MESSAGES]
    errors = [unmd(t) for lvl, t in msgs if lvl == "error"]  # markdown-escaped
    assert len(errors) == 3
    assert any("broken.pdf" in e for e in errors) and any("empty.txt" in e for e in errors)
    assert any(lvl == "success" for lvl, _ in msgs)
    assert len(session_state[session.K_CORPUS]) == 2
    new = list(session_state[session.K_CORPUS].values())[1]
    assert new.document.source == "good.md" and session_state[session.K_DOC] == new.document.id


def test_html_and_docx_uploads(session_state):
    import io

    import docx

    d = docx.Document()
    d.add_paragraph("Convoys reached Kapisa.")
    buf = io.BytesIO()
    d.save(buf)
    html = b"<html><body><nav>menu</nav><main><p>Talks in Kabul.</p></main></body></html>"
    documents_page.add_uploads([Upload("a.docx", buf.getvalue()), Upload("b.html", html)])
    docs = list(session_state[session.K_CORPUS].values())[1:]
    assert [a.document.source for a in docs] == ["a.docx", "b.html"]
    assert "Kapisa" in docs[0].document.text and "menu" not in docs[1].document.text
    assert session_state[session.K_DOC] == session.ALL  # several added: the corpus view


def test_jsonl_corpus_upload(session_state):
    lines = b'{"id": "a", "text": "Kabul fell."}\n{"id": "b", "text": "Kapisa was quiet."}\n'
    documents_page.add_uploads([Upload("corpus.jsonl", lines)])
    assert list(session_state[session.K_CORPUS])[1:] == ["a", "b"]
    assert session_state[session.K_DOC] == session.ALL


# --------------------------------------------------------------------------- broken input


def _pdf_without_text() -> bytes:
    import io

    from pypdf import PdfWriter

    w = PdfWriter()
    w.add_blank_page(width=300, height=300)  # a scan would be an image: no text layer
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def _zip_bomb() -> bytes:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"\0" * (12 * 1024 * 1024))  # 12 MB -> ~12 kB
    return buf.getvalue()


BROKEN = {
    "empty.txt": (lambda: b"", "empty file"),
    "binary.txt": (lambda: bytes(range(256)) * 64, "binary file (NUL bytes)"),
    "latin.txt": (lambda: bytes(range(0x80, 0x100)) * 64, "not UTF-8 text"),
    "scan.pdf": (_pdf_without_text, "no extractable text (scanned PDF?)"),
    "bomb.docx": (_zip_bomb, "(zip bomb?)"),
    "fake.docx": (lambda: b"just text, not a zip", "not a .docx file (not a zip archive)"),
}


def _upload(app: AppTest, files: list[tuple[str, bytes]]) -> AppTest:
    app.file_uploader(key="geo_uploader").set_value([(n, d, "application/octet-stream")
                                                    for n, d in files])  # fmt: skip
    next(b for b in app.button if b.label == "Upload and analyse").click()
    return app.run()


@pytest.mark.parametrize("name", list(BROKEN))
def test_broken_upload_gives_a_specific_message_and_loses_nothing(app, tmp_path, name):
    make, message = BROKEN[name]
    path = tmp_path / name
    path.write_bytes(make())  # generated on disk, uploaded like a user would
    app.run()
    app.switch_page("geo/ui/pages/documents.py").run()
    _upload(app, [("good.txt", b"Fighting near Kabul.")])
    before = list(app.session_state[session.K_CORPUS])
    assert len(before) == 2
    _upload(app, [(name, path.read_bytes())])
    assert not app.exception
    errors = [unmd(e.value) for e in app.error]
    assert any(e.startswith(f"Could not read {name}: ") and message in e for e in errors), errors
    assert list(app.session_state[session.K_CORPUS]) == before  # nothing lost
    app.switch_page("geo/ui/pages/map.py").run()  # and the app keeps running
    assert not app.exception and readers(app)


def test_a_50_mb_upload_is_refused_before_it_is_read(app, tmp_path, monkeypatch):
    import geo.documents

    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        line = b"Heavy fighting was reported near Kabul and in the Panjshir valley.\n"
        f.write(line * (50 * 1024 * 1024 // len(line) + 1))
    assert big.stat().st_size > 50 * 1024 * 1024
    seen: list[int] = []
    real = geo.documents.load_document
    monkeypatch.setattr(geo.documents, "load_document",
                        lambda data, **kw: seen.append(len(data)) or real(data, **kw))  # fmt: skip
    app.run()
    app.switch_page("geo/ui/pages/documents.py").run()
    _upload(app, [("big.txt", big.read_bytes()), ("small.txt", b"Talks in Kabul.")])
    assert not app.exception
    errors = [unmd(e.value) for e in app.error]
    assert any("big.txt: file too large" in e and "the limit is 20,971,520 bytes" in e
               for e in errors), errors  # fmt: skip
    assert seen == [len(b"Talks in Kabul.")]  # the big one never reached the reader
    assert len(app.session_state[session.K_CORPUS]) == 2  # the small one was added


def test_upload_limit_matches_the_document_limit():
    import tomllib

    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text("utf-8"))
    assert config["server"]["maxUploadSize"] * 1024 * 1024 == settings.MAX_DOCUMENT_BYTES


def test_file_names_and_titles_are_escaped_in_messages(session_state):
    name = "[x](javascript:alert(1))<img src=x onerror=alert(1)>.txt"
    documents_page.add_uploads([Upload(name, b"")])
    ((level, text),) = session_state[session.K_MESSAGES]
    assert level == "error" and not re.search(r"(?<!\\)[<\[\]]", text)  # all escaped
    assert unmd(text) == f"Could not read {name}: empty file"


def _set_date(app, typed: str):
    app.text_input(key="geo_date_text").input(typed)
    (button,) = [b for b in app.button if b.label == "Apply date"]
    button.click().run()
    return app


def test_a_documents_date_is_shown_with_its_source_and_can_be_set(app, monkeypatch):
    from datetime import date

    from geo.ui import corpus

    seen = []
    real = corpus.analyze_document
    monkeypatch.setattr(corpus, "analyze_document", lambda d: seen.append(d) or real(d))
    app.run()
    app.switch_page("geo/ui/pages/documents.py").run()
    (table,) = [d for d in app.dataframe if "date from" in d.value.columns]
    assert list(table.value["date from"]) == ["from the header"]
    doc_id = next(iter(app.session_state[session.K_CORPUS]))
    _set_date(app, "30 August 2022")
    assert not app.exception
    doc = app.session_state[session.K_CORPUS][doc_id].document
    assert (doc.date, doc.date_source) == (date(2022, 8, 30), "edited")
    assert seen and seen[-1].date == date(2022, 8, 30)  # analysed again with the new date
    assert any("2022-08-30" in unmd(s.value) and "set by you" in s.value for s in app.success)
    (table,) = [d for d in app.dataframe if "date from" in d.value.columns]
    assert list(table.value["date from"]) == ["set by you"]
    # it stays through page changes and reruns
    app.switch_page("geo/ui/pages/events.py").run()
    assert any("2022\\-08\\-30 \\(set by you\\)" in c.value for c in app.caption)
    app.switch_page("geo/ui/pages/documents.py").run()
    assert app.session_state[session.K_CORPUS][doc_id].document.date == date(2022, 8, 30)


@pytest.mark.parametrize(
    "typed, why",
    [("next Tuesday", "not a date I can read"), ("2999-01-01", "in the future"),
     ("", "enter a date"), (XSS, "not a date I can read")],
)  # fmt: skip
def test_a_bad_date_is_refused_with_a_clear_error_and_changes_nothing(app, typed, why):
    app.run()
    app.switch_page("geo/ui/pages/documents.py").run()
    before = dict(app.session_state[session.K_CORPUS])
    version = app.session_state[session.K_VERSION]
    _set_date(app, typed)
    assert not app.exception
    assert any(why in unmd(e.value) and "not changed" in e.value for e in app.error)
    assert all(XSS not in e.value for e in app.error)  # escaped
    assert dict(app.session_state[session.K_CORPUS]) == before
    assert app.session_state[session.K_VERSION] == version


def test_a_failed_analysis_with_the_new_date_changes_nothing(session_state, monkeypatch):
    from geo.errors import ModelError
    from geo.ui import corpus

    def broken(doc):
        raise ModelError("the model is gone")

    monkeypatch.setattr(corpus, "analyze_document", broken)
    before = dict(session_state[session.K_CORPUS])
    (doc_id,) = before
    assert not documents_page.set_date(doc_id, "2021-09-10")
    assert not documents_page.set_date("no-such-document", "2021-09-10")
    assert dict(session_state[session.K_CORPUS]) == before
    errors = [unmd(t) for lvl, t in session_state[session.K_MESSAGES] if lvl == "error"]
    assert "the model is gone" in errors[0] and "no longer loaded" in errors[1]
