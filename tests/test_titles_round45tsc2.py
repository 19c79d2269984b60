"""Round 45 (tsc2): an e-paper reader's page label behind its 当前版 field (当前版：05版：民生) is
furniture, and the headline stands under the reader's label and date line, also when a ——subtitle
follows it."""

from __future__ import annotations

import pytest

from shequ.articles import split_articles
from shequ.normalize import normalize

READER_TOP = "青禾日报融媒\n在线阅读请点击：展开全版\n收起全版\n当前版：05版：民生\n发布日期：2025年03月08日\n"
BODY = (
    "本报记者 柯月明\n\n"
    "3月5日，青禾市柳岸街道梧桐社区组织志愿者走访辖区独居老人，为他们送去米面油和春季保暖用品。\n\n"
    "社区负责人介绍，今年以来社区已开展走访活动十二次，服务老人三百余人次。"
)


@pytest.mark.parametrize(
    "headline, expected",
    [
        ("梧桐社区的暖心午餐桌\n", "梧桐社区的暖心午餐桌"),
        ("梧桐社区志愿者走进独居老人家\n——柳岸街道结对帮扶见闻\n", "梧桐社区志愿者走进独居老人家"),
    ],
)
def test_titles_headline_under_reader_page_label(headline, expected):
    articles, _ = split_articles(normalize(READER_TOP + headline + "\n" + BODY), "round45tsc2.txt")
    assert [article.title for article in articles] == [expected]


def test_titles_page_label_with_current_field_is_no_headline():
    text = "当前版：05版：民生\n\n" + BODY
    articles, _ = split_articles(normalize(text), "round45tsc2.txt")
    assert [article.title for article in articles] == [""]
