"""Round 57 h4 (organizations missed). A named community's or village's own centre (党群服务中心,
新时代文明实践站, 便民服务中心 …) written only before a floor or a room of its building is still the
body that runs it: F19 keeps it, while other units before a part of their building (a village
committee's yard, a county hall, a day-care centre's room) and bare centres stay out.

Every sentence here is made up."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


@pytest.mark.parametrize(
    "text, expected",
    [
        # a floor of a community's Party-and-people centre
        ("在青枫社区党群服务中心四楼，一间窄窄的调解室里挤满了街坊。", ["青枫社区党群服务中心"]),
        # a room of a community's civilization-practice station, its network word between
        ("在柳溪社区新时代文明实践站多功能厅，小朋友们办起了旧书交换会。", ["柳溪社区新时代文明实践站"]),
        # a village's station, its ground floor, after an address
        ("托管班设在禾香路26号石桥村新时代文明实践站二楼，能坐下四十来个孩子。", ["石桥村新时代文明实践站"]),
        # a meeting room reached through 的
        ("记者在梅林社区党群服务中心的会议室看到，墙上贴满了议事记录。", ["梅林社区党群服务中心"]),
        # a community's service centre with a numbered floor
        ("居民可到枫林社区便民服务中心2楼办理。", ["枫林社区便民服务中心"]),
    ],
)
def test_round57h4_community_centre_before_its_floor_or_room_is_the_body(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a village committee's yard: the building (F19 as before)
        "乡亲们聚在柳岸村村委会院坝里看演出。",
        # a county's service hall: named by a place, not a community
        "鼓队在青禾县政务服务中心旁边排练。",
        # a day-care centre is a service point: its room stays the building
        "老人们在桂香社区老年日间照料中心多功能厅打扑克。",
        # a bare station names no community's centre
        "孩子们在新时代文明实践站展示厅看剪纸。",
        # a community's activity centre is no acting centre
        "志愿者在桃李社区活动中心广场搭起了帐篷。",
    ],
)
def test_round57h4_other_names_before_a_building_part_stay_out(text):
    assert organizations(text) == []


def test_round57h4_centre_written_also_where_it_acts_keeps_both_mentions():
    text = "青枫社区党群服务中心举办防诈讲座，地点在青枫社区党群服务中心四楼。"
    assert organizations(text) == ["青枫社区党群服务中心", "青枫社区党群服务中心"]
