"""Programs, round 16: a quoted activity name whose descriptor before 活动 is long (a campaign
phrase of nine to fourteen characters: “…”敬老助残义务理发进楼院活动). Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


LONG_DESCRIPTOR = [
    # an eleven-character campaign phrase between the quote and 活动
    ("campaign_phrase", "3月8日，青柳县“巾帼同心·邻里共暖”敬老助残义务理发进楼院活动在桂园小区举行。",
     [("巾帼同心·邻里共暖", "activity")]),
    # a twelve-character descriptor naming a city-wide series
    ("series_phrase", "近日，桃源市“楼道微光”全市社区环境清洁周末示范活动在青禾社区开场。",
     [("楼道微光", "activity")]),
]

LONG_DESCRIPTOR_EMPTY = [
    # the descriptor holds a clause (的): the quote is a nickname, not the activity's name
    ("clause", "社区的“银丝先锋”常常出现在形形色色的志愿服务活动里。"),
    # more than fourteen characters before 活动: too far for the quote to name it
    ("too_far", "桂园社区“七巧板”兴趣小组每周二下午都参与社区老年大学书画班结业展示活动。"),
]


@pytest.mark.parametrize("name, text, expected", LONG_DESCRIPTOR, ids=[row[0] for row in LONG_DESCRIPTOR])
def test_quoted_activity_with_a_long_descriptor(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text", LONG_DESCRIPTOR_EMPTY, ids=[row[0] for row in LONG_DESCRIPTOR_EMPTY])
def test_no_activity_across_a_clause_or_too_far(name, text):
    assert programs(text) == []


PUNS = [
    # a one-character quote inside an unquoted name: the word before it opens the name
    ("pun", "青禾社区暖“新”驿站今天开门。", [("暖新驿站", "station")]),
    # a line break before the one-character quote: no word opens a name, and no name crosses the line
    ("line_break", "小区公告\n“新”驿站今天开门。", []),
]


@pytest.mark.parametrize("name, text, expected", PUNS, ids=[row[0] for row in PUNS])
def test_one_character_pun_needs_a_word_before_the_quote(name, text, expected):
    assert programs(text) == expected
