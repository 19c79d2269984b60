"""Shared character classes."""

from __future__ import annotations

import re

import regex

from shequ.chars import HAN


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
