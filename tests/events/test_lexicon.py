"""geo.events.lexicon: the curated word lists load, carry provenance, have no duplicates."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path
from typing import get_args

import pytest

from geo import settings
from geo.errors import GeoError
from geo.events import EVENT_NOUNS, KNOWN_GROUPS, VERB_TYPES
from geo.events.lexicon import LEXICON_FILES, load_lexicon
from geo.models import EventType

LIST_COLUMNS = ("forms", "verbs", "words")  # "|"-separated cells


def read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        rows = list(reader)
        return list(reader.fieldnames or ()), rows


def test_every_events_lexicon_file_is_known():
    found = sorted(p.name for p in settings.LEXICON_DIR.glob("events_*"))
    assert found == sorted(LEXICON_FILES)


@pytest.mark.parametrize("name", sorted(LEXICON_FILES))
def test_file_has_provenance_and_no_duplicates(name):
    header, rows = read(settings.LEXICON_DIR / name)
    assert rows
    assert header[-1] == "source"
    keys = LEXICON_FILES[name]
    assert set(keys) <= set(header)
    for row in rows:
        assert None not in row and all(v is not None for v in row.values()), row  # no ragged rows
        assert row["source"].strip(), row
        assert all(v == v.strip() for v in row.values()), row
        for col in LIST_COLUMNS:
            if col in row:
                items = row[col].split("|")
                assert all(items) and len(items) == len(set(items)), row
    seen = [tuple(row[k] for k in keys) for row in rows]
    assert len(seen) == len(set(seen))
    if name != "events_known_groups.csv":  # group names keep their case; words are lower case
        first = keys[-1] if name != "events_phrases.csv" else "verbs"
        assert all(row[first] == row[first].lower() for row in rows)


def test_known_groups_name_their_article():
    _, rows = read(settings.LEXICON_DIR / "events_known_groups.csv")
    assert all(row["wikipedia"] for row in rows)
    assert tuple(row["name"] for row in rows) == KNOWN_GROUPS


def test_lexicon_loads_once_and_is_consistent():
    lex = load_lexicon()
    assert load_lexicon() is lex
    types = set(get_args(EventType))
    assert set(lex.verbs.values()) <= types and set(lex.nouns.values()) <= types
    assert lex.verbs == VERB_TYPES and lex.nouns == EVENT_NOUNS
    assert not set(lex.verbs) & set(lex.stative)
    assert set(lex.irregular) <= set(lex.verbs) | set(lex.stative)
    assert all(v in lex.verbs for verbs, _, _, _ in lex.phrases for v in verbs)
    # event nouns are year nouns already (an overlap is redundant, harmless)
    assert len(lex.year_nouns & set(lex.nouns)) <= 1  # "riots"
    assert not (lex.count_nouns & lex.not_plural)
    assert {"send", "capture", "attack", "negotiate", "say", "appoint", "take"} <= set(lex.verbs)
    assert "barrage" in lex.not_actors and all(w == w.lower() for w in lex.not_actors)
    assert (
        lex.verbs["take"] == "other" and lex.particles[("take", "over")] == "strategic_developments"
    )


@pytest.fixture
def lexdir(tmp_path):
    for name in LEXICON_FILES:
        shutil.copy(settings.LEXICON_DIR / name, tmp_path / name)
    return tmp_path


def append(path: Path, line: str) -> None:
    with path.open("a", encoding="utf-8") as fh:
        fh.write(line + "\n")


@pytest.mark.parametrize(
    "name, line, message",
    [
        ("events_verbs.csv", "send,movement,,,again", "duplicate"),
        ("events_verbs.csv", "wander,walking,,,made up", "unknown class"),
        ("events_nouns.csv", "parade,other,,,", "empty source"),
        ("events_nouns.csv", "parade,festivity,,,made up", "unknown type"),
        ("events_irregular_verbs.csv", "sing,sang|sung,made up", "not in events_verbs.csv"),
        ("events_phrases.csv", "object,sing,song,other,,,made up", "not in events_verbs.csv"),
        ("events_phrases.csv", "adverb,take,back,control,,,made up", "unknown kind"),
        ("events_known_groups.csv", "Taliban,Taliban,again", "duplicate"),
        ("events_date_words.csv", "fortnight,unit,made up", "unknown group"),
    ],
)
def test_a_broken_file_is_an_error(lexdir, name, line, message):
    append(lexdir / name, line)
    with pytest.raises(GeoError, match=message):
        load_lexicon(lexdir)


def test_a_missing_source_column_is_an_error(lexdir):
    (lexdir / "events_date_words.csv").write_text("word,group\nwar,year_noun\n", encoding="utf-8")
    with pytest.raises(GeoError, match="no 'source' column"):
        load_lexicon(lexdir)
