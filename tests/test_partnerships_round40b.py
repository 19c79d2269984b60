"""Round 40b (pairs). A roster of units closed by 等…单位 (A、B、C等多家共建单位; 等10余家单位的志愿者参与)
names units only: an item no extractor took is licensed as an organization when another item is a
found party, and the roster's frame pairs it like the others. Items naming people (居民代表, 社区党员),
a bare head (卫生院) or only a sort of unit (爱心企业) leave the roster as it was. Sentences written
for these tests (made-up names)."""

from __future__ import annotations

import pytest

from contexts import partner_pairs as pairs

HOME = ["柿林湾社区"]
OPENING = "柿林湾社区办了一场读书节。"


def test_unnamed_items_of_a_standing_roster_are_partner_units():
    text = OPENING + "蓝鲸手工社、桂岭街道商会、南港文创城等多家社区共建爱心单位，也捐出不少旧书。"
    assert pairs(text, communities=HOME, organizations=["桂岭街道商会"]) == [
        ("南港文创城", "柿林湾社区"), ("柿林湾社区", "桂岭街道商会"), ("柿林湾社区", "蓝鲸手工社")]


def test_unnamed_opening_item_of_a_roster_taking_part():
    text = OPENING + "松针书坊、曙光志愿服务中心、禾田幼儿园等十余家单位的青年志愿者参与活动。"
    assert pairs(text, communities=HOME, organizations=["曙光志愿服务中心", "禾田幼儿园"]) == [
        ("曙光志愿服务中心", "柿林湾社区"), ("松针书坊", "柿林湾社区"), ("柿林湾社区", "禾田幼儿园")]


@pytest.mark.parametrize("lead", ["居民代表", "社区党员", "卫生院", "爱心企业"])
def test_roster_items_that_name_no_unit_license_nothing(lead):
    text = OPENING + f"{lead}、禾田幼儿园等多家单位参与活动。"
    assert pairs(text, communities=HOME, organizations=["禾田幼儿园"]) == []


def test_a_roster_with_no_found_item_licenses_nothing():
    text = OPENING + "松针书坊、南港文创城等多家单位参与活动。"
    assert pairs(text, communities=HOME) == []
