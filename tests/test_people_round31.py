"""People, round 31. Sentences written for these tests, with made-up names."""

from __future__ import annotations

import pytest

from contexts import people_and_roles as people


# P2: a two-character "name" that jieba lists as an ordinary word (a noun or verb, not a
# person's name) is no name, however rare the word: a title before it is a modifier
# (党员|商户, 专家|初评), a speech verb after it a caption's verb (展板|介绍).
TWO_CHARACTER_WORD_CASES = [
    ("活动中党员商户、志愿者一道清扫街面。", []),
    ("方案经专家初评，九个入围复赛。", []),
    ("门口展板介绍了近年来的变化。", []),
    # a name jieba does not list stays a name
    ("门口，网格员祁冉说，车棚今年没再失火。", [("祁冉", "网格员")]),
    # … and so does one it lists as an adjective (given names often are: 容悦)
    ("联欢会上，社工容悦说，明年还要再办。", [("容悦", "社工")]),
]


@pytest.mark.parametrize("text, expected", TWO_CHARACTER_WORD_CASES)
def test_round31_two_character_word_is_no_name(text, expected):
    assert people(text) == expected
