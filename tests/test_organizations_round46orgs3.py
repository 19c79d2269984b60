"""Round 46 (organizations, orgs3). A noun that calls the shop or clinic right after it a party of
the work (合作方, 共建单位, 商家) sets the brand in a relation frame like 联合 or 携手 do, so the
brand and its trade word name an organization; 门诊 is such a trade word. Without the title (or
with a modifier instead of a brand) the shop stays out.

Every sentence here is made up (invented brands and shops)."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


@pytest.mark.parametrize(
    "text, expected",
    [
        # a partner's title before a shop: the shop is a party
        ("活动的合作方翠柳超市提供了全部奖品。", ["翠柳超市"]),
        # a co-building unit's clinic
        ("社区邀请了共建单位康泽门诊的医生为居民义诊。", ["康泽门诊"]),
        # a caring merchant's pharmacy
        ("现场爱心商家青苗药店为老人送来药箱。", ["青苗药店"]),
        # the same shop without a title is a shop front, no party
        ("老人们在翠柳超市门口排队。", []),
        # a modifier after the title names no shop
        ("合作方周边超市也加入了活动。", []),
    ],
)
def test_round46orgs3_party_title_frames_a_brand(text, expected):
    assert organizations(text) == expected
