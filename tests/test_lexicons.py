"""Every lexicon is a reviewed data file that says what it holds and where it came from."""

from __future__ import annotations

import pytest

from shequ.lexicon import LEXICON_DIR, read_table

# Published data kept in its own format, with its own README and licence beside it.
EXTERNAL = {"gazetteer"}
DATA_FILES = sorted(p for p in LEXICON_DIR.rglob("*") if p.is_file() and p.suffix in {".txt", ".tsv", ".jsonl"} and not (set(p.relative_to(LEXICON_DIR).parts) & EXTERNAL))


def test_there_are_lexicons():
    assert len(DATA_FILES) > 30


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: p.name)
def test_lexicon_opens_with_a_header_comment(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    header = [line for line in lines[:3] if line.startswith("#")]
    assert header and len(" ".join(header)) > 40, f"{path.name}: say what it holds and where the entries came from"


@pytest.mark.parametrize("path", [p for p in DATA_FILES if p.suffix == ".tsv"], ids=lambda p: p.name)
def test_tsv_rows_match_their_header(path):
    assert read_table(str(path.relative_to(LEXICON_DIR)))  # raises LexiconError naming file and line


def test_gazetteer_ships_its_licence_and_source_note():
    assert (LEXICON_DIR / "gazetteer" / "LICENSE").is_file()
    assert "Administrative-divisions-of-China" in (LEXICON_DIR / "gazetteer" / "README.md").read_text(encoding="utf-8")
