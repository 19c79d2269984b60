"""Programs, round 36b. Sentences of our own making.

1. 银龄 (silver-age) and 退役军人 (veterans) before a team word are no field words any more: the
   labelled sets list such a community team as a program whether or not its holder is written
   next to it. Teams named only by 党员 or 老兵 still name nothing.
"""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


MEMBER_GROUP_TEAMS = [
    ("silver_after_de", "居委会拉起一支以退休教师为主力的银龄志愿服务队，每周走访独居老人。", [("银龄志愿服务队", "team")]),
    ("silver_after_preposition", "会上，街道工委向银龄志愿服务队赠送了锦旗。", [("银龄志愿服务队", "team")]),
    ("veterans_after_setup_verb", "青禾镇去年成立退役军人志愿服务队，守护河道安全。", [("退役军人志愿服务队", "team")]),
]

STILL_FIELD_TEAMS = [
    ("party_members", "青禾镇去年成立党员志愿服务队，守护河道安全。"),
    ("old_soldiers", "青禾镇去年成立老兵志愿服务队，守护河道安全。"),
]


@pytest.mark.parametrize("name, text, expected", MEMBER_GROUP_TEAMS, ids=[r[0] for r in MEMBER_GROUP_TEAMS])
def test_silver_age_and_veteran_teams_are_named(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text", STILL_FIELD_TEAMS, ids=[r[0] for r in STILL_FIELD_TEAMS])
def test_party_member_and_old_soldier_teams_still_name_nothing(name, text):
    assert programs(text) == []
