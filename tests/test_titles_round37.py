"""Article titles, round 37: a web page sets its headline as one heading, so a space inside a
one-line web headline is the headline's own pause, never the gap between a headline and a
subtitle; nor is it in a clipping holding one story alone (a print page's side-by-side headline
and subtitle are still split there). Every
page and line here is made up."""

from __future__ import annotations

import pytest

from contexts import PAGE_BODY as BODY
from contexts import PAGE_BODY2 as BODY2
from contexts import only_article
from shequ.articles import split_articles
from shequ.normalize import normalize

# (headline as the page writes it, the title it gives)
WEB_HEADLINES = [
    ("枫林街道翠湖社区开办共享书屋 闲置车棚飘出阵阵书香", "枫林街道翠湖社区开办共享书屋闲置车棚飘出阵阵书香"),
    ("青禾镇推行村民议事会制度 小事不出村大事共商量", "青禾镇推行村民议事会制度小事不出村大事共商量"),
]


@pytest.mark.parametrize(("line", "title"), WEB_HEADLINES)
@pytest.mark.parametrize("dateline", ["2024-05-06 10:00 来源：枫林日报", "发布时间：2024-05-06 10:00"])
def test_round37_web_headline_with_a_space_stays_whole(line, title, dateline):
    article = only_article(f"首页 > 新闻中心 > 正文\n\n{line}\n\n{dateline}\n\n{BODY}\n\n{BODY2}")
    assert (article.title, article.subtitle) == (title, None)


def test_round37_web_headline_keeps_its_source():
    line, title = WEB_HEADLINES[0]
    article = only_article(f"{line}\n\n2024-05-06 10:00 来源：枫林日报\n\n{BODY}\n\n{BODY2}")
    assert (article.title, article.subtitle, article.source) == (title, None, "枫林日报")


# A print page of several stories still splits a side-by-side headline and subtitle at the space:
# test_articles.test_title_and_subtitle_split_at_the_space_on_the_page (seed 001).


def test_round37_lone_story_headline_stays_whole():
    # one story alone in the clipping, no web furniture: the line is one headline
    raw = f"{WEB_HEADLINES[0][0]}\n\n{BODY}\n\n{BODY2}\n"
    articles, _ = split_articles(normalize(raw), "page.txt")
    assert [(a.title, a.subtitle) for a in articles] == [(WEB_HEADLINES[0][1], None)]


def test_round37_bar_before_a_site_name_keeps_the_split():
    # … | 某某云-某某晚报全媒体: the site's name after a bar stays out of the title
    line = f"{WEB_HEADLINES[1][0]} | 枫林云-枫林晚报全媒体"
    article = only_article(f"{line}\n\n2024-05-06 10:00\n\n{BODY}\n\n{BODY2}")
    assert article.title == "青禾镇推行村民议事会制度"
