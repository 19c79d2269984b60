"""Round 31 (organizations): a name read back to a verbal noun that opens it inside a clause
(将|影响|物业…, 随后|供给|某某公司) is the clause's verb and object: the name starts after the
verbal noun (F11), and what is left is judged as any other name.

Every sentence here is made up (invented places, units and people)."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


# ---------------------------------------------------------------- F11: a verbal noun opening the name
@pytest.mark.parametrize(
    "text",
    [
        "拖欠费用将影响物业公司的维修进度。",
        "楼长挨家挨户宣传新物业的服务承诺。",
        "社区随后组建劳务专业合作社，带动居民就业。",
    ],
)
def test_round31_verbal_noun_and_its_object_is_none(text):
    assert organizations(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # the verb's object is a named company: the name starts after the verbal noun
        ("合格的砖块随后供给鹏程公司使用。", ["鹏程公司"]),
        # after a preposition or conjunction a verbal noun may open a name
        ("青禾街道与应急技术学院签订了共建协议。", ["应急技术学院"]),
    ],
)
def test_round31_name_after_verbal_noun_or_border(text, expected):
    assert organizations(text) == expected
