"""Round 40 (pairs). F5: a party named only by its sort (小区物业公司, 爱心企业, 三方服务公司, 保洁公司)
is every such unit of the story, no named party: it pairs with nothing, while a named one of the same
head (某某物业) and a bare bureau (住建局) still pair. Sentences written for these tests (made-up names)."""

from __future__ import annotations

import pytest

from contexts import partner_pairs as pairs
from shequ.extract.licensed import sort_only


@pytest.mark.parametrize("name, expected", [
    ("小区物业公司", True),
    ("爱心企业", True),
    ("三方服务公司", True),
    ("保洁公司", True),
    ("园区物业", True),
    ("联通公司", False),  # a brand jieba knows
    ("晴岚物业", False),  # a named company
    ("住建局", False),  # a bare head: the article's bureau of that name
    ("社区卫生服务中心", False),  # a level word opens it: the community's own centre
    ("苇塘社会工作服务中心", False),
])
def test_sort_only_names(name, expected):
    assert sort_only(name) is expected


def test_sort_only_partner_pairs_nothing():
    text = "今年春天，苇塘社区联合小区物业公司清理楼道杂物。"
    assert pairs(text, organizations=["小区物业公司"], communities=["苇塘社区"]) == []


def test_named_property_company_still_pairs():
    text = "今年春天，苇塘社区联合晴岚物业清理楼道杂物。"
    assert pairs(text, organizations=["晴岚物业"], communities=["苇塘社区"]) == [("晴岚物业", "苇塘社区")]


def test_sort_only_items_of_a_joint_list_pair_nothing_with_each_other():
    text = "苇塘村联动卫生室、爱心企业为留守老人送去米面。"
    assert pairs(text, organizations=["爱心企业"], communities=["苇塘村"]) == []


# A bare head (工作室, 基金会 …: partnership_bare_heads.txt) at a clause's start or after a
# preposition, followed by a word that ends a name or a relation word, stands for the one party
# named before with that head.
STUDIO = "青禾枫林社区工作室"
FARM = "桃源农业公司"


def test_bare_head_opening_a_clause_is_the_unit_named_before():
    text = f"{STUDIO}成立于前年。今年，工作室还积极协助{FARM}推介农产品。"
    assert pairs(text, organizations=[STUDIO, FARM]) == [(FARM, STUDIO)]


def test_bare_head_after_a_preposition_is_the_unit_named_before():
    text = f"青禾枫林社区基金会成立于前年。{FARM}为基金会捐赠了三万元。"
    assert pairs(text, organizations=["青禾枫林社区基金会", FARM]) == [(FARM, "青禾枫林社区基金会")]


def test_bare_head_before_a_noun_is_a_modifier():
    text = "青禾枫林联盟成立于前年。联盟企业为桃源村提供资金。"
    assert pairs(text, organizations=["青禾枫林联盟"], communities=["桃源村"]) == []


def test_bare_head_with_two_units_of_that_head_names_nobody():
    text = f"{STUDIO}和石桥社区工作室成立于前年。今年，工作室还积极协助{FARM}推介农产品。"
    assert pairs(text, organizations=[STUDIO, "石桥社区工作室", FARM]) == []


def test_bare_head_with_no_unit_named_before_names_nobody():
    text = f"今年，工作室还积极协助{FARM}推介农产品。{STUDIO}成立于前年。"
    assert pairs(text, organizations=[STUDIO, FARM]) == []


# B是在A的支持下…: a copula between the one supported and its 在…下 phrase.
FUND = "青禾苇塘社区发展基金会"


def test_copula_before_support_phrase_keeps_the_one_supported():
    text = f"{FUND}是在青禾区委支持下，由多家企业共同出资成立的。"
    assert pairs(text, organizations=[FUND, "青禾区委"]) == [("青禾区委", FUND)]


def test_copula_with_no_support_phrase_pairs_nothing():
    text = f"{FUND}是青禾区委命名的示范单位。"
    assert pairs(text, organizations=[FUND, "青禾区委"]) == []


# A forward word's list goes on over one item no extractor named (an outlet with digits in its name).
STATION = "白沙街道社工站"
LISTED = ["青禾区检察院", "桃源第四学校", "杏林医院"]


def test_forward_list_goes_on_over_one_unnamed_item():
    text = f"本次活动由{STATION}积极链接青禾区检察院、青禾1048交通广播、桃源第四学校、杏林医院共同开展。"
    assert pairs(text, organizations=[STATION] + LISTED) == [
        ("杏林医院", STATION), ("桃源第四学校", STATION), (STATION, "青禾区检察院"),
    ]


def test_forward_list_stops_at_an_item_with_a_clause_word():
    text = f"本次活动由{STATION}积极链接青禾区检察院、并邀请居民参加、桃源第四学校也派人到场。"
    assert pairs(text, organizations=[STATION] + LISTED) == [(STATION, "青禾区检察院")]
