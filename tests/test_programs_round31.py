"""Programs, round 31: a quoted facility type named by the people it serves (儿童之家, 妇女之家,
残疾人之家) or a village-stationed work team (驻村工作队) names an organization or nothing, never a
program (filter 16, program_exclusions.tsv org_head). Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


FACILITY_TYPES = [
    # a quoted facility type named by the people it serves
    ("children_type", "桐花镇在每个村都建起“儿童之家”，假期有人照看孩子。"),
    ("women_type", "青禾街道依托各村“妇女之家”开设家教课堂。"),
    ("women_children_type", "枫林村把旧仓库改成了“妇女儿童之家”。"),
    ("disabled_own", "银杏街道银杏湾残疾人之家（以下简称“银杏湾残疾人之家”）新添了康复器材。"),
    # a village-stationed work team of a government body
    ("stationed_team", "据悉，“驻村工作队”每周走访困难家庭两次。"),
]

BRANDS_STAY = [
    # a home named by its own words, not by a population, stays a program
    ("own_home", "桐花社区打造“暖阳之家”，为独居老人提供午餐。", [("暖阳之家", "station")]),
]


@pytest.mark.parametrize("name, text", FACILITY_TYPES, ids=[row[0] for row in FACILITY_TYPES])
def test_facility_type_of_a_population_names_no_program(name, text):
    assert programs(text) == []


@pytest.mark.parametrize("name, text, expected", BRANDS_STAY, ids=[row[0] for row in BRANDS_STAY])
def test_home_named_by_its_own_words_stays(name, text, expected):
    assert programs(text) == expected
