"""Round 17 (partnerships across sentences, discourse.py): 双方 for the two units of the sentence
before, 该公司/本所/该院 for the party named before with that head, 其 in a partner slot, and the
street office a title names acting for a sentence with no subject. A pair resting on a pointer has
basis "anaphor" and evidence where each party is named. Sentences written for these tests
(made-up names)."""

from __future__ import annotations

import pytest

from shequ.extract import discourse
from shequ.extract.partnerships import PartnershipExtractor, level_forms
from contexts import context_for, sheet_of


def mentions(text: str, title: str = "", **parties):
    ctx = context_for(PartnershipExtractor, text, title=title, **parties)
    return [m for m in PartnershipExtractor()(ctx) if m.label == "partnerships"]


def facts(text: str, title: str = "", **parties) -> list[tuple[str, str, str, str]]:
    """(a, b, relation, basis) of every pair, once each."""
    return sorted({
        (m.attrs["a"].canonical, m.attrs["b"].canonical, m.attrs["relation"], m.attrs.get("basis", "stated"))
        for m in mentions(text, title, **parties)
    })


HOSPITAL = "青禾市第三人民医院"
FIRM = "青禾远帆物流有限公司"
LAW = "青禾明理律师事务所"

CASES = [
    # 双方 after a sentence that names two units, in a clause of joint work
    ("both_sides_next_sentence", f"上周，{HOSPITAL}党委书记王某一行来到桃源社区调研座谈。会后，双方当场签署友好结对书。",
     {"organizations": [HOSPITAL], "communities": ["桃源社区"]},
     [(HOSPITAL, "桃源社区", "签署", "anaphor")]),
    # 签约双方 opening the clause; a unit of a named party counts with it (桃源社区党委 ~ 桃源社区).
    # Round 49: A与B opening a clause with an act pairs the two there (A与B举行座谈), so the sentence
    # before names them as a list with 的, which pairs nothing
    ("both_sides_signers", f"{FIRM}、桃源社区党委的负责人出席座谈会，桃源社区书记主持。签约双方将在就业帮扶上开展合作。",
     {"organizations": [FIRM, "桃源社区党委"], "communities": ["桃源社区"]},
     [(FIRM, "桃源社区党委", "合作", "anaphor")]),
    # 双方 later in the sentence that names the two: the pair is that sentence's own
    ("both_sides_same_sentence", f"经过{FIRM}与杏林社区多次沟通，双方商定今后长期结对互助。",
     {"organizations": [FIRM], "communities": ["杏林社区"]},
     [(FIRM, "杏林社区", "结对", "stated")]),
    # 该公司 stands for the company named before
    ("this_company", f"{FIRM}成立于2010年。今年，该公司联合桃源社区开展送温暖活动。",
     {"organizations": [FIRM], "communities": ["桃源社区"]},
     [(FIRM, "桃源社区", "联合", "anaphor")]),
    # 本所: a law firm writing about itself
    ("this_firm_self", f"{LAW}有执业律师二十人。本所与杏林社区签订了法律顾问协议。",
     {"organizations": [LAW], "communities": ["杏林社区"]},
     [(LAW, "杏林社区", "签订", "anaphor")]),
    # 该院 stands for the hospital named before
    ("this_hospital", f"{HOSPITAL}始建于1958年。去年，该院与柳荫社区结成帮扶对子。",
     {"organizations": [HOSPITAL], "communities": ["柳荫社区"]},
     [(HOSPITAL, "柳荫社区", "结成", "anaphor")]),
    # 其 in a with-slot: the party named right before it
    ("pronoun_with", f"柳荫社区主动对接辖区企业。{FIRM}积极响应，柳荫社区与其签订了共建协议。",
     {"organizations": [FIRM], "communities": ["柳荫社区"]},
     [("柳荫社区", FIRM, "签订", "stated")]),
    # …and named in the sentence before: the pair rests on the pointer
    ("pronoun_with_sentence_before", f"柳荫社区走访了{FIRM}。柳荫社区与其签订了共建协议。",
     {"organizations": [FIRM], "communities": ["柳荫社区"]},
     [("柳荫社区", FIRM, "签订", "anaphor")]),
    # a street's own unit named again with the level word for the street's name
    ("level_form", "5月8日，石门街道综合社工站举办开放日。活动现场，街道综合社工站当场向来自青禾师范学院的两名讲师颁授兼职督导聘书。",
     {"organizations": ["石门街道综合社工站", "青禾师范学院"]},
     [("石门街道综合社工站", "青禾师范学院", "聘书", "stated")]),
    # the office that opens the first sentence acts for a later sentence with no subject
    ("office_actor_first_sentence", "近日，石桥街道党工委召开网格治理推进会。联合青禾消防救援大队开展应急演练。",
     {"organizations": ["石桥街道党工委", "青禾消防救援大队"]},
     [("石桥街道党工委", "青禾消防救援大队", "联合", "implied_subject")]),
    # a sentence with no subject in an article about a street office its title names
    ("office_actor", "石桥街道党工委：网格里的应急课\n近日，石桥街道党工委召开网格治理推进会。联合青禾消防救援大队开展应急演练。",
     {"organizations": ["石桥街道党工委", "青禾消防救援大队"]},
     [("石桥街道党工委", "青禾消防救援大队", "联合", "implied_subject")]),
]


