"""Round 39 (organizations): the councils and social-work rooms a village, town or community
runs under its own name.

Every sentence here is made up (invented villages, towns and people)."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


# ---------------------------------------------------------------- 理事会: a village's or community's council
@pytest.mark.parametrize(
    "text, expected",
    [
        ("近年来，青杉村红白理事会为村民操办喜事二十余场。", ["青杉村红白理事会"]),
        ("近日，湖石镇柳泉村红白理事会正式挂牌。", ["湖石镇柳泉村红白理事会"]),
        ("居民们商议后，组建了云栖社区发展理事会，整合各方资源。", ["云栖社区发展理事会"]),
    ],
)
def test_round39_council_named_by_its_village(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("各村普遍成立红白理事会，倡导婚事新办。", []),
        ("村里的红白理事会主动上门劝导。", []),
        ("经过理事会讨论，方案得以通过。", []),
        ("村党支部书记兼任理事会会长。", []),
    ],
)
def test_round39_council_without_a_name_is_none(text, expected):
    assert organizations(text) == expected
