"""Adjectival and metonymic place references, and the filter by form.

A mention's ``form`` (:data:`geo.models.MentionForm`) says how it refers to its place:

* ``"name"``: the place's own name ("Russia", "Kabul").
* ``"adjectival"``: an adjective of the place ("Russian troops", "Russian-made",
  "European leaders"). Rule: the word before a hyphen, a common noun, an adjective or a
  proper noun in the same sentence is adjectival.
* ``"demonym"``: a noun for its people ("the Afghans", "an American"): plural entries of
  the table, and singular entries that no noun or adjective follows.
* ``"organisation-of-place"``: a union whose name stands for a territory ("the EU").
* ``"facility"``: a street, square, bridge or building the gazetteer lacks ("Chicken
  Street"), found by :mod:`geo.recognize.facilities` and resolved to the city the text puts
  it in (:mod:`geo.resolve_facilities`).

Forms of continents, unions, US states and Canadian provinces ("Ohioans", "Ontarian")
come from ``data/lexicon/forms_places.csv`` (official style lists, see its ``source``).

Tables (with provenance columns): ``data/demonyms.csv`` (demonym -> country),
``data/lexicon/forms_places.csv`` (forms of continents and unions -> the gazetteer's place
name, with their form) and ``data/lexicon/forms_exclusions.csv`` (a word right before or
after a demonym that gives it another sense: "American Indian", "Indian reservation").

Adjectives inside a longer proper name ("Russian Federation", "Chinese Academy of
Sciences") are not separate mentions: the longer name wins the span when it is a place,
and an organisation entity that runs on past the adjective with capitalised words keeps it
(except a body of the state, ``data/lexicon/forms_state_bodies.csv``: "the Georgian Interior
Ministry" is adjectival of Georgia).

:func:`select_forms` filters mentions or resolutions (the benchmark); :func:`with_forms`
applies a setting to a whole analysis (its places and events follow) -- what ``--forms`` of
``python -m geo parse``/``annotate`` and the app's "Show adjectival references" switch use.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Literal, TypeVar

from geo import settings
from geo.errors import GeoError
from geo.models import Analysis, Mention, MentionForm, Resolution, summarize_places
from geo.recognize.context import Context
from geo.recognize.lexicon import read_rows

__all__ = [
    "FORM_SETTINGS",
    "FormSetting",
    "check_forms",
    "demonym_excluded",
    "demonym_form",
    "in_longer_name",
    "only_forms_note",
    "place_forms",
    "select_forms",
    "with_forms",
]

FormSetting = Literal["names", "all", "facilities"]
"""``"names"``: only mentions that are names of places; ``"all"``: every way the text refers
to a place (names, adjectives, peoples, organisations of places: the setting the accuracy
figures for "all forms" measure); ``"facilities"``: all of those and the streets, squares
and buildings the text names, at the city it puts them in (form ``"facility"``)."""
FORM_SETTINGS: tuple[FormSetting, ...] = ("names", "all", "facilities")


def _shown(form: str, forms: FormSetting) -> bool:
    """Whether a mention of ``form`` is shown under the setting ``forms``."""
    if forms == "facilities":
        return True
    if forms == "all":
        return form != "facility"
    return form == "name"


def _lexicon() -> Path:
    return Path(settings.LEXICON_DIR)


_NOUNISH = ("NN", "JJ", "VBN", "VBG", "CD")
_DETERMINERS = frozenset({"the", "a", "an", "two", "three", "many", "some", "all"})
_NAME_ENTITIES = ("ORG", "FAC", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT")

_T = TypeVar("_T", Mention, Resolution)


def select_forms(items: Iterable[_T], forms: FormSetting = "names") -> list[_T]:
    """The mentions (or resolutions) to show for a setting (:data:`FormSetting`). Order is
    kept."""
    check_forms(forms)
    out: list[_T] = []
    for x in items:
        m = x.mention if isinstance(x, Resolution) else x
        if _shown(m.form, forms):
            out.append(x)
    return out


def check_forms(forms: str) -> FormSetting:
    """``forms`` as a :data:`FormSetting`, or a :class:`~geo.errors.InputError`."""
    if forms not in FORM_SETTINGS:
        from geo.errors import InputError

        raise InputError(f"forms must be 'names', 'all' or 'facilities', not {forms!r}")
    return forms


def with_forms(analysis: Analysis, forms: FormSetting = "names") -> Analysis:
    """The analysis as a setting shows it: ``"facilities"`` is the analysis itself;
    ``"all"`` leaves out streets and buildings ("Chicken Street"), ``"names"`` every mention
    whose form is not ``"name"`` ("Russian troops", "the EU", "Chicken Street"), and with
    them the places only they referred to; events keep the places still named in their
    sentence (``mention_indices`` renumbered)."""
    check_forms(forms)
    keep = [i for i, r in enumerate(analysis.resolutions) if _shown(r.mention.form, forms)]
    if len(keep) == len(analysis.resolutions):
        return analysis
    renumber = {old: new for new, old in enumerate(keep)}
    resolutions = [analysis.resolutions[i] for i in keep]
    events = []
    for e in analysis.events:
        idx = tuple(renumber[i] for i in e.mention_indices if i in renumber)
        ids = tuple(dict.fromkeys(p.id for i in idx if (p := resolutions[i].place) is not None))
        events.append(replace(e, mention_indices=idx, place_ids=ids))
    return Analysis(analysis.document, resolutions, summarize_places(resolutions), events)


def only_forms_note(mentions: Iterable[Mention]) -> str | None:
    """``"named only as 'Russian'"`` when none of a place's mentions is its name (what the
    map and the place list add to such a place); None when one is."""
    texts: dict[str, None] = {}
    for m in mentions:
        if m.form == "name":
            return None
        texts[m.text] = None
    if not texts:
        return None
    return "named only as " + ", ".join(f"'{t}'" for t in list(texts)[:3])


@lru_cache(maxsize=1)
def place_forms() -> dict[str, tuple[str, MentionForm]]:
    """text as written ("EU", "European") -> (the gazetteer's place name, form)."""
    out: dict[str, tuple[str, MentionForm]] = {}
    path = _lexicon() / "forms_places.csv"
    for row in read_rows(path, ("entry", "place", "form", "source")):
        form = row["form"]
        if form not in ("adjectival", "demonym", "organisation-of-place"):
            raise GeoError(f"{path}: unknown form {form!r}")
        out[row["entry"]] = (row["place"], form)  # type: ignore[assignment]
    return out


@lru_cache(maxsize=1)
def _exclusions() -> dict[tuple[str, str], frozenset[str]]:
    out: dict[tuple[str, str], set[str]] = {}
    for row in read_rows(_lexicon() / "forms_exclusions.csv", ("entry", "side", "word", "source")):
        out.setdefault((row["entry"], row["side"]), set()).add(row["word"].lower())
    return {k: frozenset(v) for k, v in out.items()}


def demonym_excluded(ctx: Context, ts: int, te: int, text: str) -> bool:
    """A word right before or after the demonym gives it another sense: rows for the
    demonym ("American Indian", "Indian reservation", "Native American") and rows for
    every demonym (``*``: "Italian food", "speak French", "Irish-Americans"), ``<Name>``
    rows (any capitalised word before it: "Cherokee Indians"); a verb of
    saying right after makes it a surname ("French said")."""
    ex = _exclusions()
    before = ex.get((text, "before"), frozenset()) | ex.get(("*", "before"), frozenset())
    after = ex.get((text, "after"), frozenset()) | ex.get(("*", "after"), frozenset())
    nxt = ctx.next_word(te)
    prev = ctx.prev_word(ts).lower()
    if nxt in ctx.lex.speech_verbs and prev not in _DETERMINERS and not text.endswith("s"):
        return True  # a surname: "French said" (not "the Chinese said", "Russians said")
    if prev == "-" and ts >= 2 and ctx.adjacent(ts - 2, ts - 1):
        # "Irish-Americans", "African-American" (peoples), not "pro-Russian"
        first = ctx.toks[ts - 2].text
        return ctx.capword(ts - 2) and ("-" in before or first.lower() in before)
    if nxt == "-" and te + 1 < ctx.n and ctx.adjacent(te, te + 1):  # "Irish" of "Irish-Americans"
        second = ctx.toks[te + 1].text
        return second.lower() in after or "-" in ex.get((second, "before"), frozenset())
    if "<name>" in before and prev and ctx.capword(ts - 1) and not ctx.sent_start[ts - 1]:
        return True  # "<Name>" rows: after another capitalised name ("Cherokee Indians")
    return prev in before or nxt.lower() in after


@lru_cache(maxsize=1)
def _state_body_words() -> frozenset[str]:
    rows = read_rows(_lexicon() / "forms_state_bodies.csv", ("entry", "source"))
    return frozenset(r["entry"].lower() for r in rows)


def in_longer_name(ctx: Context, ts: int, te: int) -> bool:
    """The span opens an organisation-like entity that goes on with capitalised words
    ("Chinese Academy of Sciences", "American Airlines"), unless that organisation is a
    body of the state ("the Georgian Interior Ministry", "the Afghan National Army"): its
    next word is in ``data/lexicon/forms_state_bodies.csv``; then the adjective stays, as
    the country the body stands for."""
    e = ctx.ent_of[ts]
    if e is None or e.label not in _NAME_ENTITIES or e.end <= ctx.toks[te - 1].end:
        return False
    if not (te < ctx.n and ctx.capword(te) and ctx.adjacent(te - 1, te)):
        return False
    return ctx.toks[te].text.lower() not in _state_body_words()


def demonym_form(ctx: Context, ts: int, te: int, plural: bool) -> MentionForm:
    """ "adjectival" or "demonym" for a demonym at tokens [ts, te)."""
    if te < ctx.n and ctx.toks[te].start == ctx.toks[te - 1].end and ctx.toks[te].text in "-–":
        return "adjectival"  # "Russian-made"
    if plural:
        return "demonym"
    if te < ctx.n and ctx.adjacent(te - 1, te) and ctx.toks[te].tag.startswith(_NOUNISH):
        return "adjectival"  # "Russian troops", "Chinese officials", "Afghan National Army"
    return "demonym"  # "an Afghan", "the Chinese"


def is_plural_entry(text: str, table: Sequence[str] | dict[str, tuple[str, ...]]) -> bool:
    """An English plural of another entry ("Afghans" of "Afghan")."""
    return text.endswith("s") and text[:-1] in table
