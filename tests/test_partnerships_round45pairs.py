"""Round 45 (pairs): a street or town written only as a place may be an item of a party list
(在A、某街道的支持下，B…; A与某镇、B合作): the place is no party, but the named items of its list
still pair. A unit's dispatched first secretary or work team (A派驻某村第一书记, A驻某社区工作组) pairs
the unit with the village or community it is posted to. Sentences written for these tests (made-up
names)."""

from __future__ import annotations

from contexts import partner_pairs as pairs

UNITS = dict(organizations=["青枫区民政局", "禾光社会工作服务中心", "澄川书院"], communities=["柳絮湾社区"])


def test_under_list_ending_in_a_place_keeps_its_named_supporter():
    text = "今年以来，在青枫区民政局、鹭汀街道的支持下，禾光社会工作服务中心为老人送餐上门。"
    assert pairs(text, places=["鹭汀街道"], **UNITS) == [("禾光社会工作服务中心", "青枫区民政局")]


def test_with_list_opening_with_a_place_pairs_its_named_item():
    text = "去年，禾光社会工作服务中心与桐坞镇、澄川书院合作，开设了老年课堂。"
    assert pairs(text, places=["桐坞镇"], **UNITS) == [("澄川书院", "禾光社会工作服务中心")]


def test_under_phrase_naming_only_a_place_pairs_nothing():
    text = "在鹭汀街道、桐坞镇的支持下，柳絮湾社区开设了老年课堂。"
    assert pairs(text, places=["鹭汀街道", "桐坞镇"], **UNITS) == []


def test_under_list_with_an_unnamed_count_still_pairs_nothing():
    text = "在青枫区民政局、两家企业的支持下，禾光社会工作服务中心为老人送餐上门。"
    assert pairs(text, **UNITS) == []


STATIONED = dict(organizations=["青枫区农业农村局", "澄川区生态环境局"], communities=["云栖社区", "石楠村"])


def test_first_secretary_dispatched_pairs_the_unit_with_its_village():
    text = "秋收时节，青枫区农业农村局派驻石楠村第一书记带着村民采收茶叶。"
    assert pairs(text, **STATIONED) == [("石楠村", "青枫区农业农村局")]


def test_stationed_work_team_pairs_the_unit_with_its_community():
    text = "澄川区生态环境局驻云栖社区工作组协助社区登记返乡人员。"
    assert pairs(text, **STATIONED) == [("云栖社区", "澄川区生态环境局")]


def test_a_first_secretary_with_no_unit_pairs_nothing():
    text = "石楠村第一书记带着村民采收茶叶。"
    assert pairs(text, **STATIONED) == []
