"""Round 43 (pairs): 在A的协调下 / 协调配合下，B… pairs the broker A with B, as support and guidance
do; A协调B alone pairs nothing. Sentences written for these tests (made-up names)."""

from __future__ import annotations

from contexts import partner_pairs as pairs

UNITS = dict(organizations=["晴禾物业管理处", "澜湾社区卫生服务中心", "柏岸志愿者联合会"], communities=["杉木岭社区"])


def test_brokered_under_pairs_broker_and_actor():
    text = "5月2日，在晴禾物业管理处的协调配合下，澜湾社区卫生服务中心举办了义诊。"
    assert pairs(text, **UNITS) == [("晴禾物业管理处", "澜湾社区卫生服务中心")]


def test_plain_brokering_under_pairs_too():
    text = "在柏岸志愿者联合会统筹协调下，杉木岭社区组建了巡逻队。"
    assert pairs(text, **UNITS) == [("杉木岭社区", "柏岸志愿者联合会")]


def test_brokering_verb_alone_pairs_nothing():
    text = "晴禾物业管理处协调澜湾社区卫生服务中心的医生下周再来。"
    assert pairs(text, **UNITS) == []
