"""Round 46 (src4): a dispatch line that follows photo captions the page ran into the lede.

A web page that sets its photos' captions above the lede may have them run into the first
paragraph: 合影。张三 摄 某某日报讯（记者 李四）…. The dispatch after the caption's credit names the
source as a dispatch opening the paragraph would: it starts where the page had a space, or right
after the credited name when the line break was lost (图/张三某某晚报讯); a caption's words before
the space are no part of the outlet's name, nor is a name cut short (沙晚报 of 长沙晚报). A caption
with no dispatch after it names nothing.

Every line here is made up (invented brands, places and people).
"""

from __future__ import annotations

import pytest
from contexts import article_sources as _sources


REST = "近日，桃源社区邻里食堂正式开门迎客，独居老人每天都能吃上热乎饭。社区书记李青青说，下一步将把送餐范围扩大到相邻小区。\n"


@pytest.mark.parametrize(
    "opening, outlet",
    [
        ("老人们在食堂用餐。王小禾 摄 青禾日报讯（记者 李青青 通讯员 周小满）", "青禾日报"),
        ("老人们在食堂用餐。（桃源社区供图） 暖心 帮扶物资送上门 青禾日报讯（记者 李青青）", "青禾日报"),
        ("老人们在食堂用餐。图/赵禾\n禾风晚报讯（记者 赵禾 通讯员 周小满）", "禾风晚报"),
        ("老人们在食堂用餐。（桃源社区供图） ", None),  # a caption, no dispatch after it
    ],
)
def test_dispatch_after_caption(opening, outlet):
    assert _sources(opening + REST) == [outlet]
