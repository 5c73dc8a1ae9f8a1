"""Candidate spans from three sources of evidence (demonyms: :mod:`geo.recognize.demonyms`).

* :func:`pattern_candidates`: feature-type patterns ("X County", "the X River", "Lake X",
  "Gulf of X", "Mount X").
* :func:`ner_candidates`: spaCy GPE, LOC, FAC, ORG, PERSON and NORP entities, trimmed of a
  leading article, a trailing possessive or punctuation and trailing lower-case cue words
  ("Kapisa province" -> "Kapisa" with cue admin1).
* :func:`gazetteer_candidates`: capitalised token sequences (with connectors such as "of",
  "de" and hyphens inside) matched against the gazetteer, longest match first, stop words
  never matched alone.
* :func:`abbreviation_candidates`: US state abbreviations after "Place," ("Dalton, Ga.").
* :func:`coordination_candidates`: coordinated names before a plural type noun ("X and Y
  districts", "X, Y and Z provinces"), each with a gazetteer entry of the noun's kind.

Every candidate may carry a ``cue``: the gazetteer kind a lower-case word after it
("province") or before "of" ("the town of X") suggests.
"""

from __future__ import annotations

from geo.recognize.context import (
    PRIORITY_ABBREVIATION,
    PRIORITY_GAZETTEER,
    PRIORITY_NER_OTHER,
    PRIORITY_NER_PLACE,
    PRIORITY_PATTERN,
    Cand,
    Context,
    is_cap,
)
from geo.recognize.demonyms import demonym_countries
from geo.recognize.thresholds import THRESHOLDS as T

__all__ = [
    "abbreviation_candidates",
    "coordination_candidates",
    "cue_after",
    "cue_before",
    "dateline_candidates",
    "gazetteer_candidates",
    "ner_candidates",
    "pattern_candidates",
    "seat_candidates",
]


def pattern_candidates(ctx: Context) -> list[Cand]:
    """Feature-type patterns: "X County", "the X River", "Lake X", "Gulf of X" ..."""
    lex = ctx.lex
    out: list[Cand] = []
    toks = ctx.toks
    n = ctx.n
    for i in range(n):
        w = toks[i].text
        # "X County" / "X River" / "X Mountains": type word after capitalised name words
        if w in lex.type_suffix and i > 0 and ctx.adjacent(i - 1, i) and ctx.capword(i - 1):
            k = i
            while (
                k > 0
                and ctx.adjacent(k - 1, k)
                and ctx.capword(k - 1)
                and toks[k - 1].text not in lex.type_suffix
                and toks[k - 1].text.lower() not in lex.pattern_stop
                and toks[k - 1].text.lower() not in lex.honorifics
                and k > i - T.suffix_name_words
            ):
                k -= 1
            if k == i:
                continue
            # "Lake X" prefix is handled below; drop a leading "The"
            if toks[k].text in ("The", "THE") and k < i - 1:
                k += 1
            cue = lex.type_suffix[w]
            full = ctx.span_text(k, i + 1)
            bare = ctx.span_text(k, i)
            name = full if ctx.lookup(full) else bare
            out.append(
                Cand(
                    k, i + 1, toks[k].start, toks[i].end, name, cue, "pattern", "", PRIORITY_PATTERN
                )
            )
        # "Lake X", "Mount X", "River X", "Gulf of X", "Isle of X"
        if w in lex.type_prefix and i + 1 < n and ctx.adjacent(i, i + 1):
            j = i + 1
            if toks[j].text == "of" and j + 1 < n and ctx.adjacent(j, j + 1):
                j += 1
                if toks[j].text == "the" and j + 1 < n:
                    j += 1
            if not ctx.capword(j) or lex.is_stop(toks[j].text):
                continue
            e = j
            while (
                e + 1 < n
                and ctx.adjacent(e, e + 1)
                and ctx.capword(e + 1)
                and e < j + T.prefix_more_words
            ):
                if toks[e + 1].text in lex.type_suffix or toks[e + 1].text.lower() in lex.org_block:
                    break
                e += 1
            full = ctx.span_text(i, e + 1)
            cue = lex.type_prefix[w]
            if w in ("Gulf", "Bay", "Sea", "Strait") and toks[i + 1].text != "of":
                continue  # "Bay Area", "Sea Island": not the prefix pattern
            name = full if ctx.lookup(full) else ctx.span_text(j, e + 1)
            out.append(
                Cand(
                    i, e + 1, toks[i].start, toks[e].end, name, cue, "pattern", "", PRIORITY_PATTERN
                )
            )
    return out


