"""Round 40b: a dated dispatch (某某风2月7日讯, 某网12月5日讯) names its outlet even when the name
has no outlet's ending: the date before 讯 says a dispatch line opens the lede. Not the paper's own
本报/本网 dispatch, nor a province or city alone.

Every line here is made up (invented outlets, places and people).
"""

from __future__ import annotations

import pytest

from shequ import layout
from shequ.articles import split_articles
from shequ.normalize import normalize


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("桃源风3月9日讯 （通讯员李小青、王小明）近日，桃源社区开展义诊。", "桃源风"),
        ("禾网11月2日讯(记者王小明)11月1日，桃源社区开展义诊。", "禾网"),
        ("本报青禾3月9日讯（记者王小明）近日，桃源社区开展义诊。", None),
        ("本网3月9日讯 近日，桃源社区开展义诊。", None),
        ("北京3月9日讯 近日，桃源社区开展义诊。", None),
    ],
)
def test_dated_dispatch_names_its_outlet(line, outlet):
    assert layout.lede_outlet(line) == outlet


def test_dated_dispatch_gives_the_article_its_source():
    raw = "桃源社区开设长者助餐点\n\n桃源风3月9日讯 （通讯员李小青）近日，桃源社区联合青禾社工服务中心开设长者助餐点，为老人提供午餐。\n"
    articles, _ = split_articles(normalize(raw), "web.txt")
    assert [(a.title, a.source) for a in articles] == [("桃源社区开设长者助餐点", "桃源风")]
