"""Round 56 h2d: the children's home written as its kind alone (“儿童之家”), quoted on its own or in
a list closed by a program word (“儿童之家”、“某某”等项目), is the standard facility or the place's own
home, no program; a holder's home (某社区儿童之家) and a quote with a name of its own (“某某儿童之家”)
stay programs. Every sentence here is made up."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds


@pytest.mark.parametrize(
    "text",
    [
        # the kind quoted alone
        "暑假里，孩子们每天下午都来到“儿童之家”做手工。",
        # after a community: the community's own home, not a program (organizations does not read it)
        "记者走进枫桥镇柳荫社区“儿童之家”，几名志愿者正在辅导作业。",
        # the kind inside a list that a program word closes
        "李主任一行先后走访了“妇女之家”、“儿童之家”等项目。",
        # beside another place of the community, as the base of a service
        "街道以“儿童之家”和老年活动室为阵地开展暑期托管。",
    ],
)
def test_childrens_home_kind_alone_is_no_program(text):
    assert programs_and_kinds(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a community found earlier holds it
        ("白沙村儿童之家每周六开放。", [("白沙村儿童之家", "station")]),
        # a quote with a name of its own
        ("村里的“七彩儿童之家”今年暑假开放。", [("七彩儿童之家", "station")]),
        # a listed sibling with a name of its own stays when the kind beside it drops
        ("王书记一行先后察看了“儿童之家”、“青松书屋”等项目。", [("青松书屋", "station")]),
    ],
)
def test_named_homes_stay_programs(text, expected):
    assert programs_and_kinds(text) == expected


def test_team_word_quoted_in_a_list_of_teams_is_that_teams_name():
    # review of round 56: a team word quoted among team names (“帮帮团”) names one team, unlike a
    # station kind quoted alone (“儿童之家”), so the list keeps it
    text = "青禾村先后成立了“银发哨兵”“帮帮团”等志愿队伍，常年照看留守老人。"
    assert programs_and_kinds(text) == [("银发哨兵", "team"), ("帮帮团", "team")]
