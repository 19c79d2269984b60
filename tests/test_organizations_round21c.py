"""Round 21, third wave (organizations): one body whose name joins two fields with 与/和.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from contexts import organization_surfaces as orgs


@pytest.mark.parametrize(
    "text, places, expected",
    [
        # A place, a field word, 与/和, a second field and the ending: one body.
        ("青禾市蓝天应急和心理救援中心开展活动。", ("青禾市",), ["青禾市蓝天应急和心理救援中心"]),
        ("近日，河岭省乡村振兴与发展研究中心发布报告。", ("河岭省",), ["河岭省乡村振兴与发展研究中心"]),
        ("居民可到青禾市医保卡和鉴定中心办理。", ("青禾市",), ["青禾市医保卡和鉴定中心"]),
        # A list item named by a bare level word: 省|field|与|field + ending.
        ("区民政局、市阳光与明德联合党支部和区妇联等单位开展活动。", (), ["区民政局", "市阳光与明德联合党支部", "区妇联"]),
        ("区民政局，市健康与养老服务中心开展活动。", (), ["区民政局", "市健康与养老服务中心"]),
        # Two bodies stay two: each side has its own ending, place or national prefix.
        ("区民政局、区团委与区妇联开展活动。", (), ["区民政局", "区团委", "区妇联"]),
        ("他们参观了石桥旧货市场和中国医学科学院肿瘤医院。", ("石桥",), ["中国医学科学院肿瘤医院"]),
        ("青禾市民政局与心理救援中心签约。", ("青禾市",), ["青禾市民政局"]),
        # 市民 is a word, not the bare level 市: no body is named.
        ("社区、市民与志愿者服务中心开展活动。", (), []),
    ],
)
def test_two_fields_joined_in_one_name(text, places, expected):
    assert orgs(text, places) == expected


def test_joint_party_branch_is_an_ending():
    # 联合 stops a name on its left (联合|某市委…), so the joint branch is an ending of its own.
    assert orgs("青禾商圈联合党支部开展活动。") == ["青禾商圈联合党支部"]
