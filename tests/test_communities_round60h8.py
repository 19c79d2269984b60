"""Round 60 h8: 新城 heads an estate's name (某某新城) written without 小区, after a street or a
community or before what happens there; a place the gazetteer knows, alone before 新城, names a
city's new town, no estate. Sentences are invented."""

import pytest

from contexts import fact_names

# A second paragraph, so that a one-sentence text is read as an article body.
BODY = "\n记者了解到，这项工作还将在更多地方推开，让更多居民受益。"


@pytest.mark.parametrize(
    "text, expected",
    [
        # after a street and its community, before the resident who lives there
        ("家住东湖街道青松社区翠湖新城的王女士说，楼道里的灯终于修好了。", ["翠湖新城", "青松社区"]),
        # after a locative, before what opens there
        ("上月，社区食堂在金湖新城正式开业，每天供应两百份午餐。", ["金湖新城"]),
        # a community named after its estate keeps its whole name
        ("河西新城社区志愿者走访了辖区的独居老人。", ["河西新城社区"]),
    ],
)
def test_communities_new_town_estate_named(text: str, expected: list[str]) -> None:
    assert fact_names(text + BODY, "communities") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a place alone before 新城: the city's new town, the community in it stays
        ("城南社区地处醴陵市东富新城的城乡接合部。", ["城南社区"]),
        # a new town of industry, a district named 新城区, and 新城 inside 创新城乡: no estate
        ("从水乡阡陌到现代化产业新城，园区变化很大。", []),
        ("家住新城区的李先生说，公交线路比以前多了。", []),
        ("为深化和创新城乡基层治理，青禾区召开了座谈会。", []),
    ],
)
def test_communities_new_town_not_an_estate(text: str, expected: list[str]) -> None:
    assert fact_names(text + BODY, "communities") == expected
