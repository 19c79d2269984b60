"""Round 49 (titles): short lines the page prints under a headline are not its tail. A WeChat
page's originality mark and view counter (原创 / 浏览量, each on its own line) are tool furniture;
a short line after a dateline or a tool word (the account's region, the site's name) stands apart
from the headline and is no part of it. A headline's second line right under it still is."""

from __future__ import annotations

import pytest

from shequ.articles import split_articles
from shequ.normalize import normalize

HEADLINE = "青禾市梧桐社区：托管班开进楼道 暖心陪伴留守少年"
BODY = (
    "近日，青禾市柳岸街道梧桐社区组织大学生志愿者开办寒假托管班，为辖区二十余名孩子提供作业辅导和兴趣课程。\n\n"
    "社区负责人介绍，托管班将持续开放至开学前，所有课程均免费向居民开放。"
)


@pytest.mark.parametrize(
    "under",
    [
        "原创\n浏览量",
        "原创\n柳岸融媒\n浏览量",
        "文摘\n2031-02-03 18:21\n甘肃",
        "2031-02-03 09:14:14\n柳岸网",
    ],
)
def test_titles_furniture_under_headline_stays_out_of_it(under):
    articles, _ = split_articles(normalize(HEADLINE + "\n" + under + "\n\n" + BODY), "round49titles.txt")
    assert [article.title for article in articles] == ["青禾市梧桐社区：托管班开进楼道暖心陪伴留守少年"]


def test_titles_headline_second_line_right_under_it_is_kept():
    articles, _ = split_articles(normalize("梧桐社区托管班\n开进楼道\n\n" + BODY), "round49titles.txt")
    assert [article.title for article in articles] == ["梧桐社区托管班开进楼道"]
