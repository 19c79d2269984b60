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
            "这是区税务局党支部和青枫社区结对举办的“急难愁盼”系列主题党日活动。",
            [("急难愁盼", "activity")],
        ),
        # three short items (filter 21) before a series of training classes: the class word gives the full name
        (
            "园区常态化开展“雏鹰、雄鹰、群鹰”系列培训班，提升企业党员的本领。",
            [("雏鹰、雄鹰、群鹰系列培训班", "course")],
        ),
        # a three-part slogan (filter 1) five characters before its activity word
        (
            "柳岸社区办起了“学习雷锋榜样，甘当邻里帮手，共建和睦楼道”系列学雷锋活动，老少居民都到了。",
            [("学习雷锋榜样，甘当邻里帮手，共建和睦楼道", "activity")],
        ),
        (
            "街道推出“学得开心、玩得尽兴、活得精彩”系列讲座，每月两期。",
            [("学得开心、玩得尽兴、活得精彩", "activity")],
        ),
    ],
)
def test_quote_before_series_names_it(text, expected):
    assert programs_and_kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the same words without the series word stay out
        "机关党支部围绕“急难愁盼”，列出一张服务清单。",
        "园区围绕“雏鹰、雄鹰、群鹰”，分层培养企业党员。",
        "柳岸社区倡导“学习雷锋榜样，甘当邻里帮手，共建和睦楼道”，居民纷纷响应。",
        # a series with no activity, course or service word after it
        "“雏鹰、雄鹰、群鹰”系列已经写进了园区的规划。",
    ],
)
def test_same_words_without_series_stay_out(text):
    assert programs_and_kinds(text) == []
