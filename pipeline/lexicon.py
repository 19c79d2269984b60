"""Loading the reviewed data files in `lexicons/` (installed as `shequ.lexicons`).

Every lexicon file starts with `#` comment lines saying what it holds and where the
entries came from; blank lines are ignored. TSV files have a header row after the
comments. One loader per shape; callers cache what they build from it.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from .errors import LexiconError


_PACKAGE_DIR = Path(__file__).resolve().parent
# A regular install ships the data as `shequ/lexicons/` (see pyproject's package-dir);
# a source checkout or editable install reads the top-level `lexicons/` beside `pipeline/`.
LEXICON_DIR = next(
    (path for path in (_PACKAGE_DIR / "lexicons", _PACKAGE_DIR.parent / "lexicons") if path.is_dir()),
    _PACKAGE_DIR / "lexicons",
)


def lexicon_path(name: str) -> Path:
    """Path of `lexicons/<name>` (installed package data or the source tree)."""
    return LEXICON_DIR / name


def _data_lines(name: str) -> Iterator[tuple[int, str]]:
    with lexicon_path(name).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            stripped = line.rstrip("\n").rstrip("\r")
            if not stripped.strip() or stripped.lstrip().startswith("#"):
                continue
            yield number, stripped


@lru_cache(maxsize=None)
def read_terms(name: str) -> tuple[str, ...]:
    """A one-term-per-line list."""
    return tuple(line.strip() for _, line in _data_lines(name))


@lru_cache(maxsize=None)
def read_table(name: str) -> tuple[dict[str, str], ...]:
    """A TSV with a header row; every row must have as many cells as the header."""
    rows = list(_data_lines(name))
    if not rows:
        raise LexiconError(path=name, line=0, problem="no header row", expected="a header")
    _, header = rows[0]
    columns = header.split("\t")
    table = []
    for number, line in rows[1:]:
        cells = line.split("\t")
        if len(cells) != len(columns):
            raise LexiconError(
                path=name, line=number, problem=f"{len(cells)} cells", expected=f"{len(columns)} tab-separated cells ({', '.join(columns)})"
            )
        table.append(dict(zip(columns, (cell.strip() for cell in cells))))
    return tuple(table)


@lru_cache(maxsize=None)
def read_csv(name: str) -> tuple[dict[str, str], ...]:
    """A plain CSV with a header row (used for the gazetteer as published)."""
    with lexicon_path(name).open(encoding="utf-8", newline="") as handle:
        return tuple(csv.DictReader(handle))
