"""Round 28 (pairs): frames that recur across the fourteen tuning sets.

- obtain: 争取(到) B 的 … <noun> reads like 得到 B 的 … <noun> (B supports the unit that sought it), the
  noun may be money (资金, 经费); a list of further helpers closed by 等 may stand between B and the
  noun (得到B、共建单位和居民等多方面支持), and a town written only as a place may open the helpers
  (争取某镇和B支持).
Sentences written for these tests (made-up names)."""

from __future__ import annotations

import pytest

from contexts import partner_pairs as pairs


OBTAIN = [
    # 争取到 B 的 money: B funds the community
    ("sought_funds", "青杏社区争取到青禾市惠民公益基金会的30万元项目经费，用于开展日间照料。",
     {"communities": ["青杏社区"], "organizations": ["青禾市惠民公益基金会"]},
     [("青杏社区", "青禾市惠民公益基金会")]),
    # 积极争取 a town (a place only) and a bureau's support: the bureau pairs with the village
    ("sought_support_after_place", "为修通进村道路，柳塘村多方争取石桥镇和青禾县交通运输局支持。",
     {"communities": ["柳塘村"], "organizations": ["青禾县交通运输局"], "places": ["石桥镇"]},
     [("柳塘村", "青禾县交通运输局")]),
    # 得到了 B and unnamed helpers 等多方面支持
    ("obtained_with_helpers", "青杏社区的义诊周得到了青禾县民政局、辖区药店和热心居民等多方面支持。",
     {"communities": ["青杏社区"], "organizations": ["青禾县民政局"]},
     [("青杏社区", "青禾县民政局")]),
    # no pair: 争取 with no party after it
    ("sought_nothing", "青杏社区将争取实现爱心超市全覆盖。",
     {"communities": ["青杏社区"]}, []),
    # no pair: the thing obtained is praise, not support or money
    ("obtained_praise", "青杏社区的做法得到了青禾县民政局和居民的一致好评。",
     {"communities": ["青杏社区"], "organizations": ["青禾县民政局"]}, []),
    # no pair: the helpers' list runs over a clause border before the noun
    ("helpers_clause_border", "青杏社区争取到青禾县民政局、街道办事处，他们提供了经费。",
     {"communities": ["青杏社区"], "organizations": ["青禾县民政局"]}, []),
]


@pytest.mark.parametrize("name,text,parties,expected", OBTAIN, ids=[c[0] for c in OBTAIN])
def test_round28_obtain(name, text, parties, expected):
    assert pairs(text, **parties) == expected
