"""Round 50 (pairs2): a unit serving the public at an event on its own (为居民带来节目, 给老人发放
宣传页, 为居民开展义诊) takes part in it but is no partner of the event's hosts: the take-part frame
keeps only a list of units closed by 等 bringing a service and a unit joining in (参与其中).
Sentences written for these tests (made-up names)."""

from __future__ import annotations

import pytest

from contexts import partner_pairs as pairs

UNITS = {"communities": ["柳岸社区"], "organizations": ["青穗舞蹈团", "明溪眼科诊所", "柳岸社区党委"]}
LEAD = "2月3日，柳岸社区党委在社区广场举办迎春游园会。"


@pytest.mark.parametrize(
    "name,body",
    [
        ("show_for_residents", "青穗舞蹈团为居民带来了精彩的舞蹈表演。"),
        ("leaflets_for_the_old", "活动现场，明溪眼科诊所的医生给老人发放护眼宣传页。"),
        ("checkups_for_residents", "明溪眼科诊所的医生为社区居民开展免费视力检查。"),
    ],
)
def test_unit_serving_the_public_alone_pairs_with_no_host(name, body):
    assert pairs(LEAD + body, **UNITS) == []


def test_list_of_units_bringing_a_service_still_pairs_with_the_host():
    body = "青穗舞蹈团、明溪眼科诊所等单位的志愿者为居民提供义诊和咨询服务。"
    assert pairs(LEAD + body, **UNITS) == [("明溪眼科诊所", "柳岸社区党委"), ("柳岸社区党委", "青穗舞蹈团")]


def test_unit_joining_in_still_pairs_with_the_host():
    assert pairs(LEAD + "明溪眼科诊所也积极参与其中。", **UNITS) == [("明溪眼科诊所", "柳岸社区党委")]


# Round 50 (pairs2, built): a programme right after 共建 is what the units build together, no partner.
BUILDERS = {"organizations": ["云雀职业学院", "望川区司法局", "望川区图书馆"], "communities": ["松涛社区"],
            "programs": ["松涛书房", "邻里法律驿站"]}


def test_station_built_with_a_community_pairs_only_the_builders():
    text = "云雀职业学院与松涛社区共建“松涛书房”实践站。"
    assert pairs(text, **BUILDERS) == [("云雀职业学院", "松涛社区")]


def test_station_built_by_a_list_of_units_pairs_the_units_not_the_station():
    text = "这是望川区司法局、望川区图书馆等单位共建的“邻里法律驿站”。"
    assert pairs(text, **BUILDERS) == [("望川区司法局", "望川区图书馆")]


def test_station_built_by_one_unit_yields_nothing():
    text = "望川区司法局共建的“邻里法律驿站”已投入使用。"
    assert pairs(text, **BUILDERS) == []


def test_partner_unit_after_the_building_word_still_pairs():
    text = "云雀职业学院与望川区图书馆共建，开展读书活动。"
    assert pairs(text, **BUILDERS) == [("云雀职业学院", "望川区图书馆")]
