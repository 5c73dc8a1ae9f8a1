"""geo.documents.load: the seed, explicit metadata, errors, any bytes under any name."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from geo import settings as geo_settings
from geo.documents import document_from_text, load_document
from geo.errors import DocumentError, GeoError
from geo.models import Document
from tests.documents.helpers import SEED, check_invariants, docx_bytes, pdf_bytes

# --------------------------------------------------------------------------- the seed


@pytest.fixture(scope="module")
def seed() -> Document:
    return load_document(SEED)


def test_seed_header_sets_the_date_and_is_not_part_of_the_text(seed):
    raw = SEED.read_text("utf-8")
    assert raw.lstrip().startswith("date 2021-09-06")
    assert seed.date == date(2021, 9, 6)
    assert seed.text.startswith("It has been a week now since the Taliban")
    assert "2021-09-06" not in seed.text
    assert seed.source == str(SEED)
    assert len(seed.id) == 16 and int(seed.id, 16) >= 0
    assert seed.id == seed.content_hash[:16]


def test_seed_passages_and_sentences(seed):
    check_invariants(seed.text, seed.passages, seed.sentences)
    passages = [seed.passage_text(i) for i in range(len(seed.passages))]
    assert len(passages) == 16
    assert len(seed.sentences) == 24
    # a heading without final punctuation is its own passage and sentence
    i = passages.index("No tangible results")
    (s,) = seed.passages[i].sentences
    assert seed.sentence_text(s) == "No tangible results"
    # the quote paragraph is one passage and one sentence, quotes included
    quote = next(p for p in seed.passages if seed.text[p.start] == "“")
    assert len(quote.sentences) == 1
    assert seed.text[quote.start : quote.end].endswith("in near future.”")
    sents = [seed.sentence_text(i) for i in range(len(seed.sentences))]
    assert "Panjshir is located north of Kabul in the Hindu Kush mountains." in sents
    assert sents[-1].startswith("Mawlawi Mazharudin Fayez") and sents[-1].endswith("result.")
    assert any(s.startswith("On August 17, two days after the fall of Kabul") for s in sents)


def test_seed_from_bytes_with_bom_and_crlf():
    raw = SEED.read_bytes().replace(b"\n", b"\r\n")
    doc = load_document(b"\xef\xbb\xbf" + raw, name="upload.txt")
    assert doc.date == date(2021, 9, 6)
    assert "\r" not in doc.text
    assert doc.text == load_document(SEED).text
    assert doc.source == "upload.txt"


def test_explicit_date_overrides_the_header(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("date 2021-09-06 Hello there.", "utf-8")
    assert load_document(f, date=date(2020, 1, 2)).date == date(2020, 1, 2)
    assert load_document(f, date="2019-05-06").date == date(2019, 5, 6)
    assert load_document(f, doc_id="mine").id == "mine"
    with pytest.raises(DocumentError, match="invalid date"):
        load_document(f, date="yesterday")


# --------------------------------------------------------------------------- errors


def test_unknown_extension_empty_missing_and_directory(tmp_path):
    with pytest.raises(DocumentError, match=r"x\.exe: unsupported file type '\.exe'"):
        load_document(b"MZ...", name="x.exe")
    with pytest.raises(DocumentError, match=r"unsupported file type '\.doc'"):
        load_document(b"old word", name="old.doc")
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(DocumentError, match=r"empty\.txt: empty file"):
        load_document(tmp_path / "empty.txt")
    (tmp_path / "blank.txt").write_text(" \n\t\n ", "utf-8")
    with pytest.raises(DocumentError, match="empty document"):
        load_document(tmp_path / "blank.txt")
    with pytest.raises(DocumentError, match="file not found"):
        load_document(tmp_path / "missing.txt")
    with pytest.raises(DocumentError, match="not a regular file"):
        load_document(tmp_path)
    # the one error type the app catches
    with pytest.raises(GeoError):
        load_document(b"", name="e.txt")


def test_size_limits(tmp_path, monkeypatch):
    monkeypatch.setattr(geo_settings, "MAX_DOCUMENT_BYTES", 100)
    f = tmp_path / "big.txt"
    f.write_text("x" * 101, "utf-8")
    with pytest.raises(DocumentError, match=r"big\.txt: file too large"):
        load_document(f)
    with pytest.raises(DocumentError, match="file too large"):
        load_document(b"y" * 101, name="up.txt")
    monkeypatch.setattr(geo_settings, "MAX_DOCUMENT_BYTES", 10_000)
    monkeypatch.setattr(geo_settings, "MAX_DOCUMENT_CHARS", 50)
    f.write_text("word " * 20, "utf-8")
    with pytest.raises(DocumentError, match="text too long"):
        load_document(f)
    with pytest.raises(DocumentError, match="text too long"):
        document_from_text("word " * 20)


_VALID_PDF = pdf_bytes([["Fighting near Kabul.", "Talks in Doha."], []])
_VALID_DOCX = docx_bytes(["Report", "Fighting near Kabul.", "Talks in Doha."])


NAMES = ["u.txt", "u.md", "u.pdf", "u.docx", "u.html", "u.jsonl", "u", "u.exe"]


@st.composite
def hostile_uploads(draw) -> tuple[bytes, str]:
    """Random bytes, and real PDF / .docx / HTML / JSON lines / text files with bytes
    flipped, cut short or spliced in -- what a damaged or malicious upload looks like --
    mostly under their own extension, sometimes under another."""
    base, own = draw(
        st.sampled_from(
            [(b"", "u.txt"), (_VALID_PDF, "u.pdf"), (_VALID_DOCX, "u.docx"),
             (b"<html><main><p>Kabul</p></main></html>", "u.html"),
             (b'{"id": "a", "text": "Kabul"}\n', "u.jsonl"),
             ("date 2021-09-06\nKabul \u2014 t\u00e9".encode(), "u.md")]
        )
    )  # fmt: skip
    name = own if draw(st.integers(0, 9)) < 7 else draw(st.sampled_from(NAMES))
    data = bytearray(base or draw(st.binary(max_size=2000)))
    for _ in range(draw(st.sampled_from([0, 0, 1, 2, 4, 8]))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        op = draw(st.sampled_from(["flip", "cut", "splice"]))
        if op == "flip":
            data[at] ^= draw(st.integers(1, 255))
        elif op == "cut":
            del data[at:]
        else:
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
    return bytes(data), name


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(upload=hostile_uploads())
def test_load_document_property_any_bytes(upload):
    """Any bytes under any name: a Document whose offsets are sound, or a DocumentError
    that names the file -- never another exception, never a hang."""
    data, name = upload
    try:
        doc = load_document(data, name=name)
    except DocumentError as exc:
        assert name in str(exc)
        event(f"refused: {str(exc).split(':')[1].strip()[:30]}")
        return
    event(f"loaded {name}")
    assert isinstance(doc, Document) and doc.text.strip()
    check_invariants(doc.text, doc.passages, doc.sentences)
