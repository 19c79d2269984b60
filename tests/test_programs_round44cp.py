"""Programs: a name made only of generic holders and a size or ordinal modifier before its program
word (“小食堂”, 社区小课堂, “第二课堂”) is the kind of thing a community runs, not a name of its own;
a name part beside the modifier is still read. Round 44cp. Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


KEPT = [
    ("own_name_before_small", "柳岸社区开设“暖阳小食堂”，给独居老人送去午饭。", [("暖阳小食堂", "station")]),
    ("own_name_with_small", "柳岸社区开设“小禾课堂”，周末给孩子补课。", [("小禾课堂", "course")]),
]

EMPTY = [
    ("quoted_small_canteen", "镇里的“小食堂”办得红火，老人们吃得安心。"),
    ("holder_small_course", "下个月社区打算开办社区小课堂，请老师来讲防诈骗。"),
    ("quoted_ordinal_course", "柳岸社区打造孩子们放学后的“第二课堂”。"),
]


@pytest.mark.parametrize("label,text,expected", KEPT, ids=[c[0] for c in KEPT])
def test_names_kept(label, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("label,text", EMPTY, ids=[c[0] for c in EMPTY])
def test_modifier_only_names_name_nothing(label, text):
    assert programs(text) == []
