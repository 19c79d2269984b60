"""Round 56 h2 (programs filter 52): a standard station that organizations reads as its place's unit
(某社区零工驿站, 某村妇女儿童驿站) is no program as well, nor is its kind written alone, quoted or
not, or after generic holders only; a station with a brand or a site's name of its own stays a
program. Every sentence here is made up."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds


@pytest.mark.parametrize(
    "text",
    [
        # the place's unit (organizations reads it)
        "近日，青杉社区零工驿站为辖区居民推送了20个岗位。",
        "位于滨河北路的鼓楼区零工市场设有洽谈区和直播间。",
        "每到饭点，老人们就去柳岸三区社区养老服务驿站取餐。",
        # the unit, the program's name opening with the places above it
        "岭南县石塘镇枫溪村妇女儿童驿站近日挂牌。",
        # the kind alone, quoted or not, or after a generic holder
        "零工驿站每天上午开门，下午组织技能课。",
        "上周“零工驿站”贴出三条家政招工启事。",
        "想订午餐的老人可先到社区养老服务驿站登记。",
    ],
)
def test_place_held_stations_and_bare_kinds_are_no_programs(text):
    assert programs_and_kinds(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a brand of its own
        ("该区打造了集亲子阅读、海岛研学于一体的“海韵+”妇女儿童驿站。", [("海韵+妇女儿童驿站", "station")]),
        # a square's own name between the places and the ending
        ("她通过青州市北城区文昌广场零工驿站发布的信息找到了工作。", [("青州市北城区文昌广场零工驿站", "station")]),
        # an app's name quoted whole
        ("市民还可以使用“滨州零工市场”小程序发布需求。", [("滨州零工市场", "app")]),
    ],
)
def test_branded_stations_stay_programs(text, expected):
    assert programs_and_kinds(text) == expected
