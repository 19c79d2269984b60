"""Round 21 third wave (pairs): a quoted programme that is no party of the relation word. Its name
names an event or an agreement (“某某”主题活动, “某某”公益创投合作协议: the seed convention leaves
events out), or the thing an agent after 由 makes (“某驿站”由A联合B建设: A and B are the pair).
Sentences written for these tests (made-up names)."""

from __future__ import annotations

import pytest

from contexts import partner_pairs as pairs


CASES = [
    # an event's name as the actor of a later clause: no pair with it
    ("theme_event_actor", "“携手同行、温暖冬日”主题活动在北湖区举行，并与青禾区委社会工作部开展合作。",
     {"programs": ["携手同行、温暖冬日"], "organizations": ["青禾区委社会工作部"]}, []),
    # an agreement's name as the actor
    ("agreement_actor", "随后，由居民区党组织和社会组织代表上台，签署“红帆活力社区”第二届公益创投项目合作协议，并邀请了青禾居民区党总支书记王某出席。",
     {"programs": ["红帆活力社区"], "organizations": ["青禾居民区党总支"]}, []),
    # an event's name after the co-hosts: the co-hosts are the pair
    ("event_after_hosts", "由桃源社区、青禾社会工作服务中心共同开展的三社联动——“冬日送暖”公益活动在社区举行。",
     {"communities": ["桃源社区"], "organizations": ["青禾社会工作服务中心"], "programs": ["冬日送暖"]},
     [("桃源社区", "青禾社会工作服务中心")]),
    # a venue made by an agent after 由: the partners after 联合 still pair with each other
    ("made_by_agent", "据悉，“暖心驿站”由青禾新区“两新”组织党委联合北湖片区党委、万达广场党支部建设。",
     {"programs": ["暖心驿站"], "organizations": ["北湖片区党委", "万达广场党支部"]},
     [("万达广场党支部", "北湖片区党委")]),
    # kept: a programme taken on by a unit named before the relation word
    ("run_by_unit_kept", "“爱心小屋”由青禾文明实践中心负责指导，青禾公益服务中心承接日常运营。",
     {"programs": ["爱心小屋"], "organizations": ["青禾文明实践中心", "青禾公益服务中心"]},
     [("爱心小屋", "青禾公益服务中心"), ("青禾公益服务中心", "青禾文明实践中心")]),
    # kept: a programme brought in, its head word 项目 after the name
    ("programme_brought_in_kept", "桃源社区引进“乐龄课堂”项目，为老人开设手机课。",
     {"communities": ["桃源社区"], "programs": ["乐龄课堂"]}, [("乐龄课堂", "桃源社区")]),
]


@pytest.mark.parametrize("name,text,parties,expected", CASES, ids=[c[0] for c in CASES])
def test_round21c(name, text, parties, expected):
    assert pairs(text, **parties) == expected
