"""People, round 61 h7b: credits with no reporter's title whose names a joint craft closes
(某某 某某 文/图) or whose names each carry their craft after a slash (某某/文 某某/图), in a bracket
closing the last paragraph or on a line of their own, a bullet opening the line; the paper's staff
after them (某某/审核) are no people. Sentences written for these tests, with made-up names."""

from __future__ import annotations

import pytest

from contexts import people_and_roles as people


JOINT_CRAFT_CASES = [
    # one name in the bracket closing the last paragraph
    ("社区新装了一批充电桩，居民出行更安心。（周晓雯文/图）", [("周晓雯", "文/图")]),
    # two names on a line of their own under the headline, a bullet opening it
    ("“菜篮子”进了小区\n\n□林涛许静文/图\n\n早上七点，广场上已经摆起了摊位。",
     [("林涛", "文/图"), ("许静", "文/图")]),
    # text and photos, the photographer's verb as the second craft
    ("老人们在活动室里学会了用手机挂号。（韩一鸣文/摄）", [("韩一鸣", "文/摄")]),
]


@pytest.mark.parametrize("text, expected", JOINT_CRAFT_CASES)
def test_round61h7b_joint_craft_closes_untitled_credit(text, expected):
    assert people(text) == expected


SLASHED_CRAFT_CASES = [
    # each name with its own craft after a slash; the reviewer after them is the paper's staff
    ("党员们纷纷表示要把服务做到群众心坎上。（孙丽娟/文邱志强/图万文涛/审核）",
     [("孙丽娟", "文"), ("邱志强", "图")]),
    ("志愿者们还为独居老人送去了米面油。（孙丽娟/文邱志强/图）",
     [("孙丽娟", "文"), ("邱志强", "图")]),
]


@pytest.mark.parametrize("text, expected", SLASHED_CRAFT_CASES)
def test_round61h7b_slash_parts_name_from_its_craft(text, expected):
    assert people(text) == expected


NO_PERSON_CASES = [
    # a unit credited for text and photos names nobody
    ("活动吸引了两百多名居民参加。（东湖花园社区文/图）", []),
    # a staff group alone is no craft credit
    ("活动吸引了两百多名居民参加。（万文涛/审核）", []),
    # a slash inside running text is no credit
    ("社区把文/图资料整理成册，供居民翻阅。", []),
]


@pytest.mark.parametrize("text, expected", NO_PERSON_CASES)
def test_round61h7b_no_untitled_credit(text, expected):
    assert people(text) == expected
