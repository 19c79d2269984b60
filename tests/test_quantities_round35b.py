"""Quantities, round 35B: the subject of a count (what it is `about`). Sentences of our own making."""

from __future__ import annotations

import pytest

from test_quantities import quantities


def subjects(text: str) -> list[tuple[str, str | None]]:
    """(text, subject) per quantity."""
    return [(q[0], q[6]) for q in quantities(text)]


HEAD_NOUN_CASES = [
    # the head noun after the measure word is kept: jieba tags it a verb or a measure word
    ("街道梳理出40个养老需求，逐项落实。", [("40个", "养老需求")]),
    ("村里评出12户党员示范户。", [("12户", "党员示范户")]),
    ("镇里配齐了9名小区党支部书记。", [("9名", "小区党支部书记")]),
    ("村里修建了800米田间作业道。", [("800米", "田间作业道")]),
    # 自然 opening a settlement's name is no adverb
    ("该村下辖14个自然村组。", [("14个", "自然村组")]),
    ("社区里有9个自然小区。", [("9个", "自然小区")]),
    # the demand named before the figure keeps its head too
    ("居民诉求已办结58件。", [("58件", "居民诉求")]),
    # 自然 as an adverb after the counted people stays out of the subject
    ("30名志愿者自然地站成一排。", [("30名", "志愿者")]),
]


@pytest.mark.parametrize("text, expected", HEAD_NOUN_CASES)
def test_round35b_head_noun_after_measure_word_is_kept(text, expected):
    assert subjects(text) == expected


SERIES_AND_SHARE_CASES = [
    # a year series carries the noun of its first figure; the year's 年 is no part of the noun
    ("2018年合作社营业收入12万元，2020年30万元，2022年突破80万元。",
     [("12万元", "合作社营业收入"), ("30万元", "合作社营业收入"), ("80万元", "合作社营业收入")]),
    ("去年接待游客3万人次，今年达5万人次。", [("3万人次", "游客"), ("5万人次", "游客")]),
    # a count after the year names its own noun
    ("全村有党员45名，2023年发展6名入党积极分子。", [("45名", "党员"), ("6名", "入党积极分子")]),
    # X占Y的N%: the share is X's, not Y's
    ("低保户占全村户数的6%。", [("6%", "低保户")]),
    ("退役军人1260人，占全镇人口的8%。", [("1260人", "退役军人"), ("8%", "退役军人")]),
]


@pytest.mark.parametrize("text, expected", SERIES_AND_SHARE_CASES)
def test_round35b_year_series_inherits_and_share_measures_owner_before_zhan(text, expected):
    assert subjects(text) == expected


NOUN_AFTER_MEASURE_CASES = [
    # a noun right after a measure of land, length or weight is what it measures
    ("暴雨淹没了当地800亩农田。", [("800亩", "农田")]),
    ("合作社今年种植了50多亩香菇。", [("50多亩", "香菇")]),
    # what is then done to it is no part of the noun
    ("村里完成3公里道路改造。", [("3公里", "道路")]),
    ("今年实施了1200米村道硬化。", [("1200米", "村道")]),
    # with no noun after it, the noun before still names the measure
    ("村里流转土地500亩，用于种植。", [("500亩", "土地")]),
]


@pytest.mark.parametrize("text, expected", NOUN_AFTER_MEASURE_CASES)
def test_round35b_noun_right_after_land_length_weight_measure_is_its_subject(text, expected):
    assert subjects(text) == expected


OVERRUN_CASES = [
    # the subject stops before the next figure's noun and before a verb's complement
    ("小区有12栋住宅楼、户籍居民3100人。", [("12栋", "住宅楼"), ("3100人", "户籍居民")]),
    ("小区有20栋居民楼、常住人口5400人。", [("20栋", "居民楼"), ("5400人", "常住人口")]),
    ("镇里把6个社区划分成40个网格。", [("6个", "社区"), ("40个", "网格")]),
    # a modifier list before one shared noun stays whole
    ("社区有38名独居、高龄、空巢老人。", [("38名", "独居、高龄、空巢老人")]),
    # costs after a sum name it, not the verb before
    ("每户支付了300元维修费用。", [("300元", "维修费用")]),
]


