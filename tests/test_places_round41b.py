"""Round 41b: a city's short form right before 村/社区 names a village or community of that name
when the article's other places lie elsewhere, also when a district elsewhere shares the name
and when the same name is written more than once (sentences of our own making)."""

from __future__ import annotations

from test_places import places


def canonicals(text: str) -> list[str]:
    return sorted({m.canonical for m in places(text)})


def test_places_city_and_district_name_before_village_head_names_the_village():
    text = "云南省大理州洱源县某乡淮安村的支书来了。后来淮安村修好了路。"
    assert canonicals(text) == ["云南省", "大理白族自治州", "洱源县"]


def test_places_city_name_before_community_head_twice_names_the_community():
    text = "四川省蒲江县的鞍山村党支部与城里的支部结对，鞍山村的村民都很高兴。"
    assert canonicals(text) == ["四川省", "蒲江县"]


def test_places_city_name_before_community_head_in_that_city_stays_a_place():
    text = "江苏省淮安市的干部说，淮安社区治理还要再下功夫。"
    assert "淮安市" in canonicals(text)


def test_places_village_named_after_a_city_with_no_other_place_keeps_the_city():
    # nothing in the article says the name lies elsewhere
    assert canonicals("鞍山村的路修好了。") == ["鞍山市"]


def test_places_no_place_in_a_sentence_of_village_words():
    assert canonicals("村里的老人说，这条小路修好了。") == []
