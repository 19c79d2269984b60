"""Programs: a name opening with a word that points back or grades (该, 此, 所在; 市级, 区级, 县级,
省级) refers to a station or group already told or to its rank, not by a name of its own; a station
with a name of its own stays. Round 47progn. Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


KEPT = [
    ("own_station_name", "青杉社区开设“晴岚驿站”，为环卫工人提供歇脚点。", [("晴岚驿站", "station")]),
]

EMPTY = [
    ("pointer_station", "据介绍，该青杉驿站已接待居民三百余人次。"),
    ("ranked_station", "街道建成市级环保志愿服务驿站一个。"),
]


@pytest.mark.parametrize("label,text,expected", KEPT, ids=[c[0] for c in KEPT])
def test_station_with_own_name_kept(label, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("label,text", EMPTY, ids=[c[0] for c in EMPTY])
def test_pointer_or_rank_opening_names_nothing(label, text):
    assert programs(text) == []
