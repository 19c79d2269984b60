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

