"""Round 61 h6b: a street's office (某区|某某街道办事处, 某区|某某路办事处) is the street's own
administration, so the district written in full right before the street says where that street
lies and stays a place of the article. A city earlier in the chain, a short form of the district
and the street right before its own office keep the flags they had (the gold splits on each); a
liaison office (驻某地办事处) and an office after another body's name are left as they were.
Sentences are invented."""

from __future__ import annotations

import pytest

from test_places import places

BODY = "\n记者了解到，这项工作还将在更多地方推开，让更多居民受益。"


def canonicals(text: str) -> list[str]:
    return sorted({m.canonical for m in places(text + BODY)})


@pytest.mark.parametrize(
    "text, expected",
    [
        # a city and district before a street office whose street the gazetteer lacks: the
        # district only, the city earlier in the chain keeps the flag of the body's name
        ("近日，成都市武侯区青松街道办事处组织志愿者走进小区。", ["武侯区"]),
        # the same before a street the gazetteer holds
        ("近日，成都市武侯区玉林街道办事处组织志愿者走进小区。", ["武侯区"]),
        # a district before a street office that heads a community
        ("上周，武侯区青松街道办事处桃源社区开展了义诊。", ["武侯区"]),
        # an office named after a road, not a street
        ("周末，金水区青松路办事处邀请居民议事。", ["金水区"]),
        # a chain ending at a street the gazetteer holds: the district before it
        ("武侯区玉林街道办事处副主任李明介绍了情况。", ["武侯区"]),
    ],
)
def test_places_district_before_a_street_office_is_a_place(text: str, expected: list[str]) -> None:
    assert canonicals(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a liaison office of a body named before it
        "成都市人民政府驻北京办事处的工作人员前来调研。",
        # a body's name closes before the office
        "武侯区民政局办事处的工作人员前来调研。",
        # no office: a body of the district
        "武侯区民政局的工作人员前来调研。",
        # a street right before its own office is left as it was
        "玉林街道办事处联合辖区单位开展了巡查。",
        # a short form of the district before the street's office keeps its flag
        "武侯青松街道办事处联合辖区单位开展了巡查。",
    ],
)
def test_places_city_in_chain_or_office_of_another_body_gives_no_new_place(text: str) -> None:
    assert canonicals(text) == []
