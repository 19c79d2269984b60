"""Round 61 h4b (organizations, C1, F18, F18b, C3/F5): a club named by its own brand or trade
(某某越野汽车俱乐部, 某某健身俱乐部, 某某家庭俱乐部) is a body: the tuning gold lists such clubs as
organizations in four articles of four sets, three of which had no candidate (俱乐部 was no ending).
健身俱乐部 is an ending of its own because jieba tags 健身 a verb, which would end the name before its
brand. A club named by one common word (球友|俱乐部, 街坊|俱乐部) is a residents' club of a kind, and
clubs in a list the clause closes as teams (…等10个社团) are teams, which the gold keeps as programs.
A quoted name right after the caring-firm title 爱心企业 is that firm.

Every sentence here is made up."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


@pytest.mark.parametrize(
    "text, expected",
    [
        # a club leads volunteers; its brand and its trade both in the name
        ("去年春天，我带领昆山飞鹰越野摩托俱乐部组建了一支禁毒宣传志愿队。", ["昆山飞鹰越野摩托俱乐部"]),
        # jieba's verb 健身 does not end the brand before it
        ("中心二层已入驻长青社会工作服务中心、新活力健身俱乐部等机构。", ["长青社会工作服务中心", "新活力健身俱乐部"]),
        # a quoted club after the caring-firm title
        ("心愿发布后，爱心企业“小海豚亲子俱乐部”当天就全部认领。", ["“小海豚亲子俱乐部”"]),
        # the same shape with a brand before the members' word is a club of its own
        ("小区里的金帆球友俱乐部每周六都在操场上组织比赛。", ["金帆球友俱乐部"]),
        # a community's own club, named by its community and its members
        ("青松社区骑手俱乐部与街道卫生服务中心签订了合作协议。", ["青松社区骑手俱乐部", "街道卫生服务中心"]),
    ],
)
def test_round61h4b_named_club_is_a_body(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # one common word: a kind of club, none named
        ("小区里的球友俱乐部每周六都在操场上组织比赛。", []),
        ("街坊俱乐部下午两点向居民开门。", []),
        # clubs the clause counts as residents' teams
        ("社区先后组建了书法俱乐部、银发舞蹈俱乐部等8个草根社团。", []),
        ("社区引导居民成立了悦读俱乐部、快乐棋牌俱乐部等多支队伍。", []),
        # a quoted brand before the ending is a residents' team (a program since round 10)
        ("社区成立了“银杏”俱乐部，老人们在这里下棋。", []),
        # the 部 of 俱乐部 is no department: no bare 俱乐部 as a list's unit
        ("青松社区骑行俱乐部与街道卫生服务中心签订了合作协议。", ["街道卫生服务中心"]),
    ],
)
def test_round61h4b_club_of_a_kind_or_team_is_none(text, expected):
    assert organizations(text) == expected
