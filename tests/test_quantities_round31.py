"""Quantities, round 31: counts that gloss the terms of a numbered formula label; a few kinds
written in Chinese numerals. Sentences of our own making."""

from __future__ import annotations

import pytest

from test_quantities import quantities


def counts(text: str) -> list[tuple[str, float, str, str | None]]:
    """(text, value, unit, subject) per quantity."""
    return [(q[0], q[3], q[4], q[6]) for q in quantities(text)]


FORMULA_GLOSS_CASES = [
    # the counts after 即 spell out the label's numbers: no counts of their own
    ("青柳街道推行“1+4+N”网格架构，即设1名网格指导员、4名楼道管家和若干热心住户。", []),
    ("湖畔村探索“2+3”帮扶格局，也就是2个驻村小组加3个结对企业。", []),
    ("每个片区落实“1+2+X”力量，“1”即1名片长，“2”即2名联络员。", []),
    # no 即 after the label: the count says how many were staffed and stays
    ("按照“2+3+N”模式，每个站点配备2名社工、3名志愿者。", [("2名", 2, "名", "社工"), ("3名", 3, "名", "志愿者")]),
    # the total of a list closed by 等 counts the items listed, even in a gloss
    ("镇里推出“1+6+N”服务，即依托一个中心，开设理发、修鞋、缝补等6项便民服务。", [("6项", 6, "项", "便民服务")]),
    # a number that is no term of the label stays
    ("推行“1+2+N”机制，即组建12支巡逻小队。", [("12支", 12, "支", "巡逻小队")]),
]


@pytest.mark.parametrize("text, expected", FORMULA_GLOSS_CASES)
def test_round31_count_glossing_a_formula_label_is_dropped(text, expected):
    assert counts(text) == expected


KIND_CASES = [
    # a few kinds in Chinese numerals say how a thing is divided: no count
    ("青禾社区通过线上预约和上门登记两种方式收集居民需求。", []),
    ("志愿者把收到的建议归为三种情形逐一答复。", []),
    # a stock counted in kinds with digits or a qualifier stays
    ("积分兑换点摆放着40多种日用品供居民挑选。", [("40多种", 40, "种", "日用品")]),
    ("驿站为骑手提供了十余种暖心服务。", [("十余种", 10, "种", "暖心服务")]),
    # other measure words in Chinese numerals are untouched
    ("社区组织了两场义诊。", [("两场", 2, "场", "义诊")]),
]


@pytest.mark.parametrize("text, expected", KIND_CASES)
def test_round31_few_kinds_in_chinese_numerals_are_no_count(text, expected):
    assert counts(text) == expected


# A ceremony or act of taking part that jieba tags as a noun (授旗, 亮相, 参赛), written right after
# the counted noun, is what happens to it: the subject ends before it. Written before the count it
# still qualifies the noun it opens (参赛队伍达30支).
EVENT_AFTER_SUBJECT_CASES = [
    ("开幕式上，街道为7支新组建的护河志愿服务队授旗。", [("7支", 7, "支", "护河志愿服务队")]),
    ("今年的邻里运动会有14支楼栋代表队参赛。", [("14支", 14, "支", "楼栋代表队")]),
    ("联欢会上，9支社区文艺队伍亮相，台下掌声不断。", [("9支", 9, "支", "社区文艺队伍")]),
    ("本届邻里节参赛队伍达到26支。", [("26支", 26, "支", "参赛队伍")]),
    ("全街道参训人员累计达420余人次。", [("420余人次", 420, "人次", "全街道参训人员")]),
]


@pytest.mark.parametrize("text, expected", EVENT_AFTER_SUBJECT_CASES)
def test_round31_ceremony_after_the_counted_noun_ends_the_subject(text, expected):
    assert counts(text) == expected
