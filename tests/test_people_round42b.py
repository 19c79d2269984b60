"""People, round 42b. Sentences written for these tests, with made-up names."""

from __future__ import annotations

import pytest

from contexts import people_and_roles as people


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
