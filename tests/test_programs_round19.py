"""Programs, round 19 (pool-programs): a quoted volunteer role title that a frame gives to people
is a program of kind team (担任“某某管家”, 由…组成的“某某观察员”, “某某员”是…招募的志愿者); a
plain role (“网格员”), a metaphor (化身“…”, 是…的“…”) and an award (“最美楼长”) are not.
Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


ROLE_TITLES = [
    ("after_danren", "青禾社区推动六十名党员担任“青禾管家”，为居民跑腿办事。", [("青禾管家", "team")]),
    ("after_count_of_people", "街道聘请了12名“小区议事员”参与协商。", [("小区议事员", "team")]),
    ("after_zuchengde", "由退休教师和热心居民组成的“邻里观察员”每周走访一次。", [("邻里观察员", "team")]),
    ("defined_as_volunteers", "据介绍，“楼栋守护员”是桃源社区在每个单元招募的志愿者。", [("楼栋守护员", "team")]),
]

NO_ROLE_TITLES = [
    ("plain_role", "居民可以联系“网格员”反映问题。"),
    ("plain_role_after_danren", "她在社区担任“联络员”多年。"),
    ("metaphor_huashen", "网格员们化身“调解员”，耐心倾听双方诉求。"),
    ("metaphor_shi_de", "她们是社区的“网格管家”，穿梭在街头巷尾。"),
    ("award", "社区评选出10名“最美楼长”。"),
    ("no_frame", "今年社区发布了“楼栋管家”卡通形象。"),
    ("defined_but_no_volunteers", "“楼栋管家”是一款手机应用，居民可在线报修。"),
]


@pytest.mark.parametrize("name, text, expected", ROLE_TITLES, ids=[row[0] for row in ROLE_TITLES])
def test_framed_role_titles_are_programs(name, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("name, text", NO_ROLE_TITLES, ids=[row[0] for row in NO_ROLE_TITLES])
def test_plain_roles_metaphors_and_awards_are_no_programs(name, text):
    assert programs(text) == []
