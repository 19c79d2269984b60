"""Programs: a volunteer team written without quotes as an item of a 、 list (listed_teams.py) is a
named team, beside organizations, quoted programs or other teams: the list marks cut its name out of
the clause. Not where the team word runs on into a longer phrase (…志愿服务队基地, …志愿服务队代表),
is a collective (志愿服务队伍), or the item is a phrase about teams (…等志愿服务队, …组成的志愿队);
nor where the item's own words are only generic holders, levels or member groups (、社区志愿服务队,
、党员志愿服务队: a kind of team, as the list rules of rounds 34, 36, 40c and 53h8b hold).
Round 54b h3 (the rule), round 54c h3 (the kind-of-team guard). Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs
from shequ.extract.listed_teams import listed_volunteer_teams
from shequ.extract.programs import nameless_team_words


CASES = [
    (
        "counted_list_after_baokuo",
        "目前，该站已组建志愿服务队4支，包括东湖志愿服务队、金雀党员志愿服务队、向日葵志愿队、巾帼志愿队。",
        # 巾帼志愿队: only a member group before the team word, a kind of team (round 54c h3 guard)
        [("东湖志愿服务队", "team"), ("金雀党员志愿服务队", "team"), ("向日葵志愿队", "team")],
    ),
    (
        "holder_before_member_group_names_no_team",
        "街道邀请晨光社工服务中心、社区党员志愿服务队、青松志愿队等参与巡查。",
        [("青松志愿队", "team")],
    ),
    (
        "level_alone_names_no_team",
        "活动由区文明办、街道志愿服务总队、小区志愿队共同承办。",
        [],
    ),
    (
        "member_groups_alone_name_no_team",
        "镇里发动机关干部、退役军人志愿服务队、大学生志愿者分队开展清河行动。",
        [],
    ),
    (
        "holder_with_own_name_still_names_a_team",
        "参与单位包括河东社区、河东社区银杏志愿服务队、桃源村巾帼志愿队。",
        [("河东社区银杏志愿服务队", "team"), ("桃源村巾帼志愿队", "team")],
    ),
    (
        "team_among_organizations",
        "中心邀请启航社会工作服务中心、明灯志愿服务总队、阳光青少年发展中心等为合作伙伴。",
        [("明灯志愿服务总队", "team")],
    ),
    (
        "college_teams_closed_by_a_count",
        "柳林社区为江城大学绿野社、江城大学外语学院青年志愿者分队、江城大学艺术学院青年志愿者分队两支高校志愿者队伍提供实践场地。",
        [("江城大学外语学院青年志愿者分队", "team"), ("江城大学艺术学院青年志愿者分队", "team")],
    ),
    (
        "team_word_runs_on_into_a_venue",
        "院内设有展厅、红星志愿服务队基地和阅览室。",
        [],
    ),
    (
        "phrase_about_kinds_of_team",
        "小区里青年、党员、巾帼等志愿服务队在防汛中冲在前面。",
        [],
    ),
    (
        "team_word_before_representatives",
        "县团委、县教育局、老兵志愿服务队代表30多人出席会议。",
        [],
    ),
    (
        "collective_of_teams",
        "街道动员辖区单位、物业公司、志愿服务队伍参与清扫。",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_listed_volunteer_teams(text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("包括甲志愿服务队、北坡志愿者分队。", ["北坡志愿者分队"]),
        ("居民、热心家长组成志愿者队，轮流值守。", []),  # a phrase: who makes up the team
        ("已有红枫志愿服务队、绿叶志愿队员参加。", []),  # 队员: members, not a team
        ("街道、新成立了巾帼志愿队。", []),  # clause words before the team word
    ],
)
def test_listed_volunteer_team_spans(text, expected):
    assert [text[a:b] for a, b in listed_volunteer_teams(text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("包括甲志愿服务队、社区巾帼志愿队。", []),  # holder and member group only
        ("包括甲志愿服务队、青年志愿者分队。", []),  # member group only
        ("包括甲志愿服务队、老年志愿服务队。", []),  # a generic holder of the served only
        ("包括甲志愿服务队、石桥青年志愿者分队。", ["石桥青年志愿者分队"]),  # a name of its own before the group
    ],
)
def test_listed_volunteer_team_nameless_words(text, expected):
    assert [text[a:b] for a, b in listed_volunteer_teams(text, nameless=nameless_team_words())] == expected
