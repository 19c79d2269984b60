"""Round 47 (pairs2): a list of units named after 由 that makes or forms one thing with no joint word
(由A、B组成调研组, 由A、B打造的平台, 由A、B指导举办的展示会) names its joint agents: the units are
each other's partners. Acts each unit may do on its own (承接, 运营) and 分别 pair nothing (a bare
主办 credit pairs since round 48: credit lines pair their units). Sentences written for these tests
(made-up names)."""

from __future__ import annotations

import pytest

from contexts import partner_pairs as pairs

UNITS = {"organizations": ["栖枫区民政局", "栖枫区社会工作联合会", "岭南理工学院"], "communities": ["竹溪社区"]}
BOTH = [("栖枫区民政局", "栖枫区社会工作联合会")]

MADE_BY_LIST = [
    ("forms_a_team_after_date", "为推进项目，2021年5月6日由栖枫区民政局、栖枫区社会工作联合会、岭南理工学院组成调研组赴竹溪社区调研。",
     [("栖枫区民政局", "栖枫区社会工作联合会"), ("岭南理工学院", "栖枫区民政局"), ("岭南理工学院", "栖枫区社会工作联合会")]),
    ("builds_a_platform", "片中介绍了由栖枫区民政局、栖枫区社会工作联合会打造的智慧平台。", BOTH),
    ("guides_an_exhibition", "居民们参与到由栖枫区民政局、栖枫区社会工作联合会指导举办的展示会。", BOTH),
    # round 48: credit lines pair their units (37-set pool gold)
    ("bare_host_credit", "这场运动会由栖枫区民政局、栖枫区社会工作联合会主办，居民踊跃报名。", BOTH),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in MADE_BY_LIST], ids=[c[0] for c in MADE_BY_LIST])
def test_list_after_by_making_one_thing_pairs_its_units(text, expected):
    assert pairs(text, **UNITS) == sorted(tuple(sorted(p)) for p in expected)


NOTHING = [
    ("each_runs_its_own", "这些课堂由栖枫区民政局、栖枫区社会工作联合会分别承接运营。"),
    ("one_unit", "该平台由栖枫区民政局打造。"),
]


@pytest.mark.parametrize("text", [c[1] for c in NOTHING], ids=[c[0] for c in NOTHING])
def test_list_after_by_with_no_joint_making_pairs_nothing(text):
    assert pairs(text, **UNITS) == []
