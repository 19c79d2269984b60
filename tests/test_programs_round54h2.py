"""Programs: a charity or points-exchange shop written without quotes (charity_shops.py) is the
program of a street, community or village: after its holder the holder starts the name
(某街道慈善超市), alone the shop word is the name (到爱心超市换米). Nothing where the article names
its own shop otherwise (the bare word refers back to it), where the word is counted or a kind, where
it ends a longer name (某某之家爱心超市), or where the shop is a plain one. Round 54 h2.
Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import program_spans, programs_and_kinds as programs


CASES = [
    (
        "holder_starts_the_name",
        "北湖街道慈善超市日前在文化路开门迎客。",
        [("北湖街道慈善超市", "station")],
    ),
    (
        "alone_after_preposition",
        "攒够二十分的居民，周六上午可到爱心超市换一桶花生油。",
        [("爱心超市", "station")],
    ),
    (
        "alone_after_particle",
        "松林社区今年办起一家新颖的公益超市，志愿时长就是购物券。",
        [("公益超市", "station")],
    ),
    (
        "own_shop_named_in_quotes",
        "柳溪社区开办了“邻善慈善超市”。持卡的困难家庭每月可到慈善超市挑选两次日用品。",
        [("邻善慈善超市", "station")],
    ),
    (
        "counted_shops",
        "截至目前，全市已建成28家慈善超市。",
        [],
    ),
    (
        "kind_of_shop",
        "近年来，许多爱心超市走进了社区。",
        [],
    ),
    (
        "tail_of_a_longer_name",
        "他累计为残疾人之家爱心超市捐款超过3000元。",
        [],
    ),
    (
        "plain_shop",
        "小区门口新开了一家超市，附近居民买菜方便了。",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_charity_shops(text, expected):
    assert programs(text) == expected


def test_charity_shop_named_alone_twice_is_one_program():
    text = "周末，孩子们陪老人到爱心超市换牙膏。爱心超市每周开放两天。"
    assert program_spans(text) == [("爱心超市", "爱心超市"), ("爱心超市", "爱心超市")]
