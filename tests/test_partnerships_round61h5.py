"""Round 61 h5 (partnerships, credit lines): a 由-credit line too long to pair whole (MAX_CREDITED)
but of at most MAX_SHORT_CREDIT_LINE units pairs its hosts (主办) and operators (承办) all with all,
across the tiers, and leaves its helpers (协办) out; a flat line keeps its own bound. Longer lines keep the round-59 reading (tier by
tier, and only when hosts and operators are few). Made-up sentences."""

from __future__ import annotations

import pytest

from contexts import partner_pairs as pairs

UNITS = dict(
    organizations=[
        "松溪县文化馆",
        "松溪县民政局",
        "松溪县教育局",
        "桃源镇人民政府",
        "桃源镇综合文化站",
        "明川社工服务中心",
        "云岭慈善基金会",
        "松溪县图书馆",
        "松溪第一中学",
        "青禾文化传媒有限公司",
        "松溪县妇联",
    ],
    communities=["桃源村", "石桥社区"],
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # two hosts, three operators, no helper: all five with each other
            "此次文艺汇演由松溪县民政局、桃源镇人民政府主办，松溪县文化馆、桃源镇综合文化站、石桥社区承办。",
            [
                ("松溪县文化馆", "松溪县民政局"),
                ("松溪县文化馆", "桃源镇人民政府"),
                ("松溪县文化馆", "桃源镇综合文化站"),
                ("松溪县文化馆", "石桥社区"),
                ("松溪县民政局", "桃源镇人民政府"),
                ("松溪县民政局", "桃源镇综合文化站"),
                ("松溪县民政局", "石桥社区"),
                ("桃源镇人民政府", "桃源镇综合文化站"),
                ("桃源镇人民政府", "石桥社区"),
                ("桃源镇综合文化站", "石桥社区"),
            ],
        ),
        (
            # two hosts, two operators, two helpers: the hosts and operators across the tiers
            "6月1日，由松溪县教育局、松溪县妇联主办，明川社工服务中心、石桥社区承办，"
            "松溪县图书馆、青禾文化传媒有限公司协办的亲子运动会在石桥社区广场举行。",
            [
                ("明川社工服务中心", "松溪县妇联"),
                ("明川社工服务中心", "松溪县教育局"),
                ("明川社工服务中心", "石桥社区"),
                ("松溪县妇联", "松溪县教育局"),
                ("松溪县妇联", "石桥社区"),
                ("松溪县教育局", "石桥社区"),
            ],
        ),
    ],
)
def test_short_credit_line_pairs_its_cast(text, expected):
    assert pairs(text, **UNITS) == expected


def test_long_credit_line_keeps_tier_by_tier():
    # two hosts, two operators and four helpers: eight units, over the bound; the round-59 tiers
    text = (
        "大赛由松溪县民政局、松溪县教育局主办，明川社工服务中心、石桥社区承办，"
        "松溪县图书馆、松溪第一中学、青禾文化传媒有限公司、云岭慈善基金会协办。"
    )
    assert pairs(text, **UNITS) == [("明川社工服务中心", "石桥社区"), ("松溪县教育局", "松溪县民政局")]


@pytest.mark.parametrize(
    "text",
    [
        # six co-hosts: a flat line keeps its own bound (MAX_FLAT_CREDITED)
        "本届读书节由松溪县民政局、松溪县教育局、松溪县妇联、松溪县文化馆、松溪县图书馆、云岭慈善基金会等主办。",
        # one host and five helpers: a host alone, the helpers left out
        "义卖由松溪县民政局主办，松溪县教育局、松溪县妇联、松溪县文化馆、松溪县图书馆、云岭慈善基金会协办。",
        # a single credited unit pairs with nobody
        "本次比赛由松溪县教育局主办。",
        # a line naming no credit role is no credit line
        "桃源村由松溪县民政局、桃源镇人民政府负责联系。",
    ],
)
def test_nothing_paired(text):
    assert pairs(text, **UNITS) == []
