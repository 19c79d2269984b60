"""Programs: an enumeration of three phrases or more in quotes, right after an activity verb and before
an activity word, names the campaign held (开展“…、…、…”走访行动); an enumeration of single words, or one
in any other frame (a principle, a theme of values), stays out. Round 48progmiss. Sentences of our own
making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


KEPT = [
    (
        "verb_then_activity",
        "青禾社区开展了“居民讲故事、写心愿、送祝福”活动。",
        [("居民讲故事、写心愿、送祝福", "activity")],
    ),
    (
        "activity_with_descriptor",
        "青禾社区开展“看老人、修家电、送温暖”入户走访行动。",
        [("看老人、修家电、送温暖入户走访行动", "activity")],
    ),
    (
        "long_phrases_with_de",
        "社区开展“春来植树节、夏至纳凉会、秋收丰收宴、冬日暖心餐”的四季邻里活动。",
        [("春来植树节、夏至纳凉会、秋收丰收宴、冬日暖心餐", "activity")],
    ),
    (
        "longer_than_one_name",
        "柳岸社区开展“春有邻里议事茶话会、夏有楼道纳凉故事会、秋有院落丰收分享宴、冬有长者暖心团圆饭”的四季活动。",
        [("春有邻里议事茶话会、夏有楼道纳凉故事会、秋有院落丰收分享宴、冬有长者暖心团圆饭", "activity")],
    ),
]

EMPTY = [
    ("single_words", "社区开展“早、中、晚”巡查活动。"),
    ("two_character_words", "柳岸社区举办“读书、种花、下棋”主题活动。"),
    ("principle", "街道按照“早发现、早介入、早化解”的原则开展工作。"),
    ("no_activity_word", "青禾社区开展“看老人、修家电、送温暖”，受到居民欢迎。"),
    ("theme_of_words", "本次活动的主题为“自然、家园、梦想”。"),
]


@pytest.mark.parametrize("label,text,expected", KEPT, ids=[c[0] for c in KEPT])
def test_enumerated_activity_named(label, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("label,text", EMPTY, ids=[c[0] for c in EMPTY])
def test_enumeration_outside_activity_frame_names_nothing(label, text):
    assert programs(text) == []
