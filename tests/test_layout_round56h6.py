"""Round 56 h6: a site's dispatch that relays another outlet's story (某某网5月3日讯 据某某日报报道 /
某某网讯：据新华网某地5月3日电) credits the relayed outlet, as 据《某某晚报》 credits 某某晚报 in the
gold convention: the site only reprints the story. The place before a relayed date is no part of
the outlet's name. A 据 that relays no outlet (据了解, a person, a bureau's 消息), or a 讯 that is no
outlet's dispatch (居民闻讯), changes nothing. Sentences are invented."""

from __future__ import annotations

import pytest

from contexts import article_sources
from shequ import layout


@pytest.mark.parametrize(
    "lede, outlet",
    [
        ("青禾在线5月3日讯 据青禾日报报道 日前，桃源区柳岸社区获评省级文明社区。", "青禾日报"),
        ("青禾新闻网讯：据新华网柳州4月8日电，柳岸社区新市民驿站近日挂牌。", "新华网"),
        ("南岭网11月2日讯 据北方都市报报道 近日，柳岸社区开办了长者食堂。", "北方都市报"),
        # a page's author line run into the lede before the dispatch
        ("青禾新闻网2019-05-02作者：张明点击：青禾新闻网讯：据新华网柳州4月8日电，柳岸社区挂牌。", "新华网"),
    ],
)
def test_layout_relaying_dispatch_credits_the_relayed_outlet(lede, outlet):
    assert layout.relayed_outlet(lede) == outlet


@pytest.mark.parametrize(
    "lede",
    [
        "青禾在线5月3日讯 据了解，柳岸社区今年新增志愿者120名。",
        "青禾在线5月3日讯 据张明报道，柳岸社区开办了长者食堂。",
        "青禾网讯 据桃源区民政局消息，柳岸社区开办了长者食堂。",
        "柳岸社区居民闻讯 据青禾日报报道的线索赶来。",
        "青禾在线5月3日讯 日前，柳岸社区获评省级文明社区。",
    ],
)
def test_layout_dispatch_relaying_no_outlet_yields_nothing(lede):
    assert layout.relayed_outlet(lede) is None


def test_articles_relayed_outlet_is_the_source():
    text = (
        "柳岸社区获评省级文明社区\n\n"
        "青禾在线5月3日讯 据青禾日报报道 日前，桃源区柳岸社区获评省级文明社区，社区志愿者服务队走访独居老人200余户。\n"
    )
    assert article_sources(text) == ["青禾日报"]


def test_articles_plain_dispatch_keeps_its_outlet():
    text = (
        "柳岸社区获评省级文明社区\n\n"
        "青禾在线5月3日讯 日前，桃源区柳岸社区获评省级文明社区，社区志愿者服务队走访独居老人200余户。\n"
    )
    assert article_sources(text) == ["青禾在线"]
