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
