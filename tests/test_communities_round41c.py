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


# Staff housing named after its work unit is an estate; a bare unit word (公司, 单位) names none.
STAFF_CASES = [
    ("这几天，社区干部帮助柏溪公交二公司家属院、粮食局家属院修好了路灯。", ["柏溪公交二公司家属院", "粮食局家属院"]),
    ("每到傍晚，杉木岭社区电业局宿舍小区的广场上就响起音乐。", ["杉木岭社区", "电业局宿舍小区"]),
    ("杉木岭社区农机站宿舍的几户人家自发凑钱刷了墙。", ["杉木岭社区", "农机站宿舍"]),
    ("改制以后，这里从公司家属院变成了普通住宅。", []),
    ("柏溪市云杉印刷股份有限公司宿舍的门卫室重新装修。", []),
]


@pytest.mark.parametrize("text, expected", STAFF_CASES)
def test_staff_housing(text, expected):
    assert names(text) == expected
