"""Round 20 (pairs): co-actor lists and with-lists. A list of units that opens its clause and is
followed by a comma and a word of joint action (A、B及C，共同举办…) acts together; the items of such
a list are licensed by their name shape, and a found name cut short is widened over the rest of
its item. A brand with no head word is a party after a descriptor of its kind (联合爱心企业某某开展…).
A forward list may open with a community named only by its standing (携手结对共建社区和B、C). A list
of supporters (在A、镇政府的支持之下) may end in bare units. In a with-list, the last item after 和/及 ends the list (an item found without its Party unit, 某卫生院|党支部,
still joins it) (与A、B和C签署…): it opens no
with-list of its own. A movement verb (前往, 来到) opens a predicate, never a licensed name.
Sentences written for these tests (made-up names)."""

from __future__ import annotations

import pytest

from shequ.extract.partnerships import PartnershipExtractor
from contexts import context_for, partner_pairs as pairs


def all_pairs(*names: str) -> list[tuple[str, str]]:
    return [(a, b) for i, a in enumerate(names) for b in names[i + 1 :]]


CASES = [
    # a clause-opening list, a comma, then 共同: the units act together
    ("comma_before_joint_act", "近日，青禾区司法局第一戒毒所、青禾区禁毒办、民革青禾区工委及柳岸社区，共同举办禁毒宣传活动。",
     {"organizations": ["青禾区司法局第一戒毒所", "青禾区禁毒办", "民革青禾区工委"], "communities": ["柳岸社区"]},
     all_pairs("青禾区司法局第一戒毒所", "青禾区禁毒办", "民革青禾区工委", "柳岸社区")),
    # two units joined by 与, a comma, then 共同开展
    ("comma_after_with_pair", "为方便居民，青禾医院骨科党支部与柳岸社区卫生服务中心党支部，共同开展了义诊活动。",
     {"organizations": ["青禾医院骨科党支部", "柳岸社区卫生服务中心党支部"]},
     [("柳岸社区卫生服务中心党支部", "青禾医院骨科党支部")]),
    # items of the list no extractor found, or found cut short, are licensed by their name shape
    ("licensed_items", "近日，青禾市司法局第三强制隔离戒毒所、石桥街道社区戒毒（康复）中心及柳岸社区，共同举办主题活动。",
     {"organizations": ["青禾市司法局"], "communities": ["柳岸社区"]},
     all_pairs("青禾市司法局第三强制隔离戒毒所", "石桥街道社区戒毒（康复）中心", "柳岸社区")),
    # the list is the object of a verb (组织, 走访): it is not the subject of the joint act
    ("list_after_verb", "近日，街道组织青禾区禁毒办、民革青禾区工委，共同举办主题活动。",
     {"organizations": ["青禾区禁毒办", "民革青禾区工委"]}, []),
    ("list_after_visit", "社区书记走访了青禾区禁毒办、民革青禾区工委，共同商讨共建事宜。",
     {"organizations": ["青禾区禁毒办", "民革青禾区工委"]}, []),
    # a comma and no joint word: nothing
    ("comma_without_joint_word", "近日，青禾区禁毒办、民革青禾区工委，开展了主题活动。",
     {"organizations": ["青禾区禁毒办", "民革青禾区工委"]}, []),
    # a brand with no head word, after a descriptor that says it is a company (爱心企业): a partner
    ("described_brand", "中秋前夕，石桥街道南站社区联合爱心企业小王烧饼组织开展了送月饼活动。",
     {"communities": ["南站社区"]}, [("南站社区", "小王烧饼")]),
    ("described_brand_with_level", "近日，火炬社区联合辖区爱心企业青禾老窖开展节日慰问活动。",
     {"communities": ["火炬社区"]}, [("火炬社区", "青禾老窖")]),
    # the descriptor alone names no one
    ("descriptor_alone", "近日，火炬社区联合爱心企业开展节日慰问活动。", {"communities": ["火炬社区"]}, []),
    ("descriptor_before_clause", "近日，火炬社区联合爱心企业为困难居民送去米面油。", {"communities": ["火炬社区"]}, []),
    # a forward list whose first item is a community named only by its standing (结对共建社区)
    ("unnamed_paired_community_first", "9月2日，青禾大学社区携手结对共建社区和青禾建筑工程有限公司、青禾幼儿园等单位开展了主题活动。",
     {"communities": ["青禾大学社区"], "organizations": ["青禾建筑工程有限公司", "青禾幼儿园"]},
     [("青禾大学社区", "青禾建筑工程有限公司"), ("青禾大学社区", "青禾幼儿园")]),  # 携手 a list: each with the actor (round 46)
    # supporters named with bare units after them, and 之下 for 下
    ("under_with_bare_units", "在石桥镇党委、镇政府、社区居委会的大力支持与帮助之下，青禾物业建起了小区议事厅。",
     {"organizations": ["青禾物业", "石桥镇党委"]}, [("石桥镇党委", "青禾物业")]),
    # supporters that are not all names (两家单位): nothing, as before
    ("under_with_count", "在石桥镇党委等两家单位的大力支持之下，青禾物业建起了小区议事厅。",
     {"organizations": ["青禾物业", "石桥镇党委"]}, []),
    # a with-list whose last item follows 和: each item is the actor's partner, none the others'
    ("with_list_last_item", "会上，柳岸社区党委分别与青禾市供销社党支部、石桥卫生院党支部和青禾喜乐物业党支部签订了结对协议。",
     {"organizations": ["柳岸社区党委", "青禾市供销社党支部", "石桥卫生院党支部", "青禾喜乐物业党支部"]},
     [("柳岸社区党委", "石桥卫生院党支部"), ("柳岸社区党委", "青禾市供销社党支部"), ("柳岸社区党委", "青禾喜乐物业党支部")]),
    # …also when an item was found without its Party unit (石桥卫生院|党支部): the list goes on over it
    ("with_list_item_without_its_unit", "会上，柳岸社区党委与青禾市供销社党支部、石桥卫生院党支部和青禾喜乐物业党支部签订了结对协议。",
     {"organizations": ["柳岸社区党委", "青禾市供销社党支部", "石桥卫生院", "青禾喜乐物业党支部"]},
     [("柳岸社区党委", "石桥卫生院"), ("柳岸社区党委", "青禾市供销社党支部"), ("柳岸社区党委", "青禾喜乐物业党支部")]),
    # 和 before a with-mark still joins the actors (A和B与C签署: each actor with C)
    ("actors_joined_by_he", "会上，柳岸社区党委和青禾市供销社党支部与青禾喜乐物业党支部签订了结对协议。",
     {"organizations": ["柳岸社区党委", "青禾市供销社党支部", "青禾喜乐物业党支部"]},
     [("柳岸社区党委", "青禾喜乐物业党支部"), ("青禾喜乐物业党支部", "青禾市供销社党支部")]),
]


