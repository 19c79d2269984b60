"""Programs, round 22b (precision): a verb of organizing, owning, dividing or wearing inside the
words of an unquoted name before its team word makes a clause, not a name (program_exclusions.tsv
name_verb); a quoted title opening with a whole-jurisdiction scope (全省, 全市…) is an honour; a
quoted name ending in a social-work station head (社工站, 社会工作站…) is an organization.
Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


NAMED = [
    # the verb-free controls of the clauses below: the holder's team is still named
    ("holder_team", "桐林县青鸟志愿服务队走进社区开展义诊。", [("桐林县青鸟志愿服务队", "team")]),
    ("subject_team", "活动当天，银杏树志愿服务队来到广场。", [("银杏树志愿服务队", "team")]),
    ("setup_team", "青禾社区成立了向阳花志愿服务队，队员有二十多人。", [("向阳花志愿服务队", "team")]),
    # a quoted station that is no social-work station stays a program
    ("quoted_station", "社区开设了“暖心小驿站”，为快递员提供饮水。", [("暖心小驿站", "station")]),
]

EMPTY = [
    # a place, then 现有 and a count of teams: a count phrase
    ("holder_owns_teams", "据统计，桐林现有志愿服务队伍58支。"),
    ("holder_has_teams", "目前，桐林县共有志愿服务队伍40支。"),
    # a body organizing a team to do something: a clause, not the team's name
    ("body_organizes_team", "在号召下，校团委组织青松志愿服务队到社区开展义诊。"),
    # wearing and dividing into squads: a clause
    ("divides_into_squads", "志愿者们穿好制服，戴上红帽子分成三个小队进行巡查。"),
    # an honour granted across a province or city
    ("province_honour", "近日，“全省星级老兵服务站”授牌仪式在县里举行。"),
    ("city_honour", "“全市红旗巡防队”授牌仪式在区里举行。"),
    # a community's social-work station is an organization
    ("community_social_work_station", "“桐花社区社工站”正式挂牌成立。"),
    ("street_social_work_station", "“青禾街道社会工作服务站”今天揭牌。"),
]


@pytest.mark.parametrize("name, text, expected", NAMED, ids=[row[0] for row in NAMED])
def test_named_teams_and_stations_stay(name, text, expected):
    assert sorted(programs(text)) == sorted(expected)


@pytest.mark.parametrize("name, text", EMPTY, ids=[row[0] for row in EMPTY])
def test_clauses_honours_and_stations_name_no_program(name, text):
    assert programs(text) == []


FIELD_STATIONS_EMPTY = [
    # an unquoted station type named by service fields only
    ("bare_outdoor_station", "目前全区建有户外驿站80余个，户外驿站常年开放。"),
]

FIELD_STATIONS_NAMED = [
    # a station with a name of its own before the field words stays
    ("own_name_before_field", "社区开设了“青柠户外驿站”，为快递员提供饮水。", [("青柠户外驿站", "station")]),
    # a quoted field station stays a program (a test of round 12 keeps “骑手驿站”)
    ("quoted_field_station", "设在这里的“户外劳动者驿站”成为环卫工人歇脚的地方。", [("户外劳动者驿站", "station")]),
]


@pytest.mark.parametrize("name, text", FIELD_STATIONS_EMPTY, ids=[row[0] for row in FIELD_STATIONS_EMPTY])
def test_station_types_name_no_program(name, text):
    assert programs(text) == []


@pytest.mark.parametrize("name, text, expected", FIELD_STATIONS_NAMED, ids=[row[0] for row in FIELD_STATIONS_NAMED])
def test_named_station_with_field_words_stays(name, text, expected):
    assert programs(text) == expected
