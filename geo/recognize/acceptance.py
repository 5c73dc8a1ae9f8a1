"""The acceptance rules: does the evidence say a candidate span names a place?

:func:`accept` weighs, for one candidate, what blocks it (a number or date entity, a street
or disease word after it, a byline, a person's or organisation's name), what supports it
(a location cue, a comma neighbour that is a country or unit, the same name tagged as a
place elsewhere) and the strength of its gazetteer candidates
(:func:`~geo.recognize.evidence.place_strength`) against the cut-offs in
:class:`~geo.recognize.thresholds.Thresholds`, by the spaCy label over the span.

A rejection for a reason that document-level consistency must not override (a person, an
organisation, a stop word ...) marks the candidate ``hard`` (:func:`hard`).
"""

from __future__ import annotations

import re

from geo.kinds import PHYSICAL_KINDS
from geo.models import Candidate
from geo.names import normalize_name
from geo.nlp import Entity
from geo.recognize.blocking import not_honorific
from geo.recognize.context import Cand, Context, is_cap, strip_article
from geo.recognize.demonyms import demonym_countries
from geo.recognize.evidence import place_strength
from geo.recognize.thresholds import THRESHOLDS as T

__all__ = [
    "accept",
    "article_feature",
    "english_alias_free",
    "hard",
    "has_location_cue",
    "run_context",
    "stands_alone",
]


def has_location_cue(ctx: Context, c: Cand) -> bool:
    """A preposition of place before the span, a noun for its inhabitants after it
    ("Kabul residents"), or a type cue around it."""
    lex = ctx.lex
    p = ctx.prev_word(c.ts).lower()
    if p in lex.strong_preps:
        return True
    if p == "of" and c.ts >= 2 and ctx.toks[c.ts - 2].text.lower() in lex.direction_of:
        return True
    nxt = ctx.next_word(c.te)
    if nxt[:1].islower() and nxt in lex.resident_nouns:
        return True  # "Kabul residents"
    return bool(c.cue)


def _name_run_end(ctx: Context, j: int, limit: int = T.comma_name_words) -> int:
    """End of the run of at most ``limit`` adjacent capitalised words from token ``j``."""
    e = j + 1
    while e < ctx.n and e < j + limit and ctx.adjacent(e - 1, e) and ctx.capword(e):
        e += 1
    return e


def _comma_neighbour_place(ctx: Context, c: Cand) -> bool:
    """ "Athens, Georgia" / "Lugano, Ticino": a comma between the span and a capitalised
    name where the later one is a country / first- or second-level unit."""
    toks = ctx.toks
    units = ("country", "admin1", "admin2")
    # X, <unit>
    if c.te + 1 < ctx.n and toks[c.te].text == "," and ctx.adjacent(c.te, c.te + 1):
        j = c.te + 1
        if ctx.capword(j):
            w = toks[j].text
            if w in ctx.lex.us_state_abbr:
                return True
            for end in range(_name_run_end(ctx, j), j, -1):
                cands = ctx.lookup(ctx.span_text(j, end))
                if any(x.place.kind in units for x in cands[: T.comma_candidates]):
                    return True
    # <place>, X where X is a unit
    if (
        c.ts >= 2
        and toks[c.ts - 1].text == ","
        and ctx.adjacent(c.ts - 1, c.ts)
        and ctx.capword(c.ts - 2)
        and ctx.adjacent(c.ts - 2, c.ts - 1)
    ):
        own = ctx.lookup(c.name) if c.name else []
        if any(x.place.kind in units for x in own[: T.comma_candidates]):
            k = c.ts - 2
            if ctx.lookup(toks[k].text) or toks[k].text.lower() in ctx.place_names:
                return True
    return False


def _currency(ctx: Context, c: Cand) -> bool:
    """A country code written against a currency sign: "US$", "$US", "NZ$"."""
    t = ctx.text
    return not _CURRENCY_SIGNS.isdisjoint(t[max(0, c.start - 1) : c.end + 1])


_CURRENCY_SIGNS = frozenset("$€£¥")
# capitalised words with lower-case letters: an all-caps part ("R-Charleston" for a party,
# "Canada-U.S.", "Watertown-ML") is an abbreviation, not a proper name's other half
_CAP_RUN_AFTER = re.compile(r"[A-Z][a-z][\w'’]+(?: [A-Z][\w'’]*){0,2}")
_CAP_RUN_BEFORE = re.compile(r"(?:[A-Z][\w'’]* ){0,2}[A-Z][a-z][\w'’]+$")


_COORDINATORS = frozenset({"and", "or", ","})


