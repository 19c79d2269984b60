"""Programs: a quote holding only generic words before its own program word (the level a station
belongs to: “社区驿站”; before a canteen word, the people it feeds: “长者食堂”) names no program of
its own; a quote with a name part of its own is still read. Round 43c. Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


KEPT = [
    ("own_station_name", "柳岸社区开设“青禾驿站”，给外卖骑手送去茶水。", [("青禾驿站", "station")]),
    ("own_canteen_name", "柳岸社区开设“暖阳食堂”，给独居老人送去午饭。", [("暖阳食堂", "station")]),
]

EMPTY = [
    ("level_station", "柳岸银行联合商户开设“社区驿站”，给外卖骑手送去茶水。"),
    ("level_reading_room", "柳岸街道新开一间“小区书屋”，周末向孩子们开放。"),
    ("fed_canteen", "镇里新开三家“长者食堂”，给独居老人送去午饭。"),
    ("level_and_fed_canteen", "柳岸镇开设“社区老年食堂”，给独居老人送去午饭。"),
]


@pytest.mark.parametrize("label,text,expected", KEPT, ids=[c[0] for c in KEPT])
def test_names_kept(label, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("label,text", EMPTY, ids=[c[0] for c in EMPTY])
def test_generic_quotes_name_nothing(label, text):
    assert programs(text) == []
