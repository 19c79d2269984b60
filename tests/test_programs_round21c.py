"""Programs, round 21c: volunteer teams named by their own words that the team rules missed
(consensus errors of two labellings in 4 articles of 3 tuning sets).

- A team word right after a counted quote (多个“某某”志愿服务队, 5支“某某”特色志愿者服务队) names
  the brand the counted teams share, as with 一支“某某”志愿服务队. A counted quote with no team
  word after it stays a counted category (8个“红色驿站”, 5个“优秀社工室”).
- A one-character adjective before more words of a team's name opens the name (的暖|蜂|志愿服务队);
  a two-character one (优秀|志愿服务队) still describes the team.
- A team's words after a preposition (在|某某志愿者服务队带来的…) name it as after a clause mark;
  field words alone there (在|社区|志愿服务队的帮助下) still name no team.

Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds


def program_names(text: str) -> list[str]:
    return sorted({name for name, _ in programs_and_kinds(text)})


TEAMS = [
    ("counted_many", "社区发动热心居民组建了多个“金桂”志愿服务队。", ["金桂志愿服务队"]),
    ("counted_with_field", "街道共有5支“晨光”特色志愿者服务队，常年服务居民。", ["晨光特色志愿者服务队"]),
    ("one_char_adjective", "由甲商场、乙科技共同组成的暖鸽志愿服务队，将开展关爱活动。", ["暖鸽志愿服务队"]),
    ("after_preposition", "晚会在银龄金帆志愿者服务队带来的扇子舞中开场。", ["银龄金帆志愿者服务队"]),
]

NO_TEAMS = [
    ("counted_station", "全区建成8个“红色驿站”，服务快递小哥。"),
    ("counted_award", "全区共评选出5个“优秀社工室”，给予表彰。"),
    ("counted_observance", "在第十个“中华慈善日”到来之际，社区开展活动。"),
    ("two_char_adjective", "街道表彰了一批优秀志愿服务队，激励大家参与。"),
    # round 40c: a team named by member groups alone is a program now (test_programs_round40c.py)
    ("preposition_before_field", "在社区志愿服务队的帮助下，老人搬进新家。"),
]


@pytest.mark.parametrize("name, text, expected", TEAMS, ids=[row[0] for row in TEAMS])
def test_team_named_by_its_own_words(name, text, expected):
    assert program_names(text) == expected


@pytest.mark.parametrize("name, text", NO_TEAMS, ids=[row[0] for row in NO_TEAMS])
def test_counted_category_or_field_names_no_team(name, text):
    assert program_names(text) == []
