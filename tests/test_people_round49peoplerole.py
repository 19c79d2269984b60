"""People, round 49 peoplerole: the leaders a unit sends, named by the unit and 领导. Sentences
written for these tests, with made-up names."""

from __future__ import annotations

import pytest

from contexts import people_and_roles as people


# 领导 right before a name is the role of a unit's leader, with the unit written before it;
# 领导 as a verb or before a group word names nobody.
LEADER_CASES = [
    ("区领导柯晓岚出席开班仪式。", [("柯晓岚", "区领导")]),
    ("团县委领导蔺秋禾、宁晓川参加座谈。", [("蔺秋禾", "团县委领导"), ("宁晓川", "团县委领导")]),
    ("在街道党工委领导下，居民议事会每月召开。", []),
    ("社区党委领导居民开展楼栋自治。", []),
]


@pytest.mark.parametrize("text, expected", LEADER_CASES)
def test_round49peoplerole_leader_before_name(text, expected):
    assert people(text) == expected


# 检察长 and 司长 head a procuratorate or a ministry's department like 局长 and 厅长 head a bureau.
HEAD_CASES = [
    ("县检察院检察长蔺秋禾介绍了办案情况。", [("蔺秋禾", "县检察院检察长")]),
    ("部里某司副司长宁晓川一行到社区调研。", [("宁晓川", "副司长")]),
    ("司长表示将继续支持基层。", []),
]


@pytest.mark.parametrize("text, expected", HEAD_CASES)
def test_round49peoplerole_procuratorate_and_department_heads(text, expected):
    assert people(text) == expected


# An honour or a sporting rank written right before a name introduces a person by it.
HONOUR_CASES = [
    ("全国三八红旗手柯晓岚领办了调解室。", [("柯晓岚", "红旗手")]),
    ("中国好人宁晓川也报名参加了志愿服务。", [("宁晓川", "中国好人")]),
    ("国家二级运动员蔺秋禾带领居民晨练。", [("蔺秋禾", "运动员")]),
    ("运动员成绩当场公布。", []),
]


@pytest.mark.parametrize("text, expected", HONOUR_CASES)
def test_round49peoplerole_honours_and_sporting_ranks(text, expected):
    assert people(text) == expected