@pytest.mark.parametrize("text, expected", OVERRUN_CASES)
def test_round35b_subject_stops_before_next_figure_noun_and_verb_complement(text, expected):
    assert subjects(text) == expected


PARTITIVE_CASES = [
    # a part after 其中 is what 为/是 names after it
    ("街道共有9个老旧小区，其中6个为无物业小区。", [("9个", "老旧小区"), ("6个", "无物业小区")]),
    ("中心开设了24门课程，其中20门是兴趣课程。", [("24门", "课程"), ("20门", "兴趣课程")]),
    # with no such link it counts the whole's noun of the same sentence
    ("共走访困难家庭12户，其中8户已领到补助。", [("12户", "困难家庭"), ("8户", "困难家庭")]),
    # a whole in another sentence lends nothing
    ("全村有党员40名。其中5名已退休。", [("40名", "党员"), ("5名", None)]),
]


@pytest.mark.parametrize("text, expected", PARTITIVE_CASES)
def test_round35b_part_after_qizhong_names_its_kind_or_counts_the_whole(text, expected):
    assert subjects(text) == expected


MADE_UP_OF_CASES = [
    # after 由 the people named before 组成 are counted
    ("由8位退休教师组成的宣讲团走进社区。", [("8位", "退休教师")]),
    # with none named there, the group after 组成的 is what is counted
    ("一支由15人组成的“邻里守望队”每晚巡逻。", [("15人", "邻里守望队")]),
    ("一支由30人组成的巡逻队每天上街。", [("30人", "巡逻队")]),
    ("联盟吸纳了12名由楼栋长和党员组成的成员。", [("12名", "成员")]),
]


@pytest.mark.parametrize("text, expected", MADE_UP_OF_CASES)
def test_round35b_count_in_you_zucheng_frame_names_members_or_group(text, expected):
    assert subjects(text) == expected


PLACE_HOUSEHOLD_CASES = [
    # the households of the place opening the sentence, with their people
    ("青石村辖5个村民小组，有380户1420人。",
     [("5个", "村民小组"), ("380户", "青石村"), ("1420人", "青石村")]),
    ("全村辖9个村民组416户1530人。", [("9个", "村民组"), ("416户", "全村"), ("1530人", "全村")]),
    ("他说：“我们村有620户2100人。”", [("620户", "我们村"), ("2100人", "我们村")]),
    # households with their own noun keep it
    ("全村有困难家庭12户。", [("12户", "困难家庭")]),
]


@pytest.mark.parametrize("text, expected", PLACE_HOUSEHOLD_CASES)
def test_round35b_households_of_the_place_opening_the_sentence(text, expected):
    assert subjects(text) == expected


MODIFIER_AND_TRAILING_CASES = [
    # 一线 (tagged a numeral) is part of the people counted
    ("街道为辖区40名一线快递员送上防暑用品。", [("40名", "一线快递员")]),
    # 近/逾 glued to the noun before the figure belong to the figure
    ("今年开通市民卡近5000个。", [("5000个", "市民卡")]),
]


@pytest.mark.parametrize("text, expected", MODIFIER_AND_TRAILING_CASES)
def test_round35b_front_line_modifier_kept_and_glued_qualifier_dropped(text, expected):
    assert subjects(text) == expected


CLOSING_PREDICATE_CASES = [
    # a set phrase right after a count of people says what they did: the noun before names them
    ("社区居民80余人欢聚一堂，共庆佳节。", [("80余人", "社区居民")]),
    # a noun after the count still names it
    ("辖区80余名退休党员欢聚一堂。", [("80余名", "退休党员")]),
]


@pytest.mark.parametrize("text, expected", CLOSING_PREDICATE_CASES)
def test_round35b_set_phrase_after_people_count_is_no_subject(text, expected):
    assert subjects(text) == expected
