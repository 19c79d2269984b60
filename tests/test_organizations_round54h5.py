"""Round 54 h5 (organizations precision): a later short form of an earlier full name is that
body's alias, not a second organization: a company's brand without its place and legal form
(某省某某物业服务有限公司 … 某某物业) and a foundation's brand and kind word without its place and a
middle word (某市某某社区基金会 … 某某基金会). A temporary Party branch named by no unit (临时党支部)
is no organization. Every sentence here is made up."""

from __future__ import annotations

import pytest

from contexts import organizations_found, run


def organization_mentions(text: str) -> list[tuple[str, str]]:
    """Each organization mention as (surface, canonical), in text order."""
    return [(text[m.start : m.end], m.canonical) for m in run(text, "places", "communities", "organizations").mentions["organizations"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a property firm's registered name, then its brand
        (
            "湖北省荆门市华信物业管理有限公司进驻小区。今年3月，华信物业在小区设立了议事角。",
            [("湖北省荆门市华信物业管理有限公司", "湖北省荆门市华信物业管理有限公司"), ("华信物业", "湖北省荆门市华信物业管理有限公司")],
        ),
        (
            "江西省恒安物业服务有限公司接管了小区。入驻以来，恒安物业为老人更换了楼道扶手。",
            [("江西省恒安物业服务有限公司", "江西省恒安物业服务有限公司"), ("恒安物业", "江西省恒安物业服务有限公司")],
        ),
        # a community foundation written in full, then by its brand and kind word
        (
            "上海浦江社区基金会联合浦江街道党工委开展助学活动。浦江基金会每年资助学生二十名。",
            [("上海浦江社区基金会", "上海浦江社区基金会"), ("浦江街道党工委", "浦江街道党工委"), ("浦江基金会", "上海浦江社区基金会")],
        ),
    ],
)
def test_later_short_form_is_the_full_names_alias(text, expected):
    assert organization_mentions(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # another brand's firm stays a body of its own
        (
            "湖北省荆门市华信物业管理有限公司与金泰物业签订了协议。",
            [("湖北省荆门市华信物业管理有限公司", "湖北省荆门市华信物业管理有限公司"), ("金泰物业", "金泰物业")],
        ),
        # two foundations of two brands, the kind word shared
        ("青禾社区基金会与浦江基金会签约。", [("青禾社区基金会", "青禾社区基金会"), ("浦江基金会", "浦江基金会")]),
    ],
)
def test_other_brands_stay_bodies_of_their_own(text, expected):
    assert organization_mentions(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a temporary branch set up for a task, named by no unit
        ("为做好防汛工作，临时党支部成立了值守专班。", []),
        ("青禾街道在小区改造工地建立临时党支部，党员轮流值班。", []),
        ("目前全区已在社区网格组建临时党支部120个。", []),
        # one named by its community or grid keeps the name
        ("桃源社区网格临时党支部组织党员清理河道。", ["桃源社区网格临时党支部"]),
        ("翠湖社区临时党支部书记王明带队巡查。", ["翠湖社区临时党支部"]),
        ("枫林社区党支部组织党员清理河道。", ["枫林社区党支部"]),
    ],
)
def test_temporary_party_branch_named_by_no_unit_is_no_organization(text, expected):
    assert organizations_found(text) == expected
