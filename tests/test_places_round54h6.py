"""Round 54 h6 (places): a development zone named by a two-character stem of its own, written right
after the city it lies in (某市东岭高新区, 某市青岗经开区, 某市鹿鸣开发区), is a place named by the stem
and the zone's short form, located in that city. Sentences of our own making."""

from __future__ import annotations

import pytest

from test_places import places


@pytest.mark.parametrize(
    "text, expected",
    [
        # a stem no division has, after a city with or without its 市
        ("重庆市青岗经开区组织消防宣传进小区。", [("重庆市", "50"), ("青岗经开区", "50")]),
        ("大连鹿鸣开发区推行“街乡吹哨”机制。", [("大连市", "2102"), ("鹿鸣开发区", "2102")]),
        ("近日，成都市东岭高新区举办邻里节。", [("成都市", "5101"), ("东岭高新区", "5101")]),
        # the stem opens a longer zone ending: the zone is named after the city, as before
        ("济南市经济开发区举办邻里节。", [("济南市", "3701"), ("济南市经济开发区", "3701")]),
        # a common word or a verb before the short form names no zone
        ("宜春市综合开发区举办邻里节。", [("宜春市", "3609")]),
        ("长沙市建设开发区举办邻里节。", [("长沙市", "4301")]),
    ],
)
def test_stem_zone_after_its_city(text, expected):
    assert [(m.canonical, m.attrs["code"]) for m in places(text)] == expected


def test_stem_zone_heading_its_body_makes_no_place_of_its_own():
    # the zone written only as the head of its office's name: no fact, as for zones named after a city
    assert [m.canonical for m in places("重庆市青岗经开区管委会组织消防宣传进小区。")] == ["重庆市"]
