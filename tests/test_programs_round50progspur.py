"""Programs: an unquoted name holding a word that opens with a manner adverb (充分, 精心, 准时 …), whole or
glued by the segmenter to its verb, is a predicate around a generic program word, not a name; a name
without one keeps its words. Round 50progspur. Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


EMPTY = [
    ("adverb_glued_to_verb", "青禾镇以实践站为载体，充分调动全镇志愿服务队伍。"),
    ("adverb_before_holder", "充分发挥全乡志愿服务队伍力量，明确分工。"),
    ("adverb_alone", "在商圈等区域，精心布局骑手驿站三十个。"),
    ("person_then_adverb", "上午九点，陈立新准时到达议事厅签到。"),
]

KEPT = [
    ("holder_named_team", "柳岸社区成立了银杏叶志愿服务队。", [("银杏叶志愿服务队", "team")]),
    ("adverb_outside_name", "柳岸镇扎实推进睦邻驿站建设。", [("睦邻驿站", "station")]),
]


@pytest.mark.parametrize("label,text", EMPTY, ids=[c[0] for c in EMPTY])
def test_manner_adverb_makes_a_predicate_not_a_name(label, text):
    assert programs(text) == []


@pytest.mark.parametrize("label,text,expected", KEPT, ids=[c[0] for c in KEPT])
def test_names_without_manner_adverb_kept(label, text, expected):
    assert programs(text) == expected
