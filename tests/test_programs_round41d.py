"""Programs: employment stations that a holder names (某村某某共富工坊; 某社区零工驿站 until round 56 h2) or that a quote
names alone (“零工小站”). Round 41d. Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


STATIONS = [
    # a community found earlier holds the gig-work post: changed in round 56 h2, the community's post is
    # its organization, not a program (the g55 tuning gold lists 6 such posts and markets held by their
    # place as organizations in 5 articles and none as a program; organizations reads it, filter 51)
    ("held_post", "记者走进桐花社区零工驿站，工作人员正在登记岗位。", []),
    # a quote of the station word alone is a name
    ("quoted_alone", "北溪县通过建设“零工小站”拓宽就业渠道。",
     [("零工小站", "station")]),
    # a village and a descriptor before the workshop word
    ("village_workshop", "走进柏林村手工糕点加工共富工坊，工人们忙个不停。",
     [("柏林村手工糕点加工共富工坊", "station")]),
]

STATIONS_EMPTY = [
    # the market type, with no holder
    ("type_only", "省里将零工市场建设列为重点工作。"),
    # the workshop type after a demonstrative
    ("pointer", "该共富工坊总共吸纳了不少留守妇女。"),
]


@pytest.mark.parametrize("label, text, expected", STATIONS, ids=[m[0] for m in STATIONS])
def test_employment_station(label, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("label, text", STATIONS_EMPTY, ids=[m[0] for m in STATIONS_EMPTY])
def test_employment_station_empty(label, text):
    assert programs(text) == []
