"""Programs: quoted names closed by 等 and a word of ways or measures (…“甲”“乙”等特色举措, …“某某”
等方式): each quote is one of the named means the text lists. Round 41c. Sentences of our own
making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


MEANS = [
    # two quotes closed by 等形式
    ("two_forms", "青禾社区通过“橙光夜话室”“邻伴帮帮团”等形式，把居民的难事办在身边。",
     [("橙光夜话室", "program"), ("邻伴帮帮团", "team")]),
    # a descriptor of novelty between 等 and the word
    ("special_measures", "桃源街道推出“云杉巡楼日”“半夏议事角”等特色举措，居民参与热情高涨。",
     [("云杉巡楼日", "program"), ("半夏议事角", "program")]),
    # one quote after an unquoted item
    ("single_way", "镇里公布了调解员电话、“青萍码上办”等方式，让群众少跑腿。",
     [("青萍码上办", "program")]),
]

MEANS_EMPTY = [
    # a descriptor word before the means word: the quotes describe how, not what
    ("service_way", "社区采取“上门问一问”“电话约一约”等服务方式收集意见。"),
    # quotes of three characters: manners of doing
    ("short_manners", "社区采取“上门问”“电话约”等方式收集意见。"),
    # the means word opens a longer phrase with 的
    ("way_of", "居民用“随手拍一拍”等方式的反馈越来越多。"),
]


@pytest.mark.parametrize("label, text, expected", MEANS, ids=[m[0] for m in MEANS])
def test_means_list(label, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("label, text", MEANS_EMPTY, ids=[m[0] for m in MEANS_EMPTY])
def test_means_list_empty(label, text):
    assert programs(text) == []


CREATED = [
    # a quote followed by 创建: the brand being built up
    ("created", "村里邀请乡贤一起参与“青梅小院”创建，通过庭院改造增收。", [("青梅小院", "program")]),
    # with 的 before 创建
    ("created_de", "日前，“半山·乐邻里”的创建，让老人有了去处。", [("半山·乐邻里", "program")]),
]

CREATED_EMPTY = [
    # 创建工作 after the quote: the work, not a named brand (left to other rules)
    ("created_work", "社区开展“红枫小院”创建工作。"),
    # 创建 before the quote: no frame
    ("create_before", "居民们都说创建“好邻居”并不难。"),
]


@pytest.mark.parametrize("label, text, expected", CREATED, ids=[m[0] for m in CREATED])
def test_created(label, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("label, text", CREATED_EMPTY, ids=[m[0] for m in CREATED_EMPTY])
def test_created_empty(label, text):
    assert programs(text) == []
