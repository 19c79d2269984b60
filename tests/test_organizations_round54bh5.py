"""Round 54b h5 (organizations recall): the items of an enumeration closed by a count of its
kind are organizations (C5e): 甲和乙两家爱心企业 and 甲、乙、丙三个单位 with no 等, where the count
must tally the items, and 甲、乙等某片区首批N家商户, where a modifier holding the count stands
between 等 and the head. Every sentence here is made up."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organization_names


@pytest.mark.parametrize(
    "text, expected",
    [
        # two short company names the count calls companies
        ("春节前，禾丰粮油和安泰保险两家爱心企业来到青山社区慰问老人。", ["禾丰粮油", "安泰保险"]),
        ("宏达汽车、星海证券两家企业参加了签约。", ["宏达汽车", "星海证券"]),
        # three items, three units
        ("宏达汽车、星海证券、青禾书店三家单位参加了活动。", ["宏达汽车", "星海证券", "青禾书店"]),
        # units whose endings are found anyway stay as they were, the short one joins them
        (
            "青禾银行东湖支行、东湖第二干休所、东湖区文化馆三个轮值单位参加。",
            ["青禾银行东湖支行", "东湖第二干休所", "东湖区文化馆"],
        ),
        # 等, then a modifier holding the count before the head
        (
            "上周，青松茶社西湖店、墨香书屋、东升五金等西湖片区首批8家商户签订了助老承诺书。",
            ["青松茶社西湖店", "墨香书屋", "东升五金"],
        ),
    ],
)
def test_list_closed_by_a_count_of_its_kind_names_its_items(text, expected):
    assert organization_names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the count does not tally the items before it
        "社区和物业两家单位共同出资，宏达汽车三家门店也来了。",
        "全县9个乡镇27个村和30余家社会组织参加了对接会。",
        # a number that only follows the clause's last word
        "全省218家养老服务企业参加了培训。",
        # the count follows a conjunction: no item ends at it
        "协会由东岭村及8个村集体公司共同发起。",
        # branches counted by kind name no unit
        "园区成立了商会和物管会两个联合党支部。",
        # kinds of body, not names
        "社区和物业两家单位共同出资。",
    ],
)
def test_count_that_names_no_items_yields_nothing(text):
    assert organization_names(text) == []
