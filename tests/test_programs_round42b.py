"""Programs, round 42b: an unquoted 服务队 is a team's name after a holder found earlier and words
of the team's own, like 志愿服务队; a field alone before it, or no holder, names nothing. Sentences
of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


NAMED = [
    ("community_holder", "3月2日，青禾社区晨曦帮扶服务队为独居老人送餐上门。",
     [("青禾社区晨曦帮扶服务队", "team")]),
    ("holder_after_de", "桃源街道的白鹭湾社区启明星服务队每周到小区巡查。",
     [("白鹭湾社区启明星服务队", "team")]),
    # round 51progmiss: listed beside another service team, a field names one (pool gold: 4 articles of 4 sets)
    ("fields_listed", "党员服务队和就业服务队走进小区。", [("党员服务队", "team"), ("就业服务队", "team")]),
]

EMPTY = [
    ("counted_no_holder", "社区组建了一支助餐服务队，每周上门。"),
    ("field_only", "就业服务队走进小区。"),
]


@pytest.mark.parametrize("name, text, expected", NAMED, ids=[row[0] for row in NAMED])
def test_named_service_team(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text", EMPTY, ids=[row[0] for row in EMPTY])
def test_service_team_without_name(name, text):
    assert programs(text) == []
