"""People, round 51 people: a rare surname character that opens a common word (幸福, 温情, 全部)
is that word, not a name, even with a title or a resident word right before it. Sentences
written for these tests, with made-up names."""

from __future__ import annotations

import pytest

from contexts import people_and_roles as people


# A rare surname whose first given character makes a common word with it: the word and one
# character more, no person; the same surname with a given part that makes no word, or a
# common surname before a word front (高一|某), still names one.
WORD_FRONT_CASES = [
    ("活动丰富了辖区老人幸福感。", []),
    ("青禾社区成立“退休党员温情助老队”，每周上门。", []),
    ("理事会成员全部由村民推选产生。", []),
    ("驻村社工常态化、精准化开展入户探访。", []),
    ("这是满足老同志学习需求的好办法。", []),
    ("社区书记温晓岚说，活动很成功。", [("温晓岚", "社区书记")]),
    ("社区书记常晓川说，活动很成功。", [("常晓川", "社区书记")]),
    ("网格员高一鸣说，活动很成功。", [("高一鸣", "网格员")]),
]


@pytest.mark.parametrize("text, expected", WORD_FRONT_CASES)
def test_round51people_rare_surname_word_front_is_no_name(text, expected):
    assert people(text) == expected


# Rarer surnames the lexicon lacked (恽, 钮, 旷): after a title, inside a list of names (which
# one unknown surname broke whole) and on a credit line; the same characters inside ordinary
# words (空旷, 按钮) name nobody.
RARE_SURNAME_CASES = [
    ("青禾社区书记恽晓虎为服务站揭牌。", [("恽晓虎", "青禾社区书记")]),
    ("陶晓杰、严晓华、恽晓顺、徐晓斌等党员纷纷响应。",
     [("陶晓杰", "党员"), ("严晓华", "党员"), ("恽晓顺", "党员"), ("徐晓斌", "党员")]),
    ("近日，区文明办主任钮晓俊一行到社区调研。", [("钮晓俊", "区文明办主任")]),
    ("湘江晚报讯（全媒体记者/旷晓红 通讯员/侯晓华）近日，活动举行。",
     [("旷晓红", "全媒体记者"), ("侯晓华", "通讯员")]),
    ("演练中居民有序撤离到空旷场地。", []),
    ("点击“报名”按钮即可参加。", []),
]


@pytest.mark.parametrize("text, expected", RARE_SURNAME_CASES)
def test_round51people_rarer_surnames(text, expected):
    assert people(text) == expected
