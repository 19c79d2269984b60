"""Round 61 (h8): article sources.

1. A national outlet's edition for one province or city (某网-某省频道 in a 来源 label, 某新闻网某省
   新闻 opening a dispatch line) credits the outlet alone, as the labelled sets write it; a channel
   that names no province or city stays as written.

Every line here is made up (invented outlets, communities and people; real province and city
names, as the rule needs them).
"""

from __future__ import annotations

import pytest

from shequ import layout
from contexts import article_sources as _sources

BODY = (
    "桃源社区近日在活动中心开设邻里食堂，每天为辖区六十多位独居老人送上热饭。"
    "社区书记李青青说，食堂由志愿者轮流值守，菜单每周更新一次。\n"
)


@pytest.mark.parametrize(
    "name, outlet",
    [
        ("青禾网-江西频道", "青禾网"),
        ("青禾网·广西频道", "青禾网"),
        ("青禾网 宁夏频道", "青禾网"),
        ("青禾网洛阳频道", "青禾网"),
        ("青禾新闻网甘肃新闻", "青禾新闻网"),
        # no province or city before 频道 / 新闻: a topic channel, or an outlet's own name
        ("青禾网-民生频道", "青禾网-民生频道"),
        ("青禾网-桃源频道", "青禾网-桃源频道"),
        ("青禾新闻", "青禾新闻"),
        ("江西新闻", "江西新闻"),
        # a province's name opening a provincial paper's name is no channel
        ("江西日报", "江西日报"),
        # a station's channel with a programme after it ends in neither word
        ("青禾广播电视台科教频道社区生活栏目", "青禾广播电视台科教频道社区生活栏目"),
    ],
)
def test_regional_channel_credits_the_outlet(name, outlet):
    assert layout.credited_outlet(name) == outlet


def test_label_naming_a_provincial_channel_credits_the_outlet():
    text = (
        "桃源社区开设邻里食堂 独居老人吃饭不再发愁\n\n"
        "2023年04月18日09:12 | 来源：青禾网-江西频道\n\n" + BODY
    )
    assert _sources(text) == ["青禾网"]


def test_dispatch_of_a_provincial_desk_credits_the_outlet():
    text = "桃源社区开设邻里食堂 独居老人吃饭不再发愁\n\n青禾新闻网甘肃新闻4月18日电（王小明）" + BODY
    assert _sources(text) == ["青禾新闻网"]


def test_topic_channel_in_a_label_stays_as_written():
    text = (
        "桃源社区开设邻里食堂 独居老人吃饭不再发愁\n\n"
        "2023年04月18日09:12 | 来源：青禾网-民生频道\n\n" + BODY
    )
    assert _sources(text) == ["青禾网-民生频道"]
