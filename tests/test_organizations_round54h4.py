"""Round 54 h4 (organizations, F1): a party-building alliance written plain (某街道党建联盟,
某社区党建联盟, a bare 党建联盟 whose member unit acts) is an organization, as the t53
labelling decisions count alliances; one whose own brand is quoted right before it (“某某号”党建
联盟) stays a program, where the tuning and dev gold split. Every sentence here is made up."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations
from contexts import programs_and_kinds


@pytest.mark.parametrize(
    "text, expected",
    [
        # named by its community or by the area it covers
        ("今年以来，社区以枫林社区党建联盟为抓手，组织共建单位开展环境整治。", ["枫林社区党建联盟"]),
        ("街道推动湖东南党建联盟成员单位、社会组织有序参与社区服务。", ["湖东南党建联盟"]),
        # bare, one of its member units acting
        ("作为党建联盟成员单位，辖区一家电力企业派出8名党员进驻社区。", ["党建联盟"]),
        # a quoted brand before the alliance: no organization
        ("依托“2030春笋号”党建联盟，社区组织在职党员成立巡逻队。", []),
        ("清河街道柳岸社区“19”党建联盟近日成立。", []),
        ("社区与辖区单位共建“晨曦”联盟，为老人提供助餐服务。", []),
    ],
)
def test_plain_party_building_alliance_is_an_organization(text, expected):
    assert organizations(text) == expected


def test_branded_party_building_alliance_stays_a_program():
    names = [name for name, _ in programs_and_kinds("依托“2030春笋号”党建联盟，社区组织在职党员成立巡逻队。")]
    assert names == ["2030春笋号党建联盟"]
