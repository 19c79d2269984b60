"""Governance models, round 14 (third wave): a quoted numeric name ending in a household word is an
honour households earn (voted for, awarded), not a method; other numeric abbreviations stay
models. Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import model_names


HONOURS = [
    # a contest for the honour
    ("contest", "周六下午，青禾社区举行了“五好和睦家庭”擂台赛。"),
    # households voted the honour
    ("voted", "经过居民投票，最终评选出8户“五好和睦家庭”。"),
    # several honours before one vote word
    ("list", "桃源社区开展“五好和睦家庭”“热心邻居”评选，树立身边榜样。"),
    # an honour of households (户)
    ("household", "社区为20户“五星级和美户”挂牌。"),
]

METHODS = [
    # a numeric abbreviation that names a method stays one
    ("method", "青禾社区推出“三清两整治”，楼道环境明显改善。", ["三清两整治"]),
]


@pytest.mark.parametrize("name, text", HONOURS, ids=[row[0] for row in HONOURS])
def test_household_honour_is_no_model(name, text):
    assert model_names(text) == []


@pytest.mark.parametrize("name, text, expected", METHODS, ids=[row[0] for row in METHODS])
def test_numeric_method_stays_a_model(name, text, expected):
    assert model_names(text) == expected