@pytest.mark.parametrize("name, text, parties, expected", CASES, ids=[row[0] for row in CASES])
def test_discourse_pairs(name, text, parties, expected):
    assert facts(text, **parties) == expected


NO_PAIR_CASES = [
    # 双方 of a dispute: no word of joint work
    ("both_sides_dispute", f"桃源社区调解员上门走访{FIRM}。双方达成和解，握手言和。",
     {"organizations": [FIRM], "communities": ["桃源社区"]}),
    # 双方 not opening its clause (the two sides' demands)
    ("both_sides_inside_clause", f"桃源社区调解员走访{FIRM}，仔细听取双方意见并促成合作。",
     {"organizations": [FIRM], "communities": ["桃源社区"]}),
    # the sentence before names three units: 双方 names nobody
    ("both_sides_three_units", f"{HOSPITAL}、{FIRM}和桃源社区的代表参加了座谈。会上，双方签订了协议。",
     {"organizations": [HOSPITAL, FIRM], "communities": ["桃源社区"]}),
    # the last sentence naming any party is too far back
    ("both_sides_too_far", f"{HOSPITAL}来到桃源社区调研。居民赞不绝口。活动持续了一上午。大家合影留念。双方签订了协议。",
     {"organizations": [HOSPITAL], "communities": ["桃源社区"]}),
    # 该公司 with no company named before it
    ("this_company_unnamed", "该公司联合桃源社区开展送温暖活动。", {"communities": ["桃源社区"]}),
    # 我所在的社区: 所 of a verb phrase, no firm
    ("i_live_in", f"{LAW}举办了讲座。一位居民说，我所在的社区联合杏林社区开展了活动。",
     {"organizations": [LAW], "communities": ["杏林社区"]}),
    # 其中 is no pointer
    ("among_them", f"{FIRM}捐赠了一批物资。其中，与其他单位联合开展的义诊最受欢迎。",
     {"organizations": [FIRM]}),
    # the level form right after another street's name is that street's unit, not the article's
    ("level_form_of_another_street", "5月8日，石门街道综合社工站举办开放日。桃源街道综合社工站当场向来自青禾师范学院的两名讲师颁授聘书。",
     {"organizations": ["石门街道综合社工站", "青禾师范学院"]}),
    # a title naming no office or community: the headless sentence has no actor
    ("no_office_actor", "网格里的应急课\n近日，居民们参加了网格治理推进会。联合青禾消防救援大队开展应急演练。",
     {"organizations": ["青禾消防救援大队"]}),
]


@pytest.mark.parametrize("name, text, parties", NO_PAIR_CASES, ids=[row[0] for row in NO_PAIR_CASES])
def test_discourse_no_pair(name, text, parties):
    assert facts(text, **parties) == []


def test_both_sides_evidence_holds_both_sentences():
    text = f"上周，{HOSPITAL}党委书记王某一行来到桃源社区调研座谈。会后，双方当场签署友好结对书。"
    spans = sorted(text[m.start : m.end] for m in mentions(text, organizations=[HOSPITAL], communities=["桃源社区"]))
    assert spans == ["双方当场签署", "桃源社区", HOSPITAL]


def test_anaphor_basis_reaches_the_fact_sheet():
    text = f"{FIRM}成立于2010年。今年，该公司联合桃源社区开展送温暖活动。"
    ctx = context_for(PartnershipExtractor, text, organizations=[FIRM], communities=["桃源社区"])
    ctx.mentions["partnerships"] = PartnershipExtractor()(ctx)
    sheet, rejected = sheet_of(ctx)
    assert not rejected
    (fact,) = sheet.partnerships
    assert fact.basis == "anaphor" and fact.relation == "联合"
    assert [ev.text for ev in fact.evidence] == ["该公司联合桃源社区", FIRM]
    assert sorted({ev.sentence for ev in fact.evidence}) == [0, 1]


def test_a_pair_stated_elsewhere_is_stated():
    text = f"{FIRM}与桃源社区签订共建协议。今年，该公司联合桃源社区开展送温暖活动。"
    assert {basis for *_, basis in facts(text, organizations=[FIRM], communities=["桃源社区"])} == {"stated"}


@pytest.mark.parametrize("written, expected", [
    ("该公司", ["该公司"]), ("本所", ["本所"]), ("我院", ["我院"]), ("该院长", []), ("我所在", []),
    ("本站在", []), ("该村民", []), ("此中心", ["此中心"]), ("该基金会", ["该基金会"]),
])
def test_demonstrative_shapes(written, expected):
    from shequ.extract.discourse import _demonstrative_pattern

    assert [m.group() for m in _demonstrative_pattern().finditer(written)] == expected


def test_pronoun_needs_a_slot_preposition():
    assert [m.group() for m in discourse.RE_PRONOUN.finditer("与其签订，为其提供，其中，其他，尤其")] == ["其", "其"]


@pytest.mark.parametrize("name, forms", [
    ("石门街道综合社工站", ["街道综合社工站"]),
    ("白鹭街道社会工作站", ["街道社会工作站", "街道社工站"]),
    # round 49: a unit opening with its city also has the city's level form (市…)
    ("青禾市石桥街道邻里服务中心", ["街道邻里服务中心", "市石桥街道邻里服务中心"]),
    ("石桥镇卫生院", []),  # 镇卫生院: too short to stand for one unit
    ("青禾区民政局", ["区民政局"]),  # round 49: a district's unit written with its level word alone
])
def test_level_forms(name, forms):
    assert level_forms(name) == forms
