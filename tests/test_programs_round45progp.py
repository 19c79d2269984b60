"""Programs: a quote that an idea or manner word follows (…”服务理念, …”的形式, …”的理念) states how a
body thinks or works, not a program's name; the same quote before a program word stays a name.
Round 45progp. Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


KEPT = [
    ("quote_before_activity", "柳岸社区开展“相约邻里、走进楼院”服务活动。", [("相约邻里、走进楼院", "activity")]),
    ("brand_beside_idea", "柳岸社区唱响“相约邻里、走进楼院”服务理念，打造“敲开一扇门”服务品牌。", [("敲开一扇门", "brand")]),
]

EMPTY = [
    ("service_idea", "柳岸社区始终唱响“相约邻里、走进楼院”服务理念。"),
    ("manner_of_work", "活动采取“分区包片、责任到人”的形式，把志愿者分到各楼栋。"),
]


@pytest.mark.parametrize("label,text,expected", KEPT, ids=[c[0] for c in KEPT])
def test_names_kept(label, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("label,text", EMPTY, ids=[c[0] for c in EMPTY])
def test_idea_or_manner_quotes_name_nothing(label, text):
    assert programs(text) == []
