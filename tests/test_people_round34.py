"""People, round 34. Sentences written for these tests, with made-up names."""

from __future__ import annotations

import pytest

from contexts import people_and_roles as people


# Where a name ends, read over the article: a two-character reading written twice or more,
# always followed by the same character, is the front of a three-character name when that
# name is followed by a clear end somewhere; a three-character reading never followed by a
# clear end is the two-character name written alone elsewhere, glued to the next word.
ARTICLE_NAME_LENGTH_CASES = [
    # 峰会 is a word, so the first mention alone reads 柏启|峰会; the second ends at 的
    ("楼栋长柏启峰会同物业排查了隐患。在柏启峰的带动下，住户纷纷加入。",
     [("柏启峰", "楼栋长"), ("柏启峰", "楼栋长")]),
    # a verb character after two characters cuts the name there; the speech verb later settles it
    ("社工祁朗建正在走访独居老人。祁朗建介绍，今年已走访四十户。",
     [("祁朗建", "社工"), ("祁朗建", "社工")]),
    # glued to 正在: the name stands alone in the next sentence
    ("网格员柯秋正在帮楼上老人换灯泡。柯秋总是隔几天就去看看。",
     [("柯秋", "网格员")]),
    # one mention only: nothing to read over the article, the first reading stays
    ("村书记祁朗建正在向农户解释政策。", [("祁朗", "村书记")]),
    # a name written twice with different characters after it: the reading of each stays
    ("社工祁朗建议居民错峰取件。社工祁朗说，快递柜下周就装。", [("祁朗", "社工"), ("祁朗", "社工")]),
    # no title, no speech verb: nobody, however often the characters recur
    ("柯秋正在装修。柯秋正在装修的那栋楼很高。", []),
]


@pytest.mark.parametrize("text, expected", ARTICLE_NAME_LENGTH_CASES)
def test_round34_name_length_read_over_the_article(text, expected):
    assert people(text) == expected
