"""People, round 49 peoplemiss: a name after a title whose given part holds a character common in
names though listed as no name character (月, 举, 能), ending where a dictionary word starts.
Sentences written for these tests, with made-up names."""

from __future__ import annotations

import pytest

from contexts import people_and_roles as people


SOFT_NAME_BEFORE_WORD_CASES = [
    ("晚会由文艺骨干柳月岚主持，居民们陆续入场。", [("柳月岚", "骨干")]),
    ("趣味赛由老年协会副会长苏举芳主持。", [("苏举芳", "协会副会长")]),
    ("调解员葛佃能第一时间赶到现场。", [("葛佃能", "调解员")]),
    # no title before it: nothing is read
    ("晚会由柳月岚主持，居民们陆续入场。", []),
]


@pytest.mark.parametrize("text, expected", SOFT_NAME_BEFORE_WORD_CASES)
def test_round49peoplemiss_soft_name_ends_before_word(text, expected):
    assert people(text) == expected
