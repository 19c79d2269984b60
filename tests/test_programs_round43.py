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
