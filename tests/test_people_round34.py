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


# Titles news introduces people by (`person_roles.txt`, round 34): the bearer of a heritage
# craft (传承人), a village Party secretary by the short title (支书: 村支书, 兵支书) and a civil
# servant's rank (调研员: 四级调研员).
NEW_ROLE_WORD_CASES = [
    ("集市上，剪纸非遗传承人邬晓棠给孩子们示范窗花。", [("邬晓棠", "传承人")]),
    ("秋收前，枫林村村支书葛振川挨家挨户核对补贴名单。", [("葛振川", "枫林村村支书")]),
    ("退伍后当选兵支书的蒲立恒说，修路是头等大事。", [("蒲立恒", "支书")]),
    ("县农业农村局二级调研员甄博文出席并讲话。", [("甄博文", "调研员")]),
    # the title with no name after it: nobody
    ("老手艺需要更多传承人接续下去。", []),
    ("村支书介绍了今年的分红方案。", []),
]


@pytest.mark.parametrize("text, expected", NEW_ROLE_WORD_CASES)
def test_round34_new_role_words(text, expected):
    assert people(text) == expected
