"""People, round 50 people2: a surname that is also a function word (和 "and", 向 "towards", 由
"by") opening a three-character name: the name is the two characters after it, or nobody when
they are a dictionary word. Sentences written for these tests, with made-up names."""

from __future__ import annotations

import pytest

from contexts import people_and_roles as people


FUNCTION_WORD_FRONT_CASES = [
    # 和 joins two heads: the second is the two-character name, its title after it
    ("会上，蔺秋禾主任和柯晓主任分别作了发言。", [("蔺秋禾", "主任"), ("柯晓", "主任")]),
    # 向 after another person's title: the name after it, the shop owner's title not its role
    ("网格员宁川赶来帮忙，店主向宁川表示感谢。", [("宁川", "网格员"), ("宁川", "网格员")]),
    # 由 before a word (全科 "general practice"): no name at all
    ("义诊当天由全科医生现场解答居民疑问。", []),
    # 向 opening a name whose rest is neither a name nor a word: a person surnamed 向
    ("社区书记向书岚说，活动还会继续办下去。", [("向书岚", "社区书记")]),
]


@pytest.mark.parametrize("text, expected", FUNCTION_WORD_FRONT_CASES)
def test_round50people2_function_word_surname_before_name(text, expected):
    assert people(text) == expected
