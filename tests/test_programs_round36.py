"""Programs, round 36. Sentences of our own making.

1. A run of unquoted team names closed by 等…团队 lists teams, as one closed by 等…队伍 does
   (RE_TEAM_RUN_CLOSE, _closed_team_lists): each item with a name of its own is a team; items
   that are only generic holders and fields (党员志愿服务队) are not, and people listed before
   团队 are no teams.
"""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


TEAM_LISTS_CLOSED_BY_TUANDUI = [
    (
        "volunteer_teams",
        "青松义诊志愿服务队、星火志愿服务队等志愿服务团队为居民讲解急救知识。",
        [("青松义诊志愿服务队", "team"), ("星火志愿服务队", "team")],
    ),
    (
        "troupes",
        "晨曦宣讲团、红枫巡逻队等文化娱乐团队参加演出。",
        [("晨曦宣讲团", "team"), ("红枫巡逻队", "team")],
    ),
]

NOT_TEAM_LISTS = [
    # the items are people who make up a team: nothing ends in a team word
    ("people_form_a_team", "社区组织退休教师、社区医生等组成服务团队。"),
    # the items are only holders and fields: no team is named
    ("generic_items", "社区组织党员志愿服务队、巾帼志愿服务队等团队参加。"),
]


@pytest.mark.parametrize("name, text, expected", TEAM_LISTS_CLOSED_BY_TUANDUI, ids=[r[0] for r in TEAM_LISTS_CLOSED_BY_TUANDUI])
def test_team_list_closed_by_tuandui_names_each_team(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text", NOT_TEAM_LISTS, ids=[r[0] for r in NOT_TEAM_LISTS])
def test_lists_of_people_or_generic_teams_before_tuandui_name_nothing(name, text):
    assert programs(text) == []
