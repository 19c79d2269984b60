"""Round 55 h1: a town written before a member's post (某镇宣传委员某某) is a place written on its own,
as before 副镇长; the committee head 委 there goes on as 委员, a post, not a body's name. 委员会 and a
committee written out (某镇党委委员) still head a body. Every sentence here is made up."""

from __future__ import annotations

import pytest

from contexts import run


def place_facts(text: str) -> list[str]:
    """Surface of each place mention that makes a fact, in text order."""
    return [text[m.start : m.end] for m in run(text, "places", "communities").mentions["places"] if m.fact]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("在青山镇宣传委员陈露看来，读书活动很受欢迎。", ["青山镇"]),
        ("青山镇组织委员王刚说，活动还会继续办。", ["青山镇"]),
    ],
)
def test_place_before_a_members_post_stands_alone(text, expected):
    assert place_facts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "青山镇管理委员会成立了调解小组。",  # 委员会: the body's name
        "青山镇党委委员陈露说，读书活动很受欢迎。",  # the committee written out before the post
    ],
)
def test_place_heading_a_committee_stays_in_its_name(text):
    assert place_facts(text) == []
