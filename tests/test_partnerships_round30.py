"""Round 30 (pairs): 由A主办，B承办的“X” credits B with putting the event on next to its host, so the
operated frame (B承办的X) is not read there; and a guide named in the same credit line
(由A指导，B主办，C承办) is not paired with the 承办. Round 48: the units such a line credits
(主办, 承办, 协办) pair with each other (37-set pool gold). An operator with no host credited before it, and a guide with an operator when no host is
credited (X由A负责指导，B承接运营), are still paired. Sentences written for these tests (made-up names)."""

from __future__ import annotations

import pytest

from contexts import partner_pairs as pairs

# round 48: credit lines pair their units (37-set pool gold); the guide and the programme stay out
CREDIT_LINES = [
    # host and 承办 of a gala
    ("host_then_operator_of_event", "近日，由荷塘区妇联主办，远帆社工服务中心承办的“暖冬夜话”联欢会在柳湾社区举行。",
     {"organizations": ["荷塘区妇联", "远帆社工服务中心"], "programs": ["暖冬夜话"]},
     [("荷塘区妇联", "远帆社工服务中心")]),
    # a guide, a host and a co-host before the 承办
    ("guide_host_cohost_operator", "由荷塘区文明办指导，荷塘区妇联主办、青禾慈善基金会协办，远帆社工服务中心承办的“暖冬夜话”联欢会开幕。",
     {"organizations": ["荷塘区文明办", "荷塘区妇联", "青禾慈善基金会", "远帆社工服务中心"], "programs": ["暖冬夜话"]},
     [("荷塘区妇联", "远帆社工服务中心"), ("荷塘区妇联", "青禾慈善基金会"), ("远帆社工服务中心", "青禾慈善基金会")]),
    # a guide, a host and two 承办 units, no event named
    ("guide_host_two_operators", "据悉，此次比赛由荷塘区文明办指导，荷塘区妇联主办，柳湾镇人民政府、石桥社区承办。",
     {"organizations": ["荷塘区文明办", "荷塘区妇联", "柳湾镇人民政府"], "communities": ["石桥社区"]},
     [("柳湾镇人民政府", "石桥社区"), ("柳湾镇人民政府", "荷塘区妇联"), ("石桥社区", "荷塘区妇联")]),
    # a list of hosts, then the 承办 of a contest
    ("host_list_then_operator", "由青禾银行、荷塘区民政局主办，远帆社工服务中心承办的“微光提案”大赛正式启动。",
     {"organizations": ["青禾银行", "荷塘区民政局", "远帆社工服务中心"], "programs": ["微光提案"]},
     [("荷塘区民政局", "远帆社工服务中心"), ("荷塘区民政局", "青禾银行"), ("远帆社工服务中心", "青禾银行")]),
]


@pytest.mark.parametrize("name, text, parties, expected", CREDIT_LINES, ids=[row[0] for row in CREDIT_LINES])
def test_an_events_credit_line_pairs_only_its_credited_units(name, text, parties, expected):
    assert pairs(text, **parties) == expected


STILL_PAIRED = [
    # no host credited: the 承办 unit runs the programme
    ("operator_without_host", "近日，远帆社工服务中心承办的“暖冬夜话”联欢会在柳湾社区举行。",
     {"organizations": ["远帆社工服务中心"], "programs": ["暖冬夜话"]},
     [("暖冬夜话", "远帆社工服务中心")]),
    # a host credited, but the operator role is 承接 (a station taken on to run, not an event's credit)
    ("host_then_long_term_operator", "由荷塘区妇联主办，远帆社工服务中心承接的“晴川驿站”今天开放。",
     {"organizations": ["荷塘区妇联", "远帆社工服务中心"], "programs": ["晴川驿站"]},
     [("晴川驿站", "远帆社工服务中心")]),
    # a guide and an operator, no host credited: the guide backs the operator, the operator runs X
    ("guide_and_operator_without_host", "“晴川驿站”由荷塘区民政局负责指导，远帆社工服务中心承接运营。",
     {"organizations": ["荷塘区民政局", "远帆社工服务中心"], "programs": ["晴川驿站"]},
     [("晴川驿站", "远帆社工服务中心"), ("荷塘区民政局", "远帆社工服务中心")]),
]


@pytest.mark.parametrize("name, text, parties, expected", STILL_PAIRED, ids=[row[0] for row in STILL_PAIRED])
def test_operators_and_guides_outside_a_credit_line_are_still_paired(name, text, parties, expected):
    assert pairs(text, **parties) == sorted(tuple(sorted(p)) for p in expected)
