"""People, round 42b. Sentences written for these tests, with made-up names."""

from __future__ import annotations

import pytest

from contexts import people_and_roles as people


# A surname character that is also a preposition, verb or pronoun (由, 谈, 干, 任) followed by a
# common noun or verb (物业, 心得, 起来, 网格) after a title is a clause, no person; names whose
# given part is an adjective or a rare word stay people.
CLAUSE_READING_CASES = [
    ("理事会的秘书长由物业公司推荐人选。", []),
    ("几位党员代表谈心得，气氛热烈。", []),
    ("要让志愿者干起来，让群众动起来。", []),
    ("每名机关干部任网格长，包联一片。", []),
    ("网格员任巧禾说，这周要排查三次。", [("任巧禾", "网格员")]),
    ("秘书长谈秋洵介绍了筹备情况。", [("谈秋洵", "秘书长")]),
]


@pytest.mark.parametrize("text, expected", CLAUSE_READING_CASES)
def test_round42b_clause_after_title_is_no_name(text, expected):
    assert people(text) == expected


# A title in quotes right before a name (驻村“第一书记”某某) gives the name its role; a surname
# that is also an adverb or verb (来, 由) after the quote opens the predicate; a quoted honour
# that is no title gives nothing.
QUOTED_TITLE_CASES = [
    ("驻村“第一书记”柯永康带着村民修路。", [("柯永康", "第一书记")]),
    ("社区的“义务调解员”柯秀华走访了三户人家。", [("柯秀华", "调解员")]),
    ("遇到难题，“家庭律师”来帮忙解答。", []),
    ("社区评选“最美家庭”柯秀华一家上榜。", []),
]


@pytest.mark.parametrize("text, expected", QUOTED_TITLE_CASES)
def test_round42b_quoted_title_before_name(text, expected):
    assert people(text) == expected
