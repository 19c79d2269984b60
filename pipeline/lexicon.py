"""Loading the reviewed data files in `lexicons/` (installed as `shequ.lexicons`).

Every lexicon file starts with `#` comment lines saying what it holds and where the
entries came from; blank lines are ignored. TSV files have a header row after the
comments. One loader per shape; callers cache what they build from it.

Tables that take long to build from the lexicons (the gazetteer's forms, the segmenter's
word table) are kept between runs by `cached` in the user's cache folder, never in the
package, and never downloaded: each is rebuilt whenever the lexicons, the code that builds
it, the package version or Python change.
"""

from __future__ import annotations

import csv
import hashlib
import marshal
import os
import sys
import time
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Iterator, TypeVar

T = TypeVar("T")

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


def read_csv(name: str) -> Iterator[dict[str, str]]:
    """The rows of a plain CSV with a header row (the gazetteer as published), read as they
    are iterated and not cached: the gazetteer keeps what it builds from its 45k rows, and
    the rows themselves would hold another 20 MB in every worker."""
    with lexicon_path(name).open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


# Where `cached` keeps built tables: this variable's folder, else <user cache>/shequ
# ($XDG_CACHE_HOME, else ~/.cache); the value `off` keeps none (every process builds them).
CACHE_ENV = "SHEQU_CACHE_DIR"
# A cache file: this magic, the SHA-256 of the rest, then the marshalled table.
CACHE_MAGIC = b"shequ-cache-1\n"
# A cached table of another version is removed when no process has written it for this long.
STALE_CACHE_SECONDS = 7 * 24 * 3600


def cache_dir() -> Path | None:
    """The folder of built tables (see CACHE_ENV), or None when caching is off."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen:
        return None if chosen == "off" else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "shequ"


@lru_cache(maxsize=1)
def lexicons_digest() -> str:
    """SHA-256 over every file of `lexicons/` (names and bytes): any edit changes it."""
    digest = hashlib.sha256()
    for path in sorted(p for p in LEXICON_DIR.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(LEXICON_DIR).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def cached(name: str, inputs: Iterable[str | Path], build: Callable[[], T], *, stamp: str = "") -> T:
    """`build()`, kept in `cache_dir()` between processes.

    The table must be plain data (dicts, lists, tuples, str, int, bool, None: `marshal`).
    Its file name holds a key over Python's version, every lexicon file, this module and
    the bytes of each of `inputs` (the modules that build it, other data files), and
    `stamp` (what else decides it, e.g. a native library's file size and time), so a
    change to any of them builds it again. A missing, corrupt or unreadable file is
    built again (the checksum is verified before anything is unmarshalled); a folder that
    cannot be written leaves the table uncached, which only costs time.
    """
    folder = cache_dir()
    if folder is None:
        return build()
    key = hashlib.sha256(f"{sys.version}\0{stamp}\0{lexicons_digest()}".encode())
    for item in (__file__, *inputs):
        key.update(b"\0" + Path(item).read_bytes())
    path = folder / f"{name}-{key.hexdigest()[:20]}.bin"
    table = _read_cache(path)
    if table is not None:
        return table
    table = build()
    _write_cache(path, table)
    return table


def _read_cache(path: Path):
    """The table in `path`, or None when there is none or it is damaged. The file is mapped,
    not read: its pages leave memory when the table is built (a read buffer would stay in
    the heap of every worker)."""
    import mmap

    head = len(CACHE_MAGIC)
    try:
        with open(path, "rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
            with memoryview(data) as view:
                if view[:head] != CACHE_MAGIC or hashlib.sha256(view[head + 32 :]).digest() != view[head : head + 32]:
                    return None
                return marshal.loads(view[head + 32 :])
    except (OSError, ValueError, EOFError, TypeError):  # no file, an empty one (mmap refuses it), bad data
        return None


def _write_cache(path: Path, table) -> None:
    body = marshal.dumps(table)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(CACHE_MAGIC + hashlib.sha256(body).digest() + body)
        os.replace(temporary, path)  # a reader sees the old file or the whole new one
    except OSError:
        try:
            temporary.unlink(missing_ok=True)
        except OSError:
            pass
        return
    # Tables of other versions (other lexicons or code) untouched for a while are removed;
    # recent ones stay, as another installed version may still use them.
    for stale in path.parent.glob(path.name.rsplit("-", 1)[0] + "-*.bin"):
        try:
            if stale != path and time.time() - stale.stat().st_mtime > STALE_CACHE_SECONDS:
                stale.unlink()
        except OSError:
            pass
