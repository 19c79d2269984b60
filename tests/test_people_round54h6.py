"""People, round 54 h6: an occupation the role lexicon does not list, written as news makes them (a
two-character word for the work, then 员 or 师, with its rank 总 or 副 before it), is a title before a
name like the listed ones. Sentences written for these tests, with made-up names."""

from __future__ import annotations

import pytest

from contexts import people_and_roles as people


OCCUPATION_CASES = [
    # the work and 员, after a unit the title belongs to
    ("超市营业员孙晓梅正忙着把新到的货品上架。", [("孙晓梅", "超市营业员")]),
    ("社区讲解员陈一鸣带领孩子们参观展馆。", [("陈一鸣", "社区讲解员")]),
    # the work and 师, after another title: the two titles as one
    ("活动现场，志愿者推拿师郑立华为老人按摩肩颈。", [("郑立华", "志愿者推拿师")]),
    # a rank before the occupation belongs to it, and the unit before that
    ("东岭区住建局总规划师邵明宇、区物业协会会长参加。", [("邵明宇", "东岭区住建局总规划师")]),
    # no name after the occupation, or no word for the work before 员: nobody
    ("小区监控员周末也坚守岗位。", []),
    ("社区召开全员动员会，号召居民参与。", []),
    ("她曾是一名教练员，退休后当起了志愿者。", []),
]


@pytest.mark.parametrize("text, expected", OCCUPATION_CASES)
def test_round54h6_occupation_made_of_work_and_suffix_is_a_title(text, expected):
    assert people(text) == expected
