"""Round 56 h8b: a development zone written bare is a place also where the article names no city
to locate it in. 经济技术开发区 (the full name that 经开区 shortens) is a bare zone word like 经开区,
located in the article's first located place; a bare zone before a street that many districts
hold, in an article that locates nothing, stays open between those districts. Every sentence
here is made up."""

from __future__ import annotations

import pytest

from test_places import places


ZONE_WORDS = ("开发区", "高新区", "经开区")


def zones(text: str) -> list[tuple[str, str | None, bool, int]]:
    """(canonical, code, ambiguous, number of candidates) of each zone fact, in text order."""
    return [
        (m.canonical, m.attrs["code"], m.attrs["ambiguous"], len(m.attrs["candidates"]))
        for m in places(text)
        if m.canonical.endswith(ZONE_WORDS)
    ]


def canonicals(text: str) -> list[str]:
    return [m.canonical for m in places(text)]


def test_full_zone_name_after_a_list_joiner_is_located_in_the_first_place():
    # the only place written is a province-level city: the zone lies there
    text = "天津设一个主会场，各区和经济技术开发区分别设分会场。"
    assert zones(text) == [("经济技术开发区", "12", False, 0)]
    assert canonicals(text) == ["天津市", "经济技术开发区"]


def test_bare_high_tech_zone_in_an_article_with_only_a_district():
    text = "南开区的社工走进社区。此外，高新区也办了三场讲座。"
    assert canonicals(text) == ["南开区", "高新区"]


@pytest.mark.parametrize(
    "text, zone",
    [
        ("6月3日，开发区西城街道红星社区举办了邻里节。", "开发区"),
        ("本报讯 （记者 李明）经济开发区南城街道幸福社区的食堂开张了。", "经济开发区"),
    ],
)
def test_bare_zone_before_an_ambiguous_street_with_no_place_to_locate_it(text, zone):
    found = zones(text)
    assert [name for name, _, _, _ in found] == [zone]
    _, code, ambiguous, candidates = found[0]
    assert code is None and ambiguous and candidates > 1


@pytest.mark.parametrize(
    "text",
    [
        "高新区开展了电梯安全检查。",  # nothing in the article is a place
        "工人们大多在开发区周边打工。西城街道有不少出租屋。",  # 开发区 before no street: any zone
        "南开区的工人大多在开发区周边打工。",
        "开发区管委会西城街道工作组走访了企业。",  # the zone heads its own committee
    ],
)
def test_no_bare_zone(text):
    assert not [name for name in canonicals(text) if name.endswith(ZONE_WORDS)]
