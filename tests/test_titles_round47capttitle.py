"""Round 47 (capttitle): a photo's caption with its credit closing it without brackets
(…合影。受访者供图 / …打扫楼道 某某县总工会供图 / …照片由受访者提供), standing first on a
page, is no headline: the page opens with its photo. The caption keeps its words in the text."""

from __future__ import annotations

import pytest

from shequ import layout
from shequ.articles import split_articles
from shequ.normalize import normalize

BODY = (
    "本报讯 近日，青禾市柳岸街道梧桐社区组织志愿者走访辖区独居老人，为他们送去米面油和春季保暖用品。\n\n"
    "社区负责人介绍，今年以来社区已开展走访活动十二次，服务老人三百余人次。"
)


@pytest.mark.parametrize(
    "caption",
    [
        "梧桐社区志愿者在打扫楼道。受访者供图",
        "梧桐社区志愿者在打扫楼道 柳岸街道工会供图",
        "梧桐社区志愿者与老人合影。照片由受访者提供",
    ],
)
def test_titles_credited_caption_over_body_is_no_headline(caption):
    articles, _ = split_articles(normalize(caption + "\n\n" + BODY), "round47capttitle.txt")
    assert [article.title for article in articles] == [""]
    assert "梧桐社区志愿者" in articles[0].text  # the caption stays text of the article


@pytest.mark.parametrize(
    "line, expected",
    [
        ("梧桐社区志愿者在打扫楼道。受访者供图", True),
        ("梧桐社区志愿者在打扫楼道 柳岸街道工会供图", True),
        ("梧桐社区志愿者在打扫楼道柳岸街道工会供图", True),
        ("梧桐社区志愿者与老人合影。照片由受访者提供", True),
        ("梧桐社区为独居老人提供上门服务", False),
        ("梧桐社区志愿者在打扫楼道。", False),
    ],
)
def test_layout_credited_caption(line, expected):
    assert layout.is_credited_caption(line) is expected


def test_titles_headline_over_body_is_kept():
    articles, _ = split_articles(normalize("梧桐社区的暖心午餐桌\n\n" + BODY), "round47capttitle.txt")
    assert [article.title for article in articles] == ["梧桐社区的暖心午餐桌"]
