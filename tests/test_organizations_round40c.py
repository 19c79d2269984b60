"""Round 40c (organizations): an elderly day-care centre named by its community or street is
the body that runs it (like a community's 党群服务中心); a bare one names no centre.

Every sentence here is made up (invented places, units and people)."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


@pytest.mark.parametrize(
    "text, expected",
    [
        ("桃溪社区日间照料中心为老人提供午餐。", ["桃溪社区日间照料中心"]),
        ("柳湾社区老年日间照料中心每天上午开门迎客。", ["柳湾社区老年日间照料中心"]),
    ],
)
def test_round40c_named_day_care_centre_is_an_organization(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "全县去年建成日间照料中心12个。",
        "依托日间照料中心开展助餐服务。",
        "城乡社区老人日间照料中心覆盖率达到九成。",
        "今年青禾市城乡社区老人日间照料中心将增加到四百余个。",
        "青禾市日间照料中心开门迎客。",
    ],
)
def test_round40c_bare_day_care_centre_is_none(text):
    assert organizations(text) == []
