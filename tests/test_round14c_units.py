"""Round 14 third wave: a local people's congress standing committee (区人大常委会), a disabled
people's day-care centre named by its town or community (某镇阳光家园), and a later clause whose own subject is a bare
unit head noun (…，活动基地已与B签约). Sentences of our own making (made-up names)."""

from __future__ import annotations

import pytest

from shequ.extract.organizations import OrganizationExtractor
from shequ.extract.partnerships import PartnershipExtractor

from contexts import context_for


def orgs(text: str, places: tuple[str, ...] = (), communities: tuple[str, ...] = ()):
    """(surface, kind) per organization mention, in text order."""
    ctx = context_for(OrganizationExtractor, text, places=places, communities=communities)
    return [(text[m.start : m.end], m.attrs["kind"]) for m in OrganizationExtractor()(ctx)]


def pairs(text: str, **parties) -> list[tuple[str, str]]:
    ctx = context_for(PartnershipExtractor, text, **parties)
    return [(m.attrs["a"].canonical, m.attrs["b"].canonical) for m in PartnershipExtractor()(ctx)]


UNIT_CASES = [
    # a standing committee of a local congress, with a level word or a place
    ("柳岸区委宣传部部长张某陪同区人大常委会调研组走访小区。", (), (),
     [("柳岸区委宣传部", "party"), ("区人大常委会", "government")]),
    ("青禾市人大常委会组织代表走进社区。", ("青禾市",), (), [("青禾市人大常委会", "government")]),
    ("会上通报了人大常委会的工作。", (), (), []),  # no level word or place: no named body
    # a day-care centre named by its town, district or community
    ("助残志愿者走进白沙镇阳光家园陪学员做手工。", ("白沙镇",), (), [("白沙镇阳光家园", "other")]),
    ("青禾区北城阳光家园迎来一批大学生。", ("青禾区",), (), [("青禾区北城阳光家园", "other")]),
    ("金桂路社区阳光家园今天携手一支志愿队入户走访。", (), ("金桂路社区",), [("金桂路社区阳光家园", "other")]),
    ("“阳光家园计划”托养项目今年启动。", (), (), []),  # a bare name is a programme
]


@pytest.mark.parametrize("text, places, communities, expected", UNIT_CASES)
def test_unit_names(text, places, communities, expected):
    assert orgs(text, places, communities) == expected


PAIR_CASES = [
    # the later clause's own bare head names an unnamed unit: not the first clause's subject
    ("“爱心储蓄”计划将动员青年力量服务居民，活动基地已与青禾大学、柳岸学院两校签订共建协议。",
     {"programs": ["爱心储蓄"], "organizations": ["青禾大学", "柳岸学院"]}, []),
    # …and the party the article named with that head when there is one
    ("青禾市青年志愿者协会近年开展活动三百场，同时，协会先后与金桂医院、柳岸小学签署了服务协议。",
     {"organizations": ["青禾市青年志愿者协会", "金桂医院", "柳岸小学"]},
     [("青禾市青年志愿者协会", "金桂医院"), ("青禾市青年志愿者协会", "柳岸小学")]),
    # the head names a base the article named in full before
    ("金桂新村邻里互助活动基地今年挂牌。“爱心储蓄”计划将动员青年力量服务居民，活动基地已与青禾大学签订共建协议。",
     {"programs": ["金桂新村邻里互助活动基地", "爱心储蓄"], "organizations": ["青禾大学"]},
     [("金桂新村邻里互助活动基地", "青禾大学")]),
    # a clause with no words of its own still goes on from the first clause's subject
    ("金桂社区启动助老计划，与柳岸医院签订共建协议。",
     {"communities": ["金桂社区"], "organizations": ["柳岸医院"]}, [("金桂社区", "柳岸医院")]),
]


@pytest.mark.parametrize("text, parties, expected", PAIR_CASES)
def test_later_clause_with_own_head_noun(text, parties, expected):
    assert pairs(text, **parties) == expected
