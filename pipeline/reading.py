"""Reading a clipping file: path → bytes → decoded raw text, or one clear error.

The decoded text is the "raw clipping" every evidence offset points into, so decoding
changes as little as possible: a byte-order mark is dropped (offsets count characters
of the text after it), but line endings stay exactly as written (`\\r\\n` is two
characters). Encodings tried, in order: a BOM (UTF-8, UTF-16, UTF-32), strict UTF-8,
then GB18030 (a superset of GBK and GB2312, what Chinese Windows tools save), then
UTF-16 or UTF-32 without a BOM; the last three only when the result reads like Chinese
text (mostly common GB2312 characters, few control characters). A file that is UTF-8
but for a few invalid bytes is refused as invalid UTF-8, never misread as GB18030. A
stray NUL byte (like any other control character) in text is kept as it is, so offsets
stay exact; more than 1% of them means binary data. Anything else is refused with an
error from `pipeline.errors` that names the file (on one line: `names.shown`) and says
how to fix it.

Memory stays bounded: at most `max_bytes + 1` bytes are ever read, so a 50 MB file
(or a FIFO, or /dev/zero renamed .txt) is refused without being loaded.
"""

from __future__ import annotations

import codecs
import errno
import hashlib
import os
import re
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .errors import (
    BinaryInputError,
    BlankInputError,
    EmptyInputError,
    InputTooLargeError,
    UndecodableInputError,
    UnreadableInputError,
)
from .names import shown

# A newspaper page is ~10 KB of text; 4 MiB is ~400 pages in one file, which is a
# concatenation mistake rather than a clipping. Refusing keeps every worker's memory and
# time bounded: 4 MiB of Chinese text (~1.4 M characters) takes under a minute of CPU,
# well inside the default per-clipping time limit (`shequ run --timeout`).
MAX_CLIPPING_BYTES = 4 * 1024 * 1024

# Byte-order marks, longest first (the UTF-32-LE BOM starts with the UTF-16-LE one).
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# File signatures of formats people export clippings from by mistake.
MAGIC_NUMBERS = (
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (docx/xlsx/epub?)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office 97 document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"\x1f\x8b", "gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\x7fELF", "executable"),
)

# Control characters tolerated in text: tab, line feed, vertical tab, form feed
# (PDF extractors emit it between pages), carriage return.
TEXT_CONTROLS = frozenset("\t\n\x0b\x0c\r")
# The other control characters (Unicode category Cc: all 65 of them lie below U+00A0), as a
# class `_control_count` finds in one C-speed scan instead of asking for each character's category.
RE_OTHER_CONTROL = re.compile(
    "[" + "".join(re.escape(chr(c)) for c in range(0xA0)
                  if chr(c) not in TEXT_CONTROLS and unicodedata.category(chr(c)) == "Cc") + "]"
)
# More than this share of other control characters means binary data, not text...
MAX_CONTROL_SHARE = 0.01
# ...but this many are always stray ones (a NUL left by a copy-paste in a short clipping).
STRAY_CONTROLS = 3
# A text is UTF-8 with a few broken bytes, not another encoding, when at most this share of
# its non-ASCII characters are invalid sequences (GBK read as UTF-8 is invalid almost everywhere).
MAX_INVALID_UTF8_SHARE = 0.1
# GB18030 decodes many non-Chinese byte strings into rare characters; real Chinese text is
# dominated by the ~7,000 common characters of GB2312. Below this share it is not Chinese.
MIN_GB2312_SHARE = 0.8
# Characters sampled for the two checks above (enough for a verdict, cheap on big files).
SAMPLE_CHARS = 200_000


@dataclass(frozen=True)
class RawClipping:
    """A decoded clipping: `text` is what evidence offsets index."""

    path: Path
    text: str
    encoding: str
    sha256: str  # of the file's bytes: the clipping's content identity
    size: int  # bytes


def read_bytes(path: str | os.PathLike, *, max_bytes: int = MAX_CLIPPING_BYTES) -> bytes:
    """The file's bytes, refusing non-regular files, oversize files and unreadable paths."""
    path = Path(path)
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            kind = "a folder" if stat.S_ISDIR(info.st_mode) else "not a regular file"
            raise UnreadableInputError(path=shown(path), reason=kind)
        if info.st_size > max_bytes:
            raise InputTooLargeError(path=shown(path), size=info.st_size, limit=max_bytes)
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)  # +1: a file that grew since stat still gets refused
    except OSError as err:
        raise UnreadableInputError(path=shown(path), reason=_os_reason(err)) from err
    if len(data) > max_bytes:
        raise InputTooLargeError(path=shown(path), size=f"more than {max_bytes}", limit=max_bytes)
    return data


def _os_reason(err: OSError) -> str:
    if err.errno == errno.ELOOP:
        return "symlink loop: the link points back to itself"
    if err.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if err.errno == errno.ENOENT:
        return "no such file (a broken symlink?)"
    if err.errno == errno.ENAMETOOLONG:
        return "file name too long"
    return err.strerror or type(err).__name__


