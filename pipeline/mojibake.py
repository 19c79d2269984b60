"""Repairing the font mojibake of full-width punctuation and digits (渊据叶辽宁日报曳冤 → （据《辽宁日报》）).

The table in `lexicons/mojibake.tsv` says, for each mojibake character, what it
stands for and how the context must confirm it (its `class`). Characters such as
员 园 院 要 are also ordinary characters (社工员, 公园, 学院, 需要), so nothing is
repaired unless the clipping shows the mojibake, and then only where the class rule
holds. Every repair is one character for one character: offsets do not move.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import re

import regex

from typing import Callable, Iterator

from .lexicon import read_table, read_terms

# A bracket pair closes within this many characters (one line of a wide column, or two).
PAIR_WINDOW = 60
# Evidence needed before single and doubled characters are repaired in a clipping.
MIN_EVIDENCE = 2
# Units and markers that confirm a run of mojibake digits is a number (圆园园人, 第猿).
NUMBER_NEIGHBOURS = "年月日号个名人元万亿次户位家支项场岁届期版"
# Mojibake that shows in the shape of the text even where a clipping has no brackets or quotes
# (web text with ASCII commas): a list whose items are split by 尧 (、) — two within this
# many characters, as no real name repeats 尧 so close — and a paragraph ending in 遥 (。),
# which no real word does. Each gap between two such 尧 is one piece of evidence, so a list
# of four items is enough on its own (市委宣传部尧市委组织部尧市文明办尧团市委) while one
# of three is not. An item may be cut by the page's line wrap, not by a blank line; a real 、
# in the gap means the 尧 are characters of names in a list (王尧、李明、张尧).
LIST_WINDOW = 15
RE_LIST_EVIDENCE = re.compile(rf"尧(?=(?:[^尧、\n]|\n(?![ \t\u3000]*\n)){{1,{LIST_WINDOW}}}?尧)")
RE_PARAGRAPH_END_EVIDENCE = re.compile(r"遥[ \t\u3000]*(?:\n[ \t\u3000]*\n|\Z)")
# What may stand between the characters of a guard word on the page.
SPACES = " \t\n\r\u3000\u00a0"


@dataclass(frozen=True)
class MojibakeTable:
    repair: dict[str, str]
    by_class: dict[str, frozenset[str]]
    pairs: tuple[tuple[str, str], ...]
    guards: tuple[str, ...]


@lru_cache(maxsize=1)
def table() -> MojibakeTable:
    rows = read_table("mojibake.tsv")
    repair = {row["mojibake"]: row["repaired"] for row in rows}
    by_class: dict[str, set[str]] = {}
    for row in rows:
        by_class.setdefault(row["class"], set()).add(row["mojibake"])
    opens = [row["mojibake"] for row in rows if row["class"] == "pair_open"]
    closes = [row["mojibake"] for row in rows if row["class"] == "pair_close"]
    # Openers and closers are listed in matching order (渊 before 冤 etc.).
    pairs = tuple(zip(opens, closes))
    return MojibakeTable(repair, {k: frozenset(v) for k, v in by_class.items()}, pairs, read_terms("mojibake_guards.txt"))


@lru_cache(maxsize=1)
def _fold_map() -> dict[int, str]:
    return {ord(k): v for k, v in table().repair.items()}


def fold_mojibake(text: str) -> str:
    """Map every mojibake character unconditionally: a comparison key, never display text."""
    return text.translate(_fold_map())


@lru_cache(maxsize=1)
def _patterns() -> dict[str, regex.Pattern]:
    t = table()
    digits = "".join(sorted(t.by_class["digit"]))
    numeric = "".join(sorted(t.by_class["numeric_punct"]))
    pair_res = [
        (o, regex.compile(f"{regex.escape(o)}([^{regex.escape(o + c)}]{{1,{PAIR_WINDOW}}}?){regex.escape(c)}"))
        for o, c in t.pairs
    ]
    return {
        # A mojibake digit, and the digit-like characters of a number run after it: a run of
        # them holding a mojibake digit is 圆园25援2 (2025.2), 员缘 (15) (`_number_runs`). Plain
        # `re`: it finds a class's characters about ten times faster than `regex`.
        "digits": re.compile(f"[{digits}]"),
        "run_rest": re.compile(f"[{digits}{numeric}0-9.%]*"),
        "pairs": pair_res,
        "doubled": regex.compile("|".join(f"{regex.escape(ch)}{{2,}}" for ch in sorted(t.by_class["doubled"]))),
        "single": regex.compile(f"[{''.join(sorted(t.by_class['single']))}]"),
        # a quote left unpaired (its partner beyond PAIR_WINDOW): a closer right after a
        # sentence's end (…做实。冶), an opener right after a colon (说：野…), the end mark and
        # the colon themselves possibly mojibake (遥 浴 钥, 院)
        "lone_quotes": re.compile(r"[。！？!?遥浴钥][ \t\n]*([冶爷])|[：:院][ \t\n]*([野耶])"),
    }


@lru_cache(maxsize=1)
def _run_chars() -> frozenset[str]:
    """The characters of a number run: mojibake digits and number punctuation, 0-9 . %."""
    t = table()
    return frozenset(t.by_class["digit"] | t.by_class["numeric_punct"] | set("0123456789.%"))


def _number_runs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each maximal run of number characters that holds a mojibake digit.

    Found from its mojibake digits (a C search), widened to the run's start character by
    character (never past the previous run) and to its end by one match: linear, and runs
    of plain digits cost nothing."""
    patterns = _patterns()
    digits, rest, chars = patterns["digits"], patterns["run_rest"], _run_chars()
    at = 0
    while (digit := digits.search(text, at)) is not None:
        start = digit.start()
        while start > at and text[start - 1] in chars:
            start -= 1
        end = rest.match(text, digit.end()).end()
        yield start, end
        at = end


