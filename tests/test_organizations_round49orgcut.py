"""Round 49 (organizations, orgcut). A leading group (领导小组) is named by its place and the task
it leads: the task holds verbs and words that end other names on their left (推进, 建设, 管理), so
the name reaches back over them to the nearest place in the clause. A clause that sets the group
up (某市成立…领导小组) or a group with no place in its name is not a named body.

Every sentence here is made up."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


@pytest.mark.parametrize(
    "text, expected",
    [
        # a city's group whose task ends in a verb (推进) and holds a verb noun (工作)
        ("芜湖市河道保洁工作推进领导小组印发方案。", ["芜湖市河道保洁工作推进领导小组"]),
        # a district's flood-duty group after its city
        ("成都市锦江区防汛值守工作领导小组召开会议。", ["成都市锦江区防汛值守工作领导小组"]),
        # a district's group for a long task, after a clause border
        ("会上，北京市朝阳区心理援助综合服务工作领导小组发文。", ["北京市朝阳区心理援助综合服务工作领导小组"]),
    ],
)
def test_round49orgcut_leading_group_named_by_place_and_task(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the city sets the group up: the clause's verb ends the task, no place is left in the name
        "芜湖市成立河道保洁工作推进领导小组。",
        # a community's group with no place in its name is the kind of group
        "小区设立电动车充电领导小组。",
    ],
)
def test_round49orgcut_leading_group_without_place_is_none(text):
    assert organizations(text) == []
