"""People, round 55 h6b: the standing and callings news introduces a person by that the role list
lacked (学子 of a college, 能人 of a village, 专干 of a community's specialised work) now open a name
as any title does. Sentences written for these tests, with made-up names."""

from __future__ import annotations

import pytest

from contexts import people_and_roles as people


STANDING_ROLE_CASES = [
    # a college's student, named with the college
    ("师范学院学子林晓雨感谢社区提供实践岗位。", [("林晓雨", "师范学院学子")]),
    # a village's capable man, then what he did
    ("镇上的致富能人赵德厚在村里建起了加工厂。", [("赵德厚", "能人")]),
    ("本地能人孙守田带头捐了两万元。", [("孙守田", "能人")]),
    # a community's or street's specialised worker, with the unit
    ("社区专干陈雨桐带着网格员挨家挨户走访。", [("陈雨桐", "社区专干")]),
    ("街道专干吴敏介绍，报名已经结束。", [("吴敏", "街道专干")]),
    # the words alone, for a group or before a verb: nobody
    ("广大学子纷纷报名参加志愿服务。", []),
    ("村里的致富能人带动大家增收。", []),
    ("社区专干根据报名情况分组。", []),
]


@pytest.mark.parametrize("text, expected", STANDING_ROLE_CASES)
def test_round55h6b_standing_word_before_a_name_is_a_role(text, expected):
    assert people(text) == expected
