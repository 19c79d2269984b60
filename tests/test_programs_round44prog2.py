"""Programs, round 44 (prog2): a nationwide campaign's slogan names no program, and the words of
a sentence's predicate (a reporter's 看到, a caption's 图为, the agent preposition 由, the verbs
深化 and 新建, the verb 率队) are never part of an unquoted name. Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


CAMPAIGN_ONLY = [
    # the nationwide campaign quoted before 活动 or before a word of ideas (round 57e h3 moved the row
    # before 实践活动 out: the current tuning gold labels that one a programme in 7 articles of 7 sets)
    ("activity", "桃源社区推动“我为群众办实事”活动走向深入。"),
    ("idea", "为落实“我为群众办实事”服务理念，松涛社区上门走访独居老人。"),
]


@pytest.mark.parametrize("name, text", CAMPAIGN_ONLY, ids=[row[0] for row in CAMPAIGN_ONLY])
def test_nationwide_campaign_slogan_names_no_program(name, text):
    assert programs(text) == []


def test_longer_theme_opening_with_the_campaign_stays():
    # a theme of the community's own that opens with the campaign's words is another content
    assert programs("桃源社区以“我为群众办实事携手共建新家园”为主题开展活动。") == [("我为群众办实事携手共建新家园", "activity")]


PREDICATE_IN_NAME = [
    ("reporter", "在活动室里，记者看到社区合唱队的成员们正在排练。"),
    ("caption", "图为服务队成员在青禾社区走访。"),
    ("agent", "晚会开场由舞蹈队表演，掌声不断。"),
    ("deepen", "今年，社区党委深化邻里议事厅工作内容。"),
    ("build", "松涛社区在路口新建爱心积分超市，居民可用积分换物。"),
    ("lead", "青禾市委主要领导率队到桃源社区调研。"),
]


@pytest.mark.parametrize("name, text", PREDICATE_IN_NAME, ids=[row[0] for row in PREDICATE_IN_NAME])
def test_predicate_words_make_no_unquoted_name(name, text):
    assert programs(text) == []


def test_team_named_by_its_own_words_stays():
    # the same frames around a team with a name of its own keep the name
    assert programs("晚会上，“萤火虫”舞蹈队表演了开场舞。") == [("萤火虫舞蹈队", "team")]
