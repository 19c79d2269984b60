"""Round 61: a series' name that carries the instalment's number before a bar (某某超市⑦|…) is
the series', not the headline's, whatever its length; the number tells it from a couplet half."""

import pytest

from shequ.articles import split_articles
from shequ.normalize import normalize

BODY = "本报讯 近日，杏湾社区邀请辖区居民召开议事会，围绕楼道堆物清理征求意见，二十余名居民到场发言。"

SERIES = [
    ("爱心驿站③|杏湾社区把早餐铺开进了楼道口\n" + BODY, "杏湾社区把早餐铺开进了楼道口", "爱心驿站③"),
    ("走近基层治理中的“金点子”⑫丨桐林街道：一张议事桌聚起百家心\n" + BODY,
     "桐林街道：一张议事桌聚起百家心", "走近基层治理中的“金点子”⑫"),
]


@pytest.mark.parametrize("text, title, rubric", SERIES)
def test_articles_numbered_series_before_bar_leaves_the_title(text, title, rubric):
    articles, _ = split_articles(normalize(text), "round61p5.txt")
    assert [article.title for article in articles] == [title]
    assert ("rubric", rubric) in {(item.kind, item.text) for item in articles[0].furniture}


def test_articles_numbered_series_before_short_rest_stays():
    # too few characters after the bar for a headline: the line is left as printed
    articles, _ = split_articles(normalize("爱心驿站③|早餐铺\n" + BODY), "round61p5.txt")
    assert [article.title for article in articles] == ["爱心驿站③|早餐铺"]


def test_articles_unnumbered_long_half_stays():
    # no instalment number: a long first half is still one half of the headline (round 53 p6)
    text = "楼道议事聚民心邻里公约促和谐丨杏湾社区召开议事会\n" + BODY
    articles, _ = split_articles(normalize(text), "round61p5.txt")
    assert [article.title for article in articles] == [text.split("\n")[0]]
