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
