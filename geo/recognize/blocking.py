"""People and organisations: which tokens belong to a person's or an organisation's name.

:func:`blocked_tokens` marks, per token, "person" (after a title or inside a multi-token
PERSON entity), "person1" (a lone PERSON token: a place only with other evidence) or "org"
(inside an organisation name of the academic/commercial/media kind: "X University",
"University of X", "Bank of X", "X Times"). Civic bodies ("the X Police Department") are
not blocked: the place in their name locates the story.
"""

from __future__ import annotations

from geo.recognize.context import Cand, Context

__all__ = ["blocked_tokens", "not_honorific"]


def blocked_tokens(ctx: Context) -> list[str]:
    """Per token: "" (free), "person", "person1" or "org" (see the module docstring)."""
    lex = ctx.lex
    out = [""] * ctx.n
    toks = ctx.toks
    # honorific + following capitalised words (and initials) name a person
    i = 0
    while i < ctx.n:
        w = toks[i].text
        lw = w.lower()
        if lw in lex.honorifics or (lw.rstrip(".") in lex.honorifics and w[:1].isupper()):
            # "Governor of X" / "Mayor of X" is not a person's name
            j = i + 1
            if j < ctx.n and toks[j].text == ".":
                j += 1
            k = j
            while (
                k < ctx.n
                and ctx.adjacent(k - 1, k)
                and (ctx.capword(k) and toks[k].text.lower() not in lex.honorifics)
            ):
                k += 1
            # a title directly before a capitalised word that is itself a known place
            # with a comma or possessive after it ("Governor Georgia's") is rare; block all
            for m in range(j, k):
                out[m] = "person"
            i = max(i + 1, k)
            continue
        i += 1
    # PERSON entities
    for e in ctx.entities:
        if e.label != "PERSON":
            continue
        ts, te = ctx.tok_at(e.start), ctx.tok_at(e.end)
        if te - ts >= 2:
            for m in range(ts, te):
                out[m] = "person"
        elif te - ts == 1 and not out[ts]:
            out[ts] = "person1"  # a lone PERSON token: a place only with other evidence
    # organisation names of the academic/commercial/media kind (spaCy entities)
    for e in ctx.entities:
        if e.label not in ("ORG", "FAC", "WORK_OF_ART", "PRODUCT"):
            continue
        ts, te = ctx.tok_at(e.start), ctx.tok_at(e.end)
        words = {toks[m].text.lower() for m in range(ts, te)}
        if words & lex.org_any:
            for m in range(ts, te):
                if not out[m]:
                    out[m] = "org"
    # capitalised names with an organisation word even when NER missed them:
    # "X University", "University of X", "Bank of X", "X Times" (not "Times Square")
    for i, t in enumerate(toks):
        if t.text.lower() not in lex.org_block or not ctx.capword(i):
            continue
        j = i + 1
        has_of = j < ctx.n and toks[j].text == "of" and ctx.adjacent(i, j)
        ends_name = not (j < ctx.n and ctx.adjacent(i, j) and ctx.capword(j))
        if not has_of and not ends_name:
            continue
        k = i
        if not (t.text.lower() == "bank" and not has_of):  # "West Bank" is a place
            while k > 0 and ctx.adjacent(k - 1, k) and ctx.capword(k - 1):
                k -= 1
        elif not has_of:
            continue
        if has_of:
            j += 1
            if j < ctx.n and toks[j].text.lower() == "the":
                j += 1
            while j < ctx.n and ctx.adjacent(j - 1, j) and ctx.capword(j):
                j += 1
        for m in range(k, j):
            if not out[m]:
                out[m] = "org"
    return out


def not_honorific(ctx: Context, c: Cand) -> bool:
    """The word before ``c`` is not a title or honorific."""
    hon = ctx.lex.honorifics
    p = ctx.prev_word(c.ts).lower()
    return p not in hon and p.rstrip(".") not in hon
