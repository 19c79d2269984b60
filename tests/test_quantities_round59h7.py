"""Quantities, round 59 (h7): the floors a service venue has in all are its size (中心共两层, 有上下两层,
一共四层楼 → unit 层); floors with no total word before them (住在6层, 一栋6层居民楼, 楼下两层) are a
position or a building's height, no count. Sentences of our own making."""

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