def _coordinated_unit(ctx: Context, c: Cand) -> bool:
    """ "in Sindh and Punjab", "Punjab or Sindh": the span is joined by "and", "or" or a
    comma to a spaCy GPE/LOC entity, and both have a gazetteer unit of the same kind
    (country, first- or second-level unit) among their first candidates. Lists of units
    are a strong sign that a name spaCy read as a group of people (NORP) is the unit."""
    units = ("country", "admin1", "admin2")
    own = {x.place.kind for x in ctx.lookup(c.name)[: T.comma_candidates] if x.match != "fuzzy"}
    own &= set(units)
    if not own:
        return False
    partners: list[Entity] = []
    if c.ts >= 2 and ctx.toks[c.ts - 1].text in _COORDINATORS:
        e = ctx.ent_of[c.ts - 2]
        if e is not None and e.end == ctx.toks[c.ts - 2].end:
            partners.append(e)
    if c.te + 1 < ctx.n and ctx.toks[c.te].text in _COORDINATORS:
        e = ctx.ent_of[c.te + 1]
        if e is not None and e.start == ctx.toks[c.te + 1].start:
            partners.append(e)
    for e in partners:
        if e.label not in ("GPE", "LOC"):
            continue
        theirs = ctx.lookup(ctx.text[e.start : e.end])[: T.comma_candidates]
        if any(x.match != "fuzzy" and x.place.kind in own for x in theirs):
            return True
    return False


def _hyphen_compound(ctx: Context, c: Cand) -> bool:
    """Part of a hyphenated proper name whose other part is no place or demonym: "Agence
    France-Presse", "Ebola-Reston" (but "Austria-Hungary", "Dallas-Fort Worth", "UK-Algerian"
    stay)."""
    t = ctx.text
    other_parts: list[str] = []
    if t[c.end : c.end + 1] in _HYPHENS:
        m = _CAP_RUN_AFTER.match(t, c.end + 1)
        if m:
            words = m.group().split()
            other_parts = [" ".join(words[: k + 1]) for k in range(len(words))]
    elif c.start >= 2 and t[c.start - 1] in _HYPHENS:
        m = _CAP_RUN_BEFORE.search(t, max(0, c.start - 60), c.start - 1)
        if m:
            words = m.group().split()
            other_parts = [" ".join(words[k:]) for k in range(len(words))]
    return bool(other_parts) and not any(ctx.lookup(x) or demonym_countries(x) for x in other_parts)


_HYPHENS = frozenset("-‐‑")


def _street_pair(ctx: Context, c: Cand) -> bool:
    """ "Elm and Oak streets": a name joined by "and" to another name before a street word
    in the plural."""
    k = c.te
    if ctx.next_word(k) not in ("and", "&") or k + 2 >= ctx.n or not ctx.capword(k + 1):
        return False
    return ctx.adjacent(k, k + 1) and ctx.next_word(k + 2) in ctx.lex.street


def _entity_words(ctx: Context, e: Entity) -> set[str]:
    """The lower-cased tokens of entity ``e``."""
    ts, te = ctx.tok_at(e.start), ctx.tok_at(e.end)
    return {ctx.toks[m].text.lower() for m in range(ts, te)}


def whole_entity(ctx: Context, c: Cand, label: str) -> bool:
    """An entity of ``label`` covers exactly the candidate's span."""
    e = ctx.ent_of[c.ts]
    return e is not None and e.label == label and e.start == c.start and e.end == c.end


