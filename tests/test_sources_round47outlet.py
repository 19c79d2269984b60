"""Round 47 (outlet): a mark the page glued to the end of a 来源 value is no part of the outlet.

来源:某某网原创 / 来源:某某网综合 close the outlet's name with a credit mark (original, compiled),
and 来源:某某日报丨作者:… parts its fields with 丨, a bar that is a Han character to the regex.
The outlet is the name before the mark; a value that is a channel's name (某某台综合广播) keeps
its words, and a value that is only a mark names no outlet.

Every line here is made up (invented brands, places and people).
"""

from __future__ import annotations

import pytest
from contexts import article_sources as _sources


TITLE = "桃源社区邻里食堂开门迎客\n"
REST = "近日，桃源社区邻里食堂正式开门迎客，独居老人每天都能吃上热乎饭。社区书记李青青说，下一步将把送餐范围扩大到相邻小区。\n"


@pytest.mark.parametrize(
    "dateline, outlet",
    [
        ("2030年3月2日 09:15   来源:青禾网原创", "青禾网"),
        ("2030-03-02 09:15:20 来源:禾风网综合", "禾风网"),
        ("发布时间:2030-03-02 09:15:20丨来源:青禾日报丨作者: 王小禾丨责任编辑:赵禾", "青禾日报"),
        ("2030-03-02 09:15:20 来源:原创", None),  # only a mark: no outlet
    ],
)
def test_mark_after_source_value(dateline, outlet):
    assert _sources(TITLE + dateline + "\n" + REST) == [outlet]
