"""Programs: a street's or community's station or home with a brand name of its own (某街道K爱之家,
某街道舒心驿站, 某社区康乐居残疾人之家, 街道级馨绿职康站) is a program named by its brand and station
word, once the article names it twice; the station of a kind every street sets up (残疾人之家,
退役军人之家, 党员之家, 爱心驿站) and a verb before a station word name none (branded_homes). Round 53p2d.
Sentences of our own making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs


BRANDED = [
    (
        "latin_brand_home_after_street",
        "青河街道K爱之家今年春天开门，每周办两场活动。青河街道K爱之家还请来了康复医生。",
        [("K爱之家", "station"), ("K爱之家", "station")],
    ),
    (
        "brand_station_after_street",
        "一行人参观了松岭街道舒心驿站。松岭街道舒心驿站是在区委政法委指导下打造的。",
        [("舒心驿站", "station"), ("舒心驿站", "station")],
    ),
    (
        "brand_before_kind_of_home",
        "桃园街道柳西社区康乐居残疾人之家改造完成，新添了手工室。在桃园街道康乐居残疾人之家，学员们正学做面点。",
        [("康乐居残疾人之家", "station"), ("康乐居残疾人之家", "station")],
    ),
    (
        "brand_after_street_level",
        "街道残联在街道级馨绿职康站为30名残疾人举办了活动。东坝街道级馨绿职康站于去年投入使用。",
        [("馨绿职康站", "station"), ("馨绿职康站", "station")],
    ),
]

NOTHING = [
    (
        "kinds_of_home",
        "柳西社区退役军人之家揭牌，柳西社区退役军人之家服务老兵。南河社区党员之家开放，南河社区党员之家有藏书。",
    ),
    ("kind_of_home_with_group_words", "青河街道残疾人之家开放了。青河街道残疾人之家配有康复室。"),
    ("verb_before_station_word", "南河社区打造驿站，南河社区打造驿站。"),
    ("brand_named_once", "青河街道K爱之家今年春天开门，每周办两场活动。"),
    ("clause_run_before_station_word", "东坝社区同步建好驿站，东坝社区同步建好驿站。"),
]


@pytest.mark.parametrize("label,text,expected", BRANDED, ids=[c[0] for c in BRANDED])
def test_branded_home_is_a_program(label, text, expected):
    assert programs(text) == expected


@pytest.mark.parametrize("label,text", NOTHING, ids=[c[0] for c in NOTHING])
def test_kind_of_home_names_nothing(label, text):
    assert programs(text) == []
