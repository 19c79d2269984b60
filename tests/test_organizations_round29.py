"""Round 29 (organizations): a bare community Party body written only as a person's role
(社区党委书记某某) is no organization.

Every sentence here is made up (invented places, units and people)."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


# ---------------------------------------------------------------- bare Party body before a post
@pytest.mark.parametrize(
    "text",
    [
        "桃溪社区举办活动。社区党委书记王大明致辞。",
        "桃溪社区举办活动。社区党支部副书记李小红介绍了情况。",
        "柳湾村修好了水渠。村党支部书记赵长河带头挑土。",
    ],
)
def test_round29_bare_party_body_before_post_is_none(text):
    assert organizations(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # acting, the bare body is still resolved to the community just named
        ("桃溪社区举办活动。社区党委联合物业开展服务。", ["社区党委"]),
        # a named body before a post is written out: it stays
        ("桃溪社区党委书记王大明致辞。", ["桃溪社区党委"]),
        # the full name written elsewhere: the bare one before a post is its mention
        ("桃溪社区党委开展活动。社区党委书记王大明致辞。", ["桃溪社区党委", "社区党委"]),
    ],
)
def test_round29_party_body_kept_when_named_or_acting(text, expected):
    assert organizations(text) == expected
