"""Programs, round 34: unquoted names ending in 队 or 团, listed one after another, whose clause
closes the list with 等 and a collective head of teams (…等队伍, …等三个自治组织, …等4支志愿服务队伍)
are each a team, named by dictionary words or by a field (某某巡逻队, 某某帮扶服务队) or not
(_closed_team_lists, RE_TEAM_RUN_CLOSE). Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


CLOSED_LISTS = [
    # a list of teams closed by 等队伍: a team named by dictionary words and one named by its field
    (
        "closed_by_teams",
        "荷塘村发动乡亲组建银杏讲古宣讲队、护林守望志愿队等队伍，轮流值守。",
        [("银杏讲古宣讲队", "team"), ("护林守望志愿队", "team")],
    ),
    # a 团 item beside a 队 item, closed by a count of self-governing bodies
    (
        "closed_by_bodies",
        "自从桂香宣讲团、夜间巡逻队等三个自治组织陆续挂牌，楼道里热闹多了。",
        [("桂香宣讲团", "team"), ("夜间巡逻队", "team")],
    ),
    # the close comes after quoted members of the same list: the unquoted field teams count too
    (
        "closed_after_quoted_members",
        "镇妇联给新添的邻里调解服务队、敬老助餐服务队、“萤光”亲子阅读志愿服务队等5支巾帼志愿服务队伍逐一授旗。",
        [("邻里调解服务队", "team"), ("敬老助餐服务队", "team"), ("萤光亲子阅读志愿服务队", "team")],
    ),
]

NOT_CLOSED = [
    # the list is closed by a way of working, not by teams: field names stay out
    ("closed_by_a_way", "街道靠组建楼宇青年突击队、园区人才服务队等办法凝聚骨干。"),
    # only generic holders before the team words: no name of their own
    ("generic_items", "红杉社区现有党员志愿服务队、巾帼志愿服务队等队伍。"),
    # team words alone (a troupe's sections) are no names
    ("sections_only", "文化站下设的合唱队、舞蹈队等队伍每周排练。"),
]


@pytest.mark.parametrize("name, text, expected", CLOSED_LISTS, ids=[row[0] for row in CLOSED_LISTS])
def test_team_list_closed_by_a_collective_head_names_each_team(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text", NOT_CLOSED, ids=[row[0] for row in NOT_CLOSED])
def test_team_list_without_such_a_close_yields_nothing(name, text):
    assert programs(text) == []
