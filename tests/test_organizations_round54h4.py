"""Round 54 h4 (organizations, F1): a party-building alliance written plain (某街道党建联盟,
某社区党建联盟, a bare 党建联盟 whose member unit acts) is an organization, as the t53
labelling decisions count alliances; one whose own brand is quoted right before it (“某某号”党建
联盟) stays a program, where the tuning and dev gold split; C15: an office named by its place and
its field of work (某市社会工作督导办公室) is a unit. Every sentence here is made up."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations
from contexts import programs_and_kinds


@pytest.mark.parametrize(
    "text, expected",
    [
        # named by its community or by the area it covers
        ("今年以来，社区以枫林社区党建联盟为抓手，组织共建单位开展环境整治。", ["枫林社区党建联盟"]),
        ("街道引导湖东南党建联盟成员单位、志愿团体参与楼院整治。", ["湖东南党建联盟"]),
        # bare, one of its member units acting
        ("作为党建联盟成员单位，辖区一家燃气公司选派5名党员到社区报到。", ["党建联盟"]),
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


# Round 54 h4 (organizations, C15): an office named by its place and its field of work is a unit
# of its own; a room (a community's office, one on a floor, a descriptor alone) and a unit's own
# department stay as before.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("6月12日，江门市社会工作督导办公室举办督导员培训班。", ["江门市社会工作督导办公室"]),
        ("仪式上，南湖街道社区建设办公室、柳岸社区负责人向巡逻队赠送了马甲。", ["南湖街道社区建设办公室"]),
        ("该超市由北区街道公共服务办公室、北区街道红十字会联合建设。", ["北区街道公共服务办公室", "北区街道红十字会"]),
        ("华阴市移民搬迁工作办公室工作人员介绍了公路的情况。", ["华阴市移民搬迁工作办公室"]),
        # a unit's department with a post after it: the person's role, the unit is the parent
        ("青山区民政局办公室主任王五介绍。", ["青山区民政局"]),
        # rooms and unnamed offices
        ("他走进西园社区办公室，翻开台账。", []),
        ("他走进西园社区二楼办公室，翻开台账。", []),
        ("他来到西园社区综合办公室。", []),
        ("依托乡镇（街道）民政办公室设立社工站。", []),
    ],
)
def test_office_named_by_place_and_field_is_an_organization(text, expected):
    assert organizations(text) == expected
