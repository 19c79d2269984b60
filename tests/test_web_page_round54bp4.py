"""Round 54b p4: a web page's headline whose words the page prints again below it stays the
headline. The e-paper list rule (the page's headlines run together on one line, the
article's own under it over the body) took a piece of the headline for the article's: a
run-in head the first paragraph opens with (某某基金 ⏎ 某某基金是……), the first half of the
headline printed again over the body on two lines, a phrase of a post set in short lines. The
reader's-lines rule (`_headline_over_lede`) took such a run-in head over the dated headline.
Sentences are invented."""

from __future__ import annotations

import pytest

from shequ.articles import split_articles
from shequ.normalize import normalize

BODY = "近日，青禾市桐林街道杏湾社区组织居民成立楼道议事小组，首批十二个楼道完成自治公约签订。\n"
LEAD_BODY = "邻里互助基金是社区居民互帮互助的重要载体，由居民自愿捐赠、议事会共同管理。\n"


def titles(text: str) -> list[str]:
    articles, _ = split_articles(normalize(text), "round54bp4.txt")
    return [article.title for article in articles]


KEEPS_UPPER = [
    # a run-in head the first paragraph opens with, under the dated headline that holds it
    (
        "青禾民政：杏湾街道实现邻里互助基金社区全覆盖\n青禾民政 2025-03-12 09:20\n邻里互助基金\n" + LEAD_BODY + BODY,
        "青禾民政：杏湾街道实现邻里互助基金社区全覆盖",
    ),
    # the headline printed again over the body, split over two lines (the second half worded
    # a little otherwise), under the site's empty dateline
    (
        "首页 > 社区动态 > 正文\n三千余名居民共绘邻里画卷杏湾邻里节在12个小区同步举行\n发布时间： 浏览： 次\n"
        "三千余名居民共绘邻里画卷\n青禾杏湾邻里节在12个小区同步举行\n" + BODY,
        "三千余名居民共绘邻里画卷杏湾邻里节在12个小区同步举行",
    ),
    # a post set in short lines: a phrase of the headline among them is no headline of a list
    (
        "首页 > 社区动态 > 正文\n“住”出好日子！青禾电视台《晚间新闻》关注杏湾社区→\n去年以来\n杏湾社区\n青禾电视台《晚间新闻》\n"
        "关注老旧小区改造\n" + BODY,
        "“住”出好日子！青禾电视台《晚间新闻》关注杏湾社区→",
    ),
]


@pytest.mark.parametrize("text, title", KEEPS_UPPER)
def test_web_page_headline_printed_again_below_stays_the_headline(text, title):
    assert titles(text) == [title]


def test_web_page_headline_under_the_pages_list_is_still_taken():
    # the e-paper list's case the rule was written for: the list line, the reader's tools, the
    # article's own headline right over the body
    page = "王小青：守望桐林三十年杏湾社区：楼道议事会开张图片新闻\n第05版 上一期 下一期\n语音播报：语音播报\n杏湾社区：楼道议事会开张\n" + BODY
    assert titles(page) == ["杏湾社区：楼道议事会开张"]


def test_web_page_reader_date_over_another_headline_still_yields_it():
    # a portal's menu line and the reader's date over a headline that is no copy of it
    page = "首页 新闻 社区 视频 专题 图片\n2025年03月12日 星期三\n杏湾社区楼道议事会正式开张\n" + BODY
    assert titles(page) == ["杏湾社区楼道议事会正式开张"]


def test_web_page_lone_body_line_gives_no_title():
    assert titles(LEAD_BODY + BODY) == [""]
