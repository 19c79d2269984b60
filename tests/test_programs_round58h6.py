"""Programs: a station written bare after only the service it gives (垃圾分类, 托育, 人才) or the
level it sits at (乡镇) is the kind of station a municipal network sets up in every street, not a
station of its own, as 养老驿站 already is (program_exclusions.tsv generic_field and generic_prefix,
filter 10); a station with a brand of its own keeps its name. Round 58 h6. Sentences of our own
making."""

from __future__ import annotations

import pytest

from contexts import programs_and_kinds as programs
from shequ.extract.programs import reject_generic_holder


NAMELESS_STATIONS = [
    # a childcare station named by its service and the children it takes
    ("childcare", "旧厂房改造成了婴幼儿托育驿站和长者食堂。"),
    # a childcare station a community opens, named by its service alone
    ("childcare_opened", "社区开设了托育驿站，每天接待20名幼儿。"),
    # a waste-sorting station a housing estate sets up
    ("waste_sorting", "小区新设了垃圾分类驿站，由保洁员值守。"),
    # the station where sorted rubbish is dropped
    ("waste", "居民可把分好的垃圾投到垃圾驿站。"),
    # a talent station listed among a centre's functions
    ("talent", "邻里中心设有医疗服务、人才驿站等功能。"),
    # each town's station of a county network
    ("town_level", "县里定期在乡镇驿站组织招聘会。"),
]

BRANDED_STATIONS = [
    # a quoted brand before the service words
    ("quoted_brand_childcare", "社区引入社会组织运营“小橡果”托育驿站，为双职工家庭照看幼儿。",
     [("小橡果托育驿站", "station")]),
    ("quoted_brand_waste", "桃源街道打造了“绿动”垃圾分类驿站，居民投放可换积分。",
     [("绿动垃圾分类驿站", "station")]),
    # an unquoted brand before the service word
    ("unquoted_brand_talent", "街道在老厂房里建起了暖蜂人才驿站，为返乡青年提供住宿和就业指导。",
     [("暖蜂人才驿站", "station")]),
]


@pytest.mark.parametrize("case,sentence", NAMELESS_STATIONS, ids=[c[0] for c in NAMELESS_STATIONS])
def test_programs_drop_station_named_only_by_its_service_or_level(case, sentence):
    assert programs(sentence) == []


@pytest.mark.parametrize(
    "case,sentence,expected", BRANDED_STATIONS, ids=[c[0] for c in BRANDED_STATIONS]
)
def test_programs_keep_station_with_a_brand_of_its_own(case, sentence, expected):
    assert programs(sentence) == expected


@pytest.mark.parametrize("prefix", ["婴幼儿托育", "社区垃圾分类", "垃圾", "人才", "乡镇", "社区分类"])
def test_generic_holder_covers_service_fields_and_town_level(prefix):
    assert reject_generic_holder(prefix)


@pytest.mark.parametrize("prefix", ["暖蜂人才", "青枫社区托育", "五一大队垃圾分类", "乡镇零工"])
def test_generic_holder_leaves_a_name_part(prefix):
    assert not reject_generic_holder(prefix)
