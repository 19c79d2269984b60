"""Literal search helpers of `shequ.spans`: every occurrence of an article's own names."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from shequ.spans import chain_end, leftmost_longest, occurrences


@pytest.mark.parametrize(
    ("text", "word", "overlapping", "expected"),
    [
        ("王芳说，王芳和王芳芳都来了", "王芳", False, [0, 4, 7]),
        ("啊啊啊", "啊啊", False, [0]),
        ("啊啊啊", "啊啊", True, [0, 1]),
        ("幸福社区", "和谐", False, []),
        ("幸福社区", "", False, []),
    ],
)
def test_occurrences(text, word, overlapping, expected):
    assert occurrences(text, word, overlapping=overlapping) == expected


def test_occurrences_from_start_skips_what_comes_before():
    # communities' repeated mentions search after the anchored mention's end
    assert occurrences("王芳说，王芳和王芳芳都来了", "王芳", start=2) == [4, 7]
    assert occurrences("王芳说，王芳和王芳芳都来了", "王芳", start=5) == [7]


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # the longer name wins where both start; the shorter one is still found elsewhere
        ("桃源社区基金会与桃源社区共建", ["桃源社区", "桃源社区基金会"], [(0, 7), (8, 12)]),
        # a name starting inside a taken one is not found there
        ("阳光社工站站长", ["阳光社工站", "站站长"], [(0, 5)]),
        ("阳光社工站站长", ["站站长", "阳光社工站"], [(0, 5)]),
        ("", ["阳光"], []),
        ("阳光社工", [], []),
    ],
)
def test_leftmost_longest(text, words, expected):
    assert leftmost_longest(text, words) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="甲乙丙丁", max_size=30), st.lists(st.text(alphabet="甲乙丙丁", min_size=1, max_size=4), max_size=5))
def test_searches_find_what_an_alternation_of_the_words_finds(text, words):
    # the patterns these helpers replace: escaped words, longest first, joined
    if words:
        pattern = regex.compile("|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True)))
        assert leftmost_longest(text, words) == [m.span() for m in pattern.finditer(text)]
        assert sorted({s for w in words for s in occurrences(text, w, overlapping=True)}) == sorted(
            {m.start() for m in pattern.finditer(text, overlapped=True)})
    for word in words:
        assert occurrences(text, word) == [m.start() for m in regex.finditer(regex.escape(word), text)]
        for start in range(len(text) + 1):
            assert occurrences(text, word, start=start) == [
                m.start() for m in regex.finditer(regex.escape(word), text, pos=start)]


# 青禾区桃源社区幸福食堂: 青禾区 0–3, 桃源社区 3–7, the name's own words from 7 on.
HOLDER_ENDS = {0: 3, 3: 7}


@pytest.mark.parametrize(
    "start, limit, expected",
    [
        (0, 9, 7),  # both holders in a row, then words of the name's own
        (0, 7, 7),  # the run reaches the limit exactly
        (0, 5, 3),  # the second holder runs past the limit: not taken
        (3, 9, 7),  # from the second holder
        (7, 9, 7),  # no span starts there: the start itself
    ],
)
def test_chain_end(start, limit, expected):
    assert chain_end(HOLDER_ENDS, start, limit) == expected