def _number_run_strength(text: str, start: int, end: int) -> int:
    """2: surely a mojibake number (圆园25援2); 1: only if the clipping shows mojibake (园11); 0: no."""
    run = text[start:end]
    t = table()
    moji_digits = sum(ch in t.by_class["digit"] for ch in run)
    if moji_digits == 0:
        return 0
    has_ascii = any(ch.isascii() and ch.isdigit() for ch in run)
    has_numeric_punct = any(ch in t.by_class["numeric_punct"] for ch in run)
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if moji_digits >= 2 and (has_ascii or has_numeric_punct or after in NUMBER_NEIGHBOURS or before == "第"):
        return 2
    return 1 if has_ascii else 0


def _guarded(text: str, index: int, guards: tuple[str, ...]) -> bool:
    """Is text[index] inside one of the guard words (学院, 需要, 遥远 …)?

    The word may be cut by a line break or spaced out on the page (医\n院, 学 院).
    """
    for word in guards:
        position = word.find(text[index])
        while position != -1:
            if _spells(text, index, word, position):
                return True
            position = word.find(text[index], position + 1)
    return False


def _spells(text: str, index: int, word: str, position: int) -> bool:
    """With text[index] as word[position], do the characters around spell the word?"""
    j = index
    for k in range(position - 1, -1, -1):
        j = _next_visible(text, j, -1)
        if j < 0 or text[j] != word[k]:
            return False
    j = index
    for k in range(position + 1, len(word)):
        j = _next_visible(text, j, 1)
        if j >= len(text) or text[j] != word[k]:
            return False
    return True


def _next_visible(text: str, j: int, step: int) -> int:
    """The next index from j in direction `step` that is not a space or a line break."""
    j += step
    while 0 <= j < len(text) and text[j] in SPACES:
        j += step
    return j


def repairs(text: str, is_word: Callable[[str], bool] | None = None) -> dict[int, str]:
    """Offsets whose character should be replaced, with the replacement.

    Pairs and numeric runs are repaired on their own evidence; single and doubled
    characters, and quotes whose partner is too far, only when the clipping shows at least
    MIN_EVIDENCE pairs, runs, 尧-split lists or 遥-ended paragraphs. With a
    dictionary (`is_word`), a mojibake digit that makes a word with the character next
    to it is left alone (党员53人 is not 党153人).
    """
    t = table()
    patterns = _patterns()
    fixes: dict[int, str] = {}
    evidence = 0
    for opener, pattern in patterns["pairs"]:
        if opener not in text:
            continue  # one C scan instead of a regex scan
        for match in pattern.finditer(text):
            fixes[match.start()] = t.repair[text[match.start()]]
            fixes[match.end() - 1] = t.repair[text[match.end() - 1]]
            evidence += 1
    weak_runs = []
    for start, end in _number_runs(text):
        if end - start == 1:
            continue  # a lone 员 or 园 (党员, 公园): no strength without a second digit
        strength = _number_run_strength(text, start, end)
        if strength == 2:
            _repair_span(text, start, end, fixes)
            evidence += 1
        elif strength == 1:
            weak_runs.append((start, end))
    if evidence < MIN_EVIDENCE:
        evidence += _shape_evidence(text)
    if evidence < MIN_EVIDENCE:
        return fixes
    for start, end in weak_runs:
        if is_word:
            start, end = _outside_words(text, start, end, is_word)
        _repair_span(text, start, end, fixes)
    for match in patterns["doubled"].finditer(text):
        for offset in range(match.start(), match.end()):
            fixes[offset] = t.repair[text[offset]]
    for match in patterns["single"].finditer(text):
        offset = match.start()
        if not _guarded(text, offset, t.guards) and not _name_starts(text, offset, fixes):
            fixes[offset] = t.repair[text[offset]]
    for match in patterns["lone_quotes"].finditer(text):
        offset = match.start(1) if match.group(1) else match.start(2)
        mark = match.start()
        if text[mark] in t.repair and mark not in fixes:
            continue  # the mark is a real character (学院|野外), not a mojibake colon or full stop
        fixes.setdefault(offset, t.repair[text[offset]])
    return fixes