def cue_after(ctx: Context, te: int) -> str:
    """The kind a lower-case cue word right after the span suggests ("Kapisa province")."""
    w = ctx.next_word(te)
    if w and w[0].islower():
        return ctx.lex.cue_after.get(w, "")
    return ""


def cue_before(ctx: Context, ts: int) -> str:
    """ "the town of X" -> city, "upstate X" -> admin1; "X" after "north of" etc. gives no kind. After a named
    part ("the Adhamiyah district of X") X is the part's container, not of the cue's kind."""
    if ts >= 2 and ctx.toks[ts - 1].text == "of" and ctx.adjacent(ts - 1, ts):
        w = ctx.toks[ts - 2].text
        if (
            ts >= 3
            and ctx.adjacent(ts - 3, ts - 2)
            and ctx.capword(ts - 3)
            and ctx.toks[ts - 3].text not in ("The", "THE", "A", "An")
            and not demonym_countries(ctx.toks[ts - 3].text)  # "the Indonesian island of"
        ):
            return ""
        if w[:1].islower():
            return ctx.lex.cue_before_of.get(w, "")
    if ts >= 1 and ctx.adjacent(ts - 1, ts):  # "upstate New York"
        w = ctx.toks[ts - 1].text
        if w[:1].islower():
            return ctx.lex.cue_before.get(w, "")
    return ""


def ner_candidates(ctx: Context) -> list[Cand]:
    """One candidate per GPE/LOC/FAC/ORG/PERSON/NORP entity that starts capitalised after
    trimming; "Northern X" becomes "X" when only the rest is a gazetteer name."""
    lex = ctx.lex
    out: list[Cand] = []
    for e in ctx.entities:
        if e.label not in ("GPE", "LOC", "FAC", "ORG", "PERSON", "NORP"):
            continue
        ts, te = ctx.tok_at(e.start), ctx.tok_at(e.end)
        if te <= ts:
            continue
        # trim leading article / trailing possessive and punctuation
        while ts < te and ctx.toks[ts].text.lower() in ("the", "a", "an"):
            ts += 1
        while te > ts and ctx.toks[te - 1].text in ("'s", "’s", "'", "’", ".", ",", "-", "—"):
            te -= 1
        # trailing lower-case cue words ("Kapisa province") leave the span
        cue = ""
        while te > ts + 1 and ctx.toks[te - 1].text in lex.cue_after:
            cue = cue or lex.cue_after[ctx.toks[te - 1].text]
            te -= 1
        if te <= ts or not is_cap(ctx.toks[ts].text):
            continue
        cue = cue or cue_after(ctx, te) or cue_before(ctx, ts)
        text = ctx.span_text(ts, te)
        name = text
        cands = ctx.lookup(text)
        # "Northern Iraq" -> "Iraq" when only the rest is a known name
        if not cands and te - ts >= 2 and ctx.toks[ts].text in lex.direction_prefix:
            rest = ctx.span_text(ts + 1, te)
            if ctx.lookup(rest):
                ts += 1
                name = rest
                text = rest
        prio = PRIORITY_NER_PLACE if e.label in ("GPE", "LOC") else PRIORITY_NER_OTHER
        out.append(
            Cand(ts, te, ctx.toks[ts].start, ctx.toks[te - 1].end, name, cue, "ner", e.label, prio)
        )
    return out


def _particle_join(ctx: Context, j: int) -> bool:
    """Tokens j+1..j+4 are "-", a lower-case particle of at most
    :attr:`Thresholds.particle_max_len` letters, "-" and a capitalised word, written
    without spaces: one name ("Mazar-i-Sharif", "Aix-en-Provence")."""
    toks = ctx.toks
    if j + 4 >= ctx.n or toks[j + 1].text not in ("-", "–") or toks[j + 3].text not in ("-", "–"):
        return False
    part = toks[j + 2].text
    if not (part.isalpha() and part.islower() and len(part) <= T.particle_max_len):
        return False
    return ctx.capword(j + 4) and all(toks[k].start == toks[k - 1].end for k in range(j + 1, j + 5))


