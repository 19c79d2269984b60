"""People, round 49 peoplequote: a quoted honorary or folk title right before a name. Sentences
written for these tests, with made-up names."""

from __future__ import annotations

import pytest

from contexts import people_and_roles as people


# A quoted title ending in a folk person-word (`person_quoted_role_ends.txt`) marks the name after
# it, with the quoted words as role; the same word unquoted, or a quoted programme or team name
# followed by no name, yields nothing.
QUOTED_FOLK_TITLE_CASES = [
    ("青禾村的“法律明白人”柯晓岚接到一通电话。", [("柯晓岚", "法律明白人")]),
    ("孩子们都喜欢“社工妈妈”蔺秋禾，她每周都来。", [("蔺秋禾", "社工妈妈")]),
    ("送外卖的“小哥”宁晓川说，驿站很方便。", [("宁晓川", "小哥")]),
    ("“邻里管家”邬晓禾针对居民反映的问题逐一回复。", [("邬晓禾", "邻里管家")]),
    ("“红枫管家”服务队走进小区。", []),
    ("社区妈妈柯晓岚来了。", []),
]


@pytest.mark.parametrize("text, expected", QUOTED_FOLK_TITLE_CASES)
def test_round49peoplequote_quoted_folk_title_before_name(text, expected):
    assert people(text) == expected
