"""Round 16 (people and quantities on fresh articles): sentences of our own making."""

from __future__ import annotations

import pytest

from shequ.extract.people import PersonExtractor
from shequ.extract.quantities import QuantityExtractor

from contexts import context_for


def facts(text: str):
    """(text, value, unit, qualifier, subject) per quantity mention."""
    found = QuantityExtractor()(context_for(QuantityExtractor, text))
    return [(m.attrs["text"], m.attrs["value"], m.attrs["unit"], m.attrs["qualifier"], m.attrs["subject"]) for m in found]


def named(text: str, communities: tuple[str, ...] = ()):
    """{name: role} of the people found."""
    ctx = context_for(PersonExtractor, text, communities=communities)
    return {m.canonical: m.attrs["role"] for m in PersonExtractor()(ctx)}


MONEY_CASES = [
    # a sum named right after it by a money noun, its first word a verb to jieba
    ("镇里给每户送来800元慰问礼金。", [("800元", 800.0, "元", None, "慰问礼金")]),
    ("村委会收到县慈善会拨来的8万元帮扶资金。", [("8万元", 80000.0, "元", None, "帮扶资金")]),
    ("店主们合捐了6万元助学捐助款。", [("6万元", 60000.0, "元", None, "助学捐助款")]),
    # that name wins over a noun written before the figure
    ("区里下拨20万元帮扶资金。", [("20万元", 200000.0, "元", None, "帮扶资金")]),
    # two sums joined by 和 before one name share it
    ("老人们分别领到2000元和500元生日红包。",
     [("2000元", 2000.0, "元", None, "生日红包"), ("500元", 500.0, "元", None, "生日红包")]),
]

MONEY_KEEP = [
    # a predicate after the sum is no name of it
    ("商会捐出3万元用于建设基金。", [("3万元", 30000.0, "元", None, "商会捐出")]),
    # a sum with a noun of its own keeps it
    ("社区拿出600元奖金和300元补贴。", [("600元", 600.0, "元", None, "奖金"), ("300元", 300.0, "元", None, "补贴")]),
]

MONEY_AFTER_DE = [
    # after 的 one word names the sum, and a range's spread 不等的 may come first
    ("街道为每户送去600元的慰问金。", [("600元", 600.0, "元", None, "慰问金")]),
    ("入围项目分别获得2000元至4000元不等的补助金。",
     [("2000元", 2000.0, "元", None, "补助金"), ("4000元", 4000.0, "元", None, "补助金")]),
    # but not a clause after 的: right after a per-unit base the sum counts that base (wave 3)
    ("助餐点按每人600元的标准发放补贴。", [("600元", 600.0, "元", None, "每人")]),
]

VALUE_CASES = [
    # 价值 before a sum: the goods it is the worth of
    ("商会送来价值6000元的防疫物资。", [("6000元", 6000.0, "元", None, "防疫物资")]),
    ("为社区引来价值12万元志愿服务资源。", [("12万元", 120000.0, "元", None, "志愿服务资源")]),
    # with no goods named, 价值 itself as before
    ("他们把价值3万元转给了街道。", [("3万元", 30000.0, "元", None, "价值")]),
]

COUNT_CASES = [
    # the households' noun may stand between the two counts
    ("这次改造惠及楼内86户居民、约210人。", [("86户", 86.0, "户", None, "居民"), ("约210人", 210.0, "人", "about", "居民")]),
    # a count of people right after a count of households, set off by a comma, counts their people
    ("这个网格有居民611户,2488人。", [("611户", 611.0, "户", None, "居民"), ("2488人", 2488.0, "人", None, "居民")]),
    ("小区共有810户,物业派了12人值守。", [("810户", 810.0, "户", None, "小区"), ("12人", 12.0, "人", None, "值守")]),  # round 40: the lone verb
    # 口人: the people of a household count
    # round 53 p4: unit 口, not 人: the round-53 tuning gold writes 口 for a household's or a
    # village's 口人 and 一家N口 in three articles of three sets, and never 人
    ("全村共有96户315口人。", [("96户", 96.0, "户", None, "全村"), ("315口人", 315.0, "口", None, "全村")]),
    # 一共 is a link word like 共计, not part of the noun
    ("这个片区一共1200余户。", [("1200余户", 1200.0, "户", "more_than", "片区")]),
]


@pytest.mark.parametrize(("text", "expected"), MONEY_CASES + MONEY_KEEP + MONEY_AFTER_DE + VALUE_CASES + COUNT_CASES)
def test_round16_quantities(text, expected):
    assert facts(text) == expected


def test_round16_no_quantity():
    assert facts("他家里有几口人，平时谁在家？") == []
    assert facts("过了元旦，大家忙着准备年货。") == []


def test_a_speaker_line_with_the_estate_beats_a_bare_resident_word():
    text = "上周，小区住户孙桂英说家里阳台漏水。\n【同期声】\n晨光花园住户 孙桂英：墙皮全掉了。\n"
    assert named(text, communities=("晨光花园",)) == {"孙桂英": "晨光花园住户"}


def test_a_bare_resident_word_alone_is_no_person():
    assert named("上周，小区住户孙桂英说家里阳台漏水。") == {}
    assert named("91岁的郑秀兰老奶奶接过了社区送来的月饼。") == {}


@pytest.mark.parametrize(("text", "expected"), [
    ("钱小雨，某理工学院大二学生，也是社区的居民。", {"钱小雨": "某理工学院大二学生"}),
    ("这位书记名叫赵明远，原某钢厂车间副主任，去年来到村里。", {"赵明远": "原某钢厂车间副主任"}),
    ("孙红梅，时任街道妇联副主席兼社区监委会主任。说起那几年，她很感慨。", {"孙红梅": "街道妇联副主席兼社区监委会主任"}),
])
def test_a_name_opening_a_sentence_then_a_role_phrase_is_a_person(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize("text", [
    "王芳，李明，张强等人参加了活动。",  # a list of names: the phrase after a comma is no role
    "周一，社区志愿者开展活动。",  # no name before the comma
    "刘洋，你好。",
])
def test_a_comma_after_a_name_alone_makes_no_person(text):
    assert named(text) == {}
