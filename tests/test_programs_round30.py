"""Programs, round 30: an unquoted team whose words before the team word hold a verb of two
characters or more with two characters or more after it, or open with the writer's own unit
(我院, 本校), is a clause around the team word, not a team opening its clause (filter 37); a
pointer word (这支, 那个) stops a team's own name (filter 37). Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


CLAUSE_TEAMS = [
    # the words before the team word hold a verb: the stretch is a clause
    ("verb_first", "镇里健全了服务网络。推动环保志愿者分队到村开展服务。"),
    ("verb_inside", "桐花镇为方便群众，决定聘用施工队进行清理。"),
    # the writer's own unit opens the words
    ("own_unit", "我院青年志愿者服务队继上月之后再次走进青禾社区。"),
    # a pointer names no team
    ("pointer", "平均年龄超过七十岁，青禾这支志愿服务队有点特别！"),
]

NAMED_SUBJECTS = [
    # nouns or words of their own before the team word: a team opening its clause
    ("troupe", "今年春天，银杏花开合唱团推出了新节目。", [("银杏花开合唱团", "team")]),
    ("set_up", "桐花社区组建了青禾红枫志愿服务队。", [("青禾红枫志愿服务队", "team")]),
    # a verb right before the team word is the name's own word
    ("verb_last", "随后，青禾街爱相随志愿服务队开通了答疑热线。", [("青禾街爱相随志愿服务队", "team")]),
]


@pytest.mark.parametrize("name, text", CLAUSE_TEAMS, ids=[row[0] for row in CLAUSE_TEAMS])
def test_clause_around_a_team_word_names_no_team(name, text):
    assert programs(text) == []


@pytest.mark.parametrize("name, text, expected", NAMED_SUBJECTS, ids=[row[0] for row in NAMED_SUBJECTS])
def test_team_named_by_its_own_words_stays(name, text, expected):
    assert programs(text) == expected


QUOTED_DATES = [
    # a quoted date alone is the day an activity is held on, whatever follows it (filter 28)
    ("digits_before_observance", "青禾社区组织志愿者开展“9·20”公民道德宣传日主题活动。"),
    ("digits_dot_before_activity", "桐花镇开展“3.5”学雷锋志愿服务活动，吸引居民参与。"),
    ("numerals_before_theme", "青禾街道团委举办“五四”主题团日活动。"),
    ("numerals_dotted", "桐花社区启动“三·五”学雷锋活动月。"),
]

NOT_DATES = [
    # numerals that are a name's words, not a date
    ("numbered_name", "青禾社区推出“三联四帮”志愿服务项目。", [("三联四帮", "project")]),
]


@pytest.mark.parametrize("name, text", QUOTED_DATES, ids=[row[0] for row in QUOTED_DATES])
def test_quoted_date_names_no_program(name, text):
    assert programs(text) == []


@pytest.mark.parametrize("name, text, expected", NOT_DATES, ids=[row[0] for row in NOT_DATES])
def test_numbered_name_is_no_date(name, text, expected):
    assert programs(text) == expected
