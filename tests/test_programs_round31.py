"""Programs, round 31: a quoted facility type named by the people it serves (儿童之家, 妇女之家,
残疾人之家) or a village-stationed work team (驻村工作队) names an organization or nothing, never a
program (filter 16, program_exclusions.tsv org_head); a troupe (艺术团) named by words of its own is
a team, and a holder's own troupe (某某社区艺术团) an organization (filter 38; organizations F11).
Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations
from contexts import programs_and_kinds as programs


FACILITY_TYPES = [
    # a quoted facility type named by the people it serves
    # (儿童之家 left this list in round 40b: the gold of sets 35-41 labels it a program; see
    # test_programs_round40b.py)
    ("women_type", "青禾街道依托各村“妇女之家”开设家教课堂。"),
    ("women_children_type", "枫林村把旧仓库改成了“妇女儿童之家”。"),
    # a village-stationed work team of a government body
    ("stationed_team", "据悉，“驻村工作队”每周走访困难家庭两次。"),
]

BRANDS_STAY = [
    # a home named by its own words, not by a population, stays a program
    ("own_home", "桐花社区打造“暖阳之家”，为独居老人提供午餐。", [("暖阳之家", "station")]),
    # Round 53p2d: a street's home with a brand of its own before 残疾人之家 left FACILITY_TYPES: the
    # t53 convention (a station with a brand name of its own is a program) and the tuning gold (t53g:
    # 某社区康乐居残疾人之家 labelled a program; no such home labelled an organization in the 23 sets)
    # make it a program, named by its brand and home words (test_programs_round53p2d.py).
    (
        "disabled_own",
        "银杏街道银杏湾残疾人之家（以下简称“银杏湾残疾人之家”）新添了康复器材。",
        [("银杏湾残疾人之家", "station"), ("银杏湾残疾人之家", "station")],
    ),
]


@pytest.mark.parametrize("name, text", FACILITY_TYPES, ids=[row[0] for row in FACILITY_TYPES])
def test_facility_type_of_a_population_names_no_program(name, text):
    assert programs(text) == []


@pytest.mark.parametrize("name, text, expected", BRANDS_STAY, ids=[row[0] for row in BRANDS_STAY])
def test_home_named_by_its_own_words_stays(name, text, expected):
    assert programs(text) == expected


NAMED_TROUPES = [
    # words of the troupe's own before 艺术团: a team, which programs reports
    ("after_de", "本场演出邀请了老年大学的银丝竹韵艺术团。", [("银丝竹韵艺术团", "team")]),
    ("listed", "由退休老人组成的银杏姐妹时装队、桐美艺术团也得到基金会扶持。", [("银杏姐妹时装队", "team"), ("桐美艺术团", "team")]),
    ("holder_and_own", "▲桐花社区风采艺术团合唱队 ▲桐花社区风采艺术团舞蹈队", [("桐花社区风采艺术团", "team"), ("桐花社区风采艺术团", "team")]),
]

HOLDER_TROUPES = [
    # a community alone before 艺术团: the community's own troupe, an organization
    ("community_alone", "桐花社区艺术团为居民表演。", ["桐花社区艺术团"]),
]

CLAUSE_TROUPES = [
    # a preposition before 艺术团: a clause, no troupe's name
    ("preposition", "桐花社区以艺术团老队员为班底，新成立了一支巡逻队。"),
]


@pytest.mark.parametrize("name, text, expected", NAMED_TROUPES, ids=[row[0] for row in NAMED_TROUPES])
def test_troupe_named_by_its_own_words_is_a_team(name, text, expected):
    assert programs(text) == expected
    assert not [org for org in organizations(text) if org.endswith("艺术团")]


@pytest.mark.parametrize("name, text, expected", HOLDER_TROUPES, ids=[row[0] for row in HOLDER_TROUPES])
def test_troupe_of_a_holder_alone_stays_an_organization(name, text, expected):
    assert programs(text) == []
    assert organizations(text) == expected


@pytest.mark.parametrize("name, text", CLAUSE_TROUPES, ids=[row[0] for row in CLAUSE_TROUPES])
def test_clause_before_a_troupe_word_names_no_troupe(name, text):
    assert programs(text) == []
