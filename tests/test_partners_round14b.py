"""Round 14, second wave (organizations and partnerships): a street whose name runs into the
ending 街道办, a company branch written after its parent company, units visiting together, 协同 as a relation word like 联合, a date or festival-eve clause inside a chain of
clauses, and a bare 社区 subject in a brief that names one community once.
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


def framed(text: str, title: str = "", **parties) -> list[tuple[str, str, str]]:
    """(a, b, relation) of every partnership, parties given by hand."""
    ctx = context_for(PartnershipExtractor, text, title=title, **parties)
    return [(m.attrs["a"].canonical, m.attrs["b"].canonical, m.attrs["relation"]) for m in PartnershipExtractor()(ctx)]


ORG_CASES = [
    # the street's own 街道 is the start of the ending 街道办: the name opens with the street
    ("street_runs_into_ending", "居委会在三里河街道办的帮助下办起了读书会。", ("三里河街道",), (), ["三里河街道办"]),
    ("street_office_in_list", "筹办小报是三里河街道办和柳岸社区居委会的心愿。", ("三里河街道",), ("柳岸社区",),
     ["三里河街道办", "柳岸社区居委会"]),
    # a branch written after its parent company is one name with it, though a verb (控股) or a
    # district opening the branch's part would cut it; so is the company's own Party branch
    ("branch_after_group", "近日，青禾城联控股客运集团东湖巴士第三分公司开展了义务维修。", ("青禾",), (),
     ["青禾城联控股客运集团东湖巴士第三分公司"]),
    ("party_branch_of_branch", "青禾城联控股客运集团湖滨巴士有限公司第五分公司党支部来到社区。", ("青禾",), (),
     ["青禾城联控股客运集团湖滨巴士有限公司第五分公司党支部"]),
    ("bank_branch_stays", "富安物业公司与青禾农商银行城东支行签约。", (), (), ["富安物业公司", "青禾农商银行城东支行"]),
    # 协同 (jieba: a noun) is no part of the name after it
    ("working_with_opens_no_name", "周六上午，协同柳岸社区居委会办起了义卖。", (), ("柳岸社区",), ["柳岸社区居委会"]),
]


@pytest.mark.parametrize("name, text, places, communities, expected", ORG_CASES, ids=[row[0] for row in ORG_CASES])
def test_round14b_organizations(name, text, places, communities, expected):
    assert orgs(text, places=places, communities=communities) == expected


FIRMS = ["益友公益协会", "启明学校", "润丰物业", "柳岸社区居委会", "同心志愿服务组织"]

PAIR_CASES = [
    # 协同 pairs a list of co-actors like 联合
    ("working_with_list", "桃源社区协同启明学校、润丰物业等共建单位开展消防演练。",
     {"organizations": FIRMS, "communities": ["桃源社区"]},
     [("桃源社区", "启明学校", "协同"), ("桃源社区", "润丰物业", "协同"), ("启明学校", "润丰物业", "协同")]),
    # a festival's eve and a date are time clauses: the chain goes back to the party before them
    # (one group sharing a party: the first stated word names it)
    ("date_clause_in_chain", "元宵来临之际，益友公益协会联合启明学校筹备了游园会，于2024年2月3日，协同柳岸社区居委会、业委会一道举办。",
     {"organizations": FIRMS},
     [("益友公益协会", "启明学校", "联合"), ("益友公益协会", "柳岸社区居委会", "联合"), ("启明学校", "柳岸社区居委会", "联合")]),
    # units whose staff go together are paired with each other as well as with the place they serve
    ("co_visitors_with_target", "在青禾县，县司法局、县律师协会各宣讲小分队走进柳岸社区开展宣讲。",
     {"organizations": ["县司法局", "县律师协会"], "communities": ["柳岸社区"]},
     [("县司法局", "柳岸社区", "走进"), ("县律师协会", "柳岸社区", "走进"), ("县司法局", "县律师协会", "走进")]),
    # ... and when the place they go to is no named party (一行 after the list)
    ("co_visitors_no_target", "8月2日，团青禾市委及益友公益协会一行，走进东湾村的暑期课堂，给孩子们送去文具。",
     {"organizations": ["团青禾市委", "益友公益协会"]},
     [("团青禾市委", "益友公益协会", "走进")]),
    # a bare 社区 subject stands for the only community of a short brief, even named once
    ("bare_subject_sole_community", "5日，柳岸社区成立少儿议事会，社区青年团员协同启明学校教师召开首次议事会。",
     {"organizations": FIRMS, "communities": ["柳岸社区"]},
     [("柳岸社区", "启明学校", "协同")]),
]


@pytest.mark.parametrize("name, text, parties, expected", PAIR_CASES, ids=[row[0] for row in PAIR_CASES])
def test_round14b_partnerships(name, text, parties, expected):
    assert sorted(framed(text, **parties)) == sorted(expected)


NO_PAIR_CASES = [
    # a clause with no subject at all still needs the article's own community: named once is not enough
    ("headless_clause_sole_community", "青禾县柳岸社区党委探索志愿服务新路子。依托同心志愿服务组织，广泛吸纳退休党员。",
     {"organizations": FIRMS, "communities": ["柳岸社区"]}),
    # one unit's staff alone: no co-visitor pair; a list with no staff word or 一行 goes nowhere together
    ("single_visitor_no_target", "团青禾市委一行走进东湾村的暑期课堂。", {"organizations": ["团青禾市委", "益友公益协会"]}),
    ("list_without_staff", "团青禾市委和益友公益协会的负责人走进东湾村的暑期课堂。", {"organizations": ["团青禾市委", "益友公益协会"]}),
    # 协同 followed by no party (协同治理) pairs nothing
    ("working_together_no_party", "柳岸社区推动多方协同治理，居民参与热情高涨。", {"communities": ["柳岸社区"]}),
    # a 通过 clause is no time clause: the chain stops at it (the subject acts, not the unit before)
    ("manner_clause_stops_chain", "柳岸社区居委会会同润丰物业，通过共同设置调解室，积极引入启明学校提供支持。",
     {"organizations": FIRMS}),
]


@pytest.mark.parametrize("name, text, parties", NO_PAIR_CASES, ids=[row[0] for row in NO_PAIR_CASES])
def test_round14b_no_pair(name, text, parties):
    found = framed(text, **parties)
    if name == "manner_clause_stops_chain":
        assert ("润丰物业", "启明学校", "引入") not in found
        assert sorted(found) == sorted([("柳岸社区居委会", "润丰物业", "会同"), ("柳岸社区居委会", "启明学校", "引入")])
    else:
        assert found == []
