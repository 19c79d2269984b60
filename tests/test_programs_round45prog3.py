"""Programs: an unquoted platform is named by a place or organization holder and words of its own
(某市党员先锋平台); a platform word after field words alone names nothing. Round 45prog3.
Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


KEPT = [
    ("city_platform", "柳岸社区党委在绍兴市党员先锋平台发布招募信息。", [("绍兴市党员先锋平台", "platform")]),
    ("quoted_platform", "柳岸社区上线了“邻里云帮”平台。", [("邻里云帮", "platform")]),
]

EMPTY = [
    ("field_only", "全区建成心理健康云平台。"),
    ("no_holder", "柳岸社区搭建了区域党建融合平台。"),
]


@pytest.mark.parametrize("label,text,expected", KEPT, ids=[c[0] for c in KEPT])
def test_held_platforms_named(label, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("label,text", EMPTY, ids=[c[0] for c in EMPTY])
def test_platform_without_holder_names_nothing(label, text):
    assert programs(text) == []
