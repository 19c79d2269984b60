"""Round 47 (cohost): units credited with hosting an event together (A、B共同主办, 由A、B联合主办,
由A与B联合主办, A和B联合承办) are each other's partners, as for any joint act; a credit naming one
host, or several hosts with no joint word, pairs nothing. Sentences written for these tests
(made-up names)."""

from __future__ import annotations

import pytest

from contexts import partner_pairs as pairs

UNITS = dict(organizations=["澜石区文化馆", "青枫社工服务站", "澜石区总工会"], communities=["栖霞湾社区"])

JOINT_CREDITS = [
    ("by_list_joint_host", "本次音乐会由澜石区文化馆、青枫社工服务站联合主办。",
     [("澜石区文化馆", "青枫社工服务站")]),
    ("list_joint_host", "澜石区总工会、栖霞湾社区共同主办了这次趣味运动会。",
     [("栖霞湾社区", "澜石区总工会")]),
    ("guide_then_joint_organiser", "活动由澜石区总工会指导，青枫社工服务站和栖霞湾社区联合承办。",
     [("栖霞湾社区", "青枫社工服务站")]),
    ("with_list_joint_host", "此次讲座由澜石区文化馆与栖霞湾社区共同主办。",
     [("栖霞湾社区", "澜石区文化馆")]),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in JOINT_CREDITS], ids=[c[0] for c in JOINT_CREDITS])
def test_co_hosts_credited_with_a_joint_word_are_partners(text, expected):
    assert pairs(text, **UNITS) == sorted(tuple(sorted(p)) for p in expected)


def test_a_sole_host_credit_pairs_nothing():
    assert pairs("本次音乐会由澜石区文化馆主办。", **UNITS) == []
