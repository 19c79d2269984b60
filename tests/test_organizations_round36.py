"""Round 36 (organizations). Standard department names the tables lacked: the provincial departments
ending in 厅, the commissions written in their official short form with 委, and the State Council's
other ministries written alone; 部署 and 部分 after a field word end no department.

Every sentence here is made up (invented places, units and people; real province or city names where
the gazetteer must know them)."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


# ---------------------------------------------------------------- departments by their standard names
@pytest.mark.parametrize(
    "text, expected",
    [
        ("上周，省文旅厅公布了首批乡村民宿示范名单。", ["省文旅厅"]),
        ("青禾县卫生健康委的两位医生来到社区坐诊。", ["青禾县卫生健康委"]),
        ("市卫生计生委在广场举办了义诊活动。", ["市卫生计生委"]),
        ("省发展改革委和财政部门联合制定了实施细则。", ["省发展改革委"]),
        ("2019年，农业农村部印发了整治方案。", ["农业农村部"]),
    ],
)
def test_round36_standard_department_names(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("各街道要及早做好应急管理部署，确保安全度汛。", []),
        ("课程的宣传部分由志愿者负责讲解。", []),
    ],
)
def test_round36_bushu_and_bufen_end_no_department(text, expected):
    assert organizations(text) == expected
