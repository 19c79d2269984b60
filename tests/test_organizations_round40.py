"""Round 40 (organizations): property services named only by common words, and the government
named right after its place's Party committee.

Every sentence here is made up (invented estates, companies and people)."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


# ---------------------------------------------------------------- F17: 物业 after common words only
@pytest.mark.parametrize(
    "text, expected",
    [
        ("雨季来临前，社区动员园区物业清理排水沟。", []),
        ("这个小区之前物业撤场后，居民轮流自管。", []),
        ("街道调动物业、志愿者等各方力量排查隐患。", []),
        ("旧楼院多年来无专业物业管理，路灯常常不亮。", []),
    ],
)
def test_round40_property_service_of_a_kind_is_none(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("老楼改造后，居民投票选聘了瑞澜物业进驻。", ["瑞澜物业"]),
        ("社区联合华润物业为独居老人上门送餐。", ["华润物业"]),
    ],
)
def test_round40_property_company_with_a_name_stays(text, expected):
    assert organizations(text) == expected


# ---------------------------------------------------------------- C9b: the government after its place's committee
@pytest.mark.parametrize(
    "text, expected",
    [
        ("株洲市委、市政府近日出台了加强社区治理的实施意见。", ["株洲市委", "市政府"]),
        ("在芦淞区委和区政府的推动下，老街完成了改造。", ["芦淞区委", "区政府"]),
    ],
)
def test_round40_government_after_its_place_committee(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("街坊们积极响应市委、市政府的号召。", []),  # no place named: the kind of body
        ("株洲市委、区政府两级共同部署。", ["株洲市委"]),  # another level: not this place's
        ("材料已报株洲市委、市政府办公室备案。", ["株洲市委"]),  # an office of it, not the government
    ],
)
def test_round40_government_without_its_place_committee_is_none(text, expected):
    assert organizations(text) == expected
