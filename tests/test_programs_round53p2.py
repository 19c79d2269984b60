"""Programs: one recurring event written several ways in one article (with or without its holder, a
theme quote or the edition; 第一届 for 首届) is one program, named as the article first writes it with
its edition (filter 50, edition_variants). Another edition, or another event of the same edition,
stays a program of its own. Round 53p2. Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


MERGED = [
    (
        "festival_again_without_edition",
        "10月8日，南州市第八届社区邻里节开幕。南州市第八届“社区邻里节”的分会场设在东湖公园。",
        [("第八届社区邻里节", "activity"), ("第八届社区邻里节", "activity")],
    ),
    (
        "contest_again_with_theme_quote",
        "乌拉县首届社区社会组织公益创投大赛开赛。3月2日，乌拉县首届“携手共建”社区社会组织公益创投大赛在旭日社区举行。",
        [("首届社区社会组织公益创投大赛", "activity"), ("首届社区社会组织公益创投大赛", "activity")],
    ),
    (
        "first_edition_written_two_ways",
        "北山镇第一届金钥匙公益微创投项目启动。北山镇首届金钥匙公益微创投项目围绕居民关注的问题展开。",
        [("北山镇第一届金钥匙公益微创投项目", "project"), ("北山镇第一届金钥匙公益微创投项目", "project")],
    ),
    (
        "contest_again_with_holder_inside",
        "清河区首届微公益创投大赛落下帷幕，四季爱心社的项目获得资助。首届清河区社会组织微公益创投大赛共评出一批项目。",
        [("清河区首届微公益创投大赛", "activity"), ("清河区首届微公益创投大赛", "activity")],
    ),
]

APART = [
    (
        "another_edition",
        "青禾社区第五届美食文化节开幕。去年的第四届美食文化节吸引了300余名居民。",
        [("青禾社区第五届美食文化节", "activity"), ("第四届美食文化节", "activity")],
    ),
    (
        "another_event_same_edition",
        "柳岸街道首届睦邻文化节开幕。青禾社区首届美食文化节同日举行。",
        [("首届睦邻文化节", "activity"), ("青禾社区首届美食文化节", "activity")],
    ),
    ("one_mention", "在第三届社区邻里节上，居民们表演了节目。", [("第三届社区邻里节", "activity")]),
]


@pytest.mark.parametrize("label,text,expected", MERGED, ids=[c[0] for c in MERGED])
def test_event_written_again_is_one_program(label, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("label,text,expected", APART, ids=[c[0] for c in APART])
def test_other_edition_or_event_stays_apart(label, text, expected):
    assert programs(text) == expected


def test_no_event_names_nothing():
    assert programs("首届居民代表大会上，居民们讨论了小区停车问题。") == []
