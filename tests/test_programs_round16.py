"""Programs, round 16: a quoted activity name whose descriptor before 活动 is long (a campaign
phrase of nine to fourteen characters: “…”敬老助残义务理发进楼院活动). Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import model_names
from contexts import programs_and_kinds as programs


LONG_DESCRIPTOR = [
    # an eleven-character campaign phrase between the quote and 活动
    ("campaign_phrase", "3月8日，青柳县“巾帼同心·邻里共暖”敬老助残义务理发进楼院活动在桂园小区举行。",
     [("巾帼同心·邻里共暖", "activity")]),
    # a twelve-character descriptor naming a city-wide series
    ("series_phrase", "近日，桃源市“楼道微光”全市社区环境清洁周末示范活动在青禾社区开场。",
     [("楼道微光", "activity")]),
]

LONG_DESCRIPTOR_EMPTY = [
    # the descriptor holds a clause (的): the quote is a nickname, not the activity's name
    ("clause", "社区的“银丝先锋”常常出现在形形色色的志愿服务活动里。"),
    # more than fourteen characters before 活动: too far for the quote to name it
    ("too_far", "桂园社区“七巧板”兴趣小组每周二下午都参与社区老年大学书画班结业展示活动。"),
]


@pytest.mark.parametrize("name, text, expected", LONG_DESCRIPTOR, ids=[row[0] for row in LONG_DESCRIPTOR])
def test_quoted_activity_with_a_long_descriptor(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text", LONG_DESCRIPTOR_EMPTY, ids=[row[0] for row in LONG_DESCRIPTOR_EMPTY])
def test_no_activity_across_a_clause_or_too_far(name, text):
    assert programs(text) == []


PUNS = [
    # a one-character quote inside an unquoted name: the word before it opens the name
    ("pun", "青禾社区暖“新”驿站今天开门。", [("暖新驿站", "station")]),
    # a line break before the one-character quote: no word opens a name, and no name crosses the line
    ("line_break", "小区公告\n“新”驿站今天开门。", []),
]


@pytest.mark.parametrize("name, text, expected", PUNS, ids=[row[0] for row in PUNS])
def test_one_character_pun_needs_a_word_before_the_quote(name, text, expected):
    assert programs(text) == expected


# Second task of round 16: name shapes. A quoted points scheme (“…积分”), a practice or incubation
# base (“…基地”, “…”<descriptor>基地) and a named home after a descriptor (“…”<descriptor>之家).

SHAPES = [
    # a points scheme a community names: a program, not a governance model
    ("points_scheme", "桂园社区推行“晨曦积分”激励计划，居民参加志愿服务可兑换米面。",
     [("晨曦积分", "program")]),
    # a base whose whole name is quoted
    ("quoted_base", "当天，“青禾社会组织孵化基地”在学院东楼揭牌。",
     [("青禾社会组织孵化基地", "station")]),
    # a quoted name, a descriptor and 基地: the whole is the base's name
    ("outer_base", "仪式上，“绿苗”志愿者服务实践基地在桃源社区揭牌。",
     [("绿苗志愿者服务实践基地", "station")]),
    # a quoted name, a descriptor and 之家
    ("outer_home", "柳岸社区的“和为贵”邻里调解之家去年调处纠纷三十余件。",
     [("和为贵邻里调解之家", "station")]),
]

SHAPES_EMPTY = [
    # one character before 积分 is a size, not a name (“小积分”撬动“大治理”)
    ("small_points", "社区用“小积分”撬动“大治理”，居民参与热情高涨。"),
    # a count of points, not a scheme
    ("counted_points", "每参加一次活动，居民可获得“5积分”。"),
    # a base named as an honour the village received
    ("award_base", "青禾村被评为“全国科普教育基地”称号单位。"),
]


@pytest.mark.parametrize("name, text, expected", SHAPES, ids=[row[0] for row in SHAPES])
def test_points_schemes_bases_and_homes(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text", SHAPES_EMPTY, ids=[row[0] for row in SHAPES_EMPTY])
def test_no_points_scheme_or_base_without_a_name(name, text):
    assert programs(text) == []


def test_points_scheme_is_not_a_model():
    assert model_names("桂园社区推行“晨曦积分”激励计划，居民参加志愿服务可兑换米面。") == []


def test_a_formula_quote_still_names_the_shop_after_it():
    # “党建+积分” is a model; the shop named after it is a program, as before the 积分 word
    text = "柳岸村以“党建+积分”为抓手，开办了“党建+积分”便民超市。"
    assert set(model_names(text)) == {"党建+积分"}
    assert programs(text) == [("党建+积分便民超市", "station")]


# A women's volunteer station (巾帼志愿阳光站, a type a women's federation names nationwide): a
# program when a community or organization found earlier holds it; a type list names nothing.

SUN_STATIONS = [
    ("held", "这次义诊由青禾社区巾帼阳光站承办。", [("青禾社区巾帼阳光站", "station")]),
    ("held_after_list", "省里公布了新一批巾帼志愿阳光站名单，柳岸社区巾帼志愿阳光站入选。",
     [("柳岸社区巾帼志愿阳光站", "station")]),
    # quoted alone, the station word is a compound of a name and a head, like “时间银行”
    ("quoted", "桃源社区的妇女互助“阳光站”去年挂牌。", [("阳光站", "station")]),
    ("type_only", "全国妇联命名了一批巾帼志愿阳光站。", []),
]


@pytest.mark.parametrize("name, text, expected", SUN_STATIONS, ids=[row[0] for row in SUN_STATIONS])
def test_sun_stations_named_by_a_holder(name, text, expected):
    assert programs(text) == expected


# A points bank a community opens (“某某银行”: good deeds saved as points and exchanged), like
# “时间银行”; a bank the dictionary knows by name is an organization, and 银行 alone names nothing.

BANKS = [
    ("points_bank", "桂园社区的“善行银行”开张了，居民做好事可以存积分。", [("善行银行", "platform")]),
    ("bank_before_rules", "青禾村推行“美德银行”积分制度，由村支书任行长。", [("美德银行", "platform")]),
    ("real_bank", "居民可到“中国银行”柳岸支行办理业务。", []),
    ("word_alone", "社区里的“银行”开张了。", []),
]


@pytest.mark.parametrize("name, text, expected", BANKS, ids=[row[0] for row in BANKS])
def test_points_banks(name, text, expected):
    assert programs(text) == expected


def test_points_bank_is_not_a_model():
    assert model_names("青禾村推行“美德银行”积分制度，由村支书任行长。") == []


def test_points_scheme_the_text_calls_a_model():
    # “…积分” right before 体系/模式 is called a model, and programs leaves it to models
    text = "青禾小区有一套“晨曦积分”体系，居民可兑换物品。"
    assert model_names(text) == ["晨曦积分"]
    assert programs(text) == []
