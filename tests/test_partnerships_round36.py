"""Round 36 (pairs). A list opening its clause that holds an activity whose slogan title runs past
ten characters before the joint-building word (A、B开展“…”党建共建活动) is a list of partners.
Sentences written for these tests (made-up names)."""

from __future__ import annotations

from contexts import partner_pairs as pairs

ORGS = ["柘溪街道办事处", "蓝鲸农商银行"]


def test_list_holding_a_long_titled_joint_building_activity_pairs():
    text = "6月3日，柘溪街道办事处、蓝鲸农商银行开展“红心引领凝聚邻里力量携手共建美丽家园”党建共建活动。"
    assert pairs(text, organizations=ORGS) == [("柘溪街道办事处", "蓝鲸农商银行")]


def test_list_holding_a_long_titled_activity_without_joint_building_still_pairs():
    # round 51: a list opening its clause holds even 开展 together (RE_CO_SUBJECT_ACT)
    text = "6月3日，柘溪街道办事处、蓝鲸农商银行开展“红心引领凝聚邻里力量建设美丽家园”金融知识宣传活动。"
    assert pairs(text, organizations=ORGS) == [("柘溪街道办事处", "蓝鲸农商银行")]