def accept(ctx: Context, c: Cand, blocked: list[str]) -> bool:
    """Does the evidence say this candidate span names a place? ``blocked`` is
    :func:`~geo.recognize.blocking.blocked_tokens` of the document."""
    lex = ctx.lex
    span_block = {blocked[m] for m in range(c.ts, c.te)} - {""}
    ent = ctx.ent_of[c.ts]
    label = ent.label if ent is not None else ""
    if any(
        (e := ctx.ent_of[m]) is not None and e.label in lex.numeric_labels
        for m in range(c.ts, c.te)
    ):
        return hard(c)
    if not c.is_demonym and c.method != "pattern" and _inside_thing(ctx, c):
        return hard(c)  # "the Crimean War", "St. George's Day": part of a thing's name
    nxt = ctx.next_word(c.te)
    if (nxt in lex.street or _street_pair(ctx, c)) and c.method != "pattern":
        return hard(c)  # "Bergen Street", "Elm Road", "the corner of Elm and Oak streets"
    if nxt.lower() in lex.disease:
        return hard(c)  # "Marburg virus", "West Nile fever"
    if ctx.prev_word(c.ts) == "By":
        return hard(c)  # a byline: "By JANE CALLOWAY"
    if not c.is_demonym and (_currency(ctx, c) or _hyphen_compound(ctx, c)):
        return hard(c)  # "US$10", "Agence France-Presse", "Ebola-Reston"
    if c.is_demonym and c.te - c.ts > 1 and whole_entity(ctx, c, "PERSON"):
        return "org" not in span_block  # "Sri Lankan" misread as a person's two names
    if c.is_demonym or c.method == "pattern":
        if c.method == "pattern":
            tail = {w.lower() for w in run_context(ctx, c)[1]}
            if tail and tail & lex.facility_lower and not tail & lex.civic:
                return False  # "Kestrel Valley Retirement Home"
        return "person" not in span_block and "org" not in span_block
    if ctx.seat_tokens.intersection(range(c.ts, c.te)):
        return hard(c)  # a seat of power ("the White House") is read only as its city
    cands = ctx.lookup(c.name) if c.name else []
    if "org" not in span_block and airport_name(ctx, c, cands):
        return True  # "Bagram Airfield" tagged PERSON: an airport's own name or its alias
    if "org" not in span_block and named_landform(ctx, c, cands):
        return True  # "Victoria Falls" tagged PERSON: a landform's own name
    cue = has_location_cue(ctx, c) or _comma_neighbour_place(ctx, c)
    whole_ent = ent is not None and ent.start == c.start and ent.end == c.end
    if not (cue or (whole_ent and label in ("GPE", "LOC"))):
        cands = english_alias_free(ctx, c.name, cands)
    strength = place_strength(cands)
    key = normalize_name(c.name)
    tagged_place = key in ctx.place_names
    single = c.te - c.ts == 1
    first = ctx.toks[c.ts].text

    if "org" in span_block:
        return hard(c)
    if key in ctx.disease_names and not has_location_cue(ctx, c) and strength < T.admin1:
        return hard(c)  # "Marburg" in a story about the Marburg virus
    # spaCy calls some multi-word places PERSON ("Milton Keynes"): only an exact, strong
    # gazetteer name that is the whole entity escapes
    if "person" in span_block and not (
        whole_ent
        and label == "PERSON"
        and strength >= T.person_entity
        and cands
        and cands[0].match != "alias"
        and not_honorific(ctx, c)
    ):
        return hard(c)
    # people: the name is a person's surname elsewhere in the document, or speaks
    person_like = ctx.person_like(key) or nxt.lower() in lex.speech_verbs
    if person_like and strength < T.person_like_max and not (label in ("GPE", "LOC") and cue):
        return hard(c)
    # the next capitalised word is part of a person's name ("Paris Hilton")
    if c.te < ctx.n and ctx.adjacent(c.te - 1, c.te):
        ne = ctx.ent_of[c.te]
        if ne is not None and ne.label == "PERSON" and ne.start <= ctx.toks[c.ts].start:
            return hard(c)
    if single and lex.is_stop(first) and not cands:
        return hard(c)

    if not single and landmark(cands, c.name) and run_context(ctx, c) == ([], []):
        return True  # "the Amu Darya" tagged WORK_OF_ART: a feature's own multi-word name
    if label in ("NORP", "") and article_feature(ctx, c, cands):
        return True  # "the Nile" tagged NORP or nothing
    if c.method == "ner" and label in ("GPE", "LOC") and whole_ent:
        if cands:
            return not (single and lex.is_stop(first))
        # a name the gazetteer does not know: only with a cue ("in X", "X, Georgia")
        return cue and not person_like
    if not cands:
        return False
    if single and lex.is_stop(first):
        return hard(c)
    if single and first.isupper() and len(first) <= T.acronym_max_len and strength < T.acronym_max:
        return hard(c)  # acronyms ("AP", "CNN") unless a country code ("US", "UK")
    if (
        single
        and first.isupper()
        and len(first) <= T.acronym_max_len
        and not unit_code_fits(ctx, c, cands, label)
    ):
        return hard(c)  # "PA officials" (an authority), "OK": a state code needs its country
    # part of a longer capitalised name: "Millbrook Police Department" (a civic body
    # of the place: kept), "Grace Okafor Elementary School", "United Way" (dropped)
    before, after = run_context(ctx, c)
    if before or after:
        head_ok = all(w in lex.direction_prefix or w in ("The", "THE") for w in before)
        tail = {w.lower() for w in after}
        if head_ok and tail <= lex.generic_tail:
            if not tail or tail & lex.civic:
                if tail:
                    return strength >= T.civic_body or tagged_place
            else:
                return tagged_place or strength >= T.facility_name
        elif not (tagged_place or strength >= T.longer_name):
            return False
    # inside a longer organisation or facility name
    embedded = ent is not None and not whole_ent and label in ("ORG", "FAC")
    if embedded or nxt in lex.facility:
        words = _entity_words(ctx, ent) if ent is not None and embedded else {nxt.lower()}
        if words & lex.civic:
            return strength >= T.civic_body or tagged_place
        return tagged_place or strength >= T.facility_name
    if label in ("GPE", "LOC"):
        return True
    if label == "PERSON":
        # a lone PERSON token: a place only with strong support (first names like
        # "Devon" or "Brittany" are also provinces; countries are safe)
        return (
            (cue and strength >= T.lone_person_supported)
            or (tagged_place and strength >= T.lone_person_supported)
            or strength >= T.lone_person
        )
    if label == "ORG":
        return (
            strength >= T.org
            or (tagged_place and strength >= T.org_tagged)
            or (cue and strength >= T.org_cue)
        )
    if label == "FAC":
        return strength >= T.fac or cue or tagged_place
    if label == "NORP":
        if single and not demonym_countries(c.name) and _coordinated_unit(ctx, c):
            return strength >= T.norp_coordinated  # "in Sindh and Punjab"
        if c.cue and not demonym_countries(c.name) and _cue_kind_fits(c, cands):
            return strength >= T.norp_coordinated  # "the Balochistan province"
        return not single and strength >= T.norp
    if label:
        return strength >= T.other_label  # EVENT, WORK_OF_ART, PRODUCT, LAW, LANGUAGE
    if tagged_place:
        return strength >= T.tagged_place
    tok = ctx.toks[c.ts]
    if single and tok.tag not in ("NNP", "NNPS") and not first.isupper():
        # a capitalised common word (sentence-initial "Police", "Reading")
        return strength >= T.common_word and not ctx.sent_start[c.ts]
    if ctx.sent_start[c.ts] and single:
        return strength >= T.sentence_initial or (cue and strength >= T.sentence_initial_cue)
    if cue:
        return strength >= T.cue
    return strength >= T.bare


