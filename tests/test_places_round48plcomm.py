"""Round 48 (places): a chain of divisions ending at a district, county or city that heads a
body named after it is that body's registered name, so the provinces and cities before it are
no standalone places; the same chain written on its own stays a chain of places (sentences of
our own making)."""

from __future__ import annotations

from test_places import places


def canonicals(text: str) -> list[str]:
    return sorted({m.canonical for m in places(text)})


def test_places_chain_heading_a_district_bureau_gives_no_place():
    assert canonicals("浙江省湖州市吴兴区民政局慰问了困难老人。") == []


def test_places_chain_heading_a_county_office_gives_no_place():
    assert canonicals("近日，湖州市长兴县禁毒办走进校园宣传禁毒知识。") == []


def test_places_chain_written_on_its_own_stays_places():
    assert canonicals("浙江省湖州市吴兴区开展了邻里节活动。") == ["吴兴区", "浙江省", "湖州市"]


def test_places_chain_before_a_street_stays_places_when_the_street_is_written_alone():
    assert canonicals("湖州市吴兴区月河街道举办了青禾读书会。") == ["吴兴区", "月河街道", "湖州市"]


def test_places_chain_opening_with_a_short_form_locates_the_body():
    assert canonicals("记者从浙江湖州市民政局获悉，青禾读书会将扩容。") == ["浙江省"]
