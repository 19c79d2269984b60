"""Round 54 (h8): an e-paper's page furniture over the headline is no headline: a page label whose
number is written in Chinese numerals (第三版：要闻), a page record holding the paper's day and page
on one line (某某晚报/2023年/6月/2日/第007版 栏目), and the headings of a reader's list of pages and
story pane (版面目录, 新闻内容). Sentences are invented."""

from __future__ import annotations

import pytest

from shequ import layout
from shequ.articles import split_articles
from shequ.normalize import normalize

HEADLINE = "柳岸街道网格员守好楼道平安门"
BODY = (
    "本报讯（记者 柯月明）日前，青禾市柳岸街道组织全街道86名网格员开展楼道安全排查，"
    "为独居老人检查燃气阀门和电线。\n\n"
    "街道负责人介绍，今年以来网格员已上门走访居民三千余户，化解邻里纠纷四十余件。"
)


@pytest.mark.parametrize(
    "line",
    [
        "第三版：要闻",
        "第十二版:社区",
        "青禾晚报/2024 年/5 月/8 日/第 012 版民生周刊",
        "青禾日报 2023年11月2日 第A03版",
    ],
)
def test_layout_epaper_page_lines_are_page_labels(line):
    assert layout.web_furniture_kind(line) == "page_label"


@pytest.mark.parametrize("line", ["版面目录", "新闻内容"])
def test_layout_epaper_reader_headings_are_tools(line):
    assert layout.web_furniture_kind(line) == "tool"


@pytest.mark.parametrize(
    "line",
    [
        # a headline counting a feature's instalments: no page, no day
        "第三版社区规划出炉",
        # a page number without a day, and a day without a page number
        "第12版",
        "2024年5月8日柳岸街道网格员大会",
        # a sentence citing the paper's page and day is text
        "该报道于2024年5月8日刊发在第012版，引起居民热议。",
        # words of an article, not the reader's headings
        "版面目录调整方案公布",
        "新闻内容要真实",
    ],
)
def test_layout_lines_that_are_no_page_furniture(line):
    assert layout.web_furniture_kind(line) not in ("page_label", "tool")


@pytest.mark.parametrize(
    "top",
    [
        "第三版：要闻\n\n",
        "正文复制\n青禾晚报/2024 年/5 月/8 日/第 012 版民生周刊\n",
    ],
)
def test_layout_headline_under_epaper_page_line(top):
    articles, _ = split_articles(normalize(top + HEADLINE + "\n\n" + BODY), "round54h8.txt")
    assert [article.title for article in articles] == [HEADLINE]
