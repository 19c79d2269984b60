"""Round 28 precision wave (organizations): verbs glued to the name on its left (选举出…,
获…, 贡献…), a locative 中 that is the first character of an unknown name after a clause
border or a relation verb, and 公司 after only a two-character line of business (通信公司:
a company of that kind, no name).

Every sentence here is made up (invented units and people; the county in the last test is a
gazetteer place)."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


# ---------------------------------------------------------------- glued verbs on the left
@pytest.mark.parametrize(
    "text, expected",
    [
        # 出 written alone after 选举: the elected body is named after it
        ("业主大会选举出桃林苑业主委员会。", ["桃林苑业主委员会"]),
        # jieba glues 出 to an unknown name's first character
        ("居民代表选举出枫溪湾9号院业主委员会。", ["枫溪湾9号院业主委员会"]),
    ],
)
def test_round28_verb_before_name_is_cut(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the elected body has no name of its own: a generic kind, nothing
        "理事会当天选举出社会组织联合会的新任会长。",
        # a contribution "of the federation's strength": no named body
        "为建设美丽乡村贡献妇联之力。",
        # honoured by the prefecture's federation: 获 is no part of a name
        "郑小禾等三个好少年获州妇联表彰。",
    ],
)
def test_round28_verb_before_generic_is_none(text):
    assert organizations(text) == []


# ---------------------------------------------------------------- a locative 中 opening a name
@pytest.mark.parametrize(
    "text, expected",
    [
        ("翠柳社区联合中泰金童幼儿园开展活动。", ["中泰金童幼儿园"]),
        ("当天，中云纺织团委和社区老龄协会结成了帮扶对子。", ["中云纺织团委", "社区老龄协会"]),
    ],
)
def test_round28_locative_opens_name(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # 中 after a noun is "in": the name starts after it
        ("在这次活动中市民政局给予支持。", ["市民政局"]),
    ],
)
def test_round28_locative_after_noun_stays_out(text, expected):
    assert organizations(text) == expected


# ---------------------------------------------------------------- F9: a company by its line of business
@pytest.mark.parametrize(
    "text",
    [
        "物业请来一家通信公司检修楼道网线。",
        "梧桐里社区邀请文创公司推出主题明信片。",
        "装修前，居民请了一家设计公司画图纸。",
    ],
)
def test_round28_bare_trade_company_is_none(text):
    assert organizations(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a brand jieba knows stays
        ("联通公司为梧桐里社区免费安装宽带。", ["联通公司"]),
        # a place before the line of business names the unit
        ("桃源县供电公司为梧桐里社区检修线路。", ["桃源县供电公司"]),
    ],
)
def test_round28_named_company_stays(text, expected):
    assert organizations(text) == expected
