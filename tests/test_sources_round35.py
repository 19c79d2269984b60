"""Round 35: an outlet named only in the reporters' credit — in the brackets after the paper's own
本报讯, or in book-title marks after 文/ on a byline line of its own.

Every page and line here is made up (invented outlets, places and people).
"""

from __future__ import annotations

import pytest

from shequ import layout
from shequ.articles import split_articles
from shequ.normalize import normalize


def sources_of(raw: str) -> list[tuple[str, str | None]]:
    articles, _ = split_articles(normalize(raw), "web.txt")
    return [(a.title, a.source) for a in articles]


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("本报讯（青禾新闻记者 王小明 通讯员 李小青）近日，桃源社区开展义诊。", "青禾新闻"),
        ("本报讯(QHB全媒体记者 王小明)近日，桃源社区开展义诊。", "QHB"),  # a group's Latin initials
        ("文/《桃源社区工作》全媒体记者王小明", "桃源社区工作"),
        # no outlet in the credit: nothing
        ("本报讯（记者 王小明）近日，桃源社区开展义诊。", None),
        ("本报讯（通讯员 李小青）近日，桃源社区开展义诊。", None),
        ("本报讯（桃源街道 李小青）近日，桃源社区开展义诊。", None),  # a unit, no outlet's name
        # correspondents before the paper's reporter: where the paper's name starts is not known
        ("本报讯（通讯员李小青王大成青禾晚报全媒体记者王小明）近日，桃源社区开展义诊。", None),
    ],
)
def test_round35_outlet_named_in_the_reporters_credit(line, outlet):
    assert layout.lede_outlet(line) == outlet


def test_round35_titled_byline_is_no_headline():
    raw = ("桃源社区开设长者助餐点\n\n文/《桃源社区工作》全媒体记者王小明\n\n"
           "近日，桃源社区联合青禾社工服务中心开设长者助餐点，为辖区六十余名老人提供午餐。\n")
    assert sources_of(raw) == [("桃源社区开设长者助餐点", "桃源社区工作")]
