"""Round 51 (organizations, orgvenue). A venue where an event is held, that children visit or
that a project settles beside is not a body: exhibition and convention centres, Olympic sports
centres, a city's planning exhibition hall, conference centres (`org_venues.txt`), whether a place
names them or not. The bodies around them stay, and so does a district's 体育中心 with its own
officers.

Every sentence here is made up."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


@pytest.mark.parametrize(
    "text, expected",
    [
        # a ceremony at a city's convention centre: only the organizer is a body
        ("5月8日，佛山市民政局主办的志愿者表彰会在佛山会展中心举行。", ["佛山市民政局"]),
        # an activity in a hall of a provincial Olympic centre: only the social-work centre is a body
        ("华林街道联合南昌市青禾社会工作服务中心在江西省奥林匹克中心游泳馆开展亲子活动。", ["南昌市青禾社会工作服务中心"]),
        # projects settling in a new town: the company stays, the convention centre does not
        ("随着新城开发，宜家家居、湖南国际会展中心等大项目纷纷落户。", ["宜家家居"]),
    ],
)
def test_round51orgvenue_event_venue_is_no_body(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a planning hall children visit
        "夏令营期间，孩子们将参观南昌城市规划馆。",
        # a sports centre residents walk to
        "市民来到贵阳市奥体中心参加健步走。",
        # a conference centre hosting a ceremony
        "颁奖典礼在杭州国际会议中心举行。",
    ],
)
def test_round51orgvenue_bare_venue_yields_nothing(text):
    assert organizations(text) == []


def test_round51orgvenue_district_sports_centre_with_officers_stays_a_body():
    # 体育中心 is left out of the venues: a district's centre with a deputy director is a unit
    assert organizations("柳州市鱼峰区体育中心副主任李明出席活动。") == ["柳州市鱼峰区体育中心"]
