"""Programs: name shapes found missing on real articles in accuracy round 8 — patrol and guard
teams (“…”治安巡逻队, 某社区义务巡逻队), canteens named after their holder (某社区幸福食堂), and
kind descriptions (许多爱心驿站) that name nothing. Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


PATROLS = [
    # a quoted name and a short field before the patrol word: the whole is the team's name
    ("quoted_field", "书记为“护邻安”治安巡逻队授旗。", [("护邻安治安巡逻队", "team")]),
    ("quoted_only", "松林社区组建了“夜光哨兵”巡逻队。", [("夜光哨兵巡逻队", "team")]),
    # a holder found earlier names the team
    ("holder", "青枫社区成立了青枫社区义务巡逻队。", [("青枫社区义务巡逻队", "team")]),
    ("holder_squad", "桃溪社区红星突击队每天清理楼道。", [("桃溪社区红星突击队", "team")]),
    ("guard", "桂园社区组建了桂园社区平安护卫队。", [("桂园社区平安护卫队", "team")]),
]

PATROLS_EMPTY = [
    # the bare words, with only a field before them, name no team
    ("bare", "社区义务巡逻队每天巡逻，看到巡逻队过来，居民很安心。"),
    ("field_only", "小区成立了一支平安巡防队和治安联防队。"),
]


@pytest.mark.parametrize("name, text, expected", PATROLS, ids=[row[0] for row in PATROLS])
def test_patrol_teams_are_programs(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text", PATROLS_EMPTY, ids=[row[0] for row in PATROLS_EMPTY])
def test_patrol_words_alone_name_nothing(name, text):
    assert programs(text) == []


CANTEENS = [
    # a holder found earlier and a short name of its own before the canteen word
    ("holder_name", "上周，柳湾社区幸福食堂开张，老人天天来吃饭。", [("柳湾社区幸福食堂", "station")]),
    ("village", "在青石村，青石村爱心饭堂每天中午开饭。", [("青石村爱心饭堂", "station")]),
    # a quote right before the word: the whole is the canteen's name
    ("quoted", "街道开办了“邻味”食堂。", [("邻味食堂", "station")]),
]

CANTEENS_EMPTY = [
    # a holder with a service field only: a type of canteen
    ("field", "上午，柳湾社区长者食堂开门迎客，柳湾社区老年食堂也在筹建。"),
    # no holder: the words alone name a kind of canteen
    ("no_holder", "全市已建成50家幸福食堂，老人在爱心食堂吃饭。"),
    # a run over an organization's head: not the canteen's own name
    ("long_run", "柳湾社区老干部活动中心社区食堂今天试营业。"),
]


@pytest.mark.parametrize("name, text, expected", CANTEENS, ids=[row[0] for row in CANTEENS])
def test_canteens_named_after_their_holder_are_programs(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text", CANTEENS_EMPTY, ids=[row[0] for row in CANTEENS_EMPTY])
def test_canteen_types_name_nothing(name, text):
    assert programs(text) == []


KINDS = [
    # a kind word before an unquoted name: a description of a kind, not one named station
    ("many", "这几年，城里新建了许多爱心驿站。"),
    ("such", "居民都说，这样的暖心驿站越多越好。"),
]


@pytest.mark.parametrize("name, text", KINDS, ids=[row[0] for row in KINDS])
def test_kind_descriptions_name_nothing(name, text):
    assert programs(text) == []


def test_kind_word_before_a_name_defined_in_quotes_is_a_mention():
    # the name is defined in quotes, so the later mention after 这样的 is the same station
    assert programs("“青禾驿站”开门了，全镇已建成五个这样的青禾驿站。") == [("青禾驿站", "station"), ("青禾驿站", "station")]
