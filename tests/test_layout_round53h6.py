"""Round 53 (h6): a paper joined by a middle dot to its group's app or news brand credits the paper.

本报讯（某某新闻·某某晚报记者 …） / 来源：某某日报·某某客户端: the paper's reporters wrote the story;
the source is the paper. A pair of two papers, a pair with no paper, and pairs joined by a dash
or a slash stay as written.

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
        ("禾风新闻·青禾晚报", "青禾晚报"),  # a news brand, then the paper
        ("青禾日报·禾风客户端", "青禾日报"),  # the paper, then its app
        ("新青禾·青禾日报", "青禾日报"),  # the group's brand, then the paper
        ("青禾日报·柳湾晚报", "青禾日报·柳湾晚报"),  # two papers: no one of them
        ("禾风新闻·禾点客户端", "禾风新闻·禾点客户端"),  # no paper
        ("禾风网·民生频道", "禾风网·民生频道"),  # a site's channel
        ("禾风云/青禾日报", "禾风云/青禾日报"),  # a slash, not a dot
        ("禾风云-青禾频道", "禾风云-青禾频道"),  # a dash, no paper
    ],
)
def test_credited_outlet_of_a_dotted_pair(name, credited):
    assert layout.credited_outlet(name) == credited


@pytest.mark.parametrize(
    "opening, source",
    [
        ("本报讯（禾风新闻·青禾晚报记者 张明远 通讯员 李晓）" + BODY, "青禾晚报"),
        ("2024-03-05 09:10 来源：青禾日报·禾风客户端\n\n" + BODY, "青禾日报"),
        ("信息来源：青禾日报·禾风客户端作者：王小川\n\n" + BODY, "青禾日报"),
        ("2024-03-05 09:10 来源：禾风网·民生频道\n\n" + BODY, "禾风网·民生频道"),
        (BODY, None),
    ],
)
def test_source_of_a_dotted_attribution(opening, source):
    assert [article.source for article in extract(HEADLINE + opening)] == [source]
