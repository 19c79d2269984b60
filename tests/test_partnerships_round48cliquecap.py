"""Round 48 (cliquecap): units whose people 出席 an event attend it as guests; the join frame
(A、B等单位参加…) pairs them with no host. Units that 参加 still take part and pair with the hosts.
Sentences written for these tests (made-up names)."""

from __future__ import annotations

import pytest

from contexts import partner_pairs as pairs

UNITS = dict(
    organizations=["青枫区民政局", "禾光社工事务所", "云杉公益基金会", "青枫区妇联", "青枫区教育局", "青枫区慈善会"],
    communities=["柳絮湾社区"],
)
HOSTED = "本次活动由禾光社工事务所、云杉公益基金会联合主办。"


@pytest.mark.parametrize(
    "text",
    [
        "柳絮湾社区举办邻里节。青枫区民政局、禾光社工事务所、云杉公益基金会等单位的负责人出席了邻里节。",
        "柳絮湾社区举办邻里节。晚会上，青枫区民政局、青枫区妇联、青枫区教育局、青枫区慈善会等四家单位应邀出席。",
    ],
)
def test_guest_units_attending_pair_with_nothing(text):
    assert pairs(text, **UNITS) == []


def test_guest_units_attending_pair_with_no_host():
    text = HOSTED + "晚会上，青枫区民政局、青枫区妇联、青枫区教育局等单位的领导应邀出席。"
    assert pairs(text, **UNITS) == [("云杉公益基金会", "禾光社工事务所")]


def test_units_taking_part_still_pair_with_each_host():
    text = HOSTED + "晚会上，青枫区民政局、青枫区妇联等单位积极参加。"
    assert pairs(text, **UNITS) == [
        ("云杉公益基金会", "禾光社工事务所"), ("云杉公益基金会", "青枫区妇联"), ("云杉公益基金会", "青枫区民政局"),
        ("禾光社工事务所", "青枫区妇联"), ("禾光社工事务所", "青枫区民政局"),
    ]


def test_units_taking_part_pair_with_the_own_community():
    text = "柳絮湾社区举办邻里节。青枫区民政局、禾光社工事务所等多家单位参加活动。"
    assert pairs(text, **UNITS) == [("柳絮湾社区", "禾光社工事务所"), ("柳絮湾社区", "青枫区民政局")]
