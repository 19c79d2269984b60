"""Programs: a short quoted role word (at most three characters, ending in 人, 员, 长 or 者) that a team
or volunteer word follows (“四长”志愿者, ‘热心人’队伍, “守护者”队伍, “两员”基本队伍) says which people
serve; the team is described by its members' role, not named. A longer, qualified role (“…宣传员”队伍)
and a short name that is no role (“小橙帽”志愿者) still name a team. Round 51progspur. Sentences of our
own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


EMPTY = [
    ("count_of_roles_volunteers", "周末，青禾社区的“四长”志愿者在广场摆放宣传展板。"),
    ("role_word_team_single_quotes", "街道希望培养一支扎根楼院的‘热心人’队伍。"),
    ("role_word_team", "柳岸社区着力建强“守护者”队伍。"),
    ("count_of_roles_basic_team", "松涛镇形成以干部为联络员的“两员”基本队伍。"),
]

KEPT = [
    ("qualified_role", "已有二十名快递员加入“松涛快递文明劝导员”队伍。", [("松涛快递文明劝导员", "team")]),
    ("name_not_a_role", "青禾社区的“小橙帽”志愿者每天巡查楼道。", [("小橙帽", "team")]),
]


@pytest.mark.parametrize("label,text", EMPTY, ids=[c[0] for c in EMPTY])
def test_short_role_word_before_team_word_names_nothing(label, text):
    assert programs(text) == []


@pytest.mark.parametrize("label,text,expected", KEPT, ids=[c[0] for c in KEPT])
def test_qualified_role_or_name_before_team_word_stays(label, text, expected):
    assert programs(text) == expected
