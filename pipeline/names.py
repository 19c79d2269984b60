"""Names of clippings: what identifies one, how a name is shown on one line, where its sheets go.

- `clipping_name(path, root)`: a clipping's identity, its path relative to the input root
  it was found under (a file given directly: its file name), "/"-separated, each part
  escaped with `escape`. Same-named files in different folders are different clippings;
  the identity names the clipping in its sheets, its state record and the graph store.
- `sheet_folder(clipping)`: the clipping's folder under `factsheets/` (its identity without
  `.txt`), `sheet_file(article_id)`: a sheet's file name. Every part is a safe path segment
  (`segment`), so no input name can make a path that leaves `factsheets/`.
- `printable(text)`: any text (a path as given, an error message) as one line of valid
  Unicode, for stderr, report.json and log lines.

`escape` is injective (two names never share an escape), so identities never collide:
`\\` → `\\\\`; a byte that is not UTF-8 (Python keeps it as a lone surrogate, e.g. the GBK
bytes of a name unzipped from a Chinese Windows archive) → `\\xNN`; control, format and
line-separator characters → `\\n`, `\\r`, `\\t` or `\\xNN` / `\\uNNNN`. `printable` escapes the
same characters but leaves `\\` alone (it is for reading, not for identity).
"""

from __future__ import annotations

import hashlib
import os
import unicodedata
from pathlib import Path, PurePosixPath

# A path segment may hold at most this many bytes (ext4, XFS, btrfs, APFS, NTFS: 255).
MAX_SEGMENT_BYTES = 255
SHEET_SUFFIX = ".json"
CLIPPING_SUFFIX = ".txt"
# Unicode categories escaped in names and messages: control, format (bidi overrides,
# zero-width characters), unpaired surrogates (undecodable bytes), line and paragraph separators.
ESCAPED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
SHORT_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escaped_char(char: str) -> str | None:
    """The escape of one character, or None when it is shown as it is."""
    if char in SHORT_ESCAPES:
        return SHORT_ESCAPES[char]
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # surrogateescape: the undecodable byte code - 0xDC00
        return f"\\x{code - 0xDC00:02x}"
    if unicodedata.category(char) in ESCAPED_CATEGORIES:
        return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"
    return None


def printable(text: str) -> str:
    """`text` on one line of valid Unicode: line breaks, control characters and undecodable
    bytes escaped (`a\\nb.txt`, `\\xc9\\xe7.txt`); everything else as it is."""
    if text.isprintable():  # the common case, checked in C (surrogates are not printable)
        return text
    return "".join(_escaped_char(char) or char for char in text)


def escape(text: str) -> str:
    """Like `printable`, but also `\\` → `\\\\`, so different names always escape differently."""
    return printable(text.replace("\\", "\\\\"))


def shown(path: str | os.PathLike) -> str:
    """A path as messages and report.json show it: as given, on one line."""
    return printable(os.fspath(path))


def clipping_name(path: str | os.PathLike, root: str | os.PathLike | None = None) -> str:
    """The identity of the clipping at `path`, found under the folder `root` (None: given directly)."""
    path = Path(path)
    relative = path.relative_to(root) if root is not None else Path(path.name)
    return "/".join(escape(part) for part in relative.parts)


def segment(name: str, *, max_bytes: int = MAX_SEGMENT_BYTES) -> str:
    """An escaped name made a path segment that stays where it is put.

    A leading dot is escaped (`..` → `\\x2e.`: never the parent folder, never a hidden or
    temp file), `/` too; an empty name becomes `\\x00` (no file name holds NUL). A name over
    `max_bytes` keeps its beginning plus `~` and a hash of the whole name.
    """
    name = name.replace("/", "\\x2f")
    if not name:
        name = "\\x00"
    elif name.startswith("."):
        name = "\\x2e" + name[1:]
    if len(name.encode("utf-8")) <= max_bytes:
        return name
    digest = "~" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:16]
    head = name.encode("utf-8")[: max_bytes - len(digest)].decode("utf-8", errors="ignore")
    return head + digest


def strip_suffix(name: str) -> str:
    """A clipping file name without `.txt` (any case), unless nothing would be left."""
    return name[: -len(CLIPPING_SUFFIX)] if name.lower().endswith(CLIPPING_SUFFIX) and len(name) > len(CLIPPING_SUFFIX) else name


def sheet_folder(clipping: str) -> PurePosixPath:
    """Where the sheets of `clipping` go, relative to `factsheets/`: `seeds/000_x.txt` → `seeds/000_x`."""
    *folders, last = clipping.split("/")
    return PurePosixPath(*(segment(part) for part in folders), segment(strip_suffix(last)))


def sheet_file(article_id: str) -> str:
    """The file name of the sheet of `article_id` (the id itself + `.json` for every id we make)."""
    return segment(escape(article_id), max_bytes=MAX_SEGMENT_BYTES - len(SHEET_SUFFIX)) + SHEET_SUFFIX
