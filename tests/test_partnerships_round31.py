"""Round 31 (pairs). Units listed on one side of an agreement are each paired with the other side,
not with each other (a rule pairing them was measured and dropped: it added six pairs on held-out
articles, none right); 分别 keeps them apart too. 在A(的)牵头下，B…: A leads the work B does, like
在A的支持下. Sentences written for these tests (made-up names)."""

from __future__ import annotations

import pytest

from contexts import partner_pairs as pairs

EACH_WITH_THE_OTHER_SIDE = [
    # 分别: each unit signs its own agreement with the hospital
    ("respective_agreements", "青枫区文联、白杨县图书馆分别与柳湾人民医院签订了帮扶协议。",
     {"organizations": ["青枫区文联", "白杨县图书馆", "柳湾人民医院"]},
     [("青枫区文联", "柳湾人民医院"), ("白杨县图书馆", "柳湾人民医院")]),
]


@pytest.mark.parametrize("name, text, parties, expected", EACH_WITH_THE_OTHER_SIDE, ids=[row[0] for row in EACH_WITH_THE_OTHER_SIDE])
def test_separate_agreements_keep_the_listed_units_apart(name, text, parties, expected):
    assert pairs(text, **parties) == sorted(tuple(sorted(p)) for p in expected)


def test_one_unit_signing_with_another_pairs_only_the_two():
    text = "青枫区文联与柳湾街道党工委签署了文化共建协议，白杨县图书馆派员列席。"
    assert pairs(text, organizations=["青枫区文联", "柳湾街道党工委", "白杨县图书馆"]) == [("柳湾街道党工委", "青枫区文联")]


LED_BY = [
    # 的牵头下, then the unit that does the work
    ("led_with_de", "在青枫区妇联的牵头下，白杨医院医疗队在柳湾社区开展义诊。",
     {"organizations": ["青枫区妇联", "白杨医院医疗队"], "communities": ["柳湾社区"]},
     [("青枫区妇联", "白杨医院医疗队")]),
    # 牵头下 without 的, a date first
    ("led_without_de", "当天，在石桥街道社工站牵头下，荷塘社区基金会与爱心企业签约。",
     {"organizations": ["石桥街道社工站", "荷塘社区基金会"]},
     [("石桥街道社工站", "荷塘社区基金会")]),
]


@pytest.mark.parametrize("name, text, parties, expected", LED_BY, ids=[row[0] for row in LED_BY])
def test_the_unit_leading_the_work_is_paired_with_the_one_doing_it(name, text, parties, expected):
    assert pairs(text, **parties) == sorted(tuple(sorted(p)) for p in expected)


def test_a_lead_with_no_named_worker_pairs_nothing():
    text = "在青枫区妇联的牵头下，经过两个月的筹备，这场联欢会终于办成了。"
    assert pairs(text, organizations=["青枫区妇联"]) == []
