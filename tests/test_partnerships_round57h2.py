"""Round 57 (h2): a unit named as a community's partner unit by its standing (社区的共建单位B,
“双报到”单位B, 市级包保单位B) pairs with that community even when the unit's name is one no extractor
took whole (a bare company name in a list, a Party committee's name cut short), when the word is
包保单位 (a unit assigned to a community under the city's 包保 duty), and when the article follows
several communities in turn (the nearest community named before, in the same paragraph).
Sentences written for these tests (made-up names)."""

from __future__ import annotations

import pytest

from contexts import partner_pairs as pairs

UNITS = dict(
    organizations=["青枫区城投集团", "青枫区市场监管局", "君安物业", "能源部党委"],
    communities=["福安社区", "东湖社区", "西园社区", "月湖四村"],
)


def test_unit_assigned_under_the_baobao_duty_pairs_with_the_community():
    text = ("台风过境后，福安社区党委书记王明和市级包保单位青枫区城投集团的二十名职工一起，"
            "帮福安社区清理倒伏树木。")
    assert pairs(text, **UNITS) == [("福安社区", "青枫区城投集团")]


def test_partner_unit_of_the_community_the_paragraph_just_named():
    text = ("西园社区的做法是网格巡查。东湖社区走的是另一条路。"
            "上周，社区请来“双报到”单位青枫区市场监管局，给沿街餐馆讲燃气安全。")
    assert pairs(text, **UNITS) == [("东湖社区", "青枫区市场监管局")]


def test_bare_company_names_listed_with_a_found_unit_are_partner_units():
    text = ("福安社区把楼前空地分给居民认养。"
            "社区的共建单位宏达自控、君安物业、远航科技还出钱买了树苗。")
    assert pairs(text, **UNITS) == [("君安物业", "福安社区"), ("宏达自控", "福安社区"), ("福安社区", "远航科技")]


def test_partner_units_name_cut_short_is_read_whole():
    text = ("月湖四村的旧车棚要改成活动室。月湖四村的这项工程，资金来自共建单位"
            "宝丰能源部党委的捐助。")
    assert pairs(text, **UNITS) == [("宝丰能源部党委", "月湖四村")]


@pytest.mark.parametrize("text", [
    # no item of the list is a found unit: bare words alone name no partner
    "福安社区把楼前空地分给居民认养。社区的共建单位宏达自控、远航科技还出钱买了树苗。",
    # the community is named in another paragraph (two communities: the article has none of its own)
    "西园社区的做法是网格巡查。东湖社区走的是另一条路。\n上周，社区请来“双报到”单位青枫区市场监管局讲燃气安全。",
    # the community is named more than two sentences back
    "西园社区的做法是网格巡查。东湖社区走的是另一条路。楼道很窄。车棚很旧。路灯不亮。上周，社区请来“双报到”单位青枫区市场监管局讲燃气安全。",
    # the word names no unit after it
    "福安社区召开议事会。社区共建单位代表、居民代表都来了。",
])
def test_no_pair_without_a_named_unit_or_its_community(text):
    assert pairs(text, **UNITS) == []


def test_a_sort_word_ends_the_list_of_partner_units():
    text = "福安社区把楼前空地分给居民认养。社区的共建单位君安物业、爱心商户还出钱买了树苗。"
    assert pairs(text, **UNITS) == [("君安物业", "福安社区")]
