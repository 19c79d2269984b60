"""Quantities, round 36b: what stands between a count of people and its noun: an age range with
岁 on both ends, an adjective before a quoted noun, a verb before an adjective and a person noun.
Sentences of our own making."""

from __future__ import annotations

import pytest

from test_quantities import quantities


def counts(text: str) -> list[tuple[str, float, str, str | None]]:
    """(text, value, unit, subject) per quantity."""
    return [(q[0], q[3], q[4], q[6]) for q in quantities(text)]


CASES = [
    # an age range whose ends both carry 岁 describes the people counted
    ("青禾巷有30多名65岁至75岁的热心阿姨报名。", [("30多名", 30, "名", "热心阿姨")]),
    ("木棉村12名8岁-12岁的留守儿童参加了夏令营。", [("12名", 12, "名", "留守儿童")]),
    # an adjective before a quoted noun for people: the quote is the head
    ("街道表彰了18名优秀“网格管家”。", [("18名", 18, "名", "优秀网格管家")]),
    # a quote after a noun is no part of the counted phrase
    ("6名志愿者“上门”服务。", [("6名", 6, "名", "志愿者")]),
    # a quote after an adjective that follows the noun is its predicate
    ("今年共有3部加装电梯成功“上岗”。", [("3部", 3, "部", "加装电梯")]),
    # a verb before an adjective and a person noun describes them
    ("服务队由7位退休老教师组成。", [("7位", 7, "位", "退休老教师")]),
    # a verb with no person noun after it is still the predicate
    ("7位退休了。", [("7位", 7, "位", None)]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_round36b_modifiers_between_count_of_people_and_noun(text, expected):
    assert counts(text) == expected
