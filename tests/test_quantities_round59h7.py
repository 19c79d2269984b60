"""Quantities, round 59 (h7): the floors a service venue has in all are its size (中心共两层, 有上下两层,
一共四层楼 → unit 层); floors with no total word before them (住在6层, 一栋6层居民楼, 楼下两层) are a
position or a building's height, no count. A count of tiers (三个层级, 三个层次) or of key words (三个关键词)
counts the labels just listed, no real things. Sentences of our own making."""

from __future__ import annotations

import pytest

from test_quantities import quantities


def counts(text: str) -> list[tuple[str, float, str, str | None]]:
    """(text, value, unit, qualifier) per quantity."""
    return [(q[0], q[3], q[4], q[5]) for q in quantities(text)]


FLOOR_SIZE_CASES = [
    # 共 before the figure
    ("青禾县东湾社区康复中心共三层，设有理疗室和活动室。", [("三层", 3, "层", None)]),
    # 共有 and an Arabic figure
    ("新建的邻里驿站共有2层，一楼是食堂。", [("2层", 2, "层", None)]),
    # 一共 before floors and their building written as one word
    ("据了解，该服务中心一共五层楼，每层各有分工。", [("五层楼", 5, "层", None)]),
    # 有上下 before the figure, with another count in the sentence
    ("柳岸街道的老年活动家园有上下两层，面积800平方米。", [("两层", 2, "层", None), ("800平方米", 800, "平方米", None)]),
]

NO_FLOOR_COUNT_CASES = [
    # where someone lives: a floor number
    ("李阿姨住在6层，腿脚不便。", []),
    # a block's height before its noun
    ("他们住在一栋7层居民楼里，没有电梯。", []),
    # 楼下 is no 上下: the floors below, a position
    ("我们楼下两层是商铺。", []),
    # a layer of something
    ("田里盖着一层薄雪。", []),
    # a height compared, no total word
    ("大树长得比5层楼还高。", []),
    # one floor in all: below the unit's minimum
    ("这家书屋共一层，面积不大。", []),
]


@pytest.mark.parametrize("text, expected", FLOOR_SIZE_CASES)
def test_round59h7_floors_after_a_total_word_are_a_venue_size(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text, expected", NO_FLOOR_COUNT_CASES)
def test_round59h7_floors_without_a_total_word_count_nothing(text, expected):
    assert counts(text) == expected


LISTED_LABEL_CASES = [
    # the tiers a scheme spans, listed before the count
    ("项目已覆盖市、县、乡三个层级的社工站。", []),
    # the levels of a course, listed before the count
    ("培训分入门、进阶、骨干三个层次开展授课。", []),
    # the key words a speaker sums up with
    ("最后，站长用“倾听、陪伴、守护”三个关键词作了总结。", []),
]

REAL_COUNT_CASES = [
    # a count of real rooms stays
    ("青禾县柳岸社区建成了三个活动室，配备5名社工。", [("三个", 3, "个", None), ("5名", 5, "名", None)]),
    # a count of real stations across tiers stays: the tier word is not what is counted
    ("全市已建成12个社工站，覆盖县、乡两级。", [("12个", 12, "个", None)]),
]


@pytest.mark.parametrize("text, expected", LISTED_LABEL_CASES)
def test_round59h7_count_of_tiers_or_key_words_is_no_quantity(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text, expected", REAL_COUNT_CASES)
def test_round59h7_count_of_real_things_next_to_tiers_stays(text, expected):
    assert counts(text) == expected
