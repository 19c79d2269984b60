"""Programs: a lecture word after a quote and a short field (“某某”讲座, “某某”环保知识讲座, “某某”微宣讲,
“某某”宣讲) makes the quote the name of a talk series, kind activity; 宣讲团 stays a team word, and a
lecture word with no quote before it names nothing. Round 47progq. Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


KEPT = [
    ("two_part_lecture", "松岭社区举办“邻里守望，筑牢家园防线”讲座。", [("邻里守望，筑牢家园防线", "activity")]),
    ("field_lecture", "开展“分类齐动手·环保共受益”垃圾分类知识讲座。", [("分类齐动手·环保共受益", "activity")]),
    ("plain_preaching", "中心组织“乡音名嘴”宣讲。", [("乡音名嘴", "activity")]),
    ("preaching_team", "组建“乡音名嘴”宣讲团深入村组。", [("乡音名嘴宣讲团", "team")]),
]

EMPTY = [
    ("speech_about_lecture", "他在讲座上说“大家要注意安全”。"),
    ("unquoted_lecture", "社区本月举办家庭教育讲座两场。"),
]


@pytest.mark.parametrize("label,text,expected", KEPT, ids=[c[0] for c in KEPT])
def test_quote_before_lecture_word_named(label, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("label,text", EMPTY, ids=[c[0] for c in EMPTY])
def test_lecture_word_without_quote_names_nothing(label, text):
    assert programs(text) == []
