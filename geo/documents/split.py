"""Splitting a text into passages and sentences with exact offsets.

Passages and sentences
----------------------
Passages are paragraphs separated by one or more blank (empty or whitespace-only) lines; a
single newline does not split. A text without blank lines but with several lines is split
line by line (one passage per non-empty line) unless it looks hard-wrapped (most lines
long and not ending in sentence punctuation), in which case it stays one paragraph.
Paragraphs longer than ``MAX_PASSAGE_CHARS`` are cut into several passages at sentence
boundaries (so the NLP model never sees huge inputs).

Sentences are found with regular expressions only (several MB/s): a boundary is sentence
punctuation (``. ! ? …``, optionally followed by closing quotes/brackets) followed by
whitespace, unless

* the next word starts with a lower-case letter (``approx. five``, ``... so far``),
* the word before the period is a title or a never-final abbreviation (Mr. Dr. St. Gen.
  Lt. Col. e.g. i.e. vs. ...), an initial (``J. R. R. Tolkien``), ``No.``/``Art.``/``Vol.``
  or a month abbreviation followed by a number (``No. 6``, ``Jan. 5``), a list number at
  the start of a line (``1. ...``),
* the word before is an ambiguous abbreviation (``U.S.``, ``a.m.``, ``etc.``, ``Inc.``)
  and the next word is not a typical sentence opener (The, He, It, But ...).

Decimals (``3.5``) never split because the period is not followed by whitespace. Inside a
multi-line paragraph a single newline also ends a sentence before a list item (``- x``,
``2. x``), after a markdown heading, and after a short line without final punctuation
followed by a capitalised line (a heading). Sentences longer than ``MAX_SENTENCE_CHARS``
are cut at whitespace.

Invariants (tested with hypothesis): ``0 <= start < end <= len(text)``; passages and
sentences are sorted and do not overlap; every sentence lies inside its passage;
``text[start:end]`` has no leading/trailing whitespace; every non-whitespace character of
the text is in exactly one passage and one sentence.

The word lists of the sentence rules live in ``data/lexicon/sentences_*.txt``
(:data:`geo.settings.LEXICON_DIR`), read once on first use.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from geo import settings
from geo.models import Document, Passage, Sentence

__all__ = ["MAX_PASSAGE_CHARS", "MAX_SENTENCE_CHARS", "split", "split_text"]

#: Paragraphs longer than this are cut into several passages (at sentence boundaries).
MAX_PASSAGE_CHARS = 10_000
#: Sentences longer than this are cut at whitespace.
MAX_SENTENCE_CHARS = 2_000


def split(document: Document) -> Document:
    """Fill ``document.passages`` and ``document.sentences`` (in place); returns it."""
    document.passages, document.sentences = split_text(document.text)
    return document


def split_text(text: str) -> tuple[list[Passage], list[Sentence]]:
    """Passages and sentences of ``text`` (see the module docstring for the rules)."""
    passages: list[Passage] = []
    sentences: list[Sentence] = []
    for ps, pe in _paragraph_spans(text):
        spans = _sentence_spans(text, ps, pe)
        if not spans:
            continue
        # group sentences into passages no longer than MAX_PASSAGE_CHARS
        group_start = 0
        for i in range(1, len(spans) + 1):
            if i == len(spans) or spans[i][1] - spans[group_start][0] > MAX_PASSAGE_CHARS:
                p_index = len(passages)
                ids = []
                for s, e in spans[group_start:i]:
                    ids.append(len(sentences))
                    sentences.append(Sentence(len(sentences), p_index, s, e))
                passages.append(
                    Passage(p_index, spans[group_start][0], spans[i - 1][1], tuple(ids))
                )
                group_start = i
    return passages, sentences


# --------------------------------------------------------------------------- paragraphs

_BLANK_LINES = re.compile(r"\n[^\S\n]*\n(?:[^\S\n]*\n)*")
_NONSPACE = re.compile(r"\S")
_LINE_END_PUNCT = frozenset(".!?:;\"'”’)»…。！？")


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    m = _NONSPACE.search(text, s, e)
    if m is None:
        return s, s
    s = m.start()
    seg_len = len(text[s:e].rstrip())
    return s, s + seg_len


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _BLANK_LINES.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    if len(spans) == 1 and text.count("\n") >= 2 and not _looks_hard_wrapped(text):
        spans = []
        pos = 0
        while (i := text.find("\n", pos)) != -1:
            spans.append((pos, i))
            pos = i + 1
        spans.append((pos, len(text)))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        s, e = _trim(text, s, e)
        if s < e:
            out.append((s, e))
    return out


def _looks_hard_wrapped(text: str) -> bool:
    """Lines that are mostly long and do not end sentences: a wrapped paragraph."""
    lines = [ln.strip() for ln in text.split("\n")]
    lines = [ln for ln in lines if ln]
    if len(lines) < 3:
        return False
    ends = sum(1 for ln in lines if ln[-1] in _LINE_END_PUNCT)
    lengths = sorted(len(ln) for ln in lines)
    median = lengths[len(lengths) // 2]
    return ends < 0.4 * len(lines) and median >= 40


# --------------------------------------------------------------------------- sentences

_TERMINAL = re.compile(r"(?:[.!?…]+[\"'”’»)\]]*(?=\s|\Z)|[。！？]+[\"'”’»)\]」』]*)")
_OPENERS = "\"'“‘«([¿¡"


@dataclass(frozen=True, slots=True)
class _Lexicon:
    """The word lists of the sentence rules (``data/lexicon/sentences_<name>.txt``)."""

    #: never sentence-final when followed by more text (titles and Latin abbreviations)
    never_final: frozenset[str]
    #: not final before a number: No. 6, Art. 3
    number_abbr: frozenset[str]
    #: not final before a number: Jan. 5
    month_abbr: frozenset[str]
    #: can end a sentence: split only before a typical sentence opener
    ambiguous: frozenset[str]
    #: typical sentence openers (case-sensitive)
    starters: frozenset[str]


def _read_words(name: str) -> frozenset[str]:
    """The entries of ``sentences_<name>.txt``: whitespace-separated words; ``#`` lines are
    comments."""
    path = settings.LEXICON_DIR / f"sentences_{name}.txt"
    lines = path.read_text("utf-8").splitlines()
    return frozenset(w for ln in lines if not ln.lstrip().startswith("#") for w in ln.split())


@functools.cache
def _lexicon() -> _Lexicon:
    return _Lexicon(
        never_final=_read_words("never_final"),
        number_abbr=_read_words("number_abbreviations"),
        month_abbr=_read_words("month_abbreviations"),
        ambiguous=_read_words("ambiguous"),
        starters=_read_words("starters"),
    )


_MULTI_DOT = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_LIST_ITEM = re.compile(r"[^\S\n]*(?:[-*•–·▪+]|\d{1,3}[.)])\s")


def _sentence_spans(text: str, ps: int, pe: int) -> list[tuple[int, int]]:
    bounds: list[int] = []
    for m in _TERMINAL.finditer(text, ps, pe):
        if _is_boundary(text, m.start(), m.end(), ps, pe):
            bounds.append(m.end())
    if text.find("\n", ps, pe) != -1:
        bounds.extend(_newline_bounds(text, ps, pe))
        bounds.sort()
    spans: list[tuple[int, int]] = []
    cur = ps
    for b in [*bounds, pe]:
        if b <= cur:
            continue
        s, e = _trim(text, cur, b)
        cur = b
        if s < e:
            if e - s > MAX_SENTENCE_CHARS:
                spans.extend(_cut_long(text, s, e))
            else:
                spans.append((s, e))
    return spans


def _is_boundary(text: str, ms: int, me: int, ps: int, pe: int) -> bool:
    # the first character of the next sentence, skipping whitespace and opening quotes
    nxt = me
    while nxt < pe and (text[nxt].isspace() or text[nxt] in _OPENERS):
        nxt += 1
    if nxt >= pe:
        return True
    c = text[nxt]
    if c.islower():
        return False
    if text[ms] != "." or (me - ms > 1 and text[ms + 1] == "."):
        return True  # ! ? … and "..." before a capital
    # the word before the period
    ws = ms
    floor = max(ps, ms - 40)
    while ws > floor and not text[ws - 1].isspace():
        ws -= 1
    word = text[ws:ms].lstrip(_OPENERS)
    if not word:
        return True
    lw = word.lower()
    lex = _lexicon()
    if lw in lex.never_final:
        return False
    if len(word) == 1 and word.isalpha() and word.isupper():
        return False  # an initial: J. R. R. Tolkien
    if c.isdigit() and (lw in lex.number_abbr or lw in lex.month_abbr):
        return False  # No. 6, Jan. 5
    if word.isdigit() and len(word) <= 3 and (ws == ps or text[ws - 1] == "\n"):
        return False  # "1. item" at the start of a line
    if lw in lex.ambiguous or _MULTI_DOT.fullmatch(word):
        end = nxt
        while end < pe and (text[end].isalpha() or text[end] == "'"):
            end += 1
        return text[nxt:end] in lex.starters
    return True


def _newline_bounds(text: str, ps: int, pe: int) -> list[int]:
    """Sentence breaks at single newlines inside a paragraph (lists, headings)."""
    lines: list[tuple[int, int]] = []
    pos = ps
    while True:
        i = text.find("\n", pos, pe)
        if i == -1:
            lines.append((pos, pe))
            break
        lines.append((pos, i))
        pos = i + 1
    longest = max(len(text[s:e].strip()) for s, e in lines)
    out: list[int] = []
    for (s0, e0), (s1, e1) in itertools.pairwise(lines):
        prev = text[s0:e0].strip()
        following = text[s1:e1].lstrip()
        if not prev or not following:
            continue
        if (
            _LIST_ITEM.match(text, s1, e1)
            or prev.startswith("#")
            or (
                prev[-1] not in _LINE_END_PUNCT
                and len(prev) < 80
                and len(prev) <= 0.6 * longest
                and (following[0].isupper() or following[0].isdigit() or following[0] in _OPENERS)
            )
        ):
            out.append(e0)
    return out


def _cut_long(text: str, s: int, e: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    while e - s > MAX_SENTENCE_CHARS:
        cut = s + MAX_SENTENCE_CHARS
        ws = cut
        lo = s + MAX_SENTENCE_CHARS // 2
        while ws > lo and not text[ws].isspace():
            ws -= 1
        if ws > lo:
            cut = ws
        a, b = _trim(text, s, cut)
        if a < b:
            out.append((a, b))
        s, e = _trim(text, cut, e)
        if s >= e:
            return out
    out.append((s, e))
    return out
