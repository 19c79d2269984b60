"""Programs: a quote followed by 揭牌, 挂牌 or 授牌 (正式 first or not) names the station, base or brand a
plaque is unveiled for, with no program word of its own. Round 50progmod2. Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


KEPT = [
    ("unveiling_ceremony", "青禾街道举行了“柳岸邻家”揭牌仪式，各单位代表出席。", [("柳岸邻家", "station")]),
    ("formally_unveiled", "松涛镇中心小学“星语小屋”正式揭牌运营。", [("星语小屋", "station")]),
    ("plaque_hung", "白桦社区的“桂香茶叙”挂牌以来，居民常来坐坐。", [("桂香茶叙", "station")]),
]

EMPTY = [
    ("no_plaque_word", "青禾街道举行了“柳岸邻家”座谈，各单位代表出席。"),
    ("generic_holder_quote", "桂园社区举行了“社区巡逻队伍”授牌仪式。"),
    ("unveiled_by_someone", "区领导“亲自”揭牌，居民鼓掌。"),
]


@pytest.mark.parametrize("label,text,expected", KEPT, ids=[c[0] for c in KEPT])
def test_quote_unveiled_with_a_plaque_is_a_program(label, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("label,text", EMPTY, ids=[c[0] for c in EMPTY])
def test_quote_without_plaque_frame_yields_nothing(label, text):
    assert programs(text) == []
