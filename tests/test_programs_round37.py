"""Programs, round 37. Sentences of our own making.

1. A day word of a recurring local activity (恳谈日, 服务日, 体验日, 议事日, 开放日) ends a
   quoted name, kind activity, also after 作为/定为/是 (a date set aside is no role metaphor). The
   word alone, a national observance and a quote after a role verb name nothing.
2. 义警 ends a quoted volunteer-police corps' name; a program word after the quote names the whole.
"""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


DAY_NAMES = [
    ("set_aside_with_zuowei", "青溪派出所决定，每月第一个周五作为“邻警茶叙恳谈日”，民警在门口等候来访。", [("邻警茶叙恳谈日", "activity")]),
    ("after_shi", "今天恰逢“桐花巷服务日”，理发师傅一早就摆开了摊子。", [("桐花巷服务日", "activity")]),
    ("plain_quote", "“银杏湾议事日”当天，二十多户业主围坐在凉亭里商量加装电梯。", [("银杏湾议事日", "activity")]),
]

NO_DAY_NAMES = [
    ("word_alone", "社工把周三叫作“服务日”，那天谁都可以来坐坐。"),
    ("national_day", "赶上第三个“中华邻里互助服务日”，大学生们走进了敬老院。"),
    ("role_metaphor_kept", "老周甘当邻里之间的“传话筒”，把大家的想法带到会上。"),
]


@pytest.mark.parametrize("name, text, expected", DAY_NAMES, ids=[r[0] for r in DAY_NAMES])
def test_quoted_day_of_a_recurring_activity_is_named(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text", NO_DAY_NAMES, ids=[r[0] for r in NO_DAY_NAMES])
def test_day_word_alone_or_observance_names_nothing(name, text):
    assert programs(text) == []


# 2. 义警 ends a quoted name of a volunteer-police corps (“某某义警”), kind team; a program word right
#    after the quote names the whole (“某某义警”工作站), and 义警 unquoted or alone names nothing.
CORPS_NAMES = [
    ("after_dash", "退休后，老两口多了一个新称呼——“枫溪义警”，每晚沿河巡查。", [("枫溪义警", "team")]),
    ("station_after_quote", "城南派出所为“枫溪义警”工作站揭牌，队员们领到了新袖标。", [("枫溪义警工作站", "station")]),
]

NO_CORPS_NAMES = [
    ("unquoted", "民警带着社区义警在夜市周边来回巡查。"),
    ("alone_quoted", "大家都管这些热心人叫“义警”，街坊们见了都打招呼。"),
]


@pytest.mark.parametrize("name, text, expected", CORPS_NAMES, ids=[r[0] for r in CORPS_NAMES])
def test_quoted_volunteer_police_corps_is_named(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text", NO_CORPS_NAMES, ids=[r[0] for r in NO_CORPS_NAMES])
def test_volunteer_police_unquoted_or_alone_names_nothing(name, text):
    assert programs(text) == []
