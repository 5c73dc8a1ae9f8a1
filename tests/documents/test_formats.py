"""geo.documents.formats: text, HTML, PDF and DOCX (with the zip-bomb checks)."""

from __future__ import annotations

import io
import struct
import zipfile

import pytest

from geo.documents import load_document
from geo.errors import DocumentError
from tests.documents.helpers import check_invariants, docx_bytes, pdf_bytes


def test_plain_text_and_markdown(tmp_path):
    (tmp_path / "a.txt").write_text("First line.\n\nSecond paragraph here.", "utf-8")
    (tmp_path / "b.md").write_text("# Title\n\nSome *markdown* text.", "utf-8")
    (tmp_path / "noext").write_text("No extension. Still text.", "utf-8")
    a = load_document(tmp_path / "a.txt")
    assert a.text == "First line.\n\nSecond paragraph here."
    assert [a.passage_text(i) for i in range(2)] == ["First line.", "Second paragraph here."]
    assert a.date is None and a.title == "a"
    b = load_document(str(tmp_path / "b.md"))
    assert b.text == "# Title\n\nSome *markdown* text."  # kept exactly
    assert load_document(tmp_path / "noext").text == "No extension. Still text."


def test_encodings(tmp_path):
    assert load_document("Café in Kabul.".encode("utf-16"), name="u16.txt").text == "Café in Kabul."
    # cp1252 bytes that are not UTF-8 but clearly text
    assert load_document("Café – “Kabul”".encode("cp1252"), name="w.txt").text == "Café – “Kabul”"
    with pytest.raises(DocumentError, match=r"bin\.txt: .*not UTF-8 text"):
        load_document(b"\x00\x01\x02binary\x00", name="bin.txt")
    with pytest.raises(DocumentError, match="not UTF-8 text"):
        load_document(bytes(range(0x80, 0x100)) * 4 + b"\x05\x06", name="junk.txt")


def test_html_main_text_only(tmp_path):
    html = """<!doctype html><html><head><title>Panjshir  report</title>
    <style>p { color: red }</style><script>var x = "script text";</script></head>
    <body><nav><a href="/">Home</a> navigation text</nav>
    <header>Site header</header>
    <main><h1>Fighting in Panjshir</h1>
    <p>The Taliban sent fighters
       towards the valley &amp; the river.</p>
    <p>Line one<br>line two</p>
    <ul><li>First item</li><li>Second item</li></ul>
    <div hidden>hidden text</div><!-- a comment -->
    </main><aside>Related stories</aside><footer>Copyright</footer></body></html>"""
    f = tmp_path / "page.html"
    f.write_text(html, "utf-8")
    doc = load_document(f)
    assert doc.title == "Panjshir report"
    assert doc.text == (
        "Fighting in Panjshir\n\nThe Taliban sent fighters towards the valley & the river."
        "\n\nLine one\nline two\n\nFirst item\n\nSecond item"
    )
    for junk in (
        "script text",
        "navigation",
        "Site header",
        "Copyright",
        "Related",
        "hidden",
        "color",
        "comment",
    ):
        assert junk not in doc.text
    check_invariants(doc.text, doc.passages, doc.sentences)


def test_html_without_main_uses_the_largest_article_and_bytes_upload():
    html = (
        b"<html><body><div>menu</div><article><p>Short.</p></article>"
        b"<article><p>The longest article is the main text of the page.</p></article></body></html>"
    )
    doc = load_document(html, name="x.htm")
    assert doc.text == "The longest article is the main text of the page."
    assert doc.source == "x.htm"


def test_html_without_text_is_refused():
    with pytest.raises(DocumentError, match="empty"):
        load_document(b"<html><body><script>x()</script></body></html>", name="e.html")


def test_pdf_with_text(tmp_path):
    f = tmp_path / "report.pdf"
    f.write_bytes(pdf_bytes([["Kabul fell on 15 August 2021."], ["Second page text."]]))
    doc = load_document(f)
    assert "Kabul fell on 15 August 2021." in doc.text
    assert "Second page text." in doc.text
    assert len(doc.passages) == 2  # pages are separated by a blank line
    assert doc.title == "report"


def test_pdf_without_text_layer(tmp_path):
    f = tmp_path / "scan.pdf"
    f.write_bytes(pdf_bytes([[]]))
    with pytest.raises(DocumentError, match=r"scan\.pdf: no extractable text \(scanned PDF\?\)"):
        load_document(f)


def test_pdf_made_by_pypdf_blank_page():
    from pypdf import PdfWriter

    w = PdfWriter()
    w.add_blank_page(width=200, height=200)
    buf = io.BytesIO()
    w.write(buf)
    with pytest.raises(DocumentError, match="no extractable text"):
        load_document(buf.getvalue(), name="blank.pdf")


@pytest.mark.parametrize(
    "data, message",
    [
        (b"%PDF-1.4\n garbage garbage", "broken PDF"),
        (b"this is not a pdf at all", "not a PDF"),
    ],
)
def test_broken_pdf(data, message):
    with pytest.raises(DocumentError, match=message):
        load_document(data, name="bad.pdf")


def test_docx(tmp_path):
    f = tmp_path / "memo.docx"
    f.write_bytes(
        docx_bytes(
            ["Panjshir talks", "The delegation met in Kabul.", "", "Talks failed."],
            title="Memo title",
            table=[["Kapisa", "Parwan"]],
        )
    )
    doc = load_document(f)
    assert doc.title == "Memo title"
    assert (
        doc.text
        == "Panjshir talks\n\nThe delegation met in Kabul.\n\nTalks failed.\n\nKapisa\n\nParwan"
    )
    assert len(doc.passages) == 5


def test_fake_docx_is_refused():
    with pytest.raises(DocumentError, match=r"fake\.docx: not a \.docx file \(not a zip archive\)"):
        load_document(b"just some text pretending", name="fake.docx")


def test_zip_without_word_document_is_refused():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("hello.txt", "hi")
    with pytest.raises(DocumentError, match="not a Word document"):
        load_document(buf.getvalue(), name="other.docx")


def test_zip_bomb_docx_high_ratio_is_refused():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", "<w:document/>")
        zf.writestr("word/media/bomb.bin", b"\0" * (30 * 1024 * 1024))
    data = buf.getvalue()
    assert len(data) < 200_000
    with pytest.raises(DocumentError, match="zip bomb"):
        load_document(data, name="bomb.docx")


def test_zip_bomb_docx_huge_declared_size_is_refused():
    data = bytearray(docx_bytes(["Hello", "World."]))
    # forge the central directory: every entry claims ~4 GB uncompressed
    pos = data.find(b"PK\x01\x02")
    assert pos != -1
    while pos != -1:
        struct.pack_into("<I", data, pos + 24, 0xF0000000)
        pos = data.find(b"PK\x01\x02", pos + 4)
    with pytest.raises(DocumentError, match="declared uncompressed size"):
        load_document(bytes(data), name="declared.docx")


def test_broken_docx_is_refused():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("word/document.xml", "<not-xml")
        zf.writestr("[Content_Types].xml", "also broken")
    with pytest.raises(DocumentError, match=r"broken \.docx"):
        load_document(buf.getvalue(), name="broken.docx")
