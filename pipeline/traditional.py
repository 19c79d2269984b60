"""Pages written in traditional characters, read as simplified, one character for one.

The lexicons, the gazetteer and jieba's dictionary are all simplified, so a page reposted in
traditional characters (社區志願服務隊 for 社区志愿服务队: Hong Kong, Macau and Taiwan sites,
mainland sites' 繁體 versions) would match almost nothing. `fold_traditional` gives such a page
the simplified character of each traditional one. Every character stays one character, so
offsets do not move: the clean text maps to the raw text as before, and evidence keeps the
traditional characters as its raw text.

The table is OpenCC's traditional → simplified conversion of each character that has one
simplified form (a well-kept converter: its character table is maintained with the Unicode
data; a hand-written one would not be). It is built once with `opencc` and kept between runs
(`lexicon.cached`). Phrases are not converted (they could change a text's length), so the few
characters whose simplified form depends on the word (乾隆 vs 乾净) take their usual one.

Simplified text uses a few characters the table maps too (乾坤, 於, 徵): only a page whose
Han characters are at least `TRADITIONAL_SHARE` traditional is folded, and a simplified page
stays exactly as written. Traditional pages run at 0.29–0.45 of their Han characters,
simplified ones at 0.015 at most (measured on 350 real pages).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import cached

# The share of a page's Han characters that must be traditional-only for the page to be folded,
# and the fewest such characters that make a traditional page (a title line of 社區動態 does).
TRADITIONAL_SHARE = 0.1
MIN_TRADITIONAL = 3
# Han characters: the CJK Unified Ideographs block and extension A, where the table's keys are.
HAN_RANGES = ((0x4E00, 0xA000), (0x3400, 0x4DC0))
RE_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def fold_traditional(text: str) -> str:
    """`text` with each traditional character simplified, when it is a traditional page; else `text`."""
    table, pattern = _fold()
    found = len(pattern.findall(text))  # most pages: none, and no count of their Han characters
    if found < MIN_TRADITIONAL or found < TRADITIONAL_SHARE * len(RE_HAN.findall(text)):
        return text
    return text.translate(table)


def simplified_characters(text: str) -> str:
    """Every traditional character of `text` simplified, whatever the page: for comparing a
    raw slice with the clean text it became (both sides folded, a simplified page's 乾 still
    equals itself)."""
    return text.translate(_fold()[0])


@lru_cache(maxsize=1)
def _fold() -> tuple[dict[int, str], re.Pattern]:
    pairs = cached("traditional", (__file__,), traditional_pairs, stamp=_opencc_version())
    table = {ord(traditional): simplified for traditional, simplified in pairs}
    return table, re.compile("[" + "".join(traditional for traditional, _ in pairs) + "]")


def traditional_pairs() -> list[tuple[str, str]]:
    """(traditional, simplified) for every Han character OpenCC turns into one other character."""
    import opencc

    converter = opencc.OpenCC("t2s")
    pairs = []
    for low, high in HAN_RANGES:
        for code in range(low, high):
            char = chr(code)
            simplified = converter.convert(char)
            if simplified != char and len(simplified) == 1:
                pairs.append((char, simplified))
    return pairs


def _opencc_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return "opencc " + version("opencc")
    except PackageNotFoundError:  # pragma: no cover - a declared dependency
        return "opencc ?"
