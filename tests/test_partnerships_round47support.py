"""Round 47 (support): two support nouns written as one word close a 在…下 phrase (在A的支持指导下,
在A的组织指导下), and a town written only as a place may stand right before the unit supported.
Sentences written for these tests (made-up names)."""

from __future__ import annotations

from contexts import partner_pairs as pairs

UNITS = dict(
    organizations=["青禾区民政局", "禾口镇社会事务办", "荷叶乡民政服务站", "青禾区委社会工作部", "青禾团区委", "青禾区文明办"],
    communities=["柳湾社区", "杏坪社区"],
    places=["青禾镇", "桂溪街道"],
)


def test_support_and_guidance_as_one_word_pair_each_supporter_with_the_unit_after_its_town():
    text = "10月10日上午，在青禾区民政局、禾口镇社会事务办的支持指导下，青禾镇荷叶乡民政服务站在村委会开展宣传活动。"
    assert pairs(text, **UNITS) == [("禾口镇社会事务办", "荷叶乡民政服务站"), ("荷叶乡民政服务站", "青禾区民政局")]


def test_organizing_guidance_pairs_the_guide_with_the_community():
    text = "在青禾区文明办的组织指导下，柳湾社区搭起积分兑换平台。"
    assert pairs(text, **UNITS) == [("柳湾社区", "青禾区文明办")]


def test_coordinating_guidance_as_one_word_pairs_nothing():
    text = "在青禾区委社会工作部、青禾团区委的协调指导下，柳湾社区创新服务模式。"
    assert pairs(text, **UNITS) == []


def test_a_street_acting_in_a_community_after_the_phrase_pairs_nothing():
    text = "去年5月，在青禾区民政局的指导下，桂溪街道在杏坪社区建设一条文化街。"
    assert pairs(text, **UNITS) == []
