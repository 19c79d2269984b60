"""Programs: a platform or app class noun right before a quote makes the quote the tool's name
(互联网治理平台“某某”, 微信小程序“某某”, 云平台——“某某”); a content site's account type (“某某号”)
is not one. Round 42. Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


PLATFORMS = [
    # the platform noun right before the quote
    ("platform_noun", "青禾街道的居民都在用基层议事平台“邻里灯塔”，有事随时说。",
     [("邻里灯塔", "platform")]),
    # a dash between the platform noun and the quote
    ("platform_dash", "柳岸镇搭建了一个交互式云平台——“柳岸掌上通”。",
     [("柳岸掌上通", "platform")]),
    # a mini-program noun before the quote
    ("mini_program", "县农业部门还上线了公益性微信小程序“田埂课堂乐”，方便农户学习。",
     [("田埂课堂乐", "app")]),
]

PLATFORMS_EMPTY = [
    # a publishing account type of a content site
    ("account", "上文由自媒体平台“飞鸟号”的作者发布。"),
    # a list item before the quote, not a platform noun
    ("list_item", "会上讨论了场地、平台、“两张清单”等事项。"),
]


@pytest.mark.parametrize("label, text, expected", PLATFORMS, ids=[m[0] for m in PLATFORMS])
def test_platform_before_quote(label, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("label, text", PLATFORMS_EMPTY, ids=[m[0] for m in PLATFORMS_EMPTY])
def test_platform_before_quote_empty(label, text):
    assert programs(text) == []


GROUP_CHATS = [
    # a quoted name right before 微信群
    ("group_chat", "社区随后建立了“晚风哨兵”微信群，方便骑手互相提醒。",
     [("晚风哨兵", "platform")]),
]

GROUP_CHATS_EMPTY = [
    # a word between the quote and 微信群: the quote names something else
    ("gap", "大家把“两张清单”发到楼栋微信群里。"),
    # 微信群 with no quote before it
    ("unquoted", "楼长们平时在微信群里沟通。"),
]


@pytest.mark.parametrize("label, text, expected", GROUP_CHATS, ids=[m[0] for m in GROUP_CHATS])
def test_group_chat_after_quote(label, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("label, text", GROUP_CHATS_EMPTY, ids=[m[0] for m in GROUP_CHATS_EMPTY])
def test_group_chat_after_quote_empty(label, text):
    assert programs(text) == []


CONTRASTS_EMPTY = [
    # a change from one state to another, plain phrases
    ("states", "两年来，白沙湾从“各扫门前雪”到“共治一片天”，变化看得见。"),
    # the contrast holds even when both sides end in a program word
    ("program_words", "竹溪村的课程从“田间课堂”到“云上学堂”，一步步升级。"),
]


@pytest.mark.parametrize("label, text", CONTRASTS_EMPTY, ids=[m[0] for m in CONTRASTS_EMPTY])
def test_contrast_frame_empty(label, text):
    assert programs(text) == []


def test_quote_after_cong_without_dao_stays():
    # 从 with no 到“…” after the quote is no contrast: the platform noun still names the quote
    assert programs("居民可以从服务平台“竹溪快办”，在线预约。") == [("竹溪快办", "platform")]


def test_platform_quote_run_into_verb_is_a_feature():
    # the quote used for the act right after it is a feature, not the platform's name
    assert programs("发现井盖破损后，她用街道线上平台“一拍即达”上报。") == []
