"""Round 37 (pairs). A list of units after 由 that acts together (该项目由A、B及C共同实施; 由A、B、C
联合举办的…) is a list of co-actors even where an extractor cut one item's name short (the found name
stays the party) or missed one; 联合 inside a joint body's name (某科联合党支部, 某商圈联合工会) is no
joint act of the list. Sentences written for these tests (made-up names)."""

from __future__ import annotations

from contexts import partner_pairs as pairs


def test_by_list_acting_together_licenses_an_item_no_extractor_found():
    text = "该项目由蓝湾市青禾社会工作服务中心、蓝湾市柚子湾社区和蓝湾市翠屏警务室联合举办。"
    found = pairs(text, organizations=["蓝湾市青禾社会工作服务中心"], communities=["蓝湾市柚子湾社区"])
    assert found == [
        ("蓝湾市柚子湾社区", "蓝湾市翠屏警务室"),
        ("蓝湾市柚子湾社区", "蓝湾市青禾社会工作服务中心"),
        ("蓝湾市翠屏警务室", "蓝湾市青禾社会工作服务中心"),
    ]


def test_by_list_item_cut_short_stands_for_the_found_name():
    # the extractor found only 柚城公司第三党支部 of 鹭岭置业柚城公司第三党支部: the list still runs on
    text = "本次联建由青禾社区委员会、鹭岭置业柚城公司第三党支部、丹枫医院外科党支部共同发起。"
    found = pairs(text, organizations=["青禾社区委员会", "柚城公司第三党支部", "丹枫医院外科党支部"])
    assert found == [
        ("丹枫医院外科党支部", "柚城公司第三党支部"),
        ("丹枫医院外科党支部", "青禾社区委员会"),
        ("柚城公司第三党支部", "青禾社区委员会"),
    ]


def test_joint_branch_item_cut_at_lianhe_keeps_the_list_together():
    text = "本次联建由青禾社区委员会、丹枫医院急诊内科联合党支部、鹭岭置业公司党支部共同发起。"
    found = pairs(text, organizations=["青禾社区委员会", "丹枫医院急诊内科", "鹭岭置业公司党支部"])
    assert found == [
        ("丹枫医院急诊内科", "青禾社区委员会"),
        ("丹枫医院急诊内科", "鹭岭置业公司党支部"),
        ("青禾社区委员会", "鹭岭置业公司党支部"),
    ]


def test_joint_union_is_no_frame_word():
    # 联合工会 names one body: the union is not 联合 with what follows
    text = "鹭岭商圈联合工会爱心驿站开展夏日送清凉活动。"
    assert pairs(text, organizations=["鹭岭商圈"], programs=["工会爱心驿站"]) == []


def test_by_list_credited_as_hosts_pairs_its_units():
    # round 48: credit lines pair their units (37-set pool gold)
    text = "该活动由蓝湾市青禾社会工作服务中心、蓝湾市柚子湾社区联合主办。"
    assert pairs(text, organizations=["蓝湾市青禾社会工作服务中心"], communities=["蓝湾市柚子湾社区"]) == [
        ("蓝湾市柚子湾社区", "蓝湾市青禾社会工作服务中心")]


def test_by_single_unit_pairs_nothing():
    text = "该项目由蓝湾市青禾社会工作服务中心联合实施。"
    assert pairs(text, organizations=["蓝湾市青禾社会工作服务中心"]) == []
