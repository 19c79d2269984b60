"""Round 48 (srcdisp): a 来源 label naming no outlet yields to the outlet of the dispatch line.

A unit's website reposts a story its local outlet wrote and labels it with itself (来源：某某街道,
出处：校团委, 来源：某某社区); the lede opens with the outlet's dispatch (某某融媒3月2日讯). The
labelled sets credit the outlet that wrote it. A label that is an outlet (来源：某某县融媒体中心)
stays ahead of another outlet's dispatch, and a unit's label with no dispatch stays the source.

Every line here is made up (invented brands, places and people).
"""

from __future__ import annotations

import pytest
from contexts import article_sources as _sources


TITLE = "桃源社区邻里食堂开门迎客\n"
LEDE = "近日，桃源社区邻里食堂正式开门迎客，独居老人每天都能吃上热乎饭。社区书记李青青说，下一步将把送餐范围扩大到相邻小区。\n"


@pytest.mark.parametrize(
    "dateline, dispatch, outlet",
    [
        ("2030-03-02 09:15:20 来源:青禾街道 | 编辑:王小禾", "青禾融媒3月2日讯（通讯员 赵禾）", "青禾融媒"),
        ("出处:校团委 发布时间:2030-03-02", "禾风融媒3月1日讯（通讯员 孙小禾）", "禾风融媒"),
        ("发布日期:2030-03-02 来源:桃源社区", "禾风家园网讯（通讯员 钱小青）", "禾风家园网"),
        # a label that is an outlet keeps its rank over another outlet's dispatch
        ("日期:2030-03-02 来源:青禾县融媒体中心", "禾风日报客户端讯（通讯员 周禾）", "青禾县融媒体中心"),
    ],
)
def test_label_naming_no_outlet_yields_to_dispatch(dateline, dispatch, outlet):
    assert _sources(TITLE + dateline + "\n" + dispatch + LEDE) == [outlet]


def test_unit_label_without_dispatch_stays_the_source():
    assert _sources(TITLE + "2030-03-02 09:15:20 来源:青禾街道\n" + LEDE) == ["青禾街道"]
