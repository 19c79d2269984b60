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


# Round 56 h6, second rule: the outlet's own reporter going out to the story, in a clause after a
# comma, under a paper-and-site name joined by a middle dot, learning (了解到, 获悉) or acting with
# or on the story's people (与, 对); a two-character city paper (苏报) is a known outlet.
@pytest.mark.parametrize(
    "paragraph, outlet",
    [
        ("近日，青禾报·青禾网记者走进柳岸村，文明新风的变化处处可见。", "青禾报·青禾网"),
        ("在近日举办的社区花园沙龙中，青禾报·青禾网记者了解到，柳岸街道已建成社区花园12个。", "青禾报·青禾网"),
        ("3月6日，青禾市网络社会组织联合会开展主题沙龙，青禾新闻记者与社区工作者代表一同来到柳岸社区。", "青禾新闻"),
        ("日前，苏报记者对多个街道综治中心展开走访。", "苏报"),
        ("5月2日，南岭日报记者获悉，柳岸社区长者食堂已开业。", "南岭日报"),
    ],
)
def test_layout_outlets_reporter_in_the_opening_names_the_outlet(paragraph, outlet):
    assert layout.visiting_reporter_outlet(paragraph) == outlet


@pytest.mark.parametrize(
    "paragraph",
    [
        # another outlet's reporter as the object of the sentence
        "柳岸社区书记张明告诉南岭日报记者，今年共开展活动30场。",
        "，接受南岭日报记者采访时，张明说。",
        # no outlet's name before 记者
        "日前，该报记者对多个街道综治中心展开走访。",
        "近日，记者与社区工作者一同走访独居老人。",
        "志愿者王芳带着记者走进柳岸社区。",
    ],
)
def test_layout_no_outlet_of_its_own_reporter(paragraph):
    assert layout.visiting_reporter_outlet(paragraph) is None


def test_articles_opening_reporter_credits_the_outlet_when_nothing_else_does():
    text = (
        "柳岸村文明新风扑面来\n\n"
        "清泉穿村而过，道路干净整洁。近日，青禾报·青禾网记者走进柳岸村，文明新风的变化处处可见。\n"
    )
    assert article_sources(text) == ["青禾报·青禾网"]
