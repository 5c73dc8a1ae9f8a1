"""geo.documents.dating: the document's own date (dateline, HTML, PDF/DOCX metadata) and
where it came from (``Document.date_source``)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from geo.documents import document_from_text, load_document
from geo.documents.dating import (
    find_dateline,
    html_published_date,
    parse_date_text,
)
from tests.documents.helpers import docx_bytes, pdf_bytes

TODAY = date(2024, 6, 1)


@pytest.mark.parametrize(
    "text, expected, words",
    [
        ("MERROW, Sept 6 (Wirenews) - Rebels shelled the port.", date(2023, 9, 6), "Sept 6"),
        ("TOLVAR (CP) — Aug. 3, 2021 — The council voted.", date(2021, 8, 3), "Aug. 3, 2021"),
        ("Rivers rise in Corvania\n\n14 March 2023\n\nLORRENBURG – Water.", date(2023, 3, 14),
         "14 March 2023"),
        ("LORRENBURG, 14 March 2023 – Water rose.", date(2023, 3, 14), "14 March 2023"),
        ("Published: 2023-03-14\nWater rose.", date(2023, 3, 14), "2023-03-14"),
        ("Tuesday, March 14, 2023\nWater rose.", date(2023, 3, 14), "March 14, 2023"),
        ("Updated 14 March 2023, 10:30 GMT\nWater rose.", date(2023, 3, 14), "14 March 2023"),
    ],
)  # fmt: skip
def test_datelines(text, expected, words):
    found = find_dateline(text + " The 2023 season.", today=TODAY)
    assert found is not None
    d, s, e = found
    assert d == expected and (text + " The 2023 season.")[s:e] == words


@pytest.mark.parametrize(
    "text",
    [
        "Rebels shelled the port on 14 March 2023.",  # a date in a sentence: no dateline
        "One\nTwo\nThree\nFour\nFive\n14 March 2023",  # too far down
        "The 14 March 2023 attack was condemned.",
        "MERROW, the port city, is quiet.",
    ],
)
def test_not_datelines(text):
    assert find_dateline(text, today=TODAY) is None


def test_a_yearless_dateline_takes_its_year_from_the_hint_the_text_or_today():
    assert find_dateline("MERROW, Sept 6 (Wirenews) - x", year_hint=2019, today=TODAY)[0] == date(
        2019, 9, 6
    )
    assert find_dateline("MERROW, May 6 (Wirenews) - x", today=TODAY)[0] == date(2024, 5, 6)
    # this year's date would be in the future: last year
    assert find_dateline("MERROW, Sept 6 (Wirenews) - x", today=TODAY)[0] == date(2023, 9, 6)


def test_metadata_date_text():
    assert parse_date_text("2023-03-14T08:00:00Z") == date(2023, 3, 14)
    assert parse_date_text("D:20230314120000+01'00'") == date(2023, 3, 14)
    assert parse_date_text("14 March 2023") == date(2023, 3, 14)
    assert parse_date_text("sometime") is None and parse_date_text("2023-02-30") is None


def test_html_published_date_markup():
    meta = b'<html><head><meta property="article:published_time" content="2023-03-14T08:00Z">'
    assert html_published_date(meta) == date(2023, 3, 14)
    both = b'<meta name="date" content="2020-01-01"><meta name="pubdate" content="2021-01-01">'
    assert html_published_date(both) == date(2020, 1, 1)
    ld = b'<script type="application/ld+json">{"datePublished": "2023-03-13"}</script>'
    assert html_published_date(ld) == date(2023, 3, 13)
    assert html_published_date(b'<p><time datetime="2023-03-12">Sunday</time></p>') == date(
        2023, 3, 12
    )
    assert html_published_date(b"<p>No date.</p>") is None


def test_sources_in_order_of_trust():
    dateline = "LORRENBURG, 14 March 2023 – Water rose in the valley."
    doc = document_from_text(dateline)
    assert (doc.date, doc.date_source) == (date(2023, 3, 14), "dateline")
    assert doc.to_dict()["date_source"] == "dateline"
    doc = document_from_text("date 2023-03-15\n" + dateline)
    assert (doc.date, doc.date_source) == (date(2023, 3, 15), "header")
    assert doc.text[doc.date_span[0] : doc.date_span[1]] == "14 March 2023"  # still known
    doc = document_from_text(dateline, date="2023-03-16")
    assert (doc.date, doc.date_source) == (date(2023, 3, 16), "user")
    doc = document_from_text("Water rose in the valley.")
    assert (doc.date, doc.date_source, doc.date_span) == (None, "none", None)
    assert doc.to_dict()["date_source"] == "none"


def test_html_pdf_and_docx_dates():
    html = (
        b'<html><head><meta property="article:published_time" content="2023-03-14T08:00Z">'
        b"</head><body><p>Water rose in the valley.</p></body></html>"
    )
    doc = load_document(html, name="flood.html")
    assert (doc.date, doc.date_source) == (date(2023, 3, 14), "html")
    # a dateline in the text is trusted more than the markup
    html2 = html.replace(b"<p>Water", b"<p>LORRENBURG, 13 March 2023 - Water")
    assert load_document(html2, name="f.html").date_source == "dateline"
    pdf = pdf_bytes([["Water rose in the valley."]], creation_date="D:20230314120000Z")
    doc = load_document(pdf, name="flood.pdf")
    assert (doc.date, doc.date_source) == (date(2023, 3, 14), "pdf-metadata")
    assert load_document(pdf_bytes([["Water rose."]]), name="f.pdf").date_source == "none"
    docx = docx_bytes(["Flood", "Water rose in the valley."], created=datetime(2023, 3, 14, 9))
    doc = load_document(docx, name="flood.docx")
    assert (doc.date, doc.date_source) == (date(2023, 3, 14), "docx-metadata")


def test_a_date_typed_by_a_person_is_read_or_refused_with_the_reason():
    from geo.documents.dating import check_document_date
    from geo.errors import InputError

    today = date(2024, 5, 10)
    for typed in ("2023-03-14", " 14 March 2023 ", "March 14, 2023", "Tuesday, 14 March 2023"):
        assert check_document_date(typed, today=today) == date(2023, 3, 14)
    assert check_document_date("2024-05-11", today=today) == date(2024, 5, 11)  # time zones
    for typed, why in [("", "enter a date"), ("next week", "not a date"),
                       ("2023-02-30", "not a date"), ("14 March", "not a date"),
                       ("2024-05-20", "in the future"), ("1750-01-01", "before"),
                       ("2023-03-14 and more words", "not a date"), ("9" * 80, "too long")]:  # fmt: skip
        with pytest.raises(InputError, match=why):
            check_document_date(typed, today=today)
