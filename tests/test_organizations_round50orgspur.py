"""Round 50 (organizations, orgspur). A unit's name written only before a part of its building
(a floor, its square or yard, a hall or room) names the building where something happens, not a
body that acts: F19 drops it. The same name written once where it acts stays.

Every sentence here is made up."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


@pytest.mark.parametrize(
    "text, expected",
    [
        # a community centre's floor: round 57 h4 keeps a named community's own centre there (the
        # gold of three tuning articles of three sets lists it so, none leaves it out), so the
        # floor case is a village committee's now
        ("咨询台设在柳岸村村委会三楼。", []),
        # a village committee's yard: the building
        ("乡亲们聚在柳岸村村委会院坝里看演出。", []),
        # the ground beside a service hall, after 旁边
        ("鼓队在青禾县政务服务中心旁边排练。", []),
        # a room of a day-care centre
        ("老人们在杏园社区老年日间照料中心活动室下棋。", []),
        # a hall reached through 的: round 57 h4 keeps a named community's own centre there (see
        # above), so the hall is a county's service hall's
        ("记者在青禾县政务服务中心的会议室旁听。", []),
    ],
)
def test_round50orgspur_name_before_building_part_is_no_organization(text, expected):
    assert organizations(text) == expected


def test_round50orgspur_name_that_also_acts_stays():
    text = "青枫社区党群服务中心组织义诊，地点在青枫社区党群服务中心三楼。"
    assert organizations(text) == ["青枫社区党群服务中心", "青枫社区党群服务中心"]  # both mentions


def test_round50orgspur_hearing_at_a_court_keeps_the_court():
    assert organizations("居民到青禾区人民法院旁听庭审。") == ["青禾区人民法院"]
