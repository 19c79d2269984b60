"""Round 28: a site's follow prompt or category button alone on the line over the dateline
(扫一扫关注微信公众号, 更多分类) on a page that shows no headline was read as the headline.
They are tool lines: page furniture, and the article stays untitled.

Every page here is made up (invented places, units and people).
"""

from __future__ import annotations

import pytest

from shequ import layout
from shequ.articles import split_articles
from shequ.normalize import normalize

BODY = (
    "新春将至，3月2日上午，青竹街道松林社区在户外劳动者驿站为快递员、外卖骑手送上春联和热饺子。"
    "驿站内微波炉、饮水机、充电设备一应俱全，全天免费开放。"
)


def split(raw: str):
    articles, furniture = split_articles(normalize(raw), "web.txt")
    return articles, [f.text for f in furniture]


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
    assert articles[0].body.startswith("新春将至")
    assert prompt in furniture


def test_the_headline_under_a_tool_line_is_still_the_title():
    headline = "松林社区驿站给快递小哥送春联"
    articles, _ = split(f"扫一扫关注微信公众号\n{headline}\n2026-02-25 15:24\n来源：本站\n{BODY * 2}")
    assert [a.title for a in articles] == [headline]
