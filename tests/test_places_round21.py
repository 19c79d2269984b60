"""Places, round 21: autonomous areas written with their level word but no ethnic names
(黔东南州, 威宁县, 管城区). Sentences of our own making."""

from __future__ import annotations

import pytest

from shequ.gazetteer import derive_level_forms
from test_places import places


@pytest.mark.parametrize(
    "name, level, forms",
    [
        ("楚雄彝族自治州", "city", ["楚雄州"]),
        ("伊犁哈萨克自治州", "city", ["伊犁州"]),
        ("长阳土家族自治县", "district", ["长阳县"]),
        ("管城回族区", "district", ["管城区"]),
        ("沙坡头区", "district", []),  # no ethnic names: the official name is already the written one
        ("鄂伦春自治旗", "district", []),  # nothing but the ethnic name would remain
        ("宁夏回族自治区", "province", []),  # a region is never written 宁夏区
        ("水潦彝族乡", "street", []),  # township stems name hundreds of other townships
    ],
)
def test_level_forms_of_autonomous_areas(name, level, forms):
    assert derive_level_forms(name, level) == forms


def surfaces(text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.canonical) for m in places(text)]


def test_prefecture_written_with_zhou():
    text = "上周，志愿者走进云南省楚雄州大姚县的一个社区，为老人义诊。"
    assert surfaces(text) == [("云南省", "云南省"), ("楚雄州", "楚雄彝族自治州"), ("大姚县", "大姚县")]


def test_autonomous_counties_in_a_list():
    text = "帮扶项目落在湖北长阳县、五峰县两地，惠及三百多户家庭。"
    assert ("长阳县", "长阳土家族自治县") in surfaces(text)
    assert ("五峰县", "五峰土家族自治县") in surfaces(text)


def test_ethnic_district_before_a_street():
    text = "在郑州市管城区紫荆山南路街道，网格员逐户走访。"
    assert ("管城区", "管城回族区") in surfaces(text)


def test_zhou_as_a_common_word_is_no_place():
    # 州 and 县 as words of their own, with no stem of a prefecture before them
    assert surfaces("全州各县市区都建起了社工站。") == []
