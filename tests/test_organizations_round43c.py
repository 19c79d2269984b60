"""Round 43c (organizations).

A: a village's shareholding economic cooperative (某村股份经济合作社, 某村股份经济合作联合社) and a
family farm named by its family or brand (某家家庭农场); the bare kinds name none.

Every sentence here is made up (invented places, units and people)."""

from __future__ import annotations

from contexts import run


def names(text: str) -> list[str]:
    return [m.name for m in run(text, "places", "communities", "organizations").mentions["organizations"]]


# ---------------------------------------------------------------- A: village cooperatives and farms
def test_round43c_village_shareholding_cooperative():
    assert names("去年，青禾村股份经济合作社给每户分红五百元。") == ["青禾村股份经济合作社"]


def test_round43c_union_of_village_cooperatives():
    assert names("当天，翠岭村股份经济合作联合社召开成员大会。") == ["翠岭村股份经济合作联合社"]


def test_round43c_family_farm_named_by_its_family():
    assert names("他把三十亩地流转给了柳家家庭农场。") == ["柳家家庭农场"]


def test_round43c_bare_kinds_name_none():
    assert names("村里组建了股份经济合作社，还指导农户成立家庭农场。") == []