def _cue_kind_fits(c: Cand, cands: list[Candidate]) -> bool:
    """Has the span a gazetteer place of its type cue's kind among its first candidates
    ("Balochistan province": a first-level unit called Balochistan)?"""
    return any(x.match != "fuzzy" and x.place.kind == c.cue for x in cands[: T.strength_candidates])


def landmark(cands: list[Candidate], name: str) -> bool:
    """Is ``name`` (several words) the own name of a physical feature or region among the
    first candidates ("Amu Darya", "Salang Pass")? Such names rarely mean anything else,
    whatever label spaCy gives them."""
    key = normalize_name(strip_article(name))
    return any(
        x.match != "fuzzy"
        and x.place.kind in PHYSICAL_KINDS
        and normalize_name(strip_article(x.place.name)) == key
        for x in cands[: T.strength_candidates]
    )


def airport_name(ctx: Context, c: Cand, cands: list[Candidate]) -> bool:
    """Is the multi-word name an airport's own name or alias ("Bagram Airfield", "X
    International Airport")? It must end in an airport word (``airport_heads.csv``), match
    an airport of the gazetteer exactly or by alias, and not run on into a longer
    capitalised name ("Bagram Airfield Command")."""
    words = c.name.split()
    if len(words) < 2 or words[-1] not in ctx.lex.airport_heads:
        return False
    if run_context(ctx, c)[1]:
        return False
    return any(
        x.match != "fuzzy" and x.place.kind == "airport" for x in cands[: T.strength_candidates]
    )


def _inside_thing(ctx: Context, c: Cand) -> bool:
    """Is the span part of a longer spaCy entity of a named thing that is no place
    (``thing_labels.csv``: "the Crimean War" EVENT), or a saint's name right after "St."
    ("St. George's Day")?"""
    if (
        c.ts > 0
        and ctx.toks[c.ts - 1].text in ("St.", "St", "Saint", "Ste.")
        and ctx.adjacent(c.ts - 1, c.ts)
    ):
        return True
    for e in ctx.thing_entities:
        if e.end <= c.start or e.start >= c.end:
            continue
        start = e.start + len(e.text) - len(strip_article(e.text))  # "the Amu Darya"
        if start < c.start or e.end > c.end:
            return e.start <= c.start and e.end >= c.end
    return False


