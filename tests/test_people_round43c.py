"""People, round 43c. Sentences written for these tests, with made-up names."""

from __future__ import annotations

import pytest

from contexts import people_and_roles as people


# A surname that is also a common word (高, 方, 文, 司, 向) after a title that heads no unit:
# the name is kept when jieba joins the surname and its given part into one guessed token; an
# adverb or preposition with its verb, or a dictionary word, gives no name.
GUESSED_TOKEN_CASES = [
    ("志愿者方秋燕长年照顾楼里的孤寡老人。", [("方秋燕", "志愿者")]),
    ("社区志愿者文佳怡为老人们理发。", [("文佳怡", "社区志愿者")]),
    ("网约车司机常遇车辆故障。", []),
    ("志愿者高兴地说，这很值得。", []),
    ("工作人员向前来办事的居民解释政策。", []),
    ("队长于建平带着队员出发。", [("于建平", "队长")]),
]


@pytest.mark.parametrize("text, expected", GUESSED_TOKEN_CASES)
def test_round43c_ambiguous_surname_in_a_guessed_token(text, expected):
    assert people(text) == expected


# A two-character name jieba keeps as one token, then a one-character preposition or adverb
# (在, 为, 将): the particle opens the predicate and is no part of the name.
PARTICLE_CASES = [
    ("巡河小组成员李鹏在河边捡拾垃圾。", [("李鹏", "成员")]),
    ("常务副主任李强为新站点揭牌。", [("李强", "副主任")]),
    ("志愿者高兴在心里，没有说出来。", []),
]


@pytest.mark.parametrize("text, expected", PARTICLE_CASES)
def test_round43c_short_name_before_a_particle(text, expected):
    assert people(text) == expected


def test_round43c_preposition_before_a_listed_word_is_no_name():
    assert people("乡贤们向辖内的老人送去了米面油。") == []