def gazetteer_candidates(ctx: Context) -> list[Cand]:
    """Capitalised token sequences matched against the gazetteer, longest match first."""
    lex = ctx.lex
    out: list[Cand] = []
    toks = ctx.toks
    n = ctx.n
    i = 0
    max_len = T.max_name_tokens
    while i < n:
        if not ctx.capword(i):
            i += 1
            continue
        # the capitalised run (with connectors inside) starting at i
        j = i
        while j + 1 < n and ctx.adjacent(j, j + 1):
            nxt = toks[j + 1].text
            if ctx.capword(j + 1):
                j += 1
            elif (
                nxt in lex.connectors
                and j + 2 < n
                and ctx.adjacent(j + 1, j + 2)
                and (
                    ctx.capword(j + 2)
                    or (toks[j + 2].text == "the" and j + 3 < n and ctx.capword(j + 3))
                )
            ):
                j += 2 if ctx.capword(j + 2) else 3
            elif (
                nxt in ("-", "–")
                and j + 2 < n
                and ctx.capword(j + 2)
                and (toks[j + 1].start == toks[j].end and toks[j + 2].start == toks[j + 1].end)
            ):
                j += 2
            elif _particle_join(ctx, j):  # "Mazar-i-Sharif", "Stratford-upon-Avon"
                j += 4
            else:
                break
        run_end = j + 1
        s = i
        while s < run_end:
            w = toks[s].text
            if not ctx.capword(s) or w.lower() in lex.connectors or w in ("The", "THE", "A", "An"):
                s += 1
                continue
            found = None
            for e in range(min(run_end, s + max_len), s, -1):
                last = toks[e - 1].text
                if last.lower() in lex.connectors or last in ("-", "–"):
                    continue
                if e - s == 1 and (lex.is_stop(w) or lex.is_stop(w.rstrip("."))):
                    continue
                name = ctx.span_text(s, e)
                if len(name) < 2:
                    continue
                cands = ctx.lookup(name)
                if cands:
                    found = (e, name)
                    break
            if found is None:
                s += 1
                continue
            e, name = found
            out.append(
                Cand(
                    s,
                    e,
                    toks[s].start,
                    toks[e - 1].end,
                    name,
                    "",
                    "gazetteer",
                    "",
                    PRIORITY_GAZETTEER,
                )
            )
            s = e
        i = run_end
    for c in out:
        c.cue = cue_after(ctx, c.te) or cue_before(ctx, c.ts)
    return out


def abbreviation_candidates(ctx: Context) -> list[Cand]:
    """ "Dalton, Ga." / "Austin, TX": a state abbreviation right after "Place,"."""
    abbr = ctx.lex.us_state_abbr
    out: list[Cand] = []
    toks = ctx.toks
    for i in range(2, ctx.n):
        w = toks[i].text
        end = i + 1
        full = abbr.get(w)
        if full is None and end < ctx.n and ctx.adjacent(i, end):
            full = abbr.get(ctx.span_text(i, end + 1))  # "W. Va."
            if full is not None:
                end += 1
        if (
            full is None
            and end < ctx.n
            and toks[end].text == "."
            and toks[end].start == toks[i].end
        ):
            full = abbr.get(w + ".")  # "Ga" "." split at a sentence end
            end += 1
        if full is None:
            continue
        if toks[i - 1].text != "," or not ctx.capword(i - 2):
            continue
        if not (ctx.adjacent(i - 2, i - 1) and ctx.adjacent(i - 1, i)):
            continue
        if len(w) == 2 and w.isupper() and not ctx.lookup(toks[i - 2].text):
            continue  # postal codes only after a known place name
        out.append(
            Cand(
                i, end, toks[i].start, toks[end - 1].end, full, "admin1", "pattern", "",
                PRIORITY_ABBREVIATION,
            )
        )  # fmt: skip
    return out


#: Words that join the last two names of a list ("X and Y districts").
_AND = frozenset(("and", "&", "or"))


def coordination_candidates(ctx: Context) -> list[Cand]:
    """Coordinated names before a lower-case plural type noun (``plural_heads.csv``):
    "X and Y districts", "X, Y and Z provinces", "the X and Y rivers". Each name (its
    longest ending of at most :attr:`~Thresholds.comma_name_words` capitalised words) must
    have a gazetteer entry of one of the noun's kinds; the two names around "and" are
    required, names before them are added through commas while they fit. Every name is a
    pattern candidate with the noun's first kind as cue, whatever spaCy labels it."""
    heads = ctx.lex.plural_heads
    toks = ctx.toks
    out: list[Cand] = []
    for i in range(1, ctx.n):
        w = toks[i].text
        kinds = heads.get(w)
        if kinds is None or not ctx.adjacent(i - 1, i):
            continue
        names: list[tuple[int, int]] = []
        k = i  # end (exclusive) of the next name to the left
        while True:
            span = _fitting_name(ctx, k, kinds)
            if span is None:
                break
            names.append(span)
            p = span[0] - 1
            if p < 1 or not ctx.adjacent(p, span[0]):
                break
            sep = toks[p].text
            if len(names) == 1:
                if sep.lower() not in _AND:
                    break
                k = p - 1 if toks[p - 1].text == "," else p  # an Oxford comma
            elif sep == ",":
                k = p
            else:
                break
            if k < 1 or not ctx.adjacent(k - 1, k):
                break
        if len(names) < 2:
            continue
        for s, e in names:
            out.append(
                Cand(s, e, toks[s].start, toks[e - 1].end, ctx.span_text(s, e), kinds[0],
                     "pattern", "", PRIORITY_PATTERN)
            )  # fmt: skip
    return out


