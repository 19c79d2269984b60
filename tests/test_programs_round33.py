"""Programs, round 33: an unquoted name opening with a unit or classifier right after a numeral
(…，9名调解队成员…, 新设3处24小时驿站) is the tail of a count phrase the name walk cut through,
not a program (filter 40); a name of its own after a numeral, or a count before a whole name,
stays what it was. Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


COUNT_CUTS = [
    # a count of members right before the team word: 名 opens nothing
    ("members_counted", "这支调解队由村委发起，9名调解队成员每周轮流值班。"),
    # a duration before a station word: 小时 opens nothing
    ("hours_counted", "青苇镇今年新设3处24小时驿站，方便环卫工人歇脚。"),
    # a year before 年度: the year was cut off, and the name with it
    ("year_counted", "枫桥湾社区举办2031年度邻里时间银行兑换会。"),
]

KEPT = [
    # a name of its own after a numeral keeps its words
    ("number_brand", "居民可到88梧桐驿站领取物资。", [("梧桐驿站", "station")]),
    # a whole team name after a count of teams: the classifier is outside the name
    ("counted_named_team", "青苇镇组建了白鹭护河志愿服务队，队员四十人。", [("白鹭护河志愿服务队", "team")]),
]


@pytest.mark.parametrize("name, text", COUNT_CUTS, ids=[row[0] for row in COUNT_CUTS])
def test_name_cut_out_of_a_count_is_no_program(name, text):
    assert programs(text) == []


@pytest.mark.parametrize("name, text, expected", KEPT, ids=[row[0] for row in KEPT])
def test_name_after_a_numeral_of_its_own_stays(name, text, expected):
    assert programs(text) == expected