@lru_cache(maxsize=1)
def _byline_titles() -> tuple[str, ...]:
    """Reporter titles that open a byline (本报记者, 通讯员 …), longest first, from the layout lexicon."""
    terms = {row["term"] for row in read_table("layout_terms.tsv") if row["kind"] == "byline_word"}
    return tuple(sorted(terms, key=lambda term: (-len(term), term)))  # 本报记者 before 记者


# Opening brackets and quotes, plain or as their repaired mojibake: no punctuation follows one.
OPENERS = "（(《“‘【["


def _name_starts(text: str, index: int, fixes: dict[int, str]) -> bool:
    """Does text[index] open a name (a surname: 袁, 院): right after an opening bracket or a
    byline's reporter title, where no comma or colon stands ((记者 袁某某), （袁某某）)? A title
    inside a sentence may be followed by a comma (告诉记者，…): a byline's stands after a
    bracket, a space or a line's start, or a space sets the name off."""
    j = _next_visible(text, index, -1)
    if j < 0:
        return False
    if fixes.get(j, text[j]) in OPENERS:
        return True
    for title in _byline_titles():
        start = j + 1 - len(title)
        if start >= 0 and text.startswith(title, start):
            spaced = j + 1 < index
            opens_byline = start == 0 or text[start - 1] in SPACES or fixes.get(start - 1, text[start - 1]) in OPENERS
            return spaced or opens_byline
    return False


def _shape_evidence(text: str) -> int:
    """Lists split by 尧 and paragraphs ended by 遥 (see RE_LIST_EVIDENCE), up to MIN_EVIDENCE."""
    found = 0
    for pattern in (RE_LIST_EVIDENCE, RE_PARAGRAPH_END_EVIDENCE):
        for _ in pattern.finditer(text):
            found += 1
            if found >= MIN_EVIDENCE:
                return found
    return found


def _outside_words(text: str, start: int, end: int, is_word: Callable[[str], bool]) -> tuple[int, int]:
    """A weak run without the mojibake digits at its ends that belong to the word next to
    them: 党员53人 is 党员 and 53, not 党153 (员 and 园 are common characters). At the start,
    a mojibake digit right after a Chinese character, across spaces and line breaks, is left
    alone even when the dictionary lacks the word (网格\n员8个 is 网格员 8个): a weak run mixes
    ASCII digits in, and a real number does not start with one full-width digit glued to a word."""
    digits = table().by_class["digit"]
    while start < end and text[start] in digits and _after_han(text, start):
        start += 1
    while end > start and text[end - 1] in digits and end < len(text) and is_word(text[end - 1 : end + 1]):
        end -= 1
    return start, end


def _after_han(text: str, index: int) -> bool:
    """Is the nearest visible character before text[index] a Chinese character?"""
    j = _next_visible(text, index, -1)
    return j >= 0 and "\u4e00" <= text[j] <= "\u9fff"


def _repair_span(text: str, start: int, end: int, fixes: dict[int, str]) -> None:
    repair_map = table().repair
    for offset in range(start, end):
        if text[offset] in repair_map:
            fixes[offset] = repair_map[text[offset]]


def repair(text: str, is_word: Callable[[str], bool] | None = None) -> str:
    """`text` with its confirmed mojibake repaired (same length)."""
    fixes = repairs(text, is_word)
    if not fixes:
        return text
    chars = list(text)
    for offset, replacement in fixes.items():
        chars[offset] = replacement
    return "".join(chars)