def _fitting_name(ctx: Context, k: int, kinds: tuple[str, ...]) -> tuple[int, int] | None:
    """The longest run of capitalised words ending at token ``k`` (exclusive) whose text has
    a gazetteer entry of one of ``kinds``, or None."""
    s = k
    while (
        s > 0
        and k - s < T.comma_name_words
        and ctx.capword(s - 1)
        and (s == k or ctx.adjacent(s - 1, s))
    ):
        s -= 1
    for start in range(s, k):
        if ctx.toks[start].text in ("The", "THE"):
            continue
        name = ctx.span_text(start, k)
        if any(x.match != "fuzzy" and x.place.kind in kinds for x in ctx.lookup(name)):
            return start, k
    return None


#: Prepositions of static location: "talks at the Kremlin" is a place, "a statement from the
#: White House" an institution speaking.
_AT = frozenset(("in", "at", "inside", "outside", "near", "around"))


def seat_candidates(ctx: Context) -> list[Cand]:
    """Seats of power ("the Kremlin", "Downing Street"; ``seats_of_power.csv``): their tokens
    go to ``ctx.seat_tokens`` (no other place reading, so no alias hijack), and after a
    preposition of static location they are a mention of their city ("at the Kremlin" ->
    Moscow)."""
    seats = ctx.lex.seats
    out: list[Cand] = []
    toks = ctx.toks
    for i in range(ctx.n):
        if not ctx.capword(i):
            continue
        for e in range(min(ctx.n, i + 3), i, -1):
            if e - 1 > i and not ctx.adjacent(e - 2, e - 1):
                continue
            name = ctx.span_text(i, e)
            if name not in seats:
                continue
            ctx.seat_tokens.update(range(i, e))
            k = i - 1 if i > 0 and toks[i - 1].text.lower() == "the" else i
            nxt = ctx.next_word(e)
            if ctx.prev_word(k).lower() in _AT and not (nxt and is_cap(nxt)):
                out.append(
                    Cand(i, e, toks[i].start, toks[e - 1].end, name, "city", "pattern", "",
                         PRIORITY_PATTERN)
                )  # fmt: skip
            break
    return out


#: What follows the place of a dateline: "KABUL, Afghanistan —", "HERAT (Reuters) -".
_DATELINE_END = frozenset((",", "—", "–", "-", "--", ":", "("))
_DATELINE_KINDS = frozenset(("city", "admin1", "admin2", "country"))


def dateline_candidates(ctx: Context) -> list[Cand]:
    """News datelines: the all-caps words that open a passage (or the sentence after its
    first, where a headline runs into the story), right before one of
    :data:`_DATELINE_END`, when the gazetteer knows them as a city, unit or country
    (whatever label spaCy gives the all-caps words)."""
    out: list[Cand] = []
    sents = ctx.doc.sentences
    for p in ctx.doc.passages:
        # the passage's start, and its next sentences: a headline joined to the story
        # ("Storm floods cellar . ELMVALE -- The ...")
        opens = {p.start} | {
            sents[k].start for k in p.sentences[1 : 1 + T.dateline_sentences] if k < len(sents)
        }
        for start in sorted(opens):
            cand = _dateline_at(ctx, ctx.tok_at(start), p.end)
            if cand is not None:
                out.append(cand)
    return out


def _dateline_at(ctx: Context, i: int, end: int) -> Cand | None:
    """The dateline that opens at token ``i`` (before offset ``end``), or None."""
    toks = ctx.toks
    j = i
    while (
        j < ctx.n
        and j - i < T.max_name_tokens
        and toks[j].start < end
        and toks[j].text.isupper()
        and toks[j].text.replace(".", "").isalpha()
        and (j == i or ctx.adjacent(j - 1, j))
    ):
        j += 1
    if j == i or j >= ctx.n or toks[j].text not in _DATELINE_END:
        return None
    name = ctx.span_text(i, j)
    if j - i == 1 and name.lower() in ctx.lex.common_words:
        return None  # "UPDATE:", "NOTE -"
    if len(name) < 3 or not any(
        x.match != "fuzzy" and x.place.kind in _DATELINE_KINDS for x in ctx.lookup(name)
    ):
        return None
    return Cand(i, j, toks[i].start, toks[j - 1].end, name, "", "pattern", "", PRIORITY_PATTERN)
