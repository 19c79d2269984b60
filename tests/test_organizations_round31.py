"""Round 31 (organizations): a name read back to a verbal noun that opens it inside a clause
(将|影响|物业…, 随后|供给|某某公司) is the clause's verb and object: the name starts after the
verbal noun (F12), and what is left is judged as any other name. A community the community
step found, named by a word jieba tags as an adjective or verb (繁荣|社区, 团结|社区), keeps its
Party committee written right after it (繁荣社区党委).

Every sentence here is made up (invented places, units and people)."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


# ---------------------------------------------------------------- F12: a verbal noun opening the name
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


# ---------------------------------------------------------------- a community named by a descriptor-like word
@pytest.mark.parametrize(
    "text, expected",
    [
        ("繁荣社区位于城北。暴雨过后，繁荣社区党委连夜组织党员排查隐患。", ["繁荣社区党委"]),
        ("幸福社区居民很热情，幸福社区党委书记王青禾说。", ["幸福社区党委"]),
        ("团结社区有2000户居民。团结社区党委牵头成立了议事会。", ["团结社区党委"]),
    ],
)
def test_round31_party_body_of_word_named_community(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "这位社区党委书记已连任两届。",
        "两个社区党委签订了共建协议。",
        "广大社区党员积极参与。",
    ],
)
def test_round31_pronoun_or_count_before_community_body_is_none(text):
    assert organizations(text) == []


# 党员 (Party members) before a Party body or a service ending names the members' body of any
# place, not one body (org_generic_words.txt); a named unit before it keeps the name.
MEMBERS_BODY_CASES = [
    ("活动由党员党支部牵头，志愿者分组入户。", []),
    ("片区成立党员综合党委后，议事更顺畅了。", []),
    ("小区的社区党员物业团队当天上门修好了路灯。", []),
    ("青柳社区党员服务中心今天正式揭牌。", ["青柳社区党员服务中心"]),
    ("白杨区委组织部党员服务中心组织了这次培训。", ["白杨区委组织部党员服务中心"]),
]


@pytest.mark.parametrize("text, expected", MEMBERS_BODY_CASES)
def test_round31_party_members_body_without_a_unit_is_none(text, expected):
    assert organizations(text) == expected
