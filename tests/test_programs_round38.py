"""Programs, round 38. Sentences of our own making.

1. A community's sharing station is named by 共享, what it lends and a room, box or plot word
   (program_sharing_heads.txt), quoted or not; the sharing economy and 共享 as a verb name nothing.
2. Any team word ending in 队 after a quote and a short field (“某某”家电维修队, “某某”老年巡查队) ends
   the team's full name, as 志愿服务队 does; a bare field team or a unit after a quote with no field
   names nothing new.
3. A quote that the article writes right before an honour plaque (“某某之家”光荣牌, …”牌匾) is the title
   the plaque bears, in that sentence and wherever else the article quotes it; a station's own quoted
   name and a brand before 牌子 stay.
4. 夜校 and 讲堂 end unquoted names after words of their own; a ranking (十大) or nothing but a
   generic holder before them names nothing.
"""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


SHARING_STATIONS = [
    ("tools_room", "青禾小区去年开设了共享扳手间，电钻和梯子随借随还。", [("共享扳手间", "station")]),
    ("toy_hut", "柳岸社区在活动中心里布置了共享积木屋，孩子们轮流来玩。", [("共享积木屋", "station")]),
    ("garden_plot", "几位退休教师把楼后荒地整成了共享菜园，收成分给独居老人。", [("共享菜园", "station")]),
    ("quoted_own_words", "社区新搭的“安邻共享角”里摆着二十多件家用工具。", [("安邻共享角", "station")]),
]

NO_SHARING_STATION = [
    ("shared_bikes", "志愿者把路口乱停的共享单车挪回了停车线内。"),
    ("parking_time", "业主们商量与商户共享停车时间，缓解夜间停车难。"),
    ("estate_name", "共享花园小区的楼道里贴着新的防火提示。"),
    ("shared_space", "改造后的院落成了邻居们的共享空间。"),
    ("counted_room", "三户人家共享一间房，厨房也是合用的。"),
]


@pytest.mark.parametrize("name, text, expected", SHARING_STATIONS, ids=[r[0] for r in SHARING_STATIONS])
def test_sharing_station_is_named_by_what_it_lends(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text", NO_SHARING_STATION, ids=[r[0] for r in NO_SHARING_STATION])
def test_sharing_economy_and_sharing_verb_name_nothing(name, text):
    assert programs(text) == []


QUOTED_FIELD_TEAMS = [
    ("repair_team", "居委会新组建了“灵巧手”家电维修队，上门修理小家电。", [("灵巧手家电维修队", "team")]),
    ("patrol_team", "村里有一支“银发哨”老年巡查队，每天傍晚绕村一圈。", [("银发哨老年巡查队", "team")]),
]

NO_QUOTED_FIELD_TEAM = [
    ("bare_field_team", "街道组织家电维修队走进小区，为居民免费检修。"),
    ("field_too_long", "“长青”中老年居民业余健身长跑运动队昨天成立。"),
]


@pytest.mark.parametrize("name, text, expected", QUOTED_FIELD_TEAMS, ids=[r[0] for r in QUOTED_FIELD_TEAMS])
def test_quote_and_field_before_any_team_word_name_a_team(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text", NO_QUOTED_FIELD_TEAM, ids=[r[0] for r in NO_QUOTED_FIELD_TEAM])
def test_bare_or_overlong_field_team_names_nothing(name, text):
    assert programs(text) == []


PLAQUE_TITLES = [
    ("plaque_word", "青禾街道为烈属家庭挂上“荣光之家”牌匾，表达敬意。"),
    ("headline_and_plaque", "致敬“荣光之家”。柳岸社区为十二户军属颁发“荣光之家”荣誉牌。"),
]

STILL_NAMED_NEAR_PLAQUES = [
    ("station_name", "柳岸社区的“荣光之家”驿站每周三开放。", [("荣光之家", "station")]),
    ("brand_paizi", "这是一家卖“老街坊”牌子糕点的小铺。", [("老街坊", "brand")]),
]


@pytest.mark.parametrize("name, text", PLAQUE_TITLES, ids=[r[0] for r in PLAQUE_TITLES])
def test_quote_on_an_honour_plaque_names_no_program(name, text):
    assert programs(text) == []


@pytest.mark.parametrize("name, text, expected", STILL_NAMED_NEAR_PLAQUES, ids=[r[0] for r in STILL_NAMED_NEAR_PLAQUES])
def test_station_and_brand_quotes_without_plaque_stay(name, text, expected):
    assert programs(text) == expected


BARE_EVENING_SCHOOLS = [
    ("street_evening_school", "青禾区的柳巷夜校报名通道一开就满了。", [("柳巷夜校", "course")]),
    ("own_lecture_hall", "每月一次的星湖讲堂请来了退休医生讲养生。", [("星湖讲堂", "course")]),
]

NO_BARE_EVENING_SCHOOL = [
    ("ranking", "全市评出了十大夜校，名单下周公布。"),
    ("plain_word", "他下班后去夜校上两节课。"),
]


@pytest.mark.parametrize("name, text, expected", BARE_EVENING_SCHOOLS, ids=[r[0] for r in BARE_EVENING_SCHOOLS])
def test_evening_school_and_lecture_hall_end_unquoted_names(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text", NO_BARE_EVENING_SCHOOL, ids=[r[0] for r in NO_BARE_EVENING_SCHOOL])
def test_ranked_or_plain_evening_school_names_nothing(name, text):
    assert programs(text) == []
