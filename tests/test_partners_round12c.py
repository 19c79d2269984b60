"""Round 12, third wave (organizations precision, partnerships): property-company words that are
no company name, a verb jieba reads as a noun, a volunteer detachment's head unit, a list running
over bare unit names, a bare subject in a later clause, 会同 and students as a college's people.
Sentences written for these tests (made-up names)."""

from __future__ import annotations

import pytest

from shequ.extract.organizations import OrganizationExtractor
from shequ.extract.partnerships import PartnershipExtractor
from contexts import context_for


def orgs(text: str, places: tuple[str, ...] = (), communities: tuple[str, ...] = ()):
    """The organizations' canonical names, in text order."""
    ctx = context_for(OrganizationExtractor, text, places=places, communities=communities)
    return [m.canonical for m in OrganizationExtractor()(ctx)]


def framed(text: str, title: str = "", **parties) -> list[tuple[str, str, str, str]]:
    """(a, b, relation, basis) of every partnership, parties given by hand."""
    ctx = context_for(PartnershipExtractor, text, title=title, **parties)
    return [(m.attrs["a"].canonical, m.attrs["b"].canonical, m.attrs["relation"], m.attrs.get("basis", "stated"))
            for m in PartnershipExtractor()(ctx)]


ORG_CASES = [
    # 物业|小区 is an estate under property management, 物业|经理 and 物业|负责人 a company's staff
    ("estate_under_management", "柳岸社区物业小区议事会召开。", ("柳岸社区",), []),
    ("property_manager_group", "依托“柳岸物业经理交流群”，每月商议停车难题。", (), []),
    ("property_heads", "会后，双方物业负责人交换了整改清单。", (), []),
    # a property company named as a party stays
    ("property_company", "柳岸社区与润丰物业签订共建协议。", ("柳岸社区",), ["润丰物业"]),
    # 面向 (jieba: a noun) opens no name: what is left is a generic school
    ("open_to", "学堂面向社区小学低年级孩子开放。", (), []),
    # a college written only as the head of its volunteer detachment is part of the team's name
    ("detachment_head", "社区为青禾师范学院美术学院志愿服务分队颁发聘书。", (), []),
    ("college_alone", "青禾师范学院美术学院组织学生到社区写生。", (), ["青禾师范学院美术学院"]),
]


@pytest.mark.parametrize("name, text, communities, expected", ORG_CASES, ids=[row[0] for row in ORG_CASES])
def test_organization_precision_cases(name, text, communities, expected):
    assert orgs(text, communities=communities) == expected


HOME_TITLE = "桃源社区：暑期课堂开班"
HOME_INTRO = "近日，桃源社区开设暑期课堂。"
FIRMS = ["润丰物业", "启明学校", "益友公益协会", "桃源社区党委", "青禾司法所", "青禾派出所", "青禾师范学院"]

PAIR_CASES = [
    # a forward list runs over bare unit names no extractor took (街道社工站、团支部、老年协会)
    ("unnamed_units_in_list", "7月2日，桃源社区联合街道社工站、团支部、老年协会、启明学校和益友公益协会开设托管班。",
     "", {"organizations": FIRMS, "communities": ["桃源社区"]},
     [("桃源社区", "启明学校", "联合", "stated"), ("桃源社区", "益友公益协会", "联合", "stated"),
      ("启明学校", "益友公益协会", "联合", "stated")]),
    # a later clause opening with a bare 社区 acts for the community, not for the speaker's unit
    ("bare_subject_after_speech", HOME_INTRO + "桃源社区党委书记王某说，社区将继续联合润丰物业开展服务。",
     HOME_TITLE, {"organizations": FIRMS, "communities": ["桃源社区"]},
     [("桃源社区", "润丰物业", "联合", "implied_subject")]),
    # 会同: two units acting together
    ("acting_together_with", "青禾司法所会同青禾派出所，设立联合调解工作室。",
     "", {"organizations": FIRMS},
     [("青禾司法所", "青禾派出所", "会同", "stated")]),
    # students stand for their college on a visit
    ("students_visit", "5月4日上午，青禾师范学院志愿者同学一同走进桃源社区开展清扫活动。",
     "", {"organizations": FIRMS, "communities": ["桃源社区"]},
     [("青禾师范学院", "桃源社区", "走进", "stated")]),
]

PAIR_EMPTY = [
    # a list broken by an item that is no unit (居民代表) has no named partner right after the word
    ("list_broken_by_people", "桃源社区联合街道社工站、居民代表、启明学校开设托管班。",
     {"organizations": FIRMS, "communities": ["桃源社区"]}),
    # 会同县 is a county: no relation word inside a place name
    ("county_named_huitong", "会同县民政局工作人员参观了启明学校。",
     {"organizations": FIRMS + ["会同县民政局"], "places": ["会同县"]}),
]


@pytest.mark.parametrize("name, text, title, parties, expected", PAIR_CASES, ids=[row[0] for row in PAIR_CASES])
def test_partnership_cases(name, text, title, parties, expected):
    assert framed(text, title, **parties) == expected


@pytest.mark.parametrize("name, text, parties", PAIR_EMPTY, ids=[row[0] for row in PAIR_EMPTY])
def test_partnership_cases_that_yield_nothing(name, text, parties):
    assert framed(text, **parties) == []
