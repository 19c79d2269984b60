"""Round 46 (src2): a source credited by a bracketed citation at the end of the body.

A publication in book-title marks followed by 报道 or its issue (（《某某日报》报道）,
（《某某月刊》2019年第4期）) and a 稿源： credit after the writer's name (（张三/稿源：某某日报）) name the
outlet the article was taken from, as （据《某某日报》） does. A bare book title in brackets (a law, a
book) credits no outlet.

Every line here is made up (invented brands, places and people).
"""

from __future__ import annotations

import pytest

from shequ.chars import RE_ATTRIBUTION
from contexts import article_sources as _sources

HEADLINE = "桃源社区开设邻里食堂 独居老人吃饭不再发愁\n\n"
BODY = "桃源社区近日开设邻里食堂，食堂由志愿者轮流值守，菜单每周更新一次。社区书记李青青说，下一步将把送餐范围扩大到相邻小区。"


@pytest.mark.parametrize(
    "credit, outlet",
    [
        ("（《青禾日报》报道）", "青禾日报"),
        ("(《禾风月刊》2019年第4期)", "禾风月刊"),
        ("（《禾风月刊》第12期）", "禾风月刊"),
        ("(周晓雨/稿源:青禾劳动日报)", "青禾劳动日报"),
        ("（稿源：禾风新闻网）", "禾风新闻网"),
        ("（《青禾社区服务条例》）", None),  # a work's title alone: no citation
    ],
)
def test_bracketed_citation_names_the_source(credit, outlet):
    assert _sources(HEADLINE + BODY + credit + "\n") == [outlet]


@pytest.mark.parametrize(
    "credit, cited",
    [
        ("（《青禾日报》报道）", "《青禾日报》"),
        ("(《禾风月刊》2019年第4期)", "《禾风月刊》"),
        ("（《青禾社区服务条例》）", None),
        ("（《青禾日报》）", None),
    ],
)
def test_cited_publication_group(credit, cited):
    match = RE_ATTRIBUTION.search(credit)
    assert (match.group("cited") if match else None) == cited
