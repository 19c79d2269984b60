"""Organizations: name shapes without a listed ending — a place's Party or Youth League
committee written place + 委, a bureau with a field the ending lexicon does not list, and the
items of a list closed by 等 + modifier + head. Sentences written for these tests (made-up names)."""

from __future__ import annotations

import pytest

from shequ.extract.organizations import OrganizationExtractor
from contexts import context_for


def orgs(text: str, places: tuple[str, ...] = (), communities: tuple[str, ...] = ()):
    """(surface, kind) per organization mention, in text order."""
    ctx = context_for(OrganizationExtractor, text, places=places, communities=communities)
    return [(text[m.start : m.end], m.attrs["kind"]) for m in OrganizationExtractor()(ctx)]


PLACE_COMMITTEE_CASES = [
    # C9: place + 委 is the place's Party committee.
    ("这支服务队得到柳岸区委的关心，去年成立。", ("柳岸区",), [("柳岸区委", "party")]),
    ("2019年，他调任青禾市委常委。", ("青禾市",), [("青禾市委", "party")]),
    # 团 + place + 委 is its Youth League committee; 团 after a stop character opens it.
    ("团青禾省委携手省妇联走访老人。", ("青禾省",), [("团青禾省委", "party"), ("省妇联", "government")]),
    ("牵头单位是团柳岸区委。", ("柳岸区",), [("团柳岸区委", "party")]),
    # A longer name that holds the committee wins (F6).
    ("柳岸区委社会工作部牵头搭台。", ("柳岸区",), [("柳岸区委社会工作部", "party")]),
    # 委托 is a verb, 委员 a member: no committee.
    ("青禾市委托第三方机构开展评估。", ("青禾市",), []),
    ("柳岸区委员张某出席。", ("柳岸区",), []),
    # 团 that ends 集团 is not the League.
    ("青禾集团柳岸区委", ("柳岸区",), [("青禾集团", "company"), ("柳岸区委", "party")]),
]


@pytest.mark.parametrize("text, places, expected", PLACE_COMMITTEE_CASES)
def test_place_committee_written_without_zhonggong(text, places, expected):
    assert orgs(text, places) == expected


BUREAU_CASES = [
    # C10: level word + unlisted field + 局/厅.
    ("活动邀请县果业局的技术人员参加。", (), [("县果业局", "government")]),
    # (the bare 团委 joined to it is a list unit, C5b: see test_organizations_list_units.py)
    ("省教育厅和团委联合发文。", (), [("省教育厅", "government"), ("团委", "party")]),
    # A place + a field of several words.
    ("柳岸市乡村振兴局派员指导。", ("柳岸市",), [("柳岸市乡村振兴局", "government")]),
    # Words ending in 局/厅 that are no bureaus, and a field with no level or place before it.
    ("要服从全县工作大局，构建市场新格局。", (), []),
    ("社企会客厅里，市民议事厅外。", (), []),
    ("他在果业局工作。", (), []),
    # A listed ending stays C1's (one mention, not two).
    ("区民政局局长到场。", (), [("区民政局", "government")]),
]


@pytest.mark.parametrize("text, places, expected", BUREAU_CASES)
def test_bureau_with_unlisted_field(text, places, expected):
    assert orgs(text, places) == expected


LIST_HEAD_CASES = [
    # C5 with a modifier between 等 and the head.
    ("星河智联、青禾雷动等科技企业捐了图书。", [("星河智联", "company"), ("青禾雷动", "company")]),
    ("引进了柳岸琴行、新芽健身房等社区单位。", [("柳岸琴行", "other"), ("新芽健身房", "other")]),
    # 中小学校 is every primary and middle school: a generic reference, not a named school.
    ("给全县中小学校送去绘本。", []),
    # A verb in the modifier is no head phrase.
    ("邀请居民、志愿者等参与单位活动。", []),
]


@pytest.mark.parametrize("text, expected", LIST_HEAD_CASES)
def test_list_closed_by_modified_head(text, expected):
    assert orgs(text) == expected


AGENCY_BRAND_CASES = [
    # A social-work agency's brand word between its place and ending, tagged a verb or numeral
    # by jieba, is part of the name.
    ("柳岸区司法局携手青禾市启航社工服务中心上门讲法。", ("柳岸区", "青禾市"), [("柳岸区司法局", "government"), ("青禾市启航社工服务中心", "social_work")]),
    # A clause between the place and the ending is not a name.
    ("青禾市推进建设社工服务中心。", ("青禾市",), []),
]


@pytest.mark.parametrize("text, places, expected", AGENCY_BRAND_CASES)
def test_agency_brand_word_after_place(text, places, expected):
    assert orgs(text, places) == expected


COLLEGE_JOIN_CASES = [
    # 与/和 between two fields of study is inside a college's name
    ("青禾大学经济与管理学院联合金桂社区开展调研。", (), ("金桂社区",), [("青禾大学经济与管理学院", "school")]),
    ("信息科学与工程学院团委与杏林社区结对。", (), ("杏林社区",), [("信息科学与工程学院团委", "party")]),
    # …but after a unit or a community the conjunction joins two parties
    ("金桂社区与青禾学院签订协议。", (), ("金桂社区",), [("青禾学院", "school")]),
    # a field with no college ending after it: no name
    ("居民与经济学者交流。", (), (), []),
]


@pytest.mark.parametrize("text, places, communities, expected", COLLEGE_JOIN_CASES)
def test_college_name_joining_two_fields(text, places, communities, expected):
    assert orgs(text, places, communities) == expected
