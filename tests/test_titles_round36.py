"""Article titles, round 36: an e-paper reader's tool line with its middle font size (上一篇 下一篇
放大 适中 缩小) and a comment box's more-replies link (查看更多回复) are the page's furniture, never
the headline. Every page and line here is made up."""

from __future__ import annotations

import pytest

from contexts import PAGE_BODY as BODY
from contexts import PAGE_BODY2 as BODY2
from contexts import PAGE_HEADLINE as HEADLINE
from contexts import only_article
from shequ import layout


@pytest.mark.parametrize("line", ["放大  适中  缩小     上一篇   下一篇", "- 查看更多回复>"])
def test_round36_tool_line_is_furniture(line):
    assert layout.web_furniture_kind(line) == "tool"
    article = only_article(f"{line}\n\n{HEADLINE}\n\n2024-05-06 10:00 来源：枫林日报\n\n{BODY}\n\n{BODY2}")
    assert article.title == HEADLINE


@pytest.mark.parametrize("line", ["社区食堂口味适中价格实惠", "居民留言查看更多回复的办法"])
def test_round36_tool_words_in_a_headline_stay(line):
    assert layout.web_furniture_kind(line) != "tool"
