"""Round 58 h1: a list of places written short and closed by one level word for them all
(某某、某某三地; 某某、某某等街道; 某某、某某两县) names places of that level, each item supported by the
list as a neighbouring place would support it; the items' siblings pick among an item's divisions.
The count must equal the items, and without a count 等 must close the list. Every sentence here is
made up."""

from __future__ import annotations

import pytest

from test_places import places


def located(text: str) -> list[tuple[str, str | None]]:
    """(canonical, code) of each place fact, in text order."""
    return [(m.canonical, m.attrs["code"]) for m in places(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # 地 counts places of any level; the three counties share their city
        (
            "近日，调研组分赴龙泉、庆元、缙云三地，了解村集体经济的做法。",
            [("龙泉市", "331181"), ("庆元县", "331126"), ("缙云县", "331122")],
        ),
        # short forms that many towns share: the list's siblings name one district's streets and towns
        (
            "去年，我区在宁围、瓜沥、义桥等街道建成首批社会工作站。",
            [("宁围街道", "330109013"), ("瓜沥镇", "330109113"), ("义桥镇", "330109106")],
        ),
        # a county-level city counts among 两县
        ("该镇地处平遥、介休两县交界处。", [("平遥县", "140728"), ("介休市", "140781")]),
        # 和 before the last item; 东城 alone names streets in many cities, beside 西城 and 丰台 Beijing's
        (
            "这里是东城、西城和丰台三区交界的地方。",
            [("东城区", "110101"), ("西城区", "110102"), ("丰台区", "110106")],
        ),
    ],
)
def test_list_closed_by_a_level_word_names_its_short_forms(text, expected):
    assert located(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "学校、医院等地都设了服务点。",  # items that are no places
        "近日，调研组分赴龙泉、庆元、缙云两地，了解做法。",  # 两 counts two items, the list has three
        "去年，我区在宁围、瓜沥建成首批社会工作站。",  # no closing level word
        "平遥、介休两县委书记出席了会议。",  # the counties' Party committees, no list of places
        "社区和庆元等地的志愿者参加了活动。",  # an item before 和 that is no place
    ],
)
def test_no_places_without_a_closed_list_of_places(text):
    assert located(text) == []
