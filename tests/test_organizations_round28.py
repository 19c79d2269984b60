"""Round 28 (organizations, precision): a bare residents' committee (社区居委会 with no community
name written), a parents' school (家长学校) and an area-wide joint Party committee (社区大党委,
街道大工委) are no organizations; a street's people's-congress working committee still is. Farmers'
specialised cooperatives and a county's supply-and-marketing cooperative are organizations.

Every sentence here is made up (invented places, units and people)."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations
from contexts import run


def canonicals(text: str) -> list[str]:
    return [m.canonical for m in run(text, "places", "communities", "organizations").mentions["organizations"]]


# ---------------------------------------------------------------- bare residents' committees
@pytest.mark.parametrize(
    "text",
    [
        "桃溪社区举办活动。全区十二个社区居委会都配了调解员。",
        "桃溪社区举办活动。阅览室在社区居委会楼上。",
        "桃溪社区今年迎来社区居民委员会换届。",
    ],
)
def test_round28_bare_residents_committee_is_none(text):
    assert organizations(text) == []


def test_round28_named_residents_committee_stays():
    assert organizations("桃溪社区居委会组织居民清扫楼道。") == ["桃溪社区居委会"]


# ---------------------------------------------------------------- bare Party bodies are untouched
@pytest.mark.parametrize(
    "text, expected",
    [
        # a bare community Party body is resolved to the community named in its sentence (round 41:
        # not from an earlier sentence alone, unless it is a 社区党委 after the only 社区 named: round 44)
        ("桃溪社区举办活动。社区党委联合物业开展服务。", ["桃溪社区党委"]),
        ("桃溪社区举办活动。社区党总支联合物业开展服务。", []),
        ("桃溪社区举办活动，社区党委联合物业开展服务。", ["桃溪社区党委"]),
        # (a bare one before a post is a person's role since round 29: test_organizations_round29)
        ("桃溪社区党委书记王大明致辞。", ["桃溪社区党委"]),
    ],
)
def test_round28_party_body_still_resolved(text, expected):
    assert canonicals(text) == expected


# ---------------------------------------------------------------- parents' schools, joint committees
@pytest.mark.parametrize(
    "text",
    [
        "桃溪社区家长学校每月请老师讲一次课。",
        "居民可到家长学校听亲子讲座。",
        "桃溪社区大党委吸纳了六家驻区单位。",
        "柳湾街道大工委每季度召开一次联席会。",
    ],
)
def test_round28_parents_school_and_joint_committee_are_none(text):
    assert organizations(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("柳湾街道人大工委组织代表视察。", ["柳湾街道人大工委"]),
        ("青禾小学家长学校开课，青禾小学的老师到场。", ["青禾小学", "青禾小学"]),
    ],
)
def test_round28_neighbouring_units_still_found(text, expected):
    assert organizations(text) == expected


# ---------------------------------------------------------------- cooperatives
@pytest.mark.parametrize(
    "text, expected",
    [
        ("该村与青禾特种材料有限公司、丰源肉牛养殖专业合作社开展村企合作。", ["青禾特种材料有限公司", "丰源肉牛养殖专业合作社"]),
        ("在由区委组织部、区供销合作社主办的活动中，居民踊跃参与。", ["区委组织部", "区供销合作社"]),
        ("青禾县供销合作社为农户送去化肥。", ["青禾县供销合作社"]),
    ],
)
def test_round28_cooperatives_are_organizations(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "农户都参加了合作社，年底还有分红。",
        "村股份经济合作社下月将召开股东大会。",
        "这家专业合作社带动了全村增收。",
    ],
)
def test_round28_unnamed_cooperatives_are_none(text):
    assert organizations(text) == []
