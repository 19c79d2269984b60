"""Round 22 (organizations): the units of a list closed by a Party body (等党支部), and the
standing units a community names (警务室, 治保会, 家庭教育指导服务站). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from contexts import organization_surfaces as orgs


@pytest.mark.parametrize(
    "text, expected",
    [
        # Items written as units (部 委 办 院, or a unit of org_list_units.tsv) are kept, even
        # when the dictionary knows them as words; bare fields (税务, 工商) are not.
        ("如宣传部、税务、纪委、政府办等党支部与居民共同开展帮扶活动。", ["宣传部", "纪委", "政府办"]),
        ("组织部、法院和科协等党支部与居民结对。", ["组织部", "法院", "科协"]),
        ("政法委、司法局等党总支参加共建。", ["政法委", "司法局"]),
        # No unit in the list: nothing.
        ("如税务、工商等党支部与居民共同开展帮扶活动。", []),
        ("街道、社区等党委参加会议。", []),
    ],
)
def test_units_of_a_branch_list(text, expected):
    assert orgs(text) == expected


@pytest.mark.parametrize(
    "text, communities, expected",
    [
        ("金桂社区警务室民警到场讲解。", ("金桂社区",), ["金桂社区警务室"]),
        ("白杨村治保会组织巡逻。", ("白杨村",), ["白杨村治保会"]),
        # No community or place before the ending: none is named.
        ("警务室民警到场讲解。", (), []),
        ("各地家庭教育指导服务站陆续建成。", (), []),
    ],
)
def test_standing_units_named_by_their_community(text, communities, expected):
    assert orgs(text, communities=communities) == expected
