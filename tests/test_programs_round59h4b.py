"""Programs, round 59 h4b: a sports meet or league word after a quote and a short descriptor (“某某”社区运动会,
“某某”趣味运动会, “某某”春节篮球赛, “某某”篮球联赛) names the event the quote names, and a course word after a
quote (“某某”公益课程, “某某”专题授课) names the course the quote names; a quote right after a teaching verb
(主讲“某某”课程: the subject a teacher covers) names none (filter 54). Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs
from shequ.extract.programs import reject_taught_subject


SPORTS_EVENTS = [
    # a community's sports meet under a four-character name
    ("community_sports_meet", "青禾街道枫林社区开展“乐动枫林”社区运动会。", [("乐动枫林", "activity")]),
    # a fun sports meet a company holds in an estate
    ("fun_sports_meet", "业委会在柳岸花园举办了一场“和美一家”趣味运动会。", [("和美一家", "activity")]),
    # a village's holiday basketball match under a long name with an inner quote
    ("village_basketball", "青禾村“热力青禾‘篮’不住的激情”春节篮球赛前天开打。", [("热力青禾篮不住的激情", "activity")]),
    # a county's village basketball league
    ("village_league", "南河县第二届“村BA”男子篮球联赛在灯光球场揭幕。", [("村BA", "activity")]),
]

COURSES = [
    # a public course a community opens every week
    ("weekly_public_course", "枫林社区每周三开设一门“家风家训”公益课程，居民均可报名。", [("家风家训", "course")]),
    # a night school putting a course online
    ("night_school_course", "团区委第二期青年夜校将上线“插花品香”课程，邀请老师现场教学。", [("插花品香", "course")]),
    # a district school holding a themed lecture series
    ("themed_lectures", "青禾街道社区学校下月开展“站长说”专题授课，组建讲师团。", [("站长说", "course")]),
]

NOTHING = [
    # the subject a professor teaches (filter 54)
    ("taught_subject", "李教授讲授“社会工作与社区服务”专题课程，详细介绍了服务流程。"),
    # a lecturer's subject, 主讲
    ("lecturer_subject", "王老师主讲“垃圾分类”课程。"),
    # the rounds of one contest, counted: no contest word of ours names them
    ("contest_rounds", "现场设置了“你问我答”“限时抢答”3个竞赛环节。"),
    # a sports meet with no quote
    ("plain_sports_meet", "枫林社区举办第三届社区运动会，居民踊跃参加。"),
    # a course word with no quote
    ("plain_course", "社区开设了书法课程，每周一次。"),
]


@pytest.mark.parametrize("case, text, expected", SPORTS_EVENTS, ids=[c[0] for c in SPORTS_EVENTS])
def test_programs_quote_before_sports_meet_names_the_event(case, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("case, text, expected", COURSES, ids=[c[0] for c in COURSES])
def test_programs_quote_before_course_word_names_the_course(case, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("case, text", NOTHING, ids=[c[0] for c in NOTHING])
def test_programs_taught_subjects_and_plain_events_name_nothing(case, text):
    assert programs(text) == []


def test_reject_taught_subject_only_before_a_course_word():
    text = "王老师主讲“垃圾分类”讲座。"
    q_start = text.index("“") + 1
    assert reject_taught_subject(text, q_start, "course")
    assert not reject_taught_subject(text, q_start, "activity")
    opened = "社区开设“家风家训”课程。"
    assert not reject_taught_subject(opened, opened.index("“") + 1, "course")
