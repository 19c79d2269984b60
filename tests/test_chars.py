"""Shared character classes."""

from __future__ import annotations

import re

import pytest
import regex

from shequ.chars import HAN, compile_han


def test_han_class_is_regex_han_script_on_every_code_point():
    """`HAN` (a class body for `re`) matches exactly what `regex`'s \\p{Han} matches."""
    ours, theirs = re.compile(f"[{HAN}]+"), regex.compile(r"\p{Han}+")
    # every code point but the surrogates, in one string: one scan each instead of 1.1M matches
    text = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    assert [m.span() for m in ours.finditer(text)] == [m.span() for m in theirs.finditer(text)]


def test_han_class_holds_ideographs_and_iteration_marks_not_punctuation():
    han = re.compile(f"[{HAN}]")
    assert all(han.match(c) for c in "社区〇々")
    assert not any(han.match(c) for c in "，。、“”A1")


def test_compile_han_matches_as_regex_does():

    pattern = r"\G(?:的)?((?:[\p{Han}](?<![为是])){0,4}?)(?:模式|工作法)"
    ours, theirs = compile_han(pattern), regex.compile(pattern)
    text = "推行“邻里守望”的互助模式，以及“三治融合”工作法，和为模式"
    spans = [[m and m.span(1) for m in (p.match(text, i) for i in range(len(text)))] for p in (ours, theirs)]
    assert spans[0] == spans[1] and any(spans[0])
    for needs_regex in (r"[\p{Han}]+\s", r"\w+", r"\p{Han}+", r"\p{Lu}"):
        with pytest.raises(ValueError):
            compile_han(needs_regex)
