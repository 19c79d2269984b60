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
