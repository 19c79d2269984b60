"""Round 53 p5 (places): a street office written for its street (某区某某办事处, 某市某某办 before
one of its communities) is a place, named as written and located in the place before it; an
office of a field (文明办, 社事办), a stationed office and a street's own 街道办事处 are not.
A development zone written right before a street, town or such office of it heads a chain of
places and is a place too. Sentences of our own making."""

from __future__ import annotations

import pytest

from test_places import places, summary


@pytest.mark.parametrize(
    "text, expected",
    [
        # after its district, before one of its communities
        (
            "上周，晋城市城区北石办事处枣园社区组织居民义务清扫楼道。",
            [("晋城市", 3, 6, "晋城市", "1405"), ("北石办事处", 8, 13, "北石办事处", "1405")],
        ),
        # after a zone, closed by a comma (the zone heads the chain: a place too)
        (
            "5月9日，九江市开发区湖滨办事处，一场义诊活动在广场举行。",
            [
                ("九江市", 5, 8, "九江市", "3604"),
                ("九江市开发区", 5, 11, "九江市开发区", "3604"),
                ("湖滨办事处", 11, 16, "湖滨办事处", "3604"),
            ],
        ),
        # the short form 办 with a community of it right after
        (
            "我校与兴安盟乌兰浩特市城关办红旗社区签订了共建协议。",
            [
                ("兴安盟", 3, 6, "兴安盟", "1522"),
                ("乌兰浩特市", 6, 11, "乌兰浩特市", "152201"),
                ("城关办", 11, 14, "城关办", "152201"),
            ],
        ),
    ],
)
def test_street_office_written_for_its_street_is_a_place(text, expected):
    assert summary(text) == expected


def test_street_office_is_located_in_the_district_before_it():
    (office,) = [m for m in places("上周，运城市盐湖区北关办事处枣园社区组织居民义务清扫楼道。") if m.canonical == "北关办事处"]
    assert (office.attrs["code"], office.attrs["level"], office.attrs["chain"]) == ("140802", None, ["山西省", "运城市", "盐湖区"])


@pytest.mark.parametrize(
    "text",
    [
        # offices of a field and a stationed office are bodies
        "区文明办、市双拥办和省驻京办事处的干部参加了座谈。",
        # a short form whose stem jieba knows as no place: an office of social affairs
        "九江市社事办永安社区开展了慰问活动。",
        "九江市城区劳动办永安社区开展活动。",
        # no district, city or zone right before the office
        "作为湖滨办事处重点培育的物业企业，该公司做了很多工作。",
        # a street's own office is an organization
        "九江市浔阳区湓浦街道办事处组织了座谈。",
    ],
)
def test_no_street_office_place(text):
    assert not [m for m in places(text) if "办" in m.canonical]


def test_office_opening_a_school_name_is_left_to_the_school():
    # the school's name runs over the office (某开发区某办事处|向阳小学): no office place from it
    assert summary("志愿者为九江市开发区湖滨办事处向阳小学的学生送去了书包。") == [("九江市", 4, 7, "九江市", "3604")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a city's short form opens the zone's name, which heads its street
        (
            "上周六，无锡高新区旺庄街道春潮社区开展了垃圾分类宣传。",
            [("无锡高新区", 4, 9, "无锡高新区", "3202"), ("旺庄街道", 9, 13, "旺庄街道", "320214050")],
        ),
        # the city written in full before the zone, the street ambiguous
        (
            "九江市开发区东城街道柳荫社区举办了睦邻文化节。",
            [("九江市", 0, 3, "九江市", "3604"), ("九江市开发区", 0, 6, "九江市开发区", "3604"), ("东城街道", 6, 10, "东城街道", None)],
        ),
        # a new area's own stem, located in the article's city
        (
            "记者从厦门市了解到，鹭岛新区白沙镇以党建引领基层治理。",
            [("厦门市", 3, 6, "厦门市", "3502"), ("白沙镇", 14, 17, "白沙镇", None), ("鹭岛新区", 10, 14, "鹭岛新区", "3502")],
        ),
        # the bare zone word after a verb
        (
            "周末，九江市民来到开发区东城街道参加义诊。",
            [("九江市", 3, 6, "九江市", "3604"), ("东城街道", 12, 16, "东城街道", None), ("开发区", 9, 12, "开发区", "3604")],
        ),
    ],
)
def test_zone_before_its_street_is_a_place(text, expected):
    assert summary(text) == expected


@pytest.mark.parametrize(
    "text, zone",
    [
        # the zone heads its own committee, no street after it
        ("九江市开发区管委会组织干部走访企业。", "开发区"),
        # 新区 after an everyday word is no new area's name
        ("九江市正在加快建设新区东城街道的规划。", "新区"),
        # a zone before a community only, not a street
        ("律师们走进工业园区周边社区，帮助调解劳动争议。", "园区"),
    ],
)
def test_zone_without_a_street_after_it_is_no_new_place(text, zone):
    assert not [m for m in places(text) if m.canonical.endswith(zone)]
