"""Round 45 (organizations, orgs). 老人 and 孩子 before 学会 are the people who learn (the verb
学会 "learn to"), not a learned society's name; a society named by its place keeps its name.

Every sentence here is made up (invented places and people)."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


@pytest.mark.parametrize(
    "text, expected",
    [
        # old people learning to use a phone: no society
        ("上周好几位老人学会用微信视频通话。", []),
        # children learning to read: no society
        ("读书会帮助孩子学会安静地听别人讲话。", []),
        # a society named by its city keeps its name
        ("青禾市老人学会昨天召开了年会。", ["青禾市老人学会"]),
    ],
)
def test_round45orgs_people_who_learn(text, expected):
    assert organizations(text) == expected
