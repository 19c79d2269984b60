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


# ---------------------------------------------------------------- a town's own bodies written bare
@pytest.mark.parametrize(
    "text, expected",
    [
        ("周末，镇团委带着青年志愿者走进敬老院。", ["镇团委"]),
        ("座谈会由乡武装部牵头召开，退伍老兵代表参加。", ["乡武装部"]),
        # round 42: the bare Party committee is not kept (the gold lists none: test_organizations_round42)
        ("镇党委、镇政府把这项工作列入年度重点。", []),
    ],
)
def test_round36_town_body_written_bare(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("镇党委书记吴某某为新成立的队伍授旗。", []),
        ("全镇共有十二个村，镇区人口约三万。", []),
    ],
)
def test_round36_town_body_before_a_post_is_a_role(text, expected):
    assert organizations(text) == expected


# ---------------------------------------------------------------- 与 after a unit word joins two bodies
@pytest.mark.parametrize(
    "text, expected",
    [
        ("江宁区政府与青禾艺术学院签下了共建协议。", ["江宁区政府", "青禾艺术学院"]),
        ("信息科学与工程学院的师生也来了。", ["信息科学与工程学院"]),
    ],
)
def test_round36_unit_word_before_yu_is_no_field(text, expected):
    assert organizations(text) == expected
