"""Round 58 h1: a river, creek, stream, lake or reservoir named after the town or district it
crosses is no mention of that division (places' filter 2b): a short form followed by a water word
(某某涌, 某某溪, 某某口库区) that opens no place, community or office of its own, or a short form
ending in a water character followed by a word of the water (某湖水位, 某河两岸). Every sentence here is made up."""

from __future__ import annotations

import pytest

from test_places import places


def written(text: str) -> list[tuple[str, str]]:
    """(canonical, written form) of each place mention, in text order."""
    return [(m.canonical, text[m.start:m.end]) for m in places(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a street's short form + 涌 (a Pearl River delta creek), twice
        (
            "广州市天河区猎德街道的志愿者沿猎德涌巡查，猎德涌的水质明显好转。",
            [("广州市", "广州市"), ("天河区", "天河区"), ("猎德街道", "猎德街道")],
        ),
        # a town's short form + 溪 and a bank word
        ("开化县华埠镇的护河队在华埠溪边清理垃圾。", [("开化县", "开化县"), ("华埠镇", "华埠镇")]),
        # a county-level city's short form + 库区
        ("十堰市丹江口市的移民来到丹江口库区。", [("十堰市", "十堰市"), ("丹江口市", "丹江口市")]),
        # a town's short form + 溪 and a bank word, right after the town itself
        (
            "福州市晋安区鼓山镇鼓山溪畔，志愿者正在捡拾垃圾。",
            [("福州市", "福州市"), ("晋安区", "晋安区"), ("鼓山镇", "鼓山镇")],
        ),
        # a city's short form that is a lake's name, followed by the water's level
        ("连日降雨，巢湖水位持续上涨，合肥市组织巡堤。", [("合肥市", "合肥市")]),
    ],
)
def test_water_body_named_after_a_division_is_no_place(text, expected):
    assert written(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the water character opens the next place's name: a chain of places
        (
            "四川江油的志愿者和湖南江永县的社工座谈。",
            [("四川省", "四川"), ("江油市", "江油"), ("湖南省", "湖南"), ("江永县", "江永县")],
        ),
        # the water character opens a village's name
        ("开化县华埠镇河东村开展活动。", [("开化县", "开化县"), ("华埠镇", "华埠镇")]),
        # 河长办 is the river chief's office of the place, not a river
        ("开化县华埠河长办组织巡河。", [("开化县", "开化县"), ("华埠镇", "华埠")]),
        # a lake-named city with no word of the water after it stays the city
        ("合肥市巢湖的社区志愿者走进敬老院。", [("合肥市", "合肥市"), ("巢湖市", "巢湖")]),
    ],
)
def test_place_before_a_water_character_that_starts_no_water_name_stays(text, expected):
    assert written(text) == expected


def test_sentence_naming_only_a_creek_yields_no_place():
    assert written("志愿者每周沿猎德涌巡查一次。") == []


def test_only_the_mention_beside_the_water_word_is_dropped():
    # the bare form is dropped where it names the lake; the city's full name elsewhere stays
    text = "巢湖市的志愿者来到湖边。连日暴雨，巢湖水位上涨。"
    assert written(text) == [("巢湖市", "巢湖市")]
