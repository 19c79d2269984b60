"""Programs, round 17 (pooled labelled sets): unquoted team names. A list closed by a count of
any kind of team (…等6支志愿者巡逻队) names its items that end in 队 or 团, and a team word of any
field opening a clause as its subject (某某声乐队举办…) is named by the words before it when they
hold a name. Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


COUNTED_LISTS = [
    # a patrol-team head after the count: the items ending in 队 are names, the last one not
    ("patrol_head", "街道组建了青松志愿队、安康志愿队、启航志愿队、南岭楼院守望者等6支志愿者巡逻队，守护辖区平安。",
     [("青松志愿队", "team"), ("安康志愿队", "team"), ("启航志愿队", "team")]),
    # a lecture-troupe head after the count
    ("lecture_head", "目前，桂园社区已有红杉宣讲团、银杏宣讲团等两支宣讲团。",
     [("红杉宣讲团", "team"), ("银杏宣讲团", "team")]),
]

COUNTED_LISTS_EMPTY = [
    # the items are the troupes' fields, with no team word of their own
    ("fields", "社区现有环境整治、政策宣讲等3支宣讲团。"),
    # a count of teams and no list at all
    ("no_list", "社区组建了6支志愿者巡逻队，守护辖区平安。"),
]


@pytest.mark.parametrize("name, text, expected", COUNTED_LISTS, ids=[row[0] for row in COUNTED_LISTS])
def test_list_closed_by_a_count_of_any_team_kind(name, text, expected):
    assert sorted(programs(text)) == sorted(expected)


@pytest.mark.parametrize("name, text", COUNTED_LISTS_EMPTY, ids=[row[0] for row in COUNTED_LISTS_EMPTY])
def test_counted_list_of_fields_names_nothing(name, text):
    assert programs(text) == []


SUBJECTS = [
    # an unknown word and three characters of nouns before a singing-group word
    ("choir_word", "新民社区文体活动丰富。飞扬声乐队举办公益演唱会，吸引居民参加。", [("飞扬声乐队", "team")]),
    # a proper noun before a volunteer troupe word, an adverb after it
    ("adverb_after", "社区活动多，向日葵助老志愿团今后还将开展上门服务。", [("向日葵助老志愿团", "team")]),
    # an organization opens the words: it holds the team
    ("held_by_org", "11月5日，由南江职业学院团委主办，青年志愿者协会宣传小队承办，志愿者走进小学。",
     [("青年志愿者协会宣传小队", "team")]),
    # a word holding 和 that is no conjunction, and a numeral inside the name
    ("he_inside", "在居委会的支持下，祥和苑二居委健身舞队于2022年5月成立。", [("祥和苑二居委健身舞队", "team")]),
]

SUBJECTS_EMPTY = [
    # a pronoun before the troupe word
    ("pronoun", "老张介绍，这支秧歌队平时排练，节日还去演出。"),
    # a fire-service unit is an organization's section
    ("fire_unit", "入冬以来，县消防救援支队多次上门讲解用电安全。"),
    # a generic holder before a field, and sports teams with no name
    ("generic", "兴趣秧歌队周末排练。篮球队、门球队各自安排训练。"),
    # a field and a lone 团 after a hospital: the hospital's clinic team, no name
    ("holder_only", "3月8日，青禾县中医院义诊团携手两家药房，为老人义诊。"),
    # a verb before a troupe word: the clause goes on, no name
    ("verb_first", "社区活动室里，还有舞蹈队在排练。"),
    # the team word is an object, not the subject
    ("object", "社区里，大家一起组建合唱团，每周排练两次。"),
]


@pytest.mark.parametrize("name, text, expected", SUBJECTS, ids=[row[0] for row in SUBJECTS])
def test_team_opening_a_clause_as_its_subject(name, text, expected):
    assert sorted(programs(text)) == sorted(expected)


@pytest.mark.parametrize("name, text", SUBJECTS_EMPTY, ids=[row[0] for row in SUBJECTS_EMPTY])
def test_no_subject_team_without_a_name(name, text):
    assert programs(text) == []
