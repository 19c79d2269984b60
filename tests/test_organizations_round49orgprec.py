"""Round 49 (organizations, orgprec). The service points a place or community opens for its
residents (a children's home, a charity supermarket, a family-education guidance station) are
programs in the labelled pool, never organizations: org_venues.txt lists them whole, so neither
they nor the shorter endings inside them (服务站, 超市) make a body. The body running one stays.

Every sentence here is made up."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


@pytest.mark.parametrize(
    "text, expected",
    [
        # a community's children's home opening: no organization
        ("桃溪社区儿童之家正式揭牌。", []),
        # a village's children's home visited: no organization
        ("调研组走访了柳湾村儿童之家。", []),
        # a street's charity supermarket: no organization
        ("居民把闲置衣物送到青禾街道慈善超市。", []),
        # a village's family-education station: changed in round 56 h2, it is the village's organization
        # (the g55 tuning gold lists three communities' such stations as organizations in one article and
        # none as a program; org_suffixes.tsv, place_ok held)
        ("枫林村家庭教育指导服务站开展亲子讲座。", ["枫林村家庭教育指导服务站"]),
    ],
)
def test_round49orgprec_service_point_is_no_organization(text, expected):
    assert organizations(text) == expected


def test_round49orgprec_body_running_the_service_point_stays():
    assert organizations("青禾市妇联在桃溪社区儿童之家开展活动。") == ["青禾市妇联"]
