"""Programs, round 21b (consensus errors of two labellings on the pooled tuning sets).

- A name after X的 in a clause whose verb makes it a likeness (成为…的“加油站”, 化身…的暖心驿站,
  筑牢…的“温暖之家”) is a metaphor when X is a group of people or a quality: it names nothing.
  A verb before 的 (是社区打造的“…”) or a holder (是某社区的“…”) keeps the name a program.

Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import LINK_LABELS, programs_and_kinds, run


def program_names(text: str) -> list[str]:
    return sorted({name for name, _ in programs_and_kinds(text)})


LIKENESSES = [
    ("group_of_people", "这里不仅是外卖员、快递员等新就业群体的“加油站”，更是大家歇脚的地方。"),
    ("quality", "食堂渐渐成为一间充满温情的“邻里客厅”。"),
    ("unquoted_station", "寒假期间，活动室化身孩子们的寒假爱心驿站，提供作业辅导。"),
    ("build_up", "社区用贴心服务筑牢骑手群体的“温馨之家”。"),
]

NAMED = [
    ("relative_clause", "这是桃源社区打造的“幸福食堂”，每天供应午餐。", ["幸福食堂"]),
    ("holder", "“邻里守望”是东湖社区的“红色驿站”。", ["红色驿站"]),
    ("project_carried_out", "他所说的活动就是在东城区开展的“阳光成长驿站项目”。", ["阳光成长驿站项目"]),
    ("no_likeness_verb", "社区为新就业群体的“暖鸽驿站”添置了饮水机。", ["暖鸽驿站"]),
]


@pytest.mark.parametrize("name, text", LIKENESSES, ids=[row[0] for row in LIKENESSES])
def test_likeness_after_possessor_is_no_program(name, text):
    assert program_names(text) == []


@pytest.mark.parametrize("name, text, expected", NAMED, ids=[row[0] for row in NAMED])
def test_relative_clause_or_holder_keeps_the_program(name, text, expected):
    assert program_names(text) == expected


# --- a whole quote is a brand a community runs, not a community or an estate -----------------

BRANDS = [
    ("home", "青禾街道东园社区扎实推进“石竹花家园”创建工作。", ["石竹花家园"], ["东园社区"]),
    ("village_campaign", "随着全市“千企帮村”活动的开展,东坪村与一家建材企业结对。", ["千企帮村"], ["东坪村"]),
    ("heading_repeats_it", "我市扎实推进“美邻新社区”建设。\n什么是美邻新社区?", [], []),
]

EVERYDAY_HOMES = [
    ("award_title", "该小区成功入选省级“美好家园”小区。"),
    ("slogan", "社区倡议大家“共建美好家园”。"),
]


def community_names(text: str) -> list[str]:
    return [m.canonical for m in run(text, *LINK_LABELS).found("communities")]


@pytest.mark.parametrize("name, text, expected_programs, expected_communities", BRANDS, ids=[row[0] for row in BRANDS])
def test_whole_quote_is_a_brand_not_a_community(name, text, expected_programs, expected_communities):
    assert community_names(text) == expected_communities
    assert [p for p in program_names(text) if p in expected_programs] == sorted(expected_programs)


@pytest.mark.parametrize("name, text", EVERYDAY_HOMES, ids=[row[0] for row in EVERYDAY_HOMES])
def test_home_of_everyday_words_is_no_program(name, text):
    assert program_names(text) == []


def test_quoted_home_after_a_program_word_keeps_its_activity():
    assert program_names("桃源社区举办“共建幸福家园”主题活动。") == ["共建幸福家园"]


def test_unquoted_community_stays():
    assert set(community_names("东园社区开展“石竹花家园”创建工作，东园社区居民踊跃参加。")) == {"东园社区"}


def test_program_word_after_a_quoted_home_says_what_it_is():
    assert programs_and_kinds("今年的“青禾家园”暑期班将开到八月底。") == [("青禾家园", "course")]


def test_quoted_home_before_a_plain_noun_stays_a_home():
    assert program_names("大家齐心协力，让“石竹花家园”的服务更贴近居民。") == ["石竹花家园"]
