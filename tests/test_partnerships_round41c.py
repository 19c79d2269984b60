"""Round 41c (pairs): staff housing named after its work unit (某局家属院) is where a unit's staff
live, never a party, and it hides the unit's name inside it. Sentences written for these tests
(made-up names)."""

from __future__ import annotations

from contexts import partner_pairs as pairs

UNITS = dict(organizations=["柏溪区团委", "柏溪公交二公司", "晴禾社工服务中心"],
             communities=["杉木岭社区", "柏溪公交二公司家属院"])


def test_helped_staff_housing_pairs_nothing():
    text = "杉木岭社区党委联合柏溪区团委帮助柏溪公交二公司家属院解决了停车难题。"
    assert pairs(text, **UNITS) == [("杉木岭社区", "柏溪区团委")]


def test_unit_pairs_still():
    text = "杉木岭社区联合晴禾社工服务中心开展了邻里节活动。"
    assert pairs(text, **UNITS) == [("晴禾社工服务中心", "杉木岭社区")]
