"""Round 61 h8b: a headline and its subtitle set on one line, parted by a double dash
(某某同行，银龄相伴——某某街道开展…服务), are the title and a subtitle that keeps its dash, so the
two together still read as the whole line."""

import pytest

from shequ.articles import split_articles
from shequ.normalize import normalize

BODY = "本报讯 近日，杏湾社区邀请辖区居民召开议事会，围绕楼道堆物清理征求意见，二十余名居民到场发言。"
WEB_BODY = "为推动邻里互助，5月8日，桐林街道社工站走进杏湾社区，为辖区独居老人送去米面油等生活物资，并开展健康义诊。"

SPLIT = [
    # a couplet headline, a space on the page before the dash
    ("邻里守望暖人心 互助关爱促和谐 ——桐林街道社工站开展独居老人走访活动\n" + BODY,
     "邻里守望暖人心互助关爱促和谐", "——桐林街道社工站开展独居老人走访活动"),
    # a comma inside the headline, the dash glued to it
    ("邻里守望暖人心，互助关爱促和谐——桐林街道社工站开展独居老人走访活动\n" + BODY,
     "邻里守望暖人心，互助关爱促和谐", "——桐林街道社工站开展独居老人走访活动"),
    # two ASCII hyphens pairs stand for the dash on some sites
    ("畅谈邻里发展共绘美好家园--桐林街道召开楼组长座谈会\n" + BODY,
     "畅谈邻里发展共绘美好家园", "--桐林街道召开楼组长座谈会"),
    # a web page: menu above, dateline under the headline
    ("首页 新闻 社区 视频\n\n邻里守望暖人心 互助关爱促和谐——桐林街道社工站开展独居老人走访活动\n\n"
     "发布时间：2024-05-09 10:20  来源：桐林日报\n\n" + WEB_BODY,
     "邻里守望暖人心互助关爱促和谐", "——桐林街道社工站开展独居老人走访活动"),
]


@pytest.mark.parametrize("text, title, subtitle", SPLIT)
def test_articles_dash_on_headline_line_parts_title_and_subtitle(text, title, subtitle):
    articles, _ = split_articles(normalize(text), "round61h8b.txt")
    assert [(article.title, article.subtitle) for article in articles] == [(title, subtitle)]


KEPT = [
    # a lone dash is a pause inside the headline
    "齐抓共管守平安—构建邻里共治新格局\n" + BODY,
    # the dash sits inside the quoted words
    "杏湾社区议事会开展“共建——共享”主题活动\n" + BODY,
    # too little after the dash for a subtitle
    "杏湾社区议事会正式成立——侧记\n" + BODY,
    # too little before the dash for a headline
    "杏湾议事会成立——桐林街道召开楼道堆物清理议事会\n" + BODY,
]


@pytest.mark.parametrize("text", KEPT)
def test_articles_dash_on_headline_line_stays_in_title(text):
    articles, _ = split_articles(normalize(text), "round61h8b.txt")
    assert [(article.title, article.subtitle) for article in articles] == [(text.split("\n")[0], None)]


def test_articles_dash_headline_over_second_line_stays_whole():
    # a second headline line under the dashed one: the line stays the title, the next its subtitle
    text = "邻里守望暖人心互助关爱促和谐——桐林街道社工站走访活动\n杏湾社区议事会第三次会议召开纪实\n" + BODY
    articles, _ = split_articles(normalize(text), "round61h8b.txt")
    assert [(article.title, article.subtitle) for article in articles] == [
        ("邻里守望暖人心互助关爱促和谐——桐林街道社工站走访活动", "杏湾社区议事会第三次会议召开纪实")
    ]
