"""Round 39 (pairs). A social-work agency named a second time by its class noun (该社会组织, 该机构)
is the agency named before. Sentences written for these tests (made-up names)."""

from __future__ import annotations

from contexts import partner_pairs as pairs

AGENCY = "云杉社会工作服务中心"
COMMUNITIES = ["柳岸社区", "桂园社区", "杏林社区"]


def test_social_organization_pointer_stands_for_the_agency_named_before():
    text = "柳岸社区与云杉社会工作服务中心达成合作意向。当天，该社会组织还与桂园社区、杏林社区达成合作意向。"
    assert pairs(text, organizations=[AGENCY], communities=COMMUNITIES) == [
        ("云杉社会工作服务中心", "杏林社区"),
        ("云杉社会工作服务中心", "柳岸社区"),
        ("云杉社会工作服务中心", "桂园社区"),
    ]


def test_agency_pointer_stands_for_the_agency_named_before():
    text = "云杉社会工作服务中心成立于前年。该机构联合桂园社区开办了四期手工课堂。"
    assert pairs(text, organizations=[AGENCY], communities=COMMUNITIES) == [("云杉社会工作服务中心", "桂园社区")]


def test_agency_pointer_with_no_agency_named_before_pairs_nothing():
    text = "柳岸社区居委会换届完成。该机构联合桂园社区开办了四期手工课堂。"
    assert pairs(text, organizations=["柳岸社区居委会"], communities=COMMUNITIES) == []


def test_modal_before_organize_is_no_pointer():
    text = "云杉社会工作服务中心成立于前年。社区应该组织桂园社区居民参加培训。"
    assert pairs(text, organizations=[AGENCY], communities=COMMUNITIES) == []


# A list of units acting together whose first item no extractor named (a 站点, an office's short
# name): the named items after it are still the list, and co-actors.
UNITS = ["柘溪社会工作服务中心", "白沙社工事务所", "蓝鲸医院"]


def test_list_opened_by_an_unnamed_item_after_by_pairs_its_named_items():
    text = "该项目由青石街道康养站点、柘溪社会工作服务中心、白沙社工事务所以及蓝鲸医院共同实施，整合多方资源。"
    assert pairs(text, organizations=UNITS) == [
        ("柘溪社会工作服务中心", "白沙社工事务所"),
        ("柘溪社会工作服务中心", "蓝鲸医院"),
        ("白沙社工事务所", "蓝鲸医院"),
    ]


def test_list_opened_by_an_unnamed_item_at_clause_start_pairs_its_named_items():
    text = "青石街道康养站点、柘溪社会工作服务中心、白沙社工事务所共同开展了义诊活动。"
    assert pairs(text, organizations=UNITS) == [("柘溪社会工作服务中心", "白沙社工事务所")]


def test_list_after_a_verb_with_an_unnamed_first_item_pairs_nothing():
    text = "社区邀请青石街道康养站点、柘溪社会工作服务中心、白沙社工事务所共同参与。"
    assert pairs(text, organizations=UNITS) == []


def test_list_with_an_unnamed_first_item_acting_each_on_its_own_pairs_nothing():
    text = "青石街道康养站点、柘溪社会工作服务中心、白沙社工事务所分别开展了活动。"
    assert pairs(text, organizations=UNITS) == []


def test_with_list_tail_after_an_unnamed_item_is_not_a_list_of_co_actors():
    text = "柳岸社区与青石街道康养站点、柘溪社会工作服务中心、白沙社工事务所结对共建。"
    assert ("柘溪社会工作服务中心", "白沙社工事务所") not in pairs(text, organizations=UNITS, communities=["柳岸社区"])
