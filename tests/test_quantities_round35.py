"""Quantities, round 35: counts of one that name a post's holder or what a merger makes, ...
Sentences of our own making."""

from __future__ import annotations

import pytest

from test_quantities import quantities


def counts(text: str) -> list[tuple[str, float, str, str | None]]:
    """(text, value, unit, subject) per quantity."""
    return [(q[0], q[3], q[4], q[6]) for q in quantities(text)]


COUNT_OF_ONE_CASES = [
    # one person chosen for a post is a count of one (round 48: the gold-dc counts post holders)
    ("会员大会选出理事长1名、监事2名。", [("1名", 1, "名", "理事长"), ("2名", 2, "名", "监事")]),
    # what a merger or a division makes is one unit, not a count
    ("街道把三个站点合并为1个便民服务站。", [("三个", 3, "个", "站点")]),
    # an Arabic 1 of things that is no such result stays a count
    ("每个社区限报1个项目。", [("1个", 1, "个", "项目")]),
    ("镇里为老年食堂新添了1台冰柜和3台消毒柜。", [("1台", 1, "台", "冰柜"), ("3台", 3, "台", "消毒柜")]),
]


@pytest.mark.parametrize("text, expected", COUNT_OF_ONE_CASES)
def test_round35_count_of_one_post_holder_or_merger_result_is_no_count(text, expected):
    assert counts(text) == expected


NEW_UNIT_CASES = [
    # courses, plants, orders, produce by weight and products are counted things
    ("社区学校本学期开设了12门课程。", [("12门", 12, "门", "课程")]),
    ("合作社种下果树3000余株。", [("3000余株", 3000, "株", "果树")]),
    ("直播一晚卖出500多单。", [("500多单", 500, "单", None)]),
    ("村里茶叶年产量达2万斤。", [("2万斤", 20000, "斤", "村里茶叶年产量")]),
    ("主播带来了6款农产品。", [("6款", 6, "款", "农产品")]),
    # the same characters inside a word or an address are no measure word
    ("她家住在5单元301室。", []),
    ("老人们在门口一门心思地下棋。", []),
]


@pytest.mark.parametrize("text, expected", NEW_UNIT_CASES)
def test_round35_courses_plants_orders_weight_products_are_measure_words(text, expected):
    assert counts(text) == expected


SPAN_CASES = [
    # the old and the new level of a change both measure the noun before 从/由
    ("合作社的年收入从2019年的8万元增加至2024年的52万元。", [("8万元", 80000, "元", "合作社的年收入"), ("52万元", 520000, "元", "合作社的年收入")]),
    ("社区面积由原来的1.2平方公里扩大到3平方公里。", [("1.2平方公里", 1.2, "平方公里", "社区面积"), ("3平方公里", 3, "平方公里", "社区面积")]),
    ("邻里纠纷从每年12起下降到4起。", [("12起", 12, "起", "邻里纠纷"), ("4起", 4, "起", "邻里纠纷")]),
    # 由 naming who acts opens no such frame
    # (round 35B: the group made up of them is what the count names)
    ("一支由9人组成的巡逻队每晚上街。", [("9人", 9, "人", "巡逻队")]),
]


@pytest.mark.parametrize("text, expected", SPAN_CASES)
def test_round35_old_and_new_level_of_a_change_measure_the_noun_before_cong_or_you(text, expected):
    assert counts(text) == expected
