"""Span utilities the extractors share: token lookup, coverage masks, disjoint selection.

Every span here is a half-open (start, end) pair of character offsets into one article's
clean text. Indexes are built once per article (see `ArticleContext`) and answer in
O(1) or O(log n), so no extractor scans all spans or all characters per candidate.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate
from operator import itemgetter
from typing import Iterable, Mapping, Protocol, Sequence


# A run of whitespace (re's \s is str.isspace: the same Unicode table).
RE_WHITESPACE_RUN = re.compile(r"\s+")


class Spanned(Protocol):
    start: int
    end: int


def token_spans(doc) -> list[tuple[int, int]]:
    """(start, end) character offsets of a spaCy Doc's tokens, read in bulk (no Token objects)."""
    from spacy.attrs import IDX, LENGTH

    if len(doc) == 0:
        return []
    return [(int(start), int(start + length)) for start, length in doc.to_array([IDX, LENGTH])]


class SpanIndex:
    """Sorted, non-overlapping spans (tokens, sentences) and the one that holds an offset."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self.spans = list(spans)
        self.starts = list(map(itemgetter(0), self.spans))  # C-speed, no per-span bytecode

    def __len__(self) -> int:
        return len(self.spans)

    def index_at(self, offset: int) -> int | None:
        """Position in `spans` of the span holding character `offset`, if any."""
        i = bisect_right(self.starts, offset) - 1
        if i >= 0 and self.spans[i][0] <= offset < self.spans[i][1]:
            return i
        return None

    def at(self, offset: int) -> tuple[int, int] | None:
        """The span holding character `offset`, if any."""
        i = self.index_at(offset)
        return None if i is None else self.spans[i]


def occurrences(text: str, word: str, *, overlapping: bool = False, start: int = 0) -> list[int]:
    """Start offsets of `word` in `text` from `start` on, left to right; without `overlapping`,
    each search resumes after the previous occurrence (as `regex.finditer` of the escaped word
    with `pos=start` does).
    `str.find` runs at C speed and compiles nothing: a pattern built per article for its
    own names costs more to compile than to run."""
    starts: list[int] = []
    if not word:
        return starts
    step = 1 if overlapping else len(word)
    found = text.find(word, start)
    while found >= 0:
        starts.append(found)
        found = text.find(word, found + step)
    return starts


def chain_end(ends: Mapping[int, int], start: int, limit: int) -> int:
    """Where spans written one after another from `start` stop (`ends`: a span's start → its
    end; each span taken must end by `limit`): 青禾区|桃源社区|幸福食堂 → the end of 桃源社区.
    `start` itself when no span starts there. Spans are never empty, so the walk ends."""
    while start in ends and ends[start] <= limit:
        start = ends[start]
    return start


def leftmost_longest(text: str, words: Iterable[str]) -> list[tuple[int, int]]:
    """(start, end) of `words` in `text`, non-overlapping: from the left, the longest word
    that starts at a position, the search resuming after it (what `regex.finditer` of the
    words escaped and joined longest first finds)."""
    longest: dict[int, int] = {}
    for word in words:
        for start in occurrences(text, word, overlapping=True):
            if longest.get(start, -1) < start + len(word):
                longest[start] = start + len(word)
    found, taken = [], 0
    for start in sorted(longest):
        if start >= taken:
            taken = longest[start]
            found.append((start, taken))
    return found


def mask(length: int, spans: Iterable[Spanned | tuple[int, int]]) -> bytearray:
    """One flag per character covered by any of `spans`: overlap and cover tests become slices."""
    flags = bytearray(length)
    for span in spans:
        start, end = (span.start, span.end) if hasattr(span, "start") else span
        start, end = max(0, start), min(end, length)
        if end > start:
            flags[start:end] = b"\x01" * (end - start)
    return flags


def _reach(span: tuple[int, int]) -> tuple[int, int]:
    """How much `Coverage` prefers a span: the further it reaches right, then the earlier it starts."""
    return span[1], -span[0]


class Coverage:
    """Which spans cover each character: O(text + spans) to build, O(1) to ask.

    For every offset it keeps the covering span that reaches furthest right (earliest
    start among those), which is enough to ask "is [start, end) inside some span?".
    """

    def __init__(self, size: int, spans: Iterable[tuple[int, int]]) -> None:
        self.best: list[tuple[int, int] | None] = [None] * (size + 1)
        # Spans from the least to the most preferred (reaching further, then starting earlier),
        # each written over its characters in one slice: the last one written is the best.
        for s, e in sorted(spans, key=_reach):
            low, high = max(0, s), min(e, size)
            if high > low:
                self.best[low:high] = [(s, e)] * (high - low)

    def inside(self, start: int, end: int, *, strict: bool = False) -> bool:
        """Is [start, end) within one span (strictly longer than it, with `strict`)?"""
        span = self.best[start] if start < len(self.best) else None
        if span is None or span[1] < end:
            return False
        return not strict or (span[1] - span[0]) > (end - start)

    def touches(self, start: int, end: int) -> bool:
        return any(self.best[i] is not None for i in range(start, min(end, len(self.best))))


def keep_disjoint(items, priority):
    """The items (anything with .start/.end) that do not overlap a higher-priority one, in text
    order. Kept spans stay sorted and disjoint, so one bisect finds the only possible clash:
    O(n log n) however many candidates an article has."""
    starts: list[int] = []
    kept: list = []
    for item in sorted(items, key=priority):
        i = bisect_right(starts, item.start)
        if i > 0 and kept[i - 1].end > item.start:
            continue
        if i < len(kept) and kept[i].start < item.end:
            continue
        starts.insert(i, item.start)
        kept.insert(i, item)
    return kept


class Enclosures:
    """Spans (titles, attributions; nested ones too) asked "does one of you hold [start, end)
    strictly inside?" in O(log n): among the spans that start before `start`, the one that
    ends furthest right decides."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.furthest = list(accumulate((e for _, e in ordered), max))

    def holds(self, start: int, end: int) -> bool:
        before = bisect_left(self.starts, start)  # spans with s_start < start
        return before > 0 and self.furthest[before - 1] > end

    def covers(self, start: int, end: int) -> bool:
        """Does one of the spans hold [start, end), its ends included (s_start <= start, end <= s_end)?"""
        upto = bisect_right(self.starts, start)  # spans with s_start <= start
        return upto > 0 and self.furthest[upto - 1] >= end


def non_space(text: str, spans: Sequence[tuple[int, int]], starts: Sequence[int]) -> list[tuple[int, int]]:
    """The spans (sorted, disjoint; `starts` their starts) that are not whitespace only. Such
    spans lie inside a run of whitespace, and an article has few runs: they are found with one
    scan and the spans between them copied in slices (no slice of the text per span)."""
    dropped: list[int] = []
    for run in RE_WHITESPACE_RUN.finditer(text):
        i = bisect_left(starts, run.start())
        while i < len(spans) and spans[i][1] <= run.end():
            if spans[i][1] > spans[i][0]:  # an empty span is no whitespace (str.isspace of "" is False)
                dropped.append(i)
            i += 1
    if not dropped:
        return list(spans)
    kept: list[tuple[int, int]] = []
    at = 0
    for i in dropped:
        kept += spans[at:i]
        at = i + 1
    kept += spans[at:]
    return kept
