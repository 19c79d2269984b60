"""Programs, round 18 (pool-programs): a team with no holder named by its own core word. After a
set-up verb (成立了|某某|志愿服务队, 组建一支|某某|志愿服务队伍), or after a clause mark or 的 when
the first word is no verb, the words before a `named` team word name the team when what is left
of them without field and member words (team_field: 党员, 文明, 实践, 心理咨询…), generic holders,
purpose words, verbal nouns, time, level (…级) and manner (…化) words is two characters or more.
Also: 志愿服务队伍 and 社会实践队 are team words. Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


CORE_TEAMS = [
    ("after_setup", "青禾社区成立了向阳花志愿服务队，队员有二十多人。", [("向阳花志愿服务队", "team")]),
    ("after_count", "桃源街道组建一支萤火虫志愿服务队，常态化开展活动。", [("萤火虫志愿服务队", "team")]),
    ("after_de", "社区设立了以五种颜色为标志的五彩石志愿服务队伍，服务居民。", [("五彩石志愿服务队伍", "team")]),
    ("field_after_core", "镇里成立了启明星助学志愿服务队。", [("启明星助学志愿服务队", "team")]),
    ("section_after_semicolon", "社区下设两个小队：青禾社区职工志愿者服务小队；星火家教志愿者服务小队。",
     [("青禾社区职工志愿者服务小队", "team"), ("星火家教志愿者服务小队", "team")]),
    ("practice_team_after_holder", "星海大学蓝帆社会实践队走进青禾社区。", [("星海大学蓝帆社会实践队", "team")]),
]

CORE_TEAMS_EMPTY = [
    # round 40c: a team named by member groups alone is a program now (test_programs_round40c.py)
    ("field_words", "镇里组建新时代文明实践志愿服务队。"),
    ("field_ending", "街道今年组建起心理咨询志愿服务队。"),
    ("verbal_noun_field", "街道今年组建起课后辅导志愿服务队。"),
    ("join_verb", "不少居民加入志愿服务队。"),
    ("adjective", "社区成立了优秀志愿服务队。"),
    ("distinguishing_word", "十二团现有志愿服务队伍27支。"),
    ("level_word", "成立村级志愿服务队。"),
    ("manner_word", "村里建立常态化联动志愿服务队伍，服务群众。"),
    ("two_character_verb", "街道设立联席会议，常态化联动志愿服务队伍。"),
    ("count_only", "社区组建了3支志愿服务队伍。"),
    ("described_by_de", "社区有一支由退休党员组成的志愿服务队。"),
]


@pytest.mark.parametrize("name, text, expected", CORE_TEAMS, ids=[row[0] for row in CORE_TEAMS])
def test_team_named_by_its_own_core(name, text, expected):
    assert sorted(programs(text)) == sorted(expected)


@pytest.mark.parametrize("name, text", CORE_TEAMS_EMPTY, ids=[row[0] for row in CORE_TEAMS_EMPTY])
def test_team_of_a_field_or_a_group_names_nothing(name, text):
    assert programs(text) == []


DELIBERATION_SESSIONS = [
    ("quoted_session", "社区每月召开“邻里说”坝坝会，征集意见。", [("邻里说坝坝会", "platform")]),
    ("bench_session", "村里开起了“有事好商量”板凳会。", [("有事好商量板凳会", "platform")]),
]


@pytest.mark.parametrize("name, text, expected", DELIBERATION_SESSIONS, ids=[row[0] for row in DELIBERATION_SESSIONS])
def test_quoted_deliberation_session_is_named(name, text, expected):
    assert programs(text) == expected


def test_unquoted_deliberation_format_names_no_session():
    assert programs("村里常态化召开院坝会。") == []


MANNERS_EMPTY = [
    ("manner_before_lecture", "青禾村开展“菜单式”宣讲服务，村民按需点题。"),
    ("manner_list", "中心提供“个性化、管家式”服务，拓展服务内容。"),
]


@pytest.mark.parametrize("name, text", MANNERS_EMPTY, ids=[row[0] for row in MANNERS_EMPTY])
def test_quoted_manner_of_serving_is_no_program(name, text):
    assert programs(text) == []


def test_quoted_ceremony_name_is_not_a_manner():
    assert programs("社区举办“红领巾开笔仪式”主题活动，孩子们写下第一个字。") == [("红领巾开笔仪式", "activity")]
