"""Programs, round 33: an unquoted name opening with a unit or classifier right after a numeral
(…，9名调解队成员…, 新设3处24小时驿站) is the tail of a count phrase the name walk cut through,
not a program (filter 40); a name of its own after a numeral, or a count before a whole name,
stays what it was. An unquoted name holding the adverb 积极 as a whole word (某村积极申请项目资金) is a
clause, not a program; one holding the copula 是 starts again after it (某人是某某志愿服务队的… →
某某志愿服务队), unless only generic holders are left (filter 41, program_exclusions.tsv
clause_token and copula). Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


COUNT_CUTS = [
    # a count of members right before the team word: 名 opens nothing
    ("members_counted", "这支调解队由村委发起，9名调解队成员每周轮流值班。"),
    # a duration before a station word: 小时 opens nothing
    ("hours_counted", "青苇镇今年新设3处24小时驿站，方便环卫工人歇脚。"),
    # a year before 年度: the year was cut off, and the name with it
    ("year_counted", "枫桥湾社区举办2031年度邻里时间银行兑换会。"),
]

KEPT = [
    # a name of its own after a numeral keeps its words
    ("number_brand", "居民可到88梧桐驿站领取物资。", [("梧桐驿站", "station")]),
    # a whole team name after a count of teams: the classifier is outside the name
    ("counted_named_team", "青苇镇组建了白鹭护河志愿服务队，队员四十人。", [("白鹭护河志愿服务队", "team")]),
]


@pytest.mark.parametrize("name, text", COUNT_CUTS, ids=[row[0] for row in COUNT_CUTS])
def test_name_cut_out_of_a_count_is_no_program(name, text):
    assert programs(text) == []


@pytest.mark.parametrize("name, text, expected", KEPT, ids=[row[0] for row in KEPT])
def test_name_after_a_numeral_of_its_own_stays(name, text, expected):
    assert programs(text) == expected



CLAUSE_TOKENS = [
    # the adverb before a verb and 项目: a village applies for project money
    ("adverb_before_project", "去年，青禾村积极申请项目资金修建凉亭。"),
    # what is left after the copula is only a generic holder and the team word
    ("copula_then_generic_team", "张红是社区志愿服务队的队长。"),
]

AFTER_COPULA = [
    # a person is a member: the team's name starts after the copula
    ("copula_before_team", "退休后，林秀梅是银龄志愿服务队的骨干之一。", [("银龄志愿服务队", "team")]),
    # a room is one of a street's projects: the project's name starts after the copula
    (
        "copula_before_project",
        "桐花社区阅览室是青禾街道便民小实事服务类项目之一。",
        [("青禾街道便民小实事服务类项目", "project")],
    ),
    # the copula after the team word is no part of the name
    ("copula_after_team", "青禾社区的桐花志愿服务队是一支老兵队伍。", [("桐花志愿服务队", "team")]),
]


@pytest.mark.parametrize("name, text", CLAUSE_TOKENS, ids=[row[0] for row in CLAUSE_TOKENS])
def test_unquoted_name_holding_a_clause_word_is_no_program(name, text):
    assert programs(text) == []


@pytest.mark.parametrize("name, text, expected", AFTER_COPULA, ids=[row[0] for row in AFTER_COPULA])
def test_unquoted_name_starts_after_the_copula(name, text, expected):
    assert programs(text) == expected
