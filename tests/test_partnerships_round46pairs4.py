"""Round 46 (pairs4): a 携手/联动 list pairs the actor with each listed party; the listed parties are
each other's partners only when a comma and a joint word close the list (A携手B、C，共同启动…).
Sentences written for these tests (made-up names)."""

from __future__ import annotations

from contexts import partner_pairs as pairs

UNITS = dict(organizations=["禾光社会工作服务中心", "青枫区妇联", "青枫区民政局"], communities=["柳絮湾社区"])


def test_hand_in_hand_list_pairs_the_actor_with_each_partner_only():
    text = "近日，禾光社会工作服务中心携手青枫区妇联、青枫区民政局，举行了暑期课堂开班仪式。"
    assert pairs(text, **UNITS) == [("禾光社会工作服务中心", "青枫区妇联"), ("禾光社会工作服务中心", "青枫区民政局")]


def test_linked_list_pairs_the_actor_with_each_partner_only():
    text = "柳絮湾社区联动青枫区妇联、青枫区民政局开展防诈宣传。"
    assert pairs(text, **UNITS) == [("柳絮湾社区", "青枫区妇联"), ("柳絮湾社区", "青枫区民政局")]


def test_hand_in_hand_list_closed_by_a_joint_word_pairs_all():
    text = "柳絮湾社区携手青枫区妇联、禾光社会工作服务中心，共同启动暑期课堂。"
    assert pairs(text, **UNITS) == [
        ("柳絮湾社区", "禾光社会工作服务中心"), ("柳絮湾社区", "青枫区妇联"), ("禾光社会工作服务中心", "青枫区妇联"),
    ]


def test_hand_in_hand_with_no_named_partner_pairs_nothing():
    text = "柳絮湾社区携手辖区商户，举行了暑期课堂开班仪式。"
    assert pairs(text, **UNITS) == []
