"""Round 49 (pairframe): two parties joined by one 与 or 和 that open their clause are the joint
subject of the act after them (A与B于某月启动了…, A和B结合实际开展了…, A与B将…), though no relation
word follows. Sentences written for these tests (made-up names)."""

from __future__ import annotations

import pytest

from contexts import partner_pairs as pairs

UNITS = dict(organizations=["青枫区团委", "青枫区妇联", "禾光社工事务所", "云杉公益基金会"], communities=["柳絮湾社区"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("近日，禾光社工事务所与云杉公益基金会于2024年9月启动了亲子讲座系列活动。", [("云杉公益基金会", "禾光社工事务所")]),
        ("青枫区团委和青枫区妇联结合实际开展了关爱活动。", [("青枫区团委", "青枫区妇联")]),
        ("青枫区团委与青枫区妇联将资源优势转化为服务群众的行动。", [("青枫区团委", "青枫区妇联")]),
        ("未来，禾光社工事务所和云杉公益基金会将持续深化亲子服务。", [("云杉公益基金会", "禾光社工事务所")]),
    ],
)
def test_pair_opening_its_clause_acts_together(text, expected):
    assert pairs(text, **UNITS) == expected


@pytest.mark.parametrize(
    "text",
    [
        "禾光社工事务所与云杉公益基金会的负责人出席了仪式。",
        "禾光社工事务所与云杉公益基金会分别开展了活动。",
        "居民们走访了禾光社工事务所和云杉公益基金会。",
    ],
)
def test_pair_not_the_subject_of_one_act_pairs_nothing(text):
    assert pairs(text, **UNITS) == []


def test_pair_with_join_launching_together_pairs():
    # was round 29's with_join case (nothing); the pool gold pairs such a pair
    text = "青禾社工服务中心与石桥志愿者协会正式启动关爱项目。"
    assert pairs(text, organizations=["青禾社工服务中心", "石桥志愿者协会"]) == [("石桥志愿者协会", "青禾社工服务中心")]


def test_pair_each_founded_in_a_year_pairs_nothing():
    text = "青禾枫林工作室和石桥工作室成立于前年。"
    assert pairs(text, organizations=["青禾枫林工作室", "石桥工作室"]) == []
