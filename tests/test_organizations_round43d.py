"""Round 43d (organizations). A charity supermarket named by its district or community (某区慈善超市,
某某社区慈善超市) is an organization; the bare kind (办起了慈善超市) names none.

Every sentence here is made up (invented communities and people)."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


@pytest.mark.parametrize(
    "text, expected",
    [
        # round 49: a service point (org_venues.txt), a program in the pool gold
        ("近日，奉贤区慈善超市为困难家庭送去了米面油。", []),
        ("柳湾社区慈善超市开业以来，已接待居民三百人次。", []),
        # the kind, no name
        ("社区里办起了慈善超市，居民可以用积分兑换物品。", []),
    ],
)
def test_round43d_named_charity_supermarket(text, expected):
    assert organizations(text) == expected
