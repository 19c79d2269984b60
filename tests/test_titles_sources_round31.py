"""Article titles and sources, round 31.

A dispatch line naming an outlet with its app or regional channel glued after the name
(某某日报客户端讯 / 某某在线某省频道消息) credits the outlet as written, app or channel and all,
as a 来源 value or a byline does since round 30 (the labelled sets of rounds 27–30 write the
source so). A place after the outlet (某某网青禾3月5日电) and a site word glued to it are still
cut off.

Every page and line here is made up (invented outlets, places and people).
"""

from __future__ import annotations

import pytest

from contexts import PAGE_BODY as BODY
from contexts import PAGE_BODY2 as BODY2
from contexts import PAGE_HEADLINE as HEADLINE
from contexts import only_article
from shequ import layout


@pytest.mark.parametrize(
    "lede, outlet",
    [
        ("雁城日报客户端讯（通讯员 邵明远）", "雁城日报客户端"),  # an app glued to the paper
        ("雁城晚报手机客户端讯（记者 童可馨）", "雁城晚报手机客户端"),
        ("枫林在线江南频道消息（邵明远）：", "枫林在线江南频道"),  # a portal's regional channel
        ("雁城新闻网江南频道讯（记者 童可馨）", "雁城新闻网江南频道"),
    ],
)
def test_dispatch_keeps_the_outlets_app_or_channel(lede, outlet):
    assert layout.lede_outlet(lede + BODY) == outlet
    article = only_article(f"{HEADLINE}\n\n{lede}{BODY}\n\n{BODY2}")
    assert article.source == outlet


@pytest.mark.parametrize(
    "lede, outlet",
    [
        ("雁城日报讯（记者 童可馨）", "雁城日报"),  # a plain outlet: unchanged
        ("枫林新闻网江南6月2日电（记者 邵明远）", "枫林新闻网"),  # a place after the outlet is cut off
        ("雁城晚报江南讯（通讯员 邵明远）", "雁城晚报"),
    ],
)
def test_dispatch_without_an_app_or_channel_is_unchanged(lede, outlet):
    assert layout.lede_outlet(lede + BODY) == outlet


@pytest.mark.parametrize(
    "lede",
    [
        "客户端消息推送显示，" + BODY,  # no outlet before the app's name
        "本报讯（记者 童可馨）" + BODY,  # the paper's own dispatch names no outlet
    ],
)
def test_dispatch_naming_no_outlet_yields_none(lede):
    assert layout.lede_outlet(lede) is None
