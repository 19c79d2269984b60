"""Communities, round 41c: a kind of estate named by tenure (公房, 小产权), by who lives there
(农民工), by grade (高端, 普通, 标杆, 特殊) or by state (清洁, 脏乱差, 新老), written as the whole
stem before 小区, is no community; an estate's own name before 小区 still is. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from contexts import run


def names(text: str) -> list[str]:
    return [text[m.start : m.end] for m in run(text, "places", "communities").mentions["communities"]]


CASES = [
    ("城南一带的售后公房小区大多没有电梯，加装工作进展缓慢。", []),
    ("不少小产权小区至今没有成立业主委员会。", []),
    ("这片农民工小区的孩子放学后常在空地上玩耍。", []),
    ("比起高端小区，普通小区的物业费要低得多。", []),
    ("街道把三个标杆小区的做法推广到各个特殊小区。", []),
    ("评选出一批清洁小区，也点名了几处脏乱差小区。", []),
    ("新老小区的停车难题各有不同。", []),
    # an estate's own name before 小区 is still a community
    ("家住桐叶湾小区的刘阿姨报名当了楼道长。", ["桐叶湾小区"]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_estate_kinds_are_not_communities(text, expected):
    assert names(text) == expected
