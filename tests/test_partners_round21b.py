"""Round 21 second wave (pairs): partners no extractor named inside a strong frame or its list.
A volunteers' society (某某义工社) and a social organization written with its own name (某某社会组织)
are licensed like other heads; a level word in brackets may stand inside a licensed name (某市乡镇
（街道）某某中心); a with-list goes on over an unnamed unit of up to a dozen characters before its
head (某某石化某某管理团队). Sentences written for these tests (made-up names)."""

from __future__ import annotations

import pytest

from shequ.extract.licensed import licensed_parties
from contexts import partner_pairs as pairs


CASES = [
    # a volunteers' society as the first partner after 联合: licensed, and the list goes on after it
    ("volunteer_society", "青禾区志愿服务联合会联合青禾阳光义工社、青禾市春雨志愿服务中心开展送清凉活动。",
     {"organizations": ["青禾区志愿服务联合会", "青禾市春雨志愿服务中心"]},
     [("青禾区志愿服务联合会", "青禾市春雨志愿服务中心"), ("青禾区志愿服务联合会", "青禾阳光义工社"),
      ("青禾市春雨志愿服务中心", "青禾阳光义工社")]),
    # a social organization with its own name
    ("named_social_org", "5月，柳岸街道桃源社区联合启明社会组织，组建社区志愿服务队。",
     {"communities": ["桃源社区"]}, [("启明社会组织", "桃源社区")]),
    ("named_social_org_brought_in", "桃源社区引进了宁远婚姻家庭社会组织开展调解。",
     {"communities": ["桃源社区"]}, [("宁远婚姻家庭社会组织", "桃源社区")]),
    # a level word in brackets inside the actor's name (full-width and ASCII brackets)
    ("bracketed_level", "3月2日，青禾市乡镇（街道）社会工作指导服务中心携手青禾市微光志愿者协会开展捐赠活动。",
     {"organizations": ["青禾市微光志愿者协会"]}, [("青禾市乡镇（街道）社会工作指导服务中心", "青禾市微光志愿者协会")]),
    ("bracketed_level_ascii", "3月2日，青禾市乡镇(街道)社会工作指导服务中心携手青禾市微光志愿者协会开展捐赠活动。",
     {"organizations": ["青禾市微光志愿者协会"]}, [("青禾市乡镇(街道)社会工作指导服务中心", "青禾市微光志愿者协会")]),
    # a with-list read on over a long unnamed unit ending in a team's head
    ("with_list_long_unnamed", "桃源社区与青禾医院、青禾石化桃源管理团队、青禾区图书馆分别签署了共建协议。",
     {"communities": ["桃源社区"], "organizations": ["青禾医院", "青禾区图书馆"]},
     [("桃源社区", "青禾区图书馆"), ("桃源社区", "青禾医院")]),
    # junk the heads could make: the units inside a level, a sort of body, a street's bodies, a count
    ("level_inside", "某县基金会联合青禾公益基金会、省内社会组织建立服务站。",
     {"organizations": ["某县基金会", "青禾公益基金会"]}, [("某县基金会", "青禾公益基金会")]),
    ("street_bodies", "桃源社区联合定海路街道社会组织开展活动。", {"communities": ["桃源社区"]}, []),
    ("sort_of_body", "桃源社区联合专业社会组织开展活动。", {"communities": ["桃源社区"]}, []),
    ("hub_body", "桃源社区携手枢纽型社会组织开展培训。", {"communities": ["桃源社区"]}, []),
    ("many_bodies", "桃源社区联合多家社会组织开展活动。", {"communities": ["桃源社区"]}, []),
    ("bare_kind", "桃源社区引入了社会组织开展服务。", {"communities": ["桃源社区"]}, []),
    # a bracket holding no level word is no part of a name
    ("bracket_other", "青禾日报讯（记者王某）青禾社区联合启明学校开展活动。",
     {"communities": ["青禾社区"], "organizations": ["启明学校"]}, [("启明学校", "青禾社区")]),
]


@pytest.mark.parametrize("name,text,parties,expected", CASES, ids=[c[0] for c in CASES])
def test_round21b(name, text, parties, expected):
    assert pairs(text, **parties) == expected


def test_volunteer_society_is_an_organization():
    text = "青禾区志愿服务联合会联合青禾阳光义工社开展活动。"
    found = [(0, len("青禾区志愿服务联合会"))]
    licensed = licensed_parties(text, [(0, len(text))], found, bytearray(len(text)))
    assert [(p.canonical, p.label, p.kind) for p in licensed] == [("青禾阳光义工社", "organizations", "social_work")]
