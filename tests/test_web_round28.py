"""Round 28: a site's follow prompt or category button alone on the line over the dateline
(扫一扫关注微信公众号, 更多分类) on a page that shows no headline was read as the headline.
They are tool lines: page furniture, and the article stays untitled.

Every page here is made up (invented places, units and people).
"""

from __future__ import annotations

import pytest

from shequ import layout

from contexts import split_page as split

BODY = (
    "3月2日上午，青竹街道松林社区的志愿者在小区门口摆开桌子，给路过的送餐员递上一杯热姜茶。"
    "社区的歇脚点去年秋天建成，有桌椅、雨具和一个能给手机充电的插座。"
)


@pytest.mark.parametrize("line", ["扫一扫关注微信公众号", "扫一扫 关注微信公众号", "更多分类", "更多分类 | 返回"])
def test_follow_prompts_and_category_buttons_are_tool_lines(line):
    assert layout.web_furniture_kind(line) == "tool"


@pytest.mark.parametrize(
    "line",
    [
        "松林社区开通微信公众号",  # a headline about an account: no tool line
        "欢迎居民关注微信公众号了解活动信息",
        "更多分类服务进社区",
    ],
)
def test_headlines_naming_the_words_are_not_tool_lines(line):
    assert layout.web_furniture_kind(line) is None


@pytest.mark.parametrize("prompt", ["扫一扫关注微信公众号", "更多分类"])
def test_a_tool_line_over_the_dateline_is_no_headline(prompt):
    articles, furniture = split(f"{prompt}\n2026-02-25 15:24\n来源：本站\n{BODY * 2}")
    assert [a.title for a in articles] == [""]
    assert articles[0].body.startswith("3月2日上午")
    assert prompt in furniture


def test_the_headline_under_a_tool_line_is_still_the_title():
    headline = "松林社区驿站给快递小哥送春联"
    articles, _ = split(f"扫一扫关注微信公众号\n{headline}\n2026-02-25 15:24\n来源：本站\n{BODY * 2}")
    assert [a.title for a in articles] == [headline]


# Dispatch shapes of the first paragraph that named no source (round 28): a county app's
# 报道 with the credit right after it, a three-character district paper's 讯, a paper in
# book-title marks, and an outlet's reporter opening the lede.
@pytest.mark.parametrize(
    "lede, outlet",
    [
        ("云上青禾报道（记者 李文）昨天，青竹社区的老年食堂迎来了第一批食客。", "云上青禾"),
        ("掌上松林报道（通讯员 张敏）近日，松林街道开展义诊活动。", "掌上松林"),
        ("松城报讯 一曲越剧唱出邻里情，青竹社区戏曲节日前开幕。", "松城报"),
        ("《松林》讯 青竹村的积分超市本周开张，村民用积分换到了大米和食用油。", "松林"),
        ("青禾晚报记者了解到，松林社区今年新建了三处口袋公园。", "青禾晚报"),
        ("青禾日报全媒体记者从市民政局获悉，全市新建长者食堂12家。", "青禾日报"),
    ],
)
def test_lede_dispatches_name_their_outlet(lede, outlet):
    assert layout.lede_outlet(lede) == outlet


@pytest.mark.parametrize(
    "lede",
    [
        "本报记者了解到，松林社区今年新建了三处口袋公园。",  # this paper: no name
        "社区记者站成立以来，居民投稿二十余篇。",  # a station of reporters, no outlet
        "松林社区记者节座谈会日前召开。",
        "日报讯 近日，松林街道开展义诊。",  # 日报 alone names no paper
        "宜昌市报道（通讯员 张敏）近日，社区开展义诊。",  # a place before 报道 is no outlet
        "《社区治理》一书出版，青竹社区获赠百册。",  # book-title marks without 讯
    ],
)
def test_ledes_that_name_no_outlet(lede):
    assert layout.lede_outlet(lede) is None


def test_a_county_apps_dispatch_is_the_articles_source():
    headline = "青竹社区：家门口的服务越来越贴心"
    lede = "云上青禾报道（记者 李文）近日，青竹社区党群服务中心新增了助餐、理发等六项服务，老人不出小区就能用上。"
    articles, _ = split(f"{headline}\n{lede}\n{BODY}")
    assert [(a.title, a.source) for a in articles] == [(headline, "云上青禾")]
