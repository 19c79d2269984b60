"""Partnerships: short forms of named parties, topic chains across clauses, list subjects,
operators of a sentence's subject, and adverbs before a giving word. Sentences of our own making."""

from __future__ import annotations

import pytest

from shequ.extract.partnerships import PartnershipExtractor, short_forms

from contexts import context_for


def framed(text: str, title: str = "", **parties) -> list[tuple[str, str, str, str]]:
    """(a, b, relation, basis) of every partnership, parties given by hand (a pair resting on a pointer
    has one more mention where each party is named: its evidence; counted once here)."""
    ctx = context_for(PartnershipExtractor, text, title=title, **parties)
    return list(dict.fromkeys((m.attrs["a"].canonical, m.attrs["b"].canonical, m.attrs["relation"], m.attrs.get("basis", "stated"))
                              for m in PartnershipExtractor()(ctx)))


@pytest.mark.parametrize("name, forms", [
    ("青禾区社区社会组织联合会", ["社区社会组织联合会"]),
    ("白鹭街道社会工作站", ["白鹭街道社工站", "社会工作站"]),
    ("启明社工服务中心", ["启明社会工作服务中心"]),
    ("青禾市委社会工作部", ["青禾市委社工部"]),  # 市委 is a unit, not a place to drop
    ("桃源社区党委", []),  # nothing to shorten
    ("青禾区民政局", []),  # 民政局 is every district's bureau
    ("东港区利民慈善超市", ["利民慈善超市"]),
])
def test_short_forms(name, forms):
    assert short_forms(name) == forms


CHAINS = [
    # a short form (the name without its leading place) refers back to the party named in full
    ("short_form_without_place", "青禾区社区社会组织联合会于去年成立。白鹭街道社工站与社区社会组织联合会的合作日益紧密。",
     {"organizations": ["青禾区社区社会组织联合会", "白鹭街道社工站"]},
     [("白鹭街道社工站", "青禾区社区社会组织联合会", "合作", "stated")]),
    # 社工 for 社会工作, and an operator role whose topic is the sentence's subject, not the word before 由
    ("operator_of_subject", "白鹭街道社会工作站今年挂牌。据了解，白鹭街道社工站位于城北，通过购买服务的方式，由启明社工服务中心承接运营。",
     {"organizations": ["白鹭街道社会工作站", "启明社工服务中心"]},
     [("白鹭街道社会工作站", "启明社工服务中心", "承接", "stated")]),
    # a clause with no subject of its own goes on from the clause before it; an adverb before 赠送
    ("previous_clause_subject", "开班仪式上，润丰物业作为共建单位，为“银杏”志愿服务队现场赠送了急救包。",
     {"organizations": ["润丰物业"], "programs": [("“银杏”志愿服务队", "银杏志愿服务队")]},
     [("润丰物业", "银杏志愿服务队", "赠送", "stated")]),
    # 该基金 stands for the fund named before (the pair rests on the pointer); 依托 a named
    # organization is a partnership
    ("demonstrative_and_rely_on", "桃源社区设立了“桃源暖心社区基金”。该基金由居民和商户共同发起，依托青禾慈善基金会开展募捐。",
     {"programs": [("“桃源暖心社区基金”", "桃源暖心社区基金")], "organizations": ["青禾慈善基金会"], "communities": ["桃源社区"]},
     [("桃源暖心社区基金", "青禾慈善基金会", "依托", "anaphor")]),
    # a visit opens the with-list: the visitors sign with their host
    ("visit_and_sign", "11月5日，启明学校党支部、益友公益协会党支部赴桃源村党支部签署结对协议。",
     {"organizations": ["启明学校党支部", "益友公益协会党支部", "桃源村党支部"]},
     [("启明学校党支部", "桃源村党支部", "签署", "stated"), ("益友公益协会党支部", "桃源村党支部", "签署", "stated")]),
    # a listed subject: each listed party with the partner, not with one another
    ("list_subject_with", "杏林社区、北关社区的负责人表示，将与桃源社区携手并进。",
     {"communities": ["杏林社区", "北关社区", "桃源社区"]},
     [("杏林社区", "桃源社区", "携手", "stated"), ("北关社区", "桃源社区", "携手", "stated")]),
]

CHAINS_EMPTY = [
    # a visit with no relation word is no partnership
    ("visit_only", "启明学校党支部赴桃源社区党委参观学习。", {"organizations": ["启明学校党支部", "桃源社区党委"]}),
    # 依托 a programme or venue is no partnership (only organizations are taken)
    ("rely_on_programme", "桃源社区依托“邻里议事厅”收集居民意见。",
     {"programs": [("“邻里议事厅”", "邻里议事厅")], "communities": ["桃源社区"]}),
    # a demonstrative with no earlier party of that head names nobody
    ("demonstrative_without_referent", "该基金依托青禾慈善基金会开展募捐。", {"organizations": ["青禾慈善基金会"]}),
    # a short form right after a place character belongs to another unit's full name
    ("short_form_of_another_unit", "青禾区社区社会组织联合会举办年会。邻省社区社会组织联合会与启明学校签约。",
     {"organizations": ["青禾区社区社会组织联合会", "启明学校"]}),
    # the previous clause opens with no party: nobody acts
    ("previous_clause_without_party", "会上，大家交流了经验，为“银杏”志愿服务队现场赠送了急救包。",
     {"programs": [("“银杏”志愿服务队", "银杏志愿服务队")]}),
    # an operator role whose sentence has no named subject
    ("operator_without_subject", "据了解，该站位于城北，由启明社工服务中心承接运营。", {"organizations": ["启明社工服务中心"]}),
]


@pytest.mark.parametrize("name, text, parties, expected", CHAINS, ids=[row[0] for row in CHAINS])
def test_partnership_chains(name, text, parties, expected):
    assert framed(text, **parties) == expected


@pytest.mark.parametrize("name, text, parties", CHAINS_EMPTY, ids=[row[0] for row in CHAINS_EMPTY])
def test_partnership_chains_that_must_yield_nothing(name, text, parties):
    assert framed(text, **parties) == []
