"""Programs, round 61 h2: a plaque verb closing the clause that a quote opens (为“某某驿站”揭牌, 为“甲”“乙”揭牌,
为“某某”社区戒毒工作站揭牌) makes 为 the preposition of the unveiling, so the quote is what the plaque names,
not a role metaphor (filter 5), in that sentence and everywhere else the article names it. A quote after
为/成为 that no plaque verb closes stays a metaphor. Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs
from shequ.extract.programs import reject_metaphor


UNVEILED = [
    # a station unveiled right after its quote
    ("station_unveiled", "副区长赵明前往青禾社区为“邻心驿站”揭牌。", [("邻心驿站", "station")]),
    # kind words of the station between the quote and the plaque verb
    ("kind_words_between", "市禁毒委在枫林街道为“晨光驿站”社区康复工作站揭牌。", [("晨光驿站", "station")]),
    # the first of two quoted bases unveiled together, named earlier in the article too (the second, after a
    # closing quote and not after 为, is the list rules' to find and no business of filter 5: they find it here)
    ("first_of_two_bases", "青禾学院与枫林社区签下“硕士生基层实践基地”合作协议，并为“硕士生基层实践基地”“校地党建联学基地”揭牌。",
     [("硕士生基层实践基地", "station"), ("硕士生基层实践基地", "station"), ("校地党建联学基地", "station")]),
]

METAPHORS = [
    # a role the residents are made, no plaque
    ("role_after_wei", "街道以退休党员为“智囊团”，共商小区难事。"),
    # 成为 a role, then a clause break before any plaque verb
    ("role_after_chengwei", "老张成为“红管家”，之后为新站点挂牌。"),
]


@pytest.mark.parametrize("case, text, expected", UNVEILED, ids=[c[0] for c in UNVEILED])
def test_programs_quote_a_plaque_is_unveiled_for_after_wei_is_named(case, text, expected):
    assert programs(text) == expected


def test_programs_unveiled_quote_is_named_where_the_article_repeats_it():
    text = "区委书记为“邻心驿站”揭牌。如今，“邻心驿站”每天接待居民五十余人次。"
    assert programs(text) == [("邻心驿站", "station"), ("邻心驿站", "station")]


@pytest.mark.parametrize("case, text", METAPHORS, ids=[c[0] for c in METAPHORS])
def test_programs_role_after_wei_without_a_plaque_stays_a_metaphor(case, text):
    assert programs(text) == []


def test_reject_metaphor_lets_a_plaque_clause_through():
    text = "为“邻心驿站”揭牌"
    assert not reject_metaphor(text, 2, 6)
    text = "以党员为“邻心驿站”，"
    assert reject_metaphor(text, 5, 9)
