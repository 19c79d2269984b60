"""Quantities, round 34: what a count counts when the words after it are the counted actors'
predicate, and building numbers that are addresses, not counts. Sentences of our own making."""

from __future__ import annotations

import pytest

from test_quantities import quantities


def counts(text: str) -> list[tuple[str, float, str, str | None]]:
    """(text, value, unit, subject) per quantity."""
    return [(q[0], q[3], q[4], q[6]) for q in quantities(text)]


ACTOR_PREDICATE_CASES = [
    # a verbal noun after the counted actors, with a figure or a particle after it, is their predicate
    ("柳岸街道招来了14个合伙人经营9家便民小店。", [("14个", 14, "个", "合伙人"), ("9家", 9, "家", "便民小店")]),
    ("截至月底，已有17家社区社会组织申报了微项目。", [("17家", 17, "家", "社区社会组织")]),
    # a fixed phrase jieba keeps whole closes the phrase the same way
    ("中秋那天，80余户业主齐聚一堂，共话邻里情。", [("80余户", 80, "户", "业主")]),
    # a verbal noun that names the noun after it stays inside the subject
    ("青禾镇今年新建了6个社区服务中心。", [("6个", 6, "个", "社区服务中心")]),
    ("志愿者们为老人送去了8项便民服务。", [("8项", 8, "项", "便民服务")]),
    # the head of a counted activity stays, whatever the word before it ends in
    ("桃源驿站今年办了5场交友活动；", [("5场", 5, "场", "交友活动")]),
    # no figure: nothing
    ("业主们齐聚一堂商量加装电梯的事。", []),
]


@pytest.mark.parametrize("text, expected", ACTOR_PREDICATE_CASES)
def test_round34_predicate_after_counted_actor_ends_the_subject(text, expected):
    assert counts(text) == expected


BUILDING_NUMBER_CASES = [
    # after a street's name, an estate's phase or a preposition of place the number names a building
    ("巡查员在春晖西路36栋门前发现一处积水。", []),
    ("枫桥苑二期7栋的电梯已经修好。", []),
    ("他住在12栋，离活动室很近。", []),
    # a count of buildings follows a verb or the buildings' noun
    ("桂香小区共有28栋楼。", [("28栋", 28, "栋", "楼")]),
    # 到 after a verb of change closes the verb: a count
    ("新区的安置楼已经增加到16栋。", [("16栋", 16, "栋", "新区的安置楼")]),
    ("片区内有安置房41幢，住户900余户。", [("41幢", 41, "幢", "安置房"), ("900余户", 900, "户", "住户")]),
]


@pytest.mark.parametrize("text, expected", BUILDING_NUMBER_CASES)
def test_round34_building_number_after_street_phase_or_place_preposition_is_no_count(text, expected):
    assert counts(text) == expected
