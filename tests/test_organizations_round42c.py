"""Round 42c (organizations). A hospital's clinical department written right after it (某医院|
儿科) is no organization of its own by the gold convention: the hospital is the unit named. A
bureau's section (某局|某科) still joins its bureau, and a department's Party branch stays whole.

Every sentence here is made up (invented places, units and people)."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


@pytest.mark.parametrize(
    "text, expected",
    [
        ("上周，青禾县人民医院骨科的护士为独居老人换药。", ["青禾县人民医院"]),
        ("柳湾镇中心医院眼科两名医生给孩子们查视力。", ["柳湾镇中心医院"]),
        # a bureau's section still joins its bureau
        ("青禾县住建局保障科的干部入户核对台账。", ["青禾县住建局保障科"]),
        # nothing named: nothing found
        ("医生们分工协作，轮流值守到深夜。", []),
    ],
)
def test_round42c_hospital_department_is_the_hospital(text, expected):
    assert organizations(text) == expected
