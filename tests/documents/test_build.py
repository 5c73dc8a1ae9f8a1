"""geo.documents.build: the date header and text normalisation of every document."""

from __future__ import annotations

from datetime import date

import pytest

from geo.documents import document_from_text
from geo.errors import DocumentError


@pytest.mark.parametrize(
    "text, expected_date, expected_text",
    [
        ("date 2021-09-06 Text on the same line.", date(2021, 9, 6), "Text on the same line."),
        ("date 2021-09-06\nNext line.", date(2021, 9, 6), "Next line."),
        (
            "\ufeff  date 2021-09-06\r\n\r\nAfter a blank line.",
            date(2021, 9, 6),
            "After a blank line.",
        ),
        ("Date: 2020-01-31\nColon form.", date(2020, 1, 31), "Colon form."),
        # not a valid date: not a header, the text is kept
        ("date 2021-02-30 kept", None, "date 2021-02-30 kept"),
        ("dated 2021-09-06 kept", None, "dated 2021-09-06 kept"),
        ("The date 2021-09-06 is inline.", None, "The date 2021-09-06 is inline."),
    ],
)
def test_date_header_variants(text, expected_date, expected_text):
    doc = document_from_text(text)
    assert doc.date == expected_date
    assert doc.text == expected_text


def test_document_from_text_rejects_empty_and_non_str():
    for text in ("", "   ", "\n\n\t", "date 2021-09-06   "):
        with pytest.raises(DocumentError, match="empty document"):
            document_from_text(text)
    with pytest.raises(DocumentError, match="expected text"):
        document_from_text(b"bytes")  # type: ignore[arg-type]


def test_document_from_text_defaults():
    doc = document_from_text("Hello Kabul.\r\nSecond line.\rThird line.")
    assert doc.text == "Hello Kabul.\nSecond line.\nThird line."
    assert doc.source == "pasted" and doc.title == "" and doc.date is None
    assert doc.id == doc.content_hash[:16]
    assert document_from_text("x\ud800y").text == "x\ufffdy"  # lone surrogate


def test_headline_titles_an_untitled_text_by_its_first_line():
    from geo.documents import headline

    assert headline("date 2022-08-30\nFloods cut the valley road\n\nRain fell for a week.") == (
        "Floods cut the valley road"
    )
    assert headline("\n\n  Floods   cut\tthe road  \nMore.") == "Floods cut the road"
    long = "Rain fell for a week. " + "The river rose over the fields and the town. " * 4
    assert headline(long) == "Rain fell for a week."
    one = "word " * 40
    h = headline(one, limit=30)
    assert h.endswith("…") and len(h) <= 30 and not h[:-1].endswith(" ")
    assert headline("   \n ") == ""
