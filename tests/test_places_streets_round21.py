"""Places, round 21 (second wave): street offices written the way local news writes them.

X街 for the office X街道 anywhere in an article that writes out its district (Guangzhou,
Tianjin), and X街道 for an office officially named X街街道 (Wuhan). Sentences of our own making."""

from __future__ import annotations

import pytest

from shequ.gazetteer import derive_street_forms
from test_places import summary


@pytest.mark.parametrize(
    "name, level, forms",
    [
        ("民权街街道", "street", ["民权街道"]),
        ("花楼街街道", "street", ["花楼街道"]),
        ("牛街街道", "street", []),  # one character would stand before 街道: 牛街道 names nothing
        ("石牌街道", "street", []),  # no doubled 街
        ("建中街道", "street", []),
        ("中山街街道", "district", []),  # only streets
    ],
)
def test_street_forms_of_offices_named_after_their_jie(name, level, forms):
    assert derive_street_forms(name, level) == forms


def test_office_written_without_the_doubled_jie():
    text = "上周，江汉区民权街道联合辖区医院为居民义诊。"
    assert summary(text) == [("江汉区", 3, 6, "江汉区", "420103"), ("民权街道", 6, 10, "民权街街道", "420103004")]


def test_official_doubled_name_still_read():
    text = "江汉区花楼街街道组织志愿者清扫楼道。"
    assert summary(text) == [("江汉区", 0, 3, "江汉区", "420103"), ("花楼街街道", 3, 8, "花楼街街道", "420103002")]


# X街 away from its district: the district written elsewhere in the article says which
# office it is; without it nothing does, and a house number or a word that 街
# starts keeps it a road.
STREET_JIE_AWAY_CASES = [
    (
        "番禺区召开年度总结会。会上，市桥街介绍了长者饭堂的做法。",
        [("番禺区", 0, 3, "番禺区", "440113"), ("市桥街", 14, 17, "市桥街道", "440113007")],
    ),
    (
        "番禺区今年新建了一批长者饭堂，东环街的居民吃上了热饭。",
        [("番禺区", 0, 3, "番禺区", "440113"), ("东环街", 15, 18, "东环街道", "440113009")],
    ),
    # only in an organization's name: no fact (as for any place)
    ("番禺区召开总结会。会上，市桥街社工站介绍了做法。", [("番禺区", 0, 3, "番禺区", "440113")]),
    # the city alone does not say which office
    ("广州市今年新建了一批长者饭堂，东环街的居民吃上了热饭。", [("广州市", 0, 3, "广州市", "4401")]),
    ("番禺区的志愿者走上街头。市桥街18号新开了一家书店。", [("番禺区", 0, 3, "番禺区", "440113")]),
    ("番禺区的志愿者走上街头。居民在市桥街坊间传递好消息。", [("番禺区", 0, 3, "番禺区", "440113")]),
    ("市桥街的居民吃上了热饭。", []),
]


@pytest.mark.parametrize("text, expected", STREET_JIE_AWAY_CASES)
def test_street_written_with_jie_away_from_its_district(text, expected):
    assert summary(text) == expected
