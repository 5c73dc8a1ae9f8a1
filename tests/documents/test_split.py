"""geo.documents.split: passages and sentences with exact offsets."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo import settings as geo_settings
from geo.documents import (
    MAX_PASSAGE_CHARS,
    MAX_SENTENCE_CHARS,
    document_from_text,
    load_document,
    split,
    split_text,
)
from geo.errors import DocumentError
from geo.models import Document
from tests.documents.helpers import SEED, check_invariants, passages_of, sentences_of


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Mr. Smith met Dr. Jones on Jan. 5 at 10 a.m. in the city. They talked.",
            ["Mr. Smith met Dr. Jones on Jan. 5 at 10 a.m. in the city.", "They talked."],
        ),
        (
            "J. R. R. Tolkien wrote it. Lt. Col. Ahmed agreed.",
            ["J. R. R. Tolkien wrote it.", "Lt. Col. Ahmed agreed."],
        ),
        (
            "Gen. Dostum left St. Petersburg. He returned.",
            ["Gen. Dostum left St. Petersburg.", "He returned."],
        ),
        (
            "The U.S. forces left. He lives in the U.S. The next day he flew.",
            ["The U.S. forces left.", "He lives in the U.S.", "The next day he flew."],
        ),
        (
            "See e.g. Kabul and i.e. Herat. Suggestion No. 6 was refused. The answer was No. Then talks ended.",
            [
                "See e.g. Kabul and i.e. Herat.",
                "Suggestion No. 6 was refused.",
                "The answer was No.",
                "Then talks ended.",
            ],
        ),
        (
            "Inflation was 3.5 percent. It cost $2.5m in 2021.",
            ["Inflation was 3.5 percent.", "It cost $2.5m in 2021."],
        ),
        (
            "He said: “We will resist so far.” The Taliban disagreed.",
            ["He said: “We will resist so far.”", "The Taliban disagreed."],
        ),
        ('"It is over." Then silence.', ['"It is over."', "Then silence."]),
        ("Really? Yes! Fine... And then.", ["Really?", "Yes!", "Fine...", "And then."]),
        ("Wait... what happened?", ["Wait... what happened?"]),
        ("Talks (in Doha.) Failed.", ["Talks (in Doha.)", "Failed."]),
        ("Approx. five men. Etc. etc. ended.", ["Approx. five men.", "Etc. etc. ended."]),
        ("No final punctuation", ["No final punctuation"]),
    ],
)
def test_sentence_splitting(text, expected):
    assert sentences_of(text) == expected


def test_newlines_inside_a_paragraph():
    # a single newline in running text does not split, neither passage nor sentence
    assert passages_of("The Taliban sent\nfighters to Kapisa.\n\nNext.") == [
        "The Taliban sent\nfighters to Kapisa.",
        "Next.",
    ]
    assert sentences_of("The Taliban sent\nfighters to Kapisa.\n\nNext.") == [
        "The Taliban sent\nfighters to Kapisa.",
        "Next.",
    ]
    # headings and list items inside a paragraph are their own sentences
    text = (
        "Key points of the Doha agreement\n"
        "No tangible results\n"
        "The delegations met in Kabul and talked about the surrender of the province.\n"
        "- first item\n- second item"
    )
    assert sentences_of(text + "\n\nEnd.")[:5] == [
        "Key points of the Doha agreement",
        "No tangible results",
        "The delegations met in Kabul and talked about the surrender of the province.",
        "- first item",
        "- second item",
    ]


def test_blank_lines_with_whitespace_and_line_mode():
    assert passages_of("A one.\n  \t \n\n B two. \n\nC three.") == ["A one.", "B two.", "C three."]
    # no blank line at all but several lines: one passage per line
    assert passages_of("Kabul fell.\nTalks failed.\nNo tangible results\nThe end.") == [
        "Kabul fell.",
        "Talks failed.",
        "No tangible results",
        "The end.",
    ]
    # hard-wrapped prose (long lines that do not end sentences) stays one paragraph
    wrapped = (
        "The Taliban sent thousands of its fighters from Kabul including\n"
        "special forces to take a position at the entrance of the Panjshir\n"
        "Valley from the direction of Kapisa province after the talks with\n"
        "the delegation failed in the capital."
    )
    assert passages_of(wrapped) == [wrapped]
    assert len(sentences_of(wrapped)) == 1


def test_long_paragraphs_and_sentences_are_cut():
    para = " ".join(f"Sentence number {i} is about Kabul." for i in range(1500))
    doc = document_from_text(para)
    check_invariants(doc.text, doc.passages, doc.sentences)
    assert len(doc.passages) > 1
    assert all(p.end - p.start <= MAX_PASSAGE_CHARS for p in doc.passages)
    run_on = "word " * 2000
    doc = document_from_text(run_on)
    check_invariants(doc.text, doc.passages, doc.sentences)
    assert len(doc.sentences) > 1
    assert all(s.end - s.start <= MAX_SENTENCE_CHARS for s in doc.sentences)
    solid = "x" * (MAX_SENTENCE_CHARS * 2 + 5)
    doc = document_from_text(solid)
    check_invariants(doc.text, doc.passages, doc.sentences)
    assert len(doc.sentences) == 3


def test_split_is_idempotent_and_works_on_raw_documents():
    doc = Document(id="raw", text="A first one.\r\n\r\nA second one. And more.")
    assert split(doc) is doc
    first = (list(doc.passages), list(doc.sentences))
    split(doc)
    assert (doc.passages, doc.sentences) == first
    assert [doc.passage_text(i) for i in range(2)] == ["A first one.", "A second one. And more."]
    check_invariants(doc.text, doc.passages, doc.sentences)


# sentence-like text: pieces that exercise abbreviations, quotes, newlines, headings
SENTENCEY = st.lists(
    st.sampled_from(
        [*"ab Z.!?…\n\t\"“”’')(1-#*。\u2029\x0b", "No. 6", "e.g. ", "\r\n", "U.S. ", "Mr. ", "\n\n",
         " The ", "date 2021-09-06 ", "- item\n", "3.5", "J. R. "]
    ),
    max_size=150,
).map("".join)  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=3000), SENTENCEY))
def test_document_from_text_property(text):
    try:
        doc = document_from_text(text)
    except DocumentError as exc:
        # only for texts without any non-whitespace content (after an optional header)
        assert "empty document" in str(exc)
        assert not text.strip() or text.strip().lower().startswith("date")
        return
    check_invariants(doc.text, doc.passages, doc.sentences)
    assert doc.sentences


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=2000), SENTENCEY))
def test_split_text_property_on_raw_text(text):
    passages, sentences = split_text(text)
    check_invariants(text, passages, sentences)


def test_split_a_long_text():
    # speed: bench/pipeline.py, not a timed test
    text = "\n\n".join([load_document(SEED).text] * 240)  # ~900 kB
    _, sentences = split_text(text)
    assert len(sentences) == 24 * 240


def test_the_sentence_word_lists_come_from_the_lexicon_files():
    from geo.documents.split import _lexicon

    files = sorted(geo_settings.LEXICON_DIR.glob("sentences_*.txt"))
    assert [f.stem.removeprefix("sentences_") for f in files] == [
        "ambiguous", "month_abbreviations", "never_final", "number_abbreviations", "starters"
    ]  # fmt: skip
    for f in files:  # every list says what it is and where it comes from
        head = f.read_text("utf-8").splitlines()[:2]
        assert head[0].startswith("# ") and head[1].startswith("# Provenance:")
    lex = _lexicon()
    assert _lexicon() is lex  # read once
    sizes = [len(lex.ambiguous), len(lex.month_abbr), len(lex.never_final),
             len(lex.number_abbr), len(lex.starters)]  # fmt: skip
    assert sizes == [12, 12, 45, 11, 76]
    assert {"mr", "e.g", "vs"} <= lex.never_final and "jan" in lex.month_abbr
    assert "The" in lex.starters and "the" not in lex.starters  # openers are case-sensitive
    assert not any("#" in w for w in lex.never_final | lex.starters)
