"""Round 29 (organizations): a bare community Party body written only as a person's role
(社区党委书记某某) is no organization; a civilised-practice station named by its community or
village is the body that runs it wherever it is written.

Every sentence here is made up (invented places, units and people)."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations
from contexts import run

LABELS = ("places", "organizations", "communities", "models", "programs", "people", "partnerships")


# ---------------------------------------------------------------- bare Party body before a post
@pytest.mark.parametrize(
    "text",
    [
        # (社区党委书记某某 after the only 社区 named is that community's committee: round 44)
        "桃溪社区举办活动。社区党支部副书记李小红介绍了情况。",
        "柳湾村修好了水渠。村党支部书记赵长河带头挑土。",
    ],
)
def test_round29_bare_party_body_before_post_is_none(text):
    assert organizations(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # acting, the bare body is resolved to the community named in its sentence (round 41)
        ("桃溪社区举办活动。社区党总支联合物业开展服务。", []),
        ("桃溪社区举办活动，社区党委联合物业开展服务。", ["社区党委"]),
        # a named body before a post is written out: it stays
        ("桃溪社区党委书记王大明致辞。", ["桃溪社区党委"]),
        # the full name written elsewhere: the bare one before a post is its mention
        ("桃溪社区党委开展活动。社区党委书记王大明致辞。", ["桃溪社区党委", "社区党委"]),
    ],
)
def test_round29_party_body_kept_when_named_or_acting(text, expected):
    assert organizations(text) == expected


# ---------------------------------------------------------------- practice stations
@pytest.mark.parametrize(
    "text, expected",
    [
        ("柳湾村新时代文明实践站组织志愿者清扫街巷。", ["柳湾村新时代文明实践站"]),
        ("居民来到桃溪社区新时代文明实践站参加讲座。", ["桃溪社区新时代文明实践站"]),
        ("桃溪社区文明实践站组织活动。", ["桃溪社区文明实践站"]),
    ],
)
def test_round29_named_practice_station_is_organization(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "全县建成新时代文明实践站120个。",
        "社区把闲置库房改成了新时代文明实践站。",
        "听说文明实践站周末放电影，孩子们很高兴。",
    ],
)
def test_round29_unnamed_or_described_practice_station_is_none(text):
    assert organizations(text) == []


def test_round29_named_station_after_entering_is_organization():
    # Round 58 h5 changed this expectation (it was none): a named community's own station after a
    # verb of stepping inside is its body, as the tuning gold lists it (5 articles of 5 sets:
    # g55c, g55d, g55f, g57g, l53m).
    assert organizations("走进桃溪社区新时代文明实践站，迎面是书架。") == ["桃溪社区新时代文明实践站"]


def test_round29_named_station_acting_alone_gives_no_partnership():
    ctx = run("武溪镇新时代文明实践所开展卫生清洁活动。", *LABELS)
    assert [m.canonical for m in ctx.found("organizations")] == ["武溪镇新时代文明实践所"]
    assert ctx.found("partnerships") == []
