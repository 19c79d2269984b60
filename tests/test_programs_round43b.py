"""Programs: an unquoted program word after an adverb of degree or manner, a preposition of means or
a verb that opens a predicate (大力, 进一步, 经, 通过, 细化, 组建 …) is the clause's predicate run onto
a generic noun, not a name; a name of its own is still read. Round 43b. Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


KEPT = [
    ("own_station_name", "青禾社区设立了暖阳驿站，为环卫工人提供热水。", [("暖阳驿站", "station")]),
    ("held_council", "青禾街道柳岸社区居民议事会定期召开。", [("柳岸社区居民议事会", "platform")]),
]

EMPTY = [
    ("verb_before_station", "街道将进一步细化市民驿站的服务清单，方便群众办事。"),
    ("preposition_before_council", "该方案经居民议事会讨论后通过，随即施行。"),
    ("adverb_before_fund", "镇里大力宣传社区基金的用途，号召居民捐助。"),
    ("verb_before_team", "柳岸村组建邻里互助队，帮扶独居老人。"),
]


@pytest.mark.parametrize("label,text,expected", KEPT, ids=[c[0] for c in KEPT])
def test_names_kept(label, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("label,text", EMPTY, ids=[c[0] for c in EMPTY])
def test_predicate_runs_name_nothing(label, text):
    assert programs(text) == []
