"""Programs, round 29: a list before a count of teams whose items mostly end in a verb or an
adjective names the teams' fields, not the teams (filter 33); a team word with a count of teams
right after it is a kind of team counted (filter 34); a quote after a place near people's homes
(家门口的, 身边的) is a likeness (filter 35). Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


FIELD_LISTS = [
    # items that say what each team does: a verb or an adjective ends most of them
    ("field_verbs", "桐花村组建了护河巡查、邻里调解、文艺宣传等3支志愿服务队，服务村民。"),
    ("field_team_word_plural", "青禾社区组织了急救培训、心理健康、政策宣讲、环境整治等4支志愿服务队伍。"),
    ("field_half", "桐花村建成文艺宣传、科普服务、红色文化、乡风民俗4支志愿服务队。"),
]

NAMED_LISTS = [
    # nouns or words of their own: the teams' names
    ("named_nouns", "桐花村成立了银杏先锋、巧手绣娘、红枫叶等3支志愿服务队，常态化开展服务。",
     [("巧手绣娘", "team"), ("红枫叶", "team"), ("银杏先锋", "team")]),
]


@pytest.mark.parametrize("name, text", FIELD_LISTS, ids=[row[0] for row in FIELD_LISTS])
def test_field_list_before_a_team_count_names_no_team(name, text):
    assert programs(text) == []


@pytest.mark.parametrize("name, text, expected", NAMED_LISTS, ids=[row[0] for row in NAMED_LISTS])
def test_named_list_before_a_team_count_names_the_teams(name, text, expected):
    assert sorted(programs(text)) == sorted(expected)


def test_team_items_in_a_field_list_still_name_their_teams():
    text = "桐花村组建了护河巡查、邻里调解、青禾红枫服务队等3支志愿服务队。"
    assert programs(text) == [("青禾红枫服务队", "team")]


TEAM_COUNTS = [
    # a team word with a count of teams right after it: a kind of team counted (filter 34)
    ("bare_count", "桐花县搭建六个平台，动员志愿服务队伍320支、志愿者1.2万人。"),
    ("quoted_count", "青禾镇组建“5+N”志愿服务队86支，服务群众。"),
    ("about_count", "桐花县发动志愿者服务队120余支参与创建。"),
]

NAMED_TEAMS = [
    # no count after the team word: the name stands
    ("quoted_team", "青禾镇组建了“红枫”志愿服务队，服务群众。", [("红枫志愿服务队", "team")]),
    ("count_elsewhere", "桐花社区组建了青禾红枫志愿服务队等3支队伍。", [("青禾红枫志愿服务队", "team")]),
    ("count_of_a_list", "桐花社区组建了红枫先锋队、银杏暖心队两支队伍。", [("红枫先锋队", "team"), ("银杏暖心队", "team")]),
]


@pytest.mark.parametrize("name, text", TEAM_COUNTS, ids=[row[0] for row in TEAM_COUNTS])
def test_team_word_before_a_count_of_teams_names_no_team(name, text):
    assert programs(text) == []


@pytest.mark.parametrize("name, text, expected", NAMED_TEAMS, ids=[row[0] for row in NAMED_TEAMS])
def test_team_word_without_a_count_after_it_names_the_team(name, text, expected):
    assert programs(text) == expected


NEARBY_LIKENESSES = [
    # a quote after a place near people's homes, or opening with one: a likeness (filter 35)
    ("at_the_door", "小区里新开了一处家门口的“书香驿站”。"),
    ("opens_the_quote", "街道建成“家门口的健康驿站”，老人量血压更方便了。"),
    ("beside_people", "依托党群服务中心等群众身边的“爱心驿站”，开展服务。"),
]

NEARBY_NAMES = [
    # a program word after the quote names it still; no nearby place: the name stands
    ("word_after_quote", "桐花社区打造家门口的“红枫驿站”品牌，服务居民。", [("红枫驿站", "station")]),
    ("holder_before", "桐花社区的“红枫驿站”开门了。", [("红枫驿站", "station")]),
]


@pytest.mark.parametrize("name, text", NEARBY_LIKENESSES, ids=[row[0] for row in NEARBY_LIKENESSES])
def test_quote_after_a_place_near_homes_is_a_likeness(name, text):
    assert programs(text) == []


@pytest.mark.parametrize("name, text, expected", NEARBY_NAMES, ids=[row[0] for row in NEARBY_NAMES])
def test_quote_named_otherwise_near_homes_stays(name, text, expected):
    assert programs(text) == expected
