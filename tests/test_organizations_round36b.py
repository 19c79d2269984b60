"""Round 36B (organizations): the sides of partnerships no rule named.

Every sentence here is made up (invented units and people; real city names where the gazetteer
must know them)."""

from __future__ import annotations

import pytest

from contexts import organizations_found as organizations


# ---------------------------------------------------------------- bare offices in a list of units
@pytest.mark.parametrize(
    "text, expected",
    [
        ("此次活动由区委组织部、宣传部、区民政局等部门共同举办。", ["区委组织部", "宣传部", "区民政局"]),
        ("杭州市民政局、信访办与杭州市慈善总会一同走访了老人。", ["杭州市民政局", "信访办", "杭州市慈善总会"]),
    ],
)
def test_round36b_bare_office_items_beside_a_named_unit(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("宣传部的同志这周没有来。", []),
        ("遇到难题怎么办、找谁办，居民心里都有数。", []),
    ],
)
def test_round36b_bare_office_alone_is_no_unit(text, expected):
    assert organizations(text) == expected


# ---------------------------------------------------------------- shops in a long co-organiser list
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "晨露鲜奶、柏林口腔、杭州市青松文化传播有限公司、远山健身馆、杭州市星桥科技有限公司协办了本次活动。",
            ["晨露鲜奶", "柏林口腔", "杭州市青松文化传播有限公司", "远山健身馆", "杭州市星桥科技有限公司"],
        ),
    ],
)
def test_round36b_shops_in_a_long_coorganiser_list(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("小区门口新开了一家远山健身馆，晚上人很多。", []),
        ("他每天早上都去晨露鲜奶买早点。", []),
    ],
)
def test_round36b_shop_outside_a_frame_is_no_organization(text, expected):
    assert organizations(text) == expected


# ---------------------------------------------------------------- brand + city + 公司
@pytest.mark.parametrize(
    "text, expected",
    [
        ("正是蓝鲸物流杭州公司连续五年资助了这所小学。", ["蓝鲸物流杭州公司"]),
        ("去年，青松置业南京分公司为小区捐建了凉亭。", ["青松置业南京分公司"]),
    ],
)
def test_round36b_brand_before_city_company(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("我哥哥在杭州公司上班。", []),
        ("他们来到南京分公司参观学习。", []),
    ],
)
def test_round36b_city_company_without_brand_is_none(text, expected):
    assert organizations(text) == expected
