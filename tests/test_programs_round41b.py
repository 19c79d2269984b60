"""Programs, round 41b: a bare trade-union station (工会驿站, 社区工会驿站) is the union network's
kind of station, like 户外驿站; a station its holder names keeps its name. Sentences of our own
making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


UNION_STATION_EMPTY = [
    ("bare", "炎夏时节，送餐员可以就近走进工会驿站喝水歇脚。"),
    ("community", "环卫师傅们常去社区工会驿站休息。"),
]


@pytest.mark.parametrize("name, text", UNION_STATION_EMPTY, ids=[row[0] for row in UNION_STATION_EMPTY])
def test_union_station_type_names_nothing(name, text):
    assert programs(text) == []


def test_holder_named_union_station_keeps_its_name():
    text = "昨日，柘湾镇总工会为苇塘社区工会驿站送去了冰箱和药箱。"
    assert [name for name, _ in programs(text)] == ["苇塘社区工会驿站"]
