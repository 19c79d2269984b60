"""Round 18 (partnerships): a partner named after a descriptor of its standing that has a modifier
of its own (携手区域联建志愿单位某幼儿园, 联合爱心合作单位某公司, 得到结对帮扶单位某银行的赞助): any
short run of Han characters ending in a descriptor head (lexicons/partnership_descriptor_heads.txt)
may stand between a relation word and its partner, as long as it holds no clause word or frame verb.
Sentences written for these tests (made-up names)."""

from __future__ import annotations

import pytest

from shequ.extract.partnerships import PartnershipExtractor
from contexts import context_for


def facts(text: str, **parties) -> list[tuple[str, str, str]]:
    """(a, b, relation) of every pair, once each; a pair is unordered, so a and b are sorted."""
    ctx = context_for(PartnershipExtractor, text, **parties)
    return sorted({
        (*sorted((m.attrs["a"].canonical, m.attrs["b"].canonical)), m.attrs["relation"])
        for m in PartnershipExtractor()(ctx) if m.label == "partnerships"
    })


FIRM = "青禾远帆物流有限公司"
BANK = "青禾农商银行柳岸支行"
NURSERY = "小星星幼儿园"

CASES = [
    # a descriptor with a modifier before a list of partners: the list acts with the actor
    ("descriptor_before_list", f"5月8日，杏林社区携手区域联建志愿单位{NURSERY}、{FIRM}开展垃圾分类宣传。",
     {"organizations": [NURSERY, FIRM], "communities": ["杏林社区"]},
     [("杏林社区", NURSERY, "携手"), ("杏林社区", FIRM, "携手")]),
    # 爱心合作单位: a modifier the gap words do not list
    ("descriptor_after_forward_word", f"桃源社区联合爱心合作单位{FIRM}开展义卖活动。",
     {"organizations": [FIRM], "communities": ["桃源社区"]},
     [("桃源社区", FIRM, "联合")]),
    # the descriptor in the obtain frame: B supports the actor
    ("descriptor_in_obtain", f"柳荫社区的助老食堂得到了区域化党建单位{BANK}的资金赞助。",
     {"organizations": [BANK], "communities": ["柳荫社区"]},
     [(BANK, "柳荫社区", "赞助")]),
    # 企业 as the head: 辖区龙头企业
    ("descriptor_enterprise", f"桃源社区党委联合辖区龙头企业{FIRM}为独居老人送去米面。",
     {"organizations": ["桃源社区党委", FIRM], "communities": ["桃源社区"]},
     [("桃源社区党委", FIRM, "联合")]),
]


@pytest.mark.parametrize("name, text, parties, expected", CASES, ids=[row[0] for row in CASES])
def test_descriptor_pairs(name, text, parties, expected):
    assert facts(text, **parties) == sorted((*sorted((a, b)), word) for a, b, word in expected)


NO_PAIR_CASES = [
    # a clause between the word and the company (走访 is a frame verb): the company is visited, not joined
    ("clause_is_no_descriptor", f"杏林社区联合走访困难企业{FIRM}。",
     {"organizations": [FIRM], "communities": ["杏林社区"]}),
    # 的 inside the run: a relative clause, not a descriptor
    ("relative_clause_is_no_descriptor", f"杏林社区携手开展活动的单位{FIRM}。",
     {"organizations": [FIRM], "communities": ["杏林社区"]}),
    # a descriptor with no named party after it: nothing to pair
    ("descriptor_without_party", "杏林社区联合辖区爱心单位开展义诊。",
     {"communities": ["杏林社区"]}),
    # a descriptor longer than the gap allows is no phrase of the frame
    ("descriptor_too_long", f"杏林社区联合本市多年来热心公益事业的先进单位{FIRM}。",
     {"organizations": [FIRM], "communities": ["杏林社区"]}),
]


@pytest.mark.parametrize("name, text, parties", NO_PAIR_CASES, ids=[row[0] for row in NO_PAIR_CASES])
def test_descriptor_no_pair(name, text, parties):
    assert facts(text, **parties) == []


# Units acting as one: a list of units travelling to a named community to act there (赴, like 前往),
# and the staff of a list of units forming one team (来自A、B的医护人员组成的义诊队).
HOSPITAL = "青禾市第三人民医院"
CLINIC = "青禾中医院"
BUREAU = "青禾区民政局"

