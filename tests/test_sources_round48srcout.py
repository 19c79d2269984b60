"""Round 48 (srcout): a news site's 来源 naming the paper it reposts credits the paper.

来源：某某网-某某晚报 / 来源：某某网·某某商报: the site carries its group's paper, whose reporters wrote
the story; the source is the paper. A site's channel (某某网-某某频道) stays as written; a paper
written first beside its app (某某日报·某某客户端) is the paper since round 53 (h6).

Every line here is made up (invented brands, places and people).
"""

from __future__ import annotations

import pytest

from shequ import layout
from shequ.api import extract

HEADLINE = "桃源社区开设邻里食堂 独居老人吃饭不再发愁\n\n"
BODY = "桃源社区近日开设邻里食堂，独居老人每天都能吃上热饭。食堂由志愿者轮流值守，菜单每周更新一次。\n"


@pytest.mark.parametrize(
    "name, credited",
    [
        ("禾风网-青禾晚报", "青禾晚报"),
        ("青禾新闻网·青禾商报", "青禾商报"),
        ("禾风网-青禾频道", "禾风网-青禾频道"),  # a site's channel, not a paper
        # the paper first beside its app: the paper since round 53 (h6): the l53 tuning gold
        # credits the paper alone for a dotted paper-and-app or brand-and-paper pair (3 articles
        # of 3 sets: a 来源 label and two dispatch bylines), none keeps the pair
        ("青禾日报·禾风客户端", "青禾日报"),
        ("禾风云/青禾日报", "禾风云/青禾日报"),  # no site's name before the paper
    ],
)
def test_credited_outlet_of_a_site_and_its_paper(name, credited):
    assert layout.credited_outlet(name) == credited


def test_dateline_of_a_site_reposting_its_paper_names_the_paper():
    text = HEADLINE + "2024-03-05 09:10 来源：禾风网-青禾晚报\n\n" + BODY
    assert [article.source for article in extract(text)] == ["青禾晚报"]
