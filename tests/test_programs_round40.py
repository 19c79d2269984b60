"""Programs, round 40: names in straight quotes ("…", ＂…＂) are read like names in curly
quotes; pairs are taken left to right on one line. Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


STRAIGHT = [
    # a post named in straight quotes after a set-up verb
    ("post", '青柳村设立"红枫守望岗"，由老党员轮流值守。', [("红枫守望岗", "program")]),
    # a project word after the closing straight quote
    ("project", '社区推出"晴川邻伴"项目，为独居老人送餐。', [("晴川邻伴", "project")]),
    # full-width straight quotes
    ("full_width", '街道打造＂银杏议事厅＂，请居民共商小区事务。', [("银杏议事厅", "platform")]),
]

STRAIGHT_EMPTY = [
    # a quoted manner of serving (filter 27) is no program in straight quotes either
    ("manner", '志愿者推行"点菜式"上门服务，深受好评。'),
    # an odd straight quote mark pairs with nothing on its line
    ("unpaired", '他说"我们会继续做下去，大家放心。'),
    # a slogan of three short parts stays a slogan
    ("enumeration", '社区坚持"听民意、解民忧、暖民心"的原则。'),
]


@pytest.mark.parametrize("name, text, expected", STRAIGHT, ids=[row[0] for row in STRAIGHT])
def test_straight_quoted_name_is_read_like_a_curly_quoted_one(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text", STRAIGHT_EMPTY, ids=[row[0] for row in STRAIGHT_EMPTY])
def test_straight_quoted_non_name_yields_nothing(name, text):
    assert programs(text) == []
