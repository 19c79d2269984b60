"""Round 19 (partnerships): names inside strong frames. A found party that is only the tail of a
longer name (a company name the organization extractor cut at a business word) is widened to the
whole name where the frame's side starts it; a licensed side may end at a relation word (联建),
an adverb opening the predicate (带头) or a count of the units listed (两家). A list of units whose
predicate is a dated, titled joint-building activity (于某日开展了“某某”党建共建活动) acts together.
Sentences written for these tests (made-up names)."""

from __future__ import annotations

import pytest

from contexts import partner_pairs as pairs


CASES = [
    # a list item found cut short: widened from where the item starts (after 、)
    ("widened_list_item", "3月2日，青溪社区联合柳岸社工站、湖北宏远房地产开发有限公司第二党支部开展植树活动。",
     {"communities": ["青溪社区"], "organizations": ["柳岸社工站", "有限公司第二党支部"]},
     [("柳岸社工站", "湖北宏远房地产开发有限公司第二党支部"), ("柳岸社工站", "青溪社区"),
      ("湖北宏远房地产开发有限公司第二党支部", "青溪社区")]),
    # the actor found cut short: widened from its clause start (time words aside)
    ("widened_actor", "近日，明泰建材有限公司党支部与石桥村党支部签订结对共建协议。",
     {"organizations": ["建材有限公司党支部", "石桥村党支部"]},
     [("明泰建材有限公司党支部", "石桥村党支部")]),
    # a clause verb before the found name: no widening, the found name stays the party
    ("no_widening_over_verb", "近日，街道组织明泰建材有限公司党支部联合青溪社区开展活动。",
     {"organizations": ["建材有限公司党支部"], "communities": ["青溪社区"]},
     [("建材有限公司党支部", "青溪社区")]),
    # a pointer or quantifier before the found name: no widening either
    ("no_widening_over_opener", "近日，辖区明泰建材有限公司党支部联合青溪社区开展活动。",
     {"organizations": ["建材有限公司党支部"], "communities": ["青溪社区"]},
     [("建材有限公司党支部", "青溪社区")]),
    # a with-frame partner ending right at its relation word
    ("ends_at_relation_word", "宏达木业公司与石桥村联建，帮助村里建起加工厂房。",
     {"organizations": ["宏达木业公司"]},
     [("宏达木业公司", "石桥村")]),
    # a list item ending before an adverb that opens the predicate (the branches going into the
    # community pair with it as the visit frame reads them)
    ("ends_before_adverb", "江城银行总行党委联合江北支行、河口支行带头走进柳岸社区开展宣传。",
     {"organizations": ["江城银行总行党委", "江北支行"], "communities": ["柳岸社区"]},
     [("江北支行", "江城银行总行党委"), ("江北支行", "河口支行"), ("江城银行总行党委", "河口支行"),
      ("江北支行", "柳岸社区"), ("河口支行", "柳岸社区")]),
    # the last item of a list ending before the count of the units listed
    ("ends_before_count", "清泉创益中心引进了宁和调解中心和众安法律服务中心两家社会组织。",
     {"organizations": ["清泉创益中心", "宁和调解中心"]},
     [("宁和调解中心", "清泉创益中心"), ("众安法律服务中心", "清泉创益中心")]),
    # a list of units carrying out a joint-building activity, its date and quoted title first
    ("list_joint_activity", "为守护群众钱袋子，江城银行河口支行党支部、河口派出所党支部于6月3日开展了“平安同行”党建共建活动。",
     {"organizations": ["江城银行河口支行党支部", "河口派出所党支部"]},
     [("江城银行河口支行党支部", "河口派出所党支部")]),
    # the same list with a slogan, not a joint-building word: the list opening its clause holds the
    # act together all the same (round 51: 开展 after such a list, RE_CO_SUBJECT_ACT)
    ("list_slogan_activity", "江城银行河口支行党支部、河口派出所党支部开展了“共建共治共享”宣传活动。",
     {"organizations": ["江城银行河口支行党支部", "河口派出所党支部"]},
     [("江城银行河口支行党支部", "河口派出所党支部")]),
    # no frame: the same names side by side pair with nothing
    ("no_frame", "明泰建材有限公司党支部、石桥村党支部的党员参加了学习。",
     {"organizations": ["建材有限公司党支部", "石桥村党支部"]},
     []),
]


@pytest.mark.parametrize("text,parties,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round19(text, parties, expected):
    assert pairs(text, **parties) == sorted(tuple(sorted(p)) for p in expected)
