"""The lexicon files: they load, every entry has its provenance, no entry is listed twice,
and the loader's contract (comments, columns, errors, caching)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from geo import settings
from geo.errors import GeoError
from geo.models import KINDS
from geo.recognize import Lexicon, lexicon
from geo.recognize.lexicon import MAPPING_FILES, PLAIN_FILES, WORD_FILES, load_lexicon, read_rows

LEXICON_DIR = Path(settings.LEXICON_DIR)
ALL_FILES = sorted((*WORD_FILES, *MAPPING_FILES))


def _columns(stem: str) -> tuple[str, ...]:
    return ("entry", "value", "source") if stem in MAPPING_FILES else ("entry", "source")


def test_the_lexicon_folder_is_the_repositorys_data_folder():
    assert Path(settings.DATA_DIR) / "lexicon" == LEXICON_DIR
    # lexicons of other packages (geo.names: names_), and the place forms' tables
    # (geo.recognize.forms)
    other_stages = ("events_", "sentences_", "dates_", "forms_", "names_")
    ours = sorted(p.stem for p in LEXICON_DIR.glob("*.csv") if not p.stem.startswith(other_stages))
    assert ours == ALL_FILES
    for stem in PLAIN_FILES:
        assert (LEXICON_DIR / f"{stem}.txt").is_file()


@pytest.mark.parametrize("stem", ALL_FILES)
def test_every_file_has_a_header_comment_provenance_and_no_duplicates(stem):
    path = LEXICON_DIR / f"{stem}.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# "), "a comment saying what the list is for comes first"
    rows = read_rows(path, _columns(stem))
    assert rows
    entries = [r["entry"] for r in rows]
    assert len(entries) == len(set(entries)), sorted({e for e in entries if entries.count(e) > 1})
    for r in rows:
        assert r["source"], f"{stem}: {r['entry']!r} has no source"
        assert r["entry"] == r["entry"].strip() and r["entry"]
        if "value" in r:
            assert r["value"], f"{stem}: {r['entry']!r} has no value"


@pytest.mark.parametrize("stem", ["cue_after", "cue_before_of", "type_prefix", "type_suffix"])
def test_cue_values_are_gazetteer_kinds(stem):
    for r in read_rows(LEXICON_DIR / f"{stem}.csv", _columns(stem)):
        assert r["value"] in KINDS, (stem, r)


def test_plural_heads_and_article_features_name_gazetteer_kinds():
    lex = lexicon()
    assert lex.plural_heads["districts"][0] == "admin2"
    for kinds in lex.plural_heads.values():
        assert kinds and all(k in KINDS for k in kinds)
    assert "river" in lex.article_feature_kinds and lex.article_feature_kinds <= set(KINDS)


def test_loaded_once_and_immutable():
    lex = lexicon()
    assert lexicon() is lex
    assert isinstance(lex, Lexicon)
    with pytest.raises(AttributeError):
        lex.stop_words = frozenset()  # type: ignore[misc]
    with pytest.raises(TypeError):
        lex.cue_after["hamlet"] = "city"  # type: ignore[index]


def test_derived_sets():
    lex = lexicon()
    assert lex.org_any == lex.org_block | lex.org_weak
    assert lex.facility_lower == {w.lower() for w in lex.facility}
    assert lex.civic | lex.facility_lower <= lex.generic_tail


def test_general_entries_are_there():
    lex = lexicon()
    assert {"the", "monday", "december", "christmas", "north"} <= lex.stop_words
    assert {"gen.", "mayor", "sheikh", "rabbi", "jr"} <= lex.honorifics
    assert lex.us_state_abbr["Wyo."] == "Wyoming" and lex.us_state_abbr["OR"] == "Oregon"
    assert lex.type_suffix["County"] == "admin2" and lex.cue_after["province"] == "admin1"


def test_is_stop():
    lex = lexicon()
    assert lex.is_stop("May") and lex.is_stop("the") and lex.is_stop("A")
    assert not lex.is_stop("US") and not lex.is_stop("THE")  # all caps, two or more letters
    assert lex.is_stop("Us") and not lex.is_stop("Kabul")


def _write(folder: Path, stem: str, text: str) -> None:
    (folder / f"{stem}.csv").write_text(text, encoding="utf-8")


def _copy_all(folder: Path) -> None:
    for stem in ALL_FILES:
        _write(folder, stem, (LEXICON_DIR / f"{stem}.csv").read_text(encoding="utf-8"))
    for stem in PLAIN_FILES:
        (folder / f"{stem}.txt").write_text("# a test list\nhouse\n", encoding="utf-8")


def test_loader_reads_another_folder(tmp_path):
    _copy_all(tmp_path)
    _write(tmp_path, "stop_words", "# a test list\nentry,source\n  Zyx  ,made up here\n\n")
    lex = load_lexicon(tmp_path)
    assert lex.stop_words == {"Zyx"}
    assert lex.honorifics == lexicon().honorifics


def test_missing_file_is_a_geo_error(tmp_path):
    _copy_all(tmp_path)
    (tmp_path / "honorifics.csv").unlink()
    with pytest.raises(GeoError, match="honorifics"):
        load_lexicon(tmp_path)


@pytest.mark.parametrize(
    "text",
    [
        "entry,value,source\nx,y,z\n",  # wrong columns for a word list
        "entry,source\n,made up here\n",  # a row without an entry
    ],
)
def test_malformed_file_is_a_geo_error(tmp_path, text):
    _copy_all(tmp_path)
    _write(tmp_path, "connectors", text)
    with pytest.raises(GeoError, match="connectors"):
        load_lexicon(tmp_path)


def test_files_are_plain_csv_after_the_comments():
    # the comment lines are the only addition to RFC 4180 CSV
    for stem in ALL_FILES:
        text = (LEXICON_DIR / f"{stem}.csv").read_text(encoding="utf-8")
        body = [ln for ln in text.splitlines() if not ln.startswith("#")]
        header = next(csv.reader(body))
        assert tuple(header) == _columns(stem)


def test_common_words_and_phrases():
    lex = lexicon()
    assert {"house", "white", "drug", "market"} <= lex.common_words
    # words that name a major place are not common words (WordNet lists proper nouns)
    assert not {"london", "dublin", "kiev"} & lex.common_words
    assert lex.is_common_phrase("White House") and lex.is_common_phrase("Drug")
    assert not lex.is_common_phrase("Kandahar") and not lex.is_common_phrase("NSW")


def test_seats_of_power_map_to_gazetteer_ids():
    seats = lexicon().seats
    assert seats["Kremlin"] == "geonames:524901"  # Moscow
    assert all(v.startswith("geonames:") for v in seats.values())
