"""Round 58 h2: a quote right before 系列 and an activity, course or service word names the series,
whatever its words: a campaign's catchphrase, a list of short items or a three-part slogan far from
its activity word. The same words elsewhere stay out. Every sentence here is made up."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds


@pytest.mark.parametrize(
    "text, expected",
    [
        # a catchphrase (filter 2) before a series of party-day activities
        (
            "这是区统计局党支部与河湾社区结对开展的“我为群众办实事”系列主题党日活动。",
            [("我为群众办实事", "activity")],
        ),
        # three short items (filter 21) before a series of training classes: the class word gives the full name
        (
            "园区常态化开展“雏鹰、雄鹰、群鹰”系列培训班，提升企业党员的本领。",
            [("雏鹰、雄鹰、群鹰系列培训班", "course")],
        ),
        # a three-part slogan (filter 1) five characters before its activity word
        (
            "青松社区发起了“传承雷锋精神，争当志愿先锋，共建温馨家园”系列学雷锋活动，党员和居民都来了。",
            [("传承雷锋精神，争当志愿先锋，共建温馨家园", "activity")],
        ),
        (
            "街道推出“老有所学、老有所乐、老有所为”系列讲座，每月两期。",
            [("老有所学、老有所乐、老有所为", "activity")],
        ),
    ],
)
def test_quote_before_series_names_it(text, expected):
    assert programs_and_kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the same words without the series word stay out
        "机关党支部立足“我为群众办实事”，列出一张服务清单。",
        "园区围绕“雏鹰、雄鹰、群鹰”，分层培养企业党员。",
        "青松社区倡导“传承雷锋精神，争当志愿先锋，共建温馨家园”，居民纷纷响应。",
        # a series with no activity, course or service word after it
        "“雏鹰、雄鹰、群鹰”系列已经写进了园区的规划。",
    ],
)
def test_same_words_without_series_stay_out(text):
    assert programs_and_kinds(text) == []
