"""Programs, round 36. Sentences of our own making.

1. A run of unquoted team names closed by 等…团队 lists teams, as one closed by 等…队伍 does
   (RE_TEAM_RUN_CLOSE, _closed_team_lists): each item with a name of its own is a team; items
   that are only generic holders and fields (党员志愿服务队) are not, and people listed before
   团队 are no teams.
2. Words before a team word with no holder that say who serves in it (残疾人, 大学生, 高校, 师生) or
   how good they are (高素质) are field words (team_field): such a team is not named by them, while
   a team with words of its own still is.
3. A quote right before 作用, 功能 or 角色 (的 may stand between) is the part something plays, not
   a program's name (reject_role_played, filter 43); a quote before a program word still names one.
4. An app whose name opens with 国家 is the national government's app residents are helped to
   install, not a program of the community (reject_national_app, filter 44); a community's own app
   still is one.
"""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


TEAM_LISTS_CLOSED_BY_TUANDUI = [
    (
        "volunteer_teams",
        "青松义诊志愿服务队、星火志愿服务队等公益团队为居民讲解急救知识。",
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
    ("generic_items", "社区组织巾帼志愿服务队、党员志愿服务队等团队参加。"),
]


@pytest.mark.parametrize("name, text, expected", TEAM_LISTS_CLOSED_BY_TUANDUI, ids=[r[0] for r in TEAM_LISTS_CLOSED_BY_TUANDUI])
def test_team_list_closed_by_tuandui_names_each_team(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text", NOT_TEAM_LISTS, ids=[r[0] for r in NOT_TEAM_LISTS])
def test_lists_of_people_or_generic_teams_before_tuandui_name_nothing(name, text):
    assert programs(text) == []


MEMBER_NAMED_TEAMS = [
    ("quality_word", "街道组建高素质法律志愿服务队，为居民答疑。"),
    ("disabled_members", "镇里成立了残疾人志愿服务队，定期走访。"),
    ("students", "暑假里，高校大学生志愿服务团队来到山村支教。"),
    ("teachers_and_students", "学院组建师生志愿服务队，赴乡村开展科普。"),
]

STILL_OWN_NAMED_TEAMS = [
    ("own_words", "街道组建了晨星志愿服务队，为居民答疑。", [("晨星志愿服务队", "team")]),
]


@pytest.mark.parametrize("name, text", MEMBER_NAMED_TEAMS, ids=[r[0] for r in MEMBER_NAMED_TEAMS])
def test_team_named_only_by_its_members_names_nothing(name, text):
    assert programs(text) == []


@pytest.mark.parametrize("name, text, expected", STILL_OWN_NAMED_TEAMS, ids=[r[0] for r in STILL_OWN_NAMED_TEAMS])
def test_team_with_words_of_its_own_is_still_named(name, text, expected):
    assert programs(text) == expected


ROLES_PLAYED = [
    # round 41b: a bare 工会驿站 is the union network's station type (generic_prefix 工会), not a name
    ("function", "工会驿站还承担起动员骑手参与治理的“集合站”功能。", []),
    ("effect", "村里充分发挥“三队一组”作用，整治环境。", []),
    ("effect_with_de", "社区书院发挥着“百姓课堂”的作用。", []),
    ("role", "老周在调解中扮演着“暖心驿站”的角色。", []),
]

STILL_NAMED_BEFORE_A_PROGRAM_WORD = [
    ("word_later", "社区开展“红管家”志愿服务，充分发挥作用。", [("红管家", "program")]),
]


@pytest.mark.parametrize("name, text, expected", ROLES_PLAYED, ids=[r[0] for r in ROLES_PLAYED])
def test_quote_before_a_role_played_names_no_program(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text, expected", STILL_NAMED_BEFORE_A_PROGRAM_WORD, ids=[r[0] for r in STILL_NAMED_BEFORE_A_PROGRAM_WORD])
def test_quote_before_a_program_word_still_names_one(name, text, expected):
    assert programs(text) == expected


NATIONAL_APPS = [
    ("inner", "网格员手把手帮老人装好“国家防骗助手APP”并注册。"),
    ("outer", "银发课堂上，志愿者演示“国家防骗助手”APP的用法。"),
]

OWN_APPS = [
    ("community_app", "桂园社区上线“邻里帮帮”APP，居民可随时报事。", [("邻里帮帮", "app")]),
]


@pytest.mark.parametrize("name, text", NATIONAL_APPS, ids=[r[0] for r in NATIONAL_APPS])
def test_a_national_government_app_names_no_program(name, text):
    assert programs(text) == []


@pytest.mark.parametrize("name, text, expected", OWN_APPS, ids=[r[0] for r in OWN_APPS])
def test_a_communitys_own_app_is_still_a_program(name, text, expected):
    assert programs(text) == expected
