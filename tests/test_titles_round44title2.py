"""Round 44 (title2): a page's tool or link line on its first line is never the headline: a
print view's label (打印页面), a reading app's summary labels (主要观点总结), a link to another
article (相关阅读：…)."""

from __future__ import annotations

import pytest

from shequ.articles import split_articles
from shequ.normalize import normalize

BODY = (
    "本报讯 4月8日上午，青禾市柳岸街道梧桐社区组织志愿者走访辖区独居老人，为他们送去米面油和春季保暖用品。\n\n"
    "社区负责人介绍，今年以来社区已开展走访活动十二次，服务老人三百余人次。"
)

UNTITLED = [
    # a link to another article over a copied report: no headline
    "相关阅读：青禾调查|老旧院落如何焕发新颜？\n\n" + BODY,
    # a reading app's machine summary over the article: its labels are no headline
    "主要观点总结\n本文介绍了梧桐社区走访独居老人的做法。\n关键观点总结\n" + BODY,
    # the print view's label over an article that shows no headline of its own
    "打印页面\n\n" + BODY,
]


@pytest.mark.parametrize("text", UNTITLED)
def test_titles_tool_or_link_line_on_top_is_not_the_headline(text):
    articles, _ = split_articles(normalize(text), "round44title2.txt")
    assert len(articles) == 1
    assert articles[0].title == ""


def test_titles_headline_under_print_label_stays():
    text = "打印页面\n\n首页 > 工作动态 梧桐社区走访独居老人送温暖\n\n梧桐社区走访独居老人送温暖\n\n" + BODY
    articles, _ = split_articles(normalize(text), "round44title2.txt")
    assert [article.title for article in articles] == ["梧桐社区走访独居老人送温暖"]


def test_titles_headline_opening_with_reading_word_stays():
    # 阅读 alone, no end marker's label with a colon: a headline like any other
    text = "阅读点亮童年梧桐社区举办亲子共读会\n\n" + BODY
    articles, _ = split_articles(normalize(text), "round44title2.txt")
    assert [article.title for article in articles] == ["阅读点亮童年梧桐社区举办亲子共读会"]
