"""Round 56 h2 (stations named by their place): the standard stations a department has every district,
street, village or community set up (零工市场, 零工驿站, 妇女儿童驿站, 妇女儿童之家, 养老服务驿站,
家庭教育指导服务站) are the place's organization when only places and communities stand right before
the ending, or when a community stands right before a quote holding only the kind; a grade or a site's
own name between, a quoted whole name, a market system and the bare kind name none. Every sentence here
is made up."""

from __future__ import annotations

import pytest

from contexts import organizations_found


@pytest.mark.parametrize(
    "text, expected",
    [
        # a community's gig-work post, acting
        ("近日，青杉社区零工驿站为辖区居民推送了20个岗位。", ["青杉社区零工驿站"]),
        # a street's community written after its street: the name starts at the community
        ("据了解，枫桥街道新塘社区零工驿站已服务求职者500余人次。", ["新塘社区零工驿站"]),
        # a district's gig-work market
        ("位于滨河北路的鼓楼区零工市场设有洽谈区和直播间。", ["鼓楼区零工市场"]),
        # a village's women-and-children station after its county and town
        ("岭南县石塘镇枫溪村妇女儿童驿站以“家风传承”为主线开展活动。", ["枫溪村妇女儿童驿站"]),
        # an estate community's elder-care station
        ("每到饭点，老人们就去柳岸三区社区养老服务驿站取餐。", ["柳岸三区社区养老服务驿站"]),
        # a community's family-education guidance station (a venue ending before this round)
        ("妇联干部一行到红枫社区家庭教育指导服务站调研。", ["红枫社区家庭教育指导服务站"]),
        # the kind quoted right after its community (C18)
        ("在桂园社区“妇女儿童之家”里，七八位家长正在读绘本。", ["桂园社区“妇女儿童之家”"]),
    ],
)
def test_place_held_stations_are_organizations(text, expected):
    assert organizations_found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a province's grade: an award's list, no one station
        "近日，浙江省五星妇女儿童驿站名单出炉。",
        # a square's own name between the places and the ending
        "她通过青州市北城区文昌广场零工驿站发布的信息找到了工作。",
        # the name quoted whole: an app
        "市民还可以使用“滨州零工市场”小程序发布需求。",
        # a market system, not the market
        "目前，南岭零工市场体系正释放就业活力。",
        # the bare kinds, quoted or not, and after a generic holder
        "零工驿站每天上午开门，下午组织技能课。",
        "上周“零工驿站”贴出三条家政招工启事。",
        "想订午餐的老人可先到社区养老服务驿站登记。",
        # a brand's station
        "该区打造了集亲子阅读、海岛研学于一体的“海韵+”妇女儿童驿站。",
    ],
)
def test_graded_branded_quoted_and_bare_stations_name_none(text):
    assert organizations_found(text) == []
