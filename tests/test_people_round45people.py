"""People, round 45 people. Sentences written for these tests, with made-up names."""

from __future__ import annotations

import pytest

from contexts import people_and_roles as people


# An adverb of contrast or of an ongoing act (却, 正) right after a two-character name after a
# title opens the predicate: it is no third given character. A speech verb right after it keeps
# the longer name (正 is then given), and punctuation after it is no predicate.
PREDICATE_ADVERB_CASES = [
    ("社区网格员蔺秋正通过手机查看居民留言。", [("蔺秋", "社区网格员")]),
    ("社区网格员蔺秋正在查看居民留言。", [("蔺秋", "社区网格员")]),
    ("年轻的女书记蔺秋却把旧账一笔笔理清了。", [("蔺秋", "书记")]),
    ("身着红马甲的社区志愿者蔺秋正提醒游客戴好口罩。", [("蔺秋", "社区志愿者")]),
    ("社区书记蔺建正说，楼下的长椅又添了两张。", [("蔺建正", "社区书记")]),
    ("社区网格员蔺建正，今年三十岁。", [("蔺建正", "社区网格员")]),
    ("楼下的长椅正在添置，却把路口挡住了。", []),
]


@pytest.mark.parametrize("text, expected", PREDICATE_ADVERB_CASES)
def test_round45people_predicate_adverb_ends_name(text, expected):
    assert people(text) == expected
