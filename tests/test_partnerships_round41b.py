"""Round 41 second pass (pairs): a unit's staff stationed at a community or station (A驻B, A的民警
常驻B) pairs A with B; since round 45 so does a dispatched village team or first secretary (A驻某村工作队,
A派驻某村第一书记: gold-dc pairs the unit with the village). Sentences written for these tests (made-up names)."""

from __future__ import annotations

from contexts import partner_pairs as pairs

UNITS = dict(organizations=["晴禾社工服务中心", "澜湾派出所", "柏岸街道社工站", "柏岸县文旅局"],
             communities=["杉木岭社区", "杉木村"])


def test_agency_stationed_at_a_station():
    text = "近日，晴禾社工服务中心驻柏岸街道社工站，牵头开展探访行动。"
    assert pairs(text, **UNITS) == [("晴禾社工服务中心", "柏岸街道社工站")]


def test_police_staff_stationed_in_a_community():
    text = "从去年开始，分局安排澜湾派出所民警常驻杉木岭社区，协助调解纠纷。"
    assert pairs(text, **UNITS) == [("杉木岭社区", "澜湾派出所")]


def test_dispatched_first_secretary_pairs_unit_and_village():
    text = "柏岸县文旅局派驻杉木村第一书记已到村两年。"
    assert pairs(text, **UNITS) == [("杉木村", "柏岸县文旅局")]


def test_stationed_village_team_pairs_unit_and_village():
    text = "柏岸县文旅局驻杉木村乡村振兴工作队与村两委一起谋划产业。"
    assert pairs(text, **UNITS) == [("杉木村", "柏岸县文旅局")]


def test_resident_units_of_a_community_pair_nothing():
    text = "杉木岭社区驻区单位积极参与了这次活动。"
    assert pairs(text, **UNITS) == []


def test_quoted_first_secretary_pairs_unit_and_village():
    text = "柏岸县文旅局驻杉木村“第一书记”正在整理货架。"
    assert pairs(text, **UNITS) == [("杉木村", "柏岸县文旅局")]
