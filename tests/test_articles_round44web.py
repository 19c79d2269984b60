"""Round 44 (web): a subtitle line opening with a dash (——以某某项目为例) is never the title."""

from __future__ import annotations

import pytest

from shequ.articles import split_articles
from shequ.normalize import normalize

BODY = "本报讯 3月5日上午，青禾街道桐林社区组织志愿者走访辖区独居老人，为他们送去米面油和春季保暖用品。"

CASES = [
    # headline, a dash subtitle under it, then the body (a story copied out of a web page)
    (
        "【桐林社工五周年】案例分享：邻里互助小组的成长之路\n\n——以青禾街道“楼道暖心”项目为例\n\n" + BODY,
        # round 57 h8: the column's tag in lenticular brackets leaves the title (the t53–g56
        # labelling decision; four later tuning articles of three sets and a dev article)
        "案例分享：邻里互助小组的成长之路",
        "——以青禾街道“楼道暖心”项目为例",
    ),
    # headline on two lines, then the dash subtitle: it joins the subtitle, the title stays
    (
        "桐林社区联合区图书馆开展读书月活动\n书香满楼道共建文明新社区\n——青禾街道桐林社区联合区图书馆开展“书香进家门”结对共建活动\n\n" + BODY,
        "桐林社区联合区图书馆开展读书月活动",
        "书香满楼道共建文明新社区——青禾街道桐林社区联合区图书馆开展“书香进家门”结对共建活动",
    ),
    # a web page: site name, column, headline, dash subtitle, dateline, body
    (
        "欢迎访问青禾市志愿者协会网站\n\n青禾市志愿者协会\n\n工作动态\n\n携手同行聚合力，邻里守望暖人心\n"
        "——桐林社区与青禾街道志愿服务站召开结对共建座谈会\n更新时间：2023-04-18浏览次数：316次\n" + BODY,
        "携手同行聚合力，邻里守望暖人心",
        None,
    ),
]


@pytest.mark.parametrize("text, title, subtitle", CASES)
def test_articles_dash_subtitle_is_never_the_title(text, title, subtitle):
    articles, _ = split_articles(normalize(text), "round44web.txt")
    assert len(articles) == 1
    assert articles[0].title == title
    if subtitle is not None:
        assert articles[0].subtitle == subtitle


def test_articles_line_without_dash_under_headline_stays_as_before():
    # no dash: a second headline line with its own place-led head opens nothing new here either
    text = "青禾市桐林社区：开展春季义诊活动\n\n" + BODY
    articles, _ = split_articles(normalize(text), "round44web.txt")
    assert [a.title for a in articles] == ["青禾市桐林社区：开展春季义诊活动"]
