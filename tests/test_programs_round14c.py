"""Programs: an unquoted festival with its edition (第五届邻里节, 首届睦邻文化节), named from the
place, community or organization right before the edition when there is one; a quoted holiday
camp (“…”暑期夏令营, “…”冬令营) named by its quote. Round 14, third wave. Sentences of our own
making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


FESTIVALS = [
    # a community right before the edition opens the name
    ("community_holder", "9月3日，青禾社区第五届睦邻美食节在小区广场开幕。",
     [("青禾社区第五届睦邻美食节", "activity")]),
    # a street office as the holder; the festival word carries a short descriptor
    ("street_holder", "上周六，桃源街道第十届社区文化节如期开幕，居民纷纷到场。",
     [("桃源街道第十届社区文化节", "activity")]),
    # no holder right before the edition: the edition phrase alone names it
    ("after_verb", "社区联合物业公司在中心广场举办首届邻里文化节。",
     [("首届邻里文化节", "activity")]),
]

FESTIVALS_EMPTY = [
    # 节目 (a show's items), not a festival
    ("show_items", "第三届晚会的节目都由居民自己编排。"),
    # no edition: a festival word alone is a kind of event
    ("no_edition", "社区每年都办邻里节，居民很期待。"),
    # a clause between the edition and 节 is no name
    ("clause", "第二届比赛在社区的活动室举行，时值中秋节。"),
]


@pytest.mark.parametrize("name, text, expected", FESTIVALS, ids=[row[0] for row in FESTIVALS])
def test_unquoted_festival_with_edition(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text", FESTIVALS_EMPTY, ids=[row[0] for row in FESTIVALS_EMPTY])
def test_no_festival_without_edition_or_with_clause(name, text):
    assert programs(text) == []


CAMPS = [
    # a quoted camp name, then a season word and the camp word
    ("season", "暑假里，青禾社区开展“七彩童年”暑期夏令营，邀请大学生志愿者陪伴孩子们。",
     [("七彩童年", "activity")]),
    # a longer descriptor: a season word and 公益
    ("descriptor", "社区关工委举办“快乐成长”暑期公益夏令营，二十多名孩子报名。",
     [("快乐成长", "activity")]),
    ("winter", "寒假期间，桃源社区开办“暖冬伙伴”冬令营。",
     [("暖冬伙伴", "activity")]),
]

CAMPS_EMPTY = [
    # a camp word with no quoted name is a kind of event
    ("unnamed", "社区每年暑假都办夏令营，孩子们很喜欢。"),
]


@pytest.mark.parametrize("name, text, expected", CAMPS, ids=[row[0] for row in CAMPS])
def test_quoted_camp_name(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text", CAMPS_EMPTY, ids=[row[0] for row in CAMPS_EMPTY])
def test_no_camp_without_a_name(name, text):
    assert programs(text) == []
