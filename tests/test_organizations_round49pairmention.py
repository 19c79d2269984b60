"""Round 49 (pairmention). "A驻B": a unit or brand A stations the staff who run unit B (a social-work
agency's team at a street's station, a brand's team at a community centre, an agency's team at the
disabled persons' federation). The two are two organizations, written as one run, and the sentence
pairs them; an office a body keeps where it is stationed (某省人民政府驻北京办事处) stays one name,
and 驻村 (stationed in a village) belongs to the work team's name.

Every sentence here is made up."""

from __future__ import annotations

import pytest

from contexts import organization_surfaces, partner_pairs


@pytest.mark.parametrize(
    "text, expected",
    [
        # an agency with its own ending stationed at a street's station
        ("禾光社会工作服务中心驻柳湾街道社工站开展助老活动。", ["禾光社会工作服务中心", "柳湾街道社工站"]),
        # a brand without an ending stationed at a community centre
        ("青枫驻桃溪社区综合服务中心开展走访。", ["青枫", "桃溪社区综合服务中心"]),
        # 驻 glued to a bare level word: the level opens the second name
        ("云杉社工事务所驻市残联开展宣传。", ["云杉社工事务所", "市残联"]),
    ],
)
def test_stationed_units_are_two_organizations(text, expected):
    assert organization_surfaces(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the liaison office is named by the body that keeps it
        ("江西省人民政府驻北京办事处举办座谈。", ["江西省人民政府驻北京办事处"]),
        # 驻村 is part of the work team's name
        ("桃源镇驻村工作队走访农户。", ["桃源镇驻村工作队"]),
    ],
)
def test_offices_and_village_teams_stay_whole(text, expected):
    assert organization_surfaces(text) == expected


def test_stationed_units_pair_with_each_other():
    text = "禾光社会工作服务中心驻柳湾街道社工站开展助老活动。"
    assert partner_pairs(text, organizations=["禾光社会工作服务中心", "柳湾街道社工站"]) == [
        ("柳湾街道社工站", "禾光社会工作服务中心")
    ]
