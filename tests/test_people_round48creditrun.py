"""People, round 48 creditrun: the text's reviewers credited after its writers. Sentences written
for these tests, with made-up names."""

from __future__ import annotations

import pytest

from contexts import people_and_roles as people


# 审稿, 审稿人 and 审核人 across a colon credit the name after them like the writers' words do;
# 审稿 inside a sentence credits nobody, and 审核 alone stays an editor's word (no people fact).
REVIEWER_CASES = [
    ("（撰稿：柯晓岚，审稿：蔺秋禾）", [("柯晓岚", "撰稿"), ("蔺秋禾", "审稿")]),
    ("青禾学院 撰稿人：柯晓岚 审稿人：宁晓川\n", [("柯晓岚", "撰稿人"), ("宁晓川", "审稿人")]),
    ("审核人：宁晓川\n", [("宁晓川", "审核人")]),
    ("稿件经审稿后发布。", []),
    ("责编：柯晓岚/审核：宁晓川\n", []),
]


@pytest.mark.parametrize("text, expected", REVIEWER_CASES)
def test_round48creditrun_reviewers_credited_after_writers(text, expected):
    assert people(text) == expected
