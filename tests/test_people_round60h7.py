"""People, round 60 h7: the callings and posts news introduces a villager, a resident or
a player by that `person_roles.txt` lacked (文书 of a village, 党员中心户, 球员 of a team,
民间河长, 合伙人 of a community, 归侨 and 侨眷, 策划人 of a lecture series). Sentences written for
these tests, with made-up names."""

from __future__ import annotations

import pytest

from contexts import people_and_roles as people


CALLING_CASES = [
    # a village's clerk, the village named before the post
    ("会上，青松村文书钱付明从旧皮包里拿出账本。", [("钱付明", "青松村文书")]),
    # a Party member whose household is the village's contact point
    ("村民们在党员中心户孙小梅的院子里商量修路的事。", [("孙小梅", "党员中心户")]),
    # a team's player in a prize list
    ("白塔队球员陈晓龙获评最有价值球员。", [("陈晓龙", "球员")]),
    # a river keeper chosen among the residents: the whole post, not its last two characters
    ("柳河民间河长陆立林告诉记者，河道比去年干净多了。", [("陆立林", "民间河长")]),
    # a district's river chief keeps the bare post
    ("区级河长王立国带队巡河。", [("王立国", "河长")]),
    # a community's partners, a list of two after the post
    ("社区合伙人孙晓晴和王琳是读书会的召集人。", [("孙晓晴", "社区合伙人"), ("王琳", "社区合伙人")]),
    # a returned overseas Chinese and a relative of one
    ("八十岁的归侨王立绍每天都来打球。", [("王立绍", "归侨")]),
    ("侨眷郑月英也说，活动让她想起了远方的孩子。", [("郑月英", "侨眷")]),
    # the planner of a lecture series
    ("大讲堂策划人韦立主持了当天的活动。", [("韦立", "策划人")]),
]


@pytest.mark.parametrize("text, expected", CALLING_CASES)
def test_round60h7_calling_before_name_makes_person(text, expected):
    assert people(text) == expected


NO_PERSON_CASES = [
    # the callings as plain nouns, a word after them and no name
    ("为了方便商户和周边居民缴费，青禾街道增设了窗口。", []),
    ("柳岸社区鼓励商户和居民结对互助。", []),
    ("街道团结归侨侨眷和海外侨胞。", []),
    ("民间河长管理制度已经出台。", []),
    ("社区感谢教练和球员们的付出。", []),
    ("社区启动了合伙人计划。", []),
]


@pytest.mark.parametrize("text, expected", NO_PERSON_CASES)
def test_round60h7_calling_without_name_yields_nothing(text, expected):
    assert people(text) == expected