@pytest.mark.parametrize("text,parties,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round20(text, parties, expected):
    assert pairs(text, **parties) == sorted(tuple(sorted(p)) for p in expected)


def test_round20_movement_verb_opens_no_licensed_name():
    """联合前往某社区: the movement verb opens the predicate; no party named 前往某社区."""
    text = "9月1日下午，青禾市人社局、青禾区移民局联合前往柳岸社区开展文艺活动。"
    ctx = context_for(PartnershipExtractor, text, organizations=["青禾市人社局", "青禾区移民局"], communities=["柳岸社区"])
    names = {m.attrs["a"].canonical for m in PartnershipExtractor()(ctx) if m.label == "partnerships"}
    names |= {m.attrs["b"].canonical for m in PartnershipExtractor()(ctx) if m.label == "partnerships"}
    assert not any(n.startswith("前往") for n in names)


def test_round20_organization_cut_by_a_community_is_no_party():
    """某街道|某大学|社区: an organization that is a place and the first part of a community's name
    gives way to the community; one whose own name runs into a community (某分行|与某社区) stays."""
    text = "9月2日，石桥街道青禾大学社区携手青禾建筑工程有限公司开展了主题活动。"
    ctx = context_for(PartnershipExtractor, text, organizations=["石桥街道青禾大学", "青禾建筑工程有限公司"],
                      communities=["青禾大学社区"], places=["石桥街道"])
    assert pairs_of(ctx) == [("青禾大学社区", "青禾建筑工程有限公司")]
    text = "近日，青禾银行石桥分行与民安社区工作站共建驿站。"
    ctx = context_for(PartnershipExtractor, text, organizations=["青禾银行石桥分行", "民安社区工作站"],
                      communities=["分行与民安社区"])
    assert pairs_of(ctx) == [("民安社区工作站", "青禾银行石桥分行")]


def pairs_of(ctx) -> list[tuple[str, str]]:
    return sorted({tuple(sorted((m.attrs["a"].canonical, m.attrs["b"].canonical)))
                   for m in PartnershipExtractor()(ctx) if m.label == "partnerships"})
