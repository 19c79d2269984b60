"""Round 53 h5 (places): a town the division list holds under another name. A street office that
replaced a town keeps the town's name (撤镇设街道), and a Beijing 地区 office runs the town or
township of that name: news names the town (X镇, X乡), which is that office. Abolished or merged
divisions news still names are supplement entries. Sentences of our own making."""

from __future__ import annotations

import pytest

from shequ.gazetteer import derive_former_town_forms
from test_places import places, summary


@pytest.mark.parametrize(
    "name, level, forms",
    [
        ("犀浦街道", "street", ["犀浦镇"]),
        ("十八里店地区", "street", ["十八里店镇", "十八里店乡"]),
        ("国基路街道", "street", []),  # named after its road: no town was called 国基路镇
        ("文昌镇", "street", []),  # already a town
        ("南岸街道", "district", []),  # only streets and towns
    ],
)
def test_former_town_forms_of_street_offices(name, level, forms):
    assert derive_former_town_forms(name, level) == forms


def test_town_that_became_a_street_office_is_that_office():
    text = "上个月，犀浦镇的志愿者走进敬老院为老人理发。"
    assert summary(text) == [("犀浦镇", 4, 7, "犀浦街道", "510117006")]


def test_beijing_township_is_its_area_office():
    text = "十八里店乡组织社工为辖区空巢老人送去年货。"
    assert summary(text) == [("十八里店乡", 0, 5, "十八里店地区", "110105028")]


def test_town_name_is_the_fact_name_and_the_chain_is_the_office():
    (mention,) = places("近日，王舍人镇召开了平安建设推进会。")
    assert (mention.canonical, mention.attrs["chain"]) == ("王舍人街道", ["山东省", "济南市", "历城区", "王舍人街道"])


def test_town_word_after_an_everyday_stem_gives_no_place():
    assert summary("区里表彰了一批先进镇和先进村。") == []


def test_town_word_after_a_road_street_gives_no_place():
    assert summary("中山路镇上新开了一家超市。") == []


def test_abolished_county_after_its_city_is_a_place():
    (mention,) = [m for m in places("德州市陵县的志愿者走访了困难家庭。") if m.canonical == "陵县"]
    assert mention.attrs["chain"] == ["山东省", "德州市", "陵城区"]


def test_merged_street_office_is_a_place_under_its_district():
    (mention,) = [m for m in places("姑苏区葑门街道为社工购买了心理服务。") if m.canonical == "葑门街道"]
    assert mention.attrs["chain"] == ["江苏省", "苏州市", "姑苏区"]
