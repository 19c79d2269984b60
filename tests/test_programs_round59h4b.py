"""Programs, round 59 h4b: a sports meet or league word after a quote and a short descriptor (“某某”社区运动会,
“某某”趣味运动会, “某某”春节篮球赛, “某某”篮球联赛) ends the event the quote names. Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


SPORTS_EVENTS = [
    # a community's sports meet under a four-character name
    ("community_sports_meet", "青禾街道枫林社区开展“乐动枫林”社区运动会。", [("乐动枫林", "activity")]),
    # a fun sports meet a company holds in an estate
    ("fun_sports_meet", "物业公司在桂园小区举办了一场“邻里同乐”趣味运动会。", [("邻里同乐", "activity")]),
    # a village's holiday basketball match under a long name with an inner quote
    ("village_basketball", "石桥村“活力石桥‘篮’不住的精彩”春节篮球赛昨日开赛。", [("活力石桥篮不住的精彩", "activity")]),
    # a county's village basketball league
    ("village_league", "南河县第三届“村BA”篮球联赛在文体广场开幕。", [("村BA", "activity")]),
]

NOTHING = [
    # the rounds of one contest, counted: no contest word of ours names them
    ("contest_rounds", "现场设置了“有问必答”“知识抢答”4个竞赛环节。"),
    # a sports meet with no quote
    ("plain_sports_meet", "枫林社区举办第三届社区运动会，居民踊跃参加。"),
]


@pytest.mark.parametrize("case, text, expected", SPORTS_EVENTS, ids=[c[0] for c in SPORTS_EVENTS])
def test_programs_quote_before_sports_meet_names_the_event(case, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("case, text", NOTHING, ids=[c[0] for c in NOTHING])
def test_programs_counted_rounds_and_plain_events_name_nothing(case, text):
    assert programs(text) == []
