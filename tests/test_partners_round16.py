"""Round 16 (partnerships): a partner written after a locative descriptor of the 辖区 family
(所在, 所在地, 属地, 驻地, 所在属地), and a partner written at the end of an address chain (a higher
body, then a street, then the unit: 某区管委会某街道某社区党总支), which is the item of the list,
not the higher body. Sentences written for these tests (made-up names)."""

from __future__ import annotations

import pytest

from shequ.extract.communities import CommunityExtractor
from shequ.extract.organizations import OrganizationExtractor
from shequ.extract.partnerships import PartnershipExtractor
from contexts import context_for


def framed(text: str, title: str = "", **parties) -> list[tuple[str, str, str]]:
    """(a, b, relation) of every partnership, parties given by hand."""
    ctx = context_for(PartnershipExtractor, text, title=title, **parties)
    return [(m.attrs["a"].canonical, m.attrs["b"].canonical, m.attrs["relation"]) for m in PartnershipExtractor()(ctx)]


BUS = "青禾公交公司第一党支部"
BRANCH = "柳林社区党总支"
ZONE = "青禾市高新区管委会"

PAIR_CASES = [
    # a locative descriptor between the with-mark and the partner
    ("located_in_with", "青禾公交公司第一党支部日前与所在地桃源街道柳林社区党总支结对。",
     {"organizations": [BUS, BRANCH], "places": ["桃源街道"], "communities": ["柳林社区"]},
     [(BUS, BRANCH, "结对")]),
    ("territory_with", "青禾公交公司第一党支部与属地柳林社区党总支签订共建协议。",
     {"organizations": [BUS, BRANCH], "communities": ["柳林社区"]},
     [(BUS, BRANCH, "签订")]),
    ("seat_forward", "上周五，柳林社区党总支联合驻地青禾公交公司第一党支部开展义务维修。",
     {"organizations": [BUS, BRANCH], "communities": ["柳林社区"]},
     [(BRANCH, BUS, "联合")]),
    # an address chain after the with-mark: the unit at its end is the partner, not the zone's committee
    ("address_chain", "青禾公交公司第一党支部日前与所在属地青禾市高新区管委会桃源街道柳林社区党总支结对。",
     {"organizations": [BUS, ZONE, BRANCH], "places": ["青禾市", "高新区", "桃源街道"], "communities": ["柳林社区"]},
     [(BUS, BRANCH, "结对")]),
    ("address_chain_forward", "青禾公交公司第一党支部携手青禾市高新区管委会桃源街道柳林社区党总支开展义诊。",
     {"organizations": [BUS, ZONE, BRANCH], "places": ["青禾市", "高新区", "桃源街道"], "communities": ["柳林社区"]},
     [(BUS, BRANCH, "携手")]),
    # two units joined by a list mark are two items, the place before the second one aside
    ("list_not_chain", "青禾公交公司第一党支部携手青禾市高新区管委会、桃源街道柳林社区党总支开展义诊。",
     {"organizations": [BUS, ZONE, BRANCH], "places": ["青禾市", "高新区", "桃源街道"], "communities": ["柳林社区"]},
     [(BUS, ZONE, "携手"), (BUS, BRANCH, "携手")]),
]


@pytest.mark.parametrize("name, text, parties, expected", PAIR_CASES, ids=[row[0] for row in PAIR_CASES])
def test_round16_partnerships(name, text, parties, expected):
    assert sorted(framed(text, **parties)) == sorted(expected)


NO_PAIR_CASES = [
    # a descriptor with no named party after it pairs nothing
    ("descriptor_without_name", "青禾公交公司第一党支部与所在地居民共同清扫楼道。", {"organizations": [BUS]}),
    # two units back to back with no place between them are no address chain (and no with-list here)
    ("zone_alone_no_relation", "青禾市高新区管委会桃源街道柳林社区党总支召开会议。",
     {"organizations": [ZONE, BRANCH], "places": ["青禾市", "高新区", "桃源街道"], "communities": ["柳林社区"]}),
]


@pytest.mark.parametrize("name, text, parties", NO_PAIR_CASES, ids=[row[0] for row in NO_PAIR_CASES])
def test_round16_no_pair(name, text, parties):
    assert framed(text, **parties) == []


def test_round16_territory_word_opens_no_name():
    """属地 (like 辖区, 驻地) is no part of an organization's or a community's name."""
    text = "公交公司党支部近日同所在属地青禾市高新区管委会结对，又与驻地柳林社区结对。"
    ctx = context_for(OrganizationExtractor, text, places=("青禾市", "高新区"))
    assert "青禾市高新区管委会" in [m.canonical for m in OrganizationExtractor()(ctx)]
    cctx = context_for(CommunityExtractor, text, places=("青禾市", "高新区"))
    assert [m.canonical for m in CommunityExtractor()(cctx)] == ["柳林社区"]