JOINT_CASES = [
    # round 51: units going into a village to serve its people pair with each other, not with the
    # village (69-set pool gold: no visit to a village or estate is a partnership)
    ("list_travels_to_village", f"6月3日，{BUREAU}、{FIRM}赴杏林村，开展义诊活动。",
     {"organizations": [BUREAU, FIRM], "communities": ["杏林村"]},
     [(BUREAU, FIRM, "赴")]),
    ("unit_travels_to_village", f"{FIRM}赴柳荫村开展助农直播。",
     {"organizations": [FIRM], "communities": ["柳荫村"]},
     []),
    ("staff_of_list_form_a_team", f"来自{HOSPITAL}、{CLINIC}的医护人员组成的义诊队，为居民开展义诊。",
     {"organizations": [HOSPITAL, CLINIC]},
     [(HOSPITAL, CLINIC, "组成")]),
    ("staff_of_list_with_count", f"由{HOSPITAL}和{CLINIC}的20名专家组建的健康服务团定期下乡。",
     {"organizations": [HOSPITAL, CLINIC]},
     [(HOSPITAL, CLINIC, "组建")]),
]


@pytest.mark.parametrize("name, text, parties, expected", JOINT_CASES, ids=[row[0] for row in JOINT_CASES])
def test_units_acting_as_one(name, text, parties, expected):
    assert facts(text, **parties) == sorted((*sorted((a, b)), word) for a, b, word in expected)


JOINT_NO_PAIR_CASES = [
    # a visit with no act after the community (调研 is inspection, not work done there)
    ("travel_without_act", f"{BUREAU}赴杏林村调研。", {"organizations": [BUREAU], "communities": ["杏林村"]}),
    # a list travelling to a place that is no party: nothing to pair with, and no staff word or 一行
    ("list_travels_to_a_city", f"{BUREAU}、{FIRM}赴北京学习考察。", {"organizations": [BUREAU, FIRM]}),
    # one unit's staff forming a team: no second unit
    ("staff_of_one_unit", f"{HOSPITAL}的医生组成专家组，为居民开展义诊。", {"organizations": [HOSPITAL]}),
    # a list that only owns the people (the people form a choir, no 组成 right after the staff)
    ("list_of_owners_no_team", f"{HOSPITAL}、{CLINIC}的医生参加了比赛。", {"organizations": [HOSPITAL, CLINIC]}),
]


@pytest.mark.parametrize("name, text, parties", JOINT_NO_PAIR_CASES, ids=[row[0] for row in JOINT_NO_PAIR_CASES])
def test_units_acting_as_one_no_pair(name, text, parties):
    assert facts(text, **parties) == []


# 在A的支持下: B is the unit before 在 when a relation word, not a party, opens the clause after the
# phrase (B在A的支持下，联合C开展…: A supports B; C is B's partner, not A's).
UNDER_CASES = [
    ("under_then_forward_word", f"桃源街道社工站在{BUREAU}的支持下，联合杏林社区开展元宵活动。",
     {"organizations": ["桃源街道社工站", BUREAU], "communities": ["杏林社区"]},
     [(BUREAU, "桃源街道社工站", "支持"), ("桃源街道社工站", "杏林社区", "联合")]),
    # the party right after the phrase is still the one supported
    ("under_then_party", f"在{BUREAU}的大力支持下，杏林社区建成了助老食堂。",
     {"organizations": [BUREAU], "communities": ["杏林社区"]},
     [(BUREAU, "杏林社区", "支持")]),
]


@pytest.mark.parametrize("name, text, parties, expected", UNDER_CASES, ids=[row[0] for row in UNDER_CASES])
def test_under_supported(name, text, parties, expected):
    assert facts(text, **parties) == sorted((*sorted((a, b)), word) for a, b, word in expected)


# A与B、C签署三方协议: the sides counted are all parties of one agreement, so B and C are paired too;
# without the count each listed party is the actor's partner only.
SIDES_CASES = [
    ("three_sides", f"青禾职业学院团委与{BUREAU}、杏林社区签署了三方协议。",
     {"organizations": ["青禾职业学院团委", BUREAU], "communities": ["杏林社区"]},
     [("青禾职业学院团委", BUREAU, "签署"), ("青禾职业学院团委", "杏林社区", "签署"), (BUREAU, "杏林社区", "签署")]),
    ("no_count", f"青禾职业学院团委与{BUREAU}、杏林社区签署了共建协议。",
     {"organizations": ["青禾职业学院团委", BUREAU], "communities": ["杏林社区"]},
     [("青禾职业学院团委", BUREAU, "签署"), ("青禾职业学院团委", "杏林社区", "签署")]),
    # 三方面 (three aspects) is no count of sides
    ("three_aspects", f"青禾职业学院团委与{BUREAU}、杏林社区签署了三方面合作协议。",
     {"organizations": ["青禾职业学院团委", BUREAU], "communities": ["杏林社区"]},
     [("青禾职业学院团委", BUREAU, "签署"), ("青禾职业学院团委", "杏林社区", "签署")]),
]


@pytest.mark.parametrize("name, text, parties, expected", SIDES_CASES, ids=[row[0] for row in SIDES_CASES])
def test_sides_of_one_agreement(name, text, parties, expected):
    assert facts(text, **parties) == sorted((*sorted((a, b)), word) for a, b, word in expected)
