"""Programs, round 43: what fresh articles about college summer practice showed. The yearly
nationwide campaign that sends students to the countryside is the kind of practice a team
does, not a program of its own. Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


CAMPAIGN_ONLY = [
    # the campaign quoted alone, before an activity word, or mentioned again bare: no program
    ("quoted", "青岭学院的同学们参加了“三下乡”，收获满满。"),
    ("activity", "松溪大学“三下乡”活动在桐木村启动，三下乡让学生走近农民。"),
    ("bare", "今年暑假，三下乡队员们走进了芦湾镇。"),
]


@pytest.mark.parametrize("name, text", CAMPAIGN_ONLY, ids=[row[0] for row in CAMPAIGN_ONLY])
def test_nationwide_campaign_names_no_program(name, text):
    assert programs(text) == []


def test_team_of_the_campaign_keeps_its_own_name():
    # the team's own quoted name still names it
    assert programs("青岭学院“法苗护航”团队来到桐木村宣讲。") == [("法苗护航团队", "team")]


SUMMER_TEAMS = [
    # a quoted name and the team word after it (a field word may come between): the whole is the name
    ("practice", "七月，青岭学院“山河寄语·逐梦前行”实践团来到桐木村。", [("山河寄语·逐梦前行实践团", "team")]),
    ("trainee", "暑假里，松溪大学“萤火微光”政务见习团走进田间地头。", [("萤火微光政务见习团", "team")]),
    ("survey", "松溪大学“溪畔问农”调研团走访了十户茶农。", [("溪畔问农调研团", "team")]),
]

SUMMER_TEAMS_EMPTY = [
    # the team words alone, or after the nationwide campaign, name no team
    ("bare", "实践团成员来到桐木村，见习团随后也到了。"),
    ("campaign", "松溪大学“三下乡”社会实践团来到桐木村。"),
]


@pytest.mark.parametrize("name, text, expected", SUMMER_TEAMS, ids=[row[0] for row in SUMMER_TEAMS])
def test_quoted_summer_teams_are_programs(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text", SUMMER_TEAMS_EMPTY, ids=[row[0] for row in SUMMER_TEAMS_EMPTY])
def test_summer_team_words_alone_name_nothing(name, text):
    assert programs(text) == []
