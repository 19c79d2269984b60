"""Round 56 (h3b): units building a platform or an alliance together are partners (由A、B、C搭建平台;
某某是A和B搭建的线上平台; 某社区…，与A、B构建…联盟). Sentences written for these tests (made-up names)."""

from __future__ import annotations

import pytest

from contexts import partner_pairs as pairs

UNITS = dict(
    organizations=["青枫区民政局", "青枫区慈善总会", "青枫区司法局", "青枫区教育局", "青枫区团委",
                   "青枫小学", "柳溪中学", "禾光社工事务所", "杏坛书画院", "青枫区文联", "青枫区妇联"],
    communities=["柳絮湾社区"],
    programs=["暖邻帮"],
)


def test_a_credit_line_of_builders_pairs_all_with_all():
    text = "由青枫区民政局、青枫区司法局、青枫区教育局、青枫区团委搭建平台，采用公开征集方式，征集居民需求。"
    assert pairs(text, **UNITS) == [
        ("青枫区司法局", "青枫区团委"), ("青枫区司法局", "青枫区教育局"), ("青枫区司法局", "青枫区民政局"),
        ("青枫区团委", "青枫区教育局"), ("青枫区团委", "青枫区民政局"), ("青枫区教育局", "青枫区民政局"),
    ]


def test_a_credit_line_opening_with_an_unnamed_item_pairs_the_named_builders():
    text = "由青枫区慈善基金会邻里微基金、青枫区司法局、青枫区教育局、青枫区团委搭建平台，采用公开征集方式。"
    assert pairs(text, **UNITS) == [("青枫区司法局", "青枫区团委"), ("青枫区司法局", "青枫区教育局"), ("青枫区团委", "青枫区教育局")]


def test_a_platform_named_as_what_two_units_built_pairs_with_each():
    text = "“暖邻帮”是青枫区民政局和青枫区慈善总会搭建的网上互助平台，可记录居民的服务时长。"
    assert pairs(text, **UNITS) == [("暖邻帮", "青枫区慈善总会"), ("暖邻帮", "青枫区民政局"), ("青枫区慈善总会", "青枫区民政局")]


def test_builders_after_a_with_mark_pair_with_the_sentence_subject_only():
    # the first school is a name no extractor took: the with-list still opens the clause
    text = "柳絮湾社区坚持党建引领，依托议事亭，搭建议事机制，与青枫实验初中、柳溪中学构建家校社共育联盟，建立联动机制。"
    assert pairs(text, **UNITS) == [("柳溪中学", "柳絮湾社区")]


def test_a_long_list_of_builders_is_no_team():
    text = "由青枫区民政局、青枫区司法局、青枫区教育局、青枫区团委、青枫区文联、青枫区妇联搭建平台，征集居民需求。"
    assert pairs(text, **UNITS) == []


@pytest.mark.parametrize("text", [
    # the units are who the platform is built for, not its builders
    "柳絮湾社区为禾光社工事务所和杏坛书画院搭建交流平台。",
    # a mechanism built is no joint body
    "禾光社工事务所、杏坛书画院搭建议事机制，定期召开会议。",
    # one unit building its own platform: nobody to pair
    "柳絮湾社区搭建“暖邻帮”共育平台。",
    # the units only take part after the platform is built
    "柳絮湾社区搭建平台，邀请居民参与。",
])
def test_no_pair_without_two_builders_of_a_platform(text):
    assert pairs(text, **UNITS) == []
