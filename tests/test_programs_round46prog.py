"""Programs: an unquoted festival ending in 文化节 or 邻居节 is named when a place, community or
organization opens it (某某街道社区邻里文化节, 某某市邻居节); the festival word after no holder names
nothing, and a quoted festival still reads with 节. Round 46prog. Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


KEPT = [
    ("street_culture_festival", "马鞍街道社区邻里文化节昨天在滨河公园开幕。", [("马鞍街道社区邻里文化节", "activity")]),
    ("city_neighbour_festival", "浙江省温州市邻居节举办以来，各个街道积极参与。", [("浙江省温州市邻居节", "activity")]),
    ("quoted_festival", "柳岸社区举办了“槐花邻居节”。", [("槐花邻居节", "activity")]),
]

EMPTY = [
    ("no_holder", "本次邻里文化节吸引了众多居民。"),
    ("generic_holder", "社区举办邻居节，居民欢聚一堂。"),
]


@pytest.mark.parametrize("label,text,expected", KEPT, ids=[c[0] for c in KEPT])
def test_held_festivals_named(label, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("label,text", EMPTY, ids=[c[0] for c in EMPTY])
def test_festival_without_holder_names_nothing(label, text):
    assert programs(text) == []
