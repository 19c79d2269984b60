"""Programs: a team that a place or community holds, named by words of its own before a plain team word
(a token ending in 队 that the suffix table leaves unnamed, or a lone 队/团队 after a word of what the team
does), is named from the holder; a field alone, a clause or a count names nothing. Round 50progmiss.
Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


KEPT = [
    ("token_team_word", "晚会上，青禾社区红枫宣传队带来了快板。", [("青禾社区红枫宣传队", "team")]),
    ("lone_team_word", "他是柳溪村乡邻暖心互助队的一员。柳溪村位于湖州市。", [("柳溪村乡邻暖心互助队", "team")]),
    ("held_by_place_and_community", "晚会上，杭州市桃源社区银发妈妈健身团队表演了节目。", [("杭州市桃源社区银发妈妈健身团队", "team")]),
    ("after_quoted_remark", "“日子越过越红火！”南湖社区金穗宣传队队员笑着说。", [("南湖社区金穗宣传队", "team")]),
]

EMPTY = [
    ("field_only", "看了青禾社区文艺宣传队的快板。"),
    ("clause_before_team_word", "柳岸街道相关负责人率队调研。"),
    ("counted_teams", "苏州市为8支青禾社区巾帼健身团队发放物资。"),
]


@pytest.mark.parametrize("label,text,expected", KEPT, ids=[c[0] for c in KEPT])
def test_held_team_named_from_its_holder(label, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("label,text", EMPTY, ids=[c[0] for c in EMPTY])
def test_held_team_without_own_name_names_nothing(label, text):
    assert programs(text) == []
