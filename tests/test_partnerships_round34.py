"""Round 34 (pairs). The staff or representatives of a list of units acting jointly make the units
co-actors, as when the list itself acts together: A、B代表共同签署…, A、B的工作人员一起…,
来自A、B等某联盟成员单位的志愿者们一起…. The list must open its clause (or follow only 来自 there);
a list after a verb is that verb's object, and a joint word before a co-host credit pairs nothing.
Sentences written for these tests (made-up names)."""

from __future__ import annotations

import pytest

from contexts import partner_pairs as pairs

STAFF_TOGETHER = [
    # representatives of three units sign one agreement together
    ("representatives_sign", "签约环节，柘溪镇卫生院、青杉物业公司、蓝屿小学代表共同签订了睦邻共建书。",
     {"organizations": ["柘溪镇卫生院", "青杉物业公司", "蓝屿小学"]},
     [("柘溪镇卫生院", "青杉物业公司"), ("柘溪镇卫生院", "蓝屿小学"), ("青杉物业公司", "蓝屿小学")]),
    # the staff of two units, written with 的, go round together
    ("staff_with_de", "周五下午，栖云律师事务所和鹭湾社工站的工作人员一起走访了独居老人。",
     {"organizations": ["栖云律师事务所", "鹭湾社工站"]},
     [("栖云律师事务所", "鹭湾社工站")]),
    # volunteers from a list closed by 等 and a descriptor
    ("from_list_with_deng", "当天，来自澄江海关、桐岭研究院等滨港共建伙伴单位的青年志愿者们一起打扫了巷道。",
     {"organizations": ["澄江海关", "桐岭研究院"]},
     [("桐岭研究院", "澄江海关")]),
]


@pytest.mark.parametrize("name, text, parties, expected", STAFF_TOGETHER, ids=[row[0] for row in STAFF_TOGETHER])
def test_staff_of_a_list_acting_jointly_make_its_units_co_actors(name, text, parties, expected):
    assert pairs(text, **parties) == sorted(tuple(sorted(p)) for p in expected)


NOTHING = [
    # the list is the object of a verb before it
    ("object_of_verb", "街道组织柘溪镇卫生院、青杉物业公司的工作人员一起清理楼道杂物。",
     {"organizations": ["柘溪镇卫生院", "青杉物业公司"]}),
    # a joint word before a co-host credit
    ("credit_after", "柘溪镇卫生院、青杉物业公司代表共同主办了这场联欢会。",
     {"organizations": ["柘溪镇卫生院", "青杉物业公司"]}),
    # staff of the list with no joint word
    ("no_joint_word", "柘溪镇卫生院、青杉物业公司的工作人员分别介绍了各自的做法。",
     {"organizations": ["柘溪镇卫生院", "青杉物业公司"]}),
    # one unit only
    ("one_unit", "柘溪镇卫生院的医生们一起为老人量血压。",
     {"organizations": ["柘溪镇卫生院"]}),
]


@pytest.mark.parametrize("name, text, parties", NOTHING, ids=[row[0] for row in NOTHING])
def test_staff_of_a_list_without_the_frame_pairs_nothing(name, text, parties):
    assert pairs(text, **parties) == []


def test_staff_of_a_list_visiting_together_keep_the_visit_word():
    # 一起 before a visit word: the visit frame pairs the co-visitors under its own word
    from contexts import context_for
    from shequ.extract.partnerships import PartnershipExtractor

    text = "鹭湾社工站、栖云律师事务所的社工们一起走进柏川社区开展咨询。"
    ctx = context_for(PartnershipExtractor, text, organizations=["鹭湾社工站", "栖云律师事务所"], communities=["柏川社区"])
    words = {m.attrs["relation"] for m in PartnershipExtractor()(ctx) if m.label == "partnerships"}
    assert words == {"走进"}
