"""Junk quantity subjects of round 58 (h4): a predicate glued after the counted noun, a pointer
before the noun counted, a lone surname-tagged character. Sentences of our own making, with
made-up names; look-alikes keep their subject."""

from __future__ import annotations

import pytest

from test_quantities import quantities


def counts(text: str) -> list[tuple[str, float, str, str | None]]:
    """(text, value, unit, subject) per quantity."""
    return [(q[0], q[3], q[4], q[6]) for q in quantities(text)]


PREDICATE_AFTER_NOUN_CASES = [
    # a four-character set phrase ending in a verb is how the things stand, not what they are
    ("集市上,12个宣传点一字排开,前来咨询的居民很多。", [("12个", 12, "个", "宣传点")]),
    ("新城区里,5个服务站拔地而起。", [("5个", 5, "个", "服务站")]),
    # a one-character verb with its directional complement, glued or tagged a noun
    ("去年春天,青柳里9号楼6个楼门装上了新的防盗门。", [("6个", 6, "个", "楼门")]),
    ("桃源小区12个单元装上了电梯。", [("12个", 12, "个", "单元")]),
    ("上个月,柳岸里3号楼5个单元门装上了扶手。", [("5个", 5, "个", "单元门")]),
    # look-alikes: a noun phrase running on keeps its words; a set phrase opened by a noun
    # names a kind of work, not a predicate
    ("全市建立40个行业人民调解组织。", [("40个", 40, "个", "行业人民调解")]),
    ("已有30个单元完成加装电梯。", [("30个", 30, "个", "单元")]),
    ("3个社区居委会组织居民开展活动。", [("3个", 3, "个", "社区居委会")]),
    ("15名志愿者走上街头。", [("15名", 15, "名", "志愿者")]),
]


@pytest.mark.parametrize("text, expected", PREDICATE_AFTER_NOUN_CASES)
def test_junk58h4_predicate_after_counted_noun_is_cut(text, expected):
    assert counts(text) == expected


POINTER_CASES = [
    # 这座/那个 points at the thing; the noun after it is what is counted
    ("环抱着这座常住人口超50万、河道交错的小城。", [("超50万", 500000, "人", "常住人口")]),
    ("这座小城常住人口约30万,节奏缓慢。", [("约30万", 300000, "人", "小城常住人口")]),
    # look-alikes: 本 names its own unit and stays; a noun with no pointer is unchanged
    ("本街道常住人口约6万人。", [("约6万人", 60000, "人", "街道常住人口")]),
    ("那个小区共有住户500户。", [("500户", 500, "户", "住户")]),
]


@pytest.mark.parametrize("text, expected", POINTER_CASES)
def test_junk58h4_pointer_before_counted_noun_is_dropped(text, expected):
    assert counts(text) == expected


LONE_CHARACTER_CASES = [
    # 在施 (under construction) cut by the segmenter leaves 施, a surname-tagged character
    ("其中已交付5部,在施14部,覆盖7个小区。", [("5部", 5, "部", None), ("14部", 14, "部", None), ("7个", 7, "个", "小区")]),
    # look-alike: a one-character noun that names a unit keeps it
    ("全镇共有行政村18个。", [("18个", 18, "个", "行政村")]),
]


@pytest.mark.parametrize("text, expected", LONE_CHARACTER_CASES)
def test_junk58h4_lone_surname_character_names_nothing(text, expected):
    assert counts(text) == expected
