"""Quantities, round 42c: a Chinese numeral + 项/条 numbers the points of a scheme (四项服务,
十条村规) or sits in a lane's name, so it is not a count; the same measure words after digits
still count real items. Sentences of our own making."""

from __future__ import annotations

import pytest

from test_quantities import quantities


def counts(text: str) -> list[tuple[str, float, str, str | None]]:
    """(text, value, unit, subject) per quantity."""
    return [(q[0], q[3], q[4], q[6]) for q in quantities(text)]


NOTHING = [
    "青苇镇推出代办、陪诊、助浴三项便民举措。",  # the points of a scheme
    "柳荫村修订了村规民约八条，张贴在祠堂门口。",  # the articles of a village rule
    "志愿者沿着槐荫九条一路清扫积雪。",  # a lane's name
    "工作站围绕两条主线开展帮扶。",
]


@pytest.mark.parametrize("text", NOTHING)
def test_round42c_chinese_numeral_item_count_yields_nothing(text):
    assert counts(text) == []


def test_round42c_digit_item_count_still_counts():
    assert counts("今年青苇镇网格员共收集居民诉求36条。") == [("36条", 36, "条", "居民诉求")]