def decode(data: bytes, path: str | os.PathLike = "<bytes>") -> tuple[str, str]:
    """(text, encoding name) of a clipping's bytes, or an input error naming `path`."""
    path = shown(path)
    if not data:
        raise EmptyInputError(path=path)
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError as err:
                raise UndecodableInputError(path=path, reason=f"{encoding} BOM but invalid {encoding} at byte {err.start + len(bom)}") from err
            return _checked(text, path, len(data)), encoding + "-bom"
    for magic, kind in MAGIC_NUMBERS:
        if data.startswith(magic):
            raise BinaryInputError(path=path, reason=f"{kind} signature")
    nuls = data.count(b"\x00")
    if nuls:  # UTF-16/32 text is full of NUL bytes; a stray one in UTF-8 or GB18030 text is kept
        wide = _wide_without_bom(data)
        if wide is not None:
            return _checked(wide[0], path, len(data)), wide[1]
        if nuls > max(STRAY_CONTROLS, MAX_CONTROL_SHARE * len(data)):
            raise BinaryInputError(path=path, reason=f"{nuls} NUL byte{'s' if nuls > 1 else ''}")
    try:
        return _checked(data.decode("utf-8"), path, len(data)), "utf-8"
    except UnicodeDecodeError as utf8_err:
        utf8_reason = f"invalid UTF-8 at byte {utf8_err.start}"
    invalid = _invalid_utf8_sequences(data)
    if invalid is not None:
        raise UndecodableInputError(path=path, reason=f"{utf8_reason}: {invalid} invalid byte sequence{'s' if invalid > 1 else ''} in otherwise UTF-8 text")
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as err:
        gb_reason = f"invalid GB18030 at byte {err.start}"
    else:
        share = _gb2312_share(text)
        if share >= MIN_GB2312_SHARE:
            return _checked(text, path, len(data)), "gb18030"
        gb_reason = f"as GB18030 only {share:.0%} of the characters are common Chinese"
    wide = None if nuls else _wide_without_bom(data)
    if wide is not None:
        return _checked(wide[0], path, len(data)), wide[1]
    raise UndecodableInputError(path=path, reason=f"{utf8_reason}; {gb_reason}")


def _invalid_utf8_sequences(data: bytes) -> int | None:
    """How many invalid sequences text holds that is UTF-8 but for them (`MAX_INVALID_UTF8_SHARE`
    of its non-ASCII characters at most), or None when it is not UTF-8 text."""
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
    wide = len(text) - len(text.encode("ascii", errors="ignore"))
    return invalid if 0 < invalid <= MAX_INVALID_UTF8_SHARE * wide else None


def _wide_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 or UTF-32 saved without a BOM, accepted only when one of them reads as Chinese text."""
    best = None
    for encoding, width in (("utf-16-le", 2), ("utf-16-be", 2), ("utf-32-le", 4), ("utf-32-be", 4)):
        if len(data) % width:
            continue
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not text.strip() or _control_count(text[:SAMPLE_CHARS]) > MAX_CONTROL_SHARE * min(len(text), SAMPLE_CHARS):
            continue
        share = _gb2312_share(text)
        if share >= MIN_GB2312_SHARE and (best is None or share > best[0]):
            best = (share, text, encoding)
    return None if best is None else (best[1], best[2])


def _control_count(text: str) -> int:
    return len(RE_OTHER_CONTROL.findall(text))


def _checked(text: str, path, size: int) -> str:
    """Refuse decoded text that is empty, blank, or full of control characters."""
    if not text:
        raise EmptyInputError(path=path)
    if text.isspace():
        raise BlankInputError(path=path, size=size)
    sample = text[:SAMPLE_CHARS]
    controls = _control_count(sample)
    if controls > max(STRAY_CONTROLS, MAX_CONTROL_SHARE * len(sample)):
        raise BinaryInputError(path=path, reason=f"{controls} control characters in the first {len(sample)}")
    return text


def _gb2312_share(text: str) -> float:
    """Share of the non-ASCII characters that GB2312 (common simplified Chinese) can encode."""
    wide = [char for char in text[:SAMPLE_CHARS] if ord(char) > 0x7F]
    if not wide:
        return 1.0
    common = 0
    for char in wide:
        try:
            char.encode("gb2312")
            common += 1
        except UnicodeEncodeError:
            pass
    return common / len(wide)


def read_clipping(path: str | os.PathLike, *, max_bytes: int = MAX_CLIPPING_BYTES) -> RawClipping:
    """Read and decode one clipping file (see the module docstring for the rules)."""
    data = read_bytes(path, max_bytes=max_bytes)
    text, encoding = decode(data, path)
    return RawClipping(path=Path(path), text=text, encoding=encoding, sha256=hashlib.sha256(data).hexdigest(), size=len(data))


def read_text(path: str | os.PathLike, *, max_bytes: int = MAX_CLIPPING_BYTES) -> str:
    """Just the decoded raw text of a clipping."""
    return read_clipping(path, max_bytes=max_bytes).text
