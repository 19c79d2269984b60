"""Round 43: two shapes that lost or shortened an article's source.

1. The same outlet named twice at one rank, alone (a breadcrumb's 人民网) and with its channel
   (来源：人民网-某某频道): the fuller name is credited, as the labelled sets write it.
2. A dateline without labels closed by an originality mark (某某新闻·某某客户端 日期 时间原创):
   the outlet before the date is the source; an outlet glued to an author's name is not.

Every line here is made up (invented channels, places and people).
"""

from __future__ import annotations

import pytest

from shequ import layout
from contexts import article_sources as _sources


def test_channel_named_in_full_wins_over_breadcrumb():
    text = (
        "人民网\n人民网>>原创\n\n桃源社区开设邻里食堂 独居老人吃饭不再发愁\n\n王小明\n"
        "2023年04月18日09:12 | 来源:人民网-青禾频道\n\n"
        "桃源社区近日在活动中心开设邻里食堂，每天为辖区六十多位独居老人送上热饭。"
        "社区书记李青青说，食堂由志愿者轮流值守，菜单每周更新一次。\n"
    )
    assert _sources(text) == ["人民网-青禾频道"]


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("青禾新闻·禾风新闻 2024-05-06 10:21:33原创", "青禾新闻·禾风新闻"),
        ("青禾新闻·禾风新闻    2024-05-06 10:21:33 原创", "青禾新闻·禾风新闻"),
        ("青禾晚报·禾点客户端王小明 2024-05-06 10:21:33原创", None),
        ("桃源社区开展邻里节活动原创", None),
    ],
)
def test_original_mark_closes_an_outlets_dateline(line, outlet):
    assert layout.bare_dateline_outlet(line) == outlet