def named_landform(ctx: Context, c: Cand, cands: list[Candidate]) -> bool:
    """Is the multi-word name, ending in a landform word (``landform_heads.csv``, or a
    ``type_suffix.csv`` word of a physical kind: "Falls", "Pass", "Canal"), the own name of
    a gazetteer place among the first candidates ("Victoria Falls", "Salang Pass"), and not
    part of a longer capitalised name ("Victoria Falls Hotel")?"""
    if " " not in c.name:
        return False
    last = c.name.rsplit(None, 1)[-1]
    lex = ctx.lex
    if last not in lex.landform_heads and lex.type_suffix.get(last) not in PHYSICAL_KINDS:
        return False
    if run_context(ctx, c) != ([], []):
        return False
    key = normalize_name(strip_article(c.name))
    return any(
        x.match in ("exact", "folded") and normalize_name(strip_article(x.place.name)) == key
        for x in cands[: T.strength_candidates]
    )


def article_feature(ctx: Context, c: Cand, cands: list[Candidate]) -> bool:
    """ "the X" where X (standing alone, not a demonym of ``demonyms.csv``) is a gazetteer
    feature of a kind named with the article (``article_feature_kinds.csv``: rivers, seas,
    mountain ranges ...): "the Nile", "the Urals" -- whatever spaCy's label. The entity
    over the span, if any, must not reach beyond it ("the Nile Delta Authority")."""
    if ctx.prev_word(c.ts) not in ("the", "The", "THE") or demonym_countries(c.name):
        return False
    ent = ctx.ent_of[c.ts]
    if ent is not None and not (
        ent.end == c.end and ent.start in (c.start, ctx.toks[c.ts - 1].start)
    ):
        return False
    before, after = run_context(ctx, c)
    if after or before not in ([], ["The"], ["THE"]):
        return False
    kinds = ctx.lex.article_feature_kinds
    return any(x.match != "fuzzy" and x.place.kind in kinds for x in cands[: T.strength_candidates])


def english_alias_free(ctx: Context, name: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the ones that match ``name`` only as an alternate name made of
    common English words ("White House" for Casablanca, "Drug" for Durg): without strong
    context (a place label over the whole span, a location cue) such a phrase is English
    first. Countries keep their aliases."""
    if not cands or not ctx.lex.is_common_phrase(name):
        return cands
    key = normalize_name(strip_article(name))
    return [
        x
        for x in cands
        if x.place.kind == "country" or normalize_name(strip_article(x.place.name)) == key
    ]


def unit_code_fits(ctx: Context, c: Cand, cands: list[Candidate], label: str) -> bool:
    """A short all-caps name that is a first-level unit's code ("NSW", "BC", "PA") is that
    unit only when the document names other places of the unit's country and spaCy reads
    it as a place or a proper noun (not "OK" as a word). Country codes ("US") and names
    that are no unit's code pass."""
    top = [x for x in cands[: T.strength_candidates] if x.match != "fuzzy"]
    if any(x.place.kind == "country" for x in top):
        return True
    codes = [x.place for x in top if x.place.kind == "admin1" and x.match == "alias"]
    if not codes or not any(p.country in ctx.doc_countries() for p in codes):
        return not codes
    return label in ("GPE", "LOC") or ctx.toks[c.ts].tag in ("NNP", "NNPS")


def run_context(ctx: Context, c: Cand) -> tuple[list[str], list[str]]:
    """The capitalised words right before and after the span (same line and sentence)."""
    lex = ctx.lex
    before: list[str] = []
    k = c.ts
    while (
        k > 0
        and ctx.adjacent(k - 1, k)
        and ctx.capword(k - 1)
        and len(before) < T.run_context_words
    ):
        w = ctx.toks[k - 1].text
        if w in lex.us_state_abbr or (w.lower() in lex.pattern_stop and w not in ("The", "THE")):
            break
        if ctx.sent_start[k - 1] and lex.is_stop(w) and w not in ("The", "THE"):
            break
        before.insert(0, w)
        k -= 1
    after: list[str] = []
    k = c.te
    while (
        k < ctx.n and ctx.adjacent(k - 1, k) and ctx.capword(k) and len(after) < T.run_context_words
    ):
        after.append(ctx.toks[k].text)
        k += 1
    return before, after


def stands_alone(ctx: Context, c: Cand) -> bool:
    """No capitalised word right before or after the span (not part of a longer name)."""
    p = ctx.prev_word(c.ts)
    n = ctx.next_word(c.te)
    before = bool(p) and is_cap(p) and not ctx.sent_start[c.ts]
    return not before and not (n and is_cap(n))


def hard(c: Cand) -> bool:
    """Reject ``c`` for a reason that document-level consistency must not override."""
    c.hard = True
    return False
