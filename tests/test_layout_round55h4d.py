"""Round 55 (h4): a dispatch line's word between a listed outlet's (or a paper's) name and its
place or date that names no place is the outlet's own channel or app, credited with it.

A portal's app writes its dispatch as the portal, the app's word, then the city and the date; a
magazine whose name ends like a paper's (…报道) had its last character cut off. An app opener
with its city (掌上某市), a bureau (某市站) and a place alone keep the outlet's name alone; a name
read only by its ending (某镇网…) is not extended, its end may fall inside a word.

Every line here is made up (invented brands, places and people).
"""

from __future__ import annotations

import pytest

from shequ.layout import lede_outlet
from contexts import article_sources as _sources

TITLE = "桃源社区邻里食堂开门迎客\n"
LEDE = "近日，桃源社区邻里食堂正式开门迎客，独居老人每天都能吃上热乎饭。社区书记李青青说，下一步将把送餐范围扩大到相邻小区。\n"


@pytest.mark.parametrize(
    "dispatch, outlet",
    [
        ("红网视界常德3月5日讯（通讯员 李青）", "红网视界"),  # the app's word, then a city
        ("红网视界3月5日讯（通讯员 李青 王禾）", "红网视界"),  # the app's word right before the date
        ("禾风报道讯（通讯员 晏青）", "禾风报道"),  # a magazine's name the paper ending had cut
        ("中新网常德3月5日电（记者 王禾）", "中新网"),  # a place alone
        ("红网常德站3月5日讯（记者 童青）", "红网"),  # a bureau
        ("禾风晚报江南讯（通讯员 李青）", "禾风晚报"),  # a district's everyday short form is a place
        ("禾风晚报掌上常德3月5日讯（记者 李青）", "禾风晚报"),  # the app 掌上常德: the paper is credited
    ],
)
def test_channel_word_joins_listed_outlet(dispatch, outlet):
    assert _sources(TITLE + dispatch + LEDE) == [outlet]


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("红网视界常德3月5日讯（通讯员 李青）近日，松林社区的老年食堂开张。", "红网视界"),
        ("新华社常德3月5日电（记者 王禾）松林社区的老年食堂开张。", "新华社"),
        # 闻讯 (hearing of it) is a verb, no dispatch: a grid worker, not a town's site
        ("西岭镇网格员闻讯后马上赶来帮忙。", None),
        ("禾风新闻讯（通讯员 李青）松林社区的老年食堂开张。", "禾风新闻"),
        ("松林社区的老年食堂3月5日开张。", None),
    ],
)
def test_lede_outlet(line, outlet):
    assert lede_outlet(line) == outlet
