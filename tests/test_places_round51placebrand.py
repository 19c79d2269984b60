"""Round 51 (placebrand): a province or city written only as the first word of a hotel's, a rescue
or sports team's name (某市某某大酒店, 某地某某救援队, 某省乒乓球队) is part of that body's name, not a
place of the article; written on its own elsewhere it stays a place (sentences of our own making)."""

from __future__ import annotations

import pytest

from test_places import places


def canonicals(text: str) -> list[str]:
    return sorted({m.canonical for m in places(text)})


@pytest.mark.parametrize(
    "text",
    [
        "年会在杭州青澜国际大酒店举行。",
        "住进了苏州枫泊宾馆的客人。",
        "兰州雁鸣救援队的队员赶到现场。",
        "原江苏省羽毛球队教练来到社区。",
        "合肥月湾饭店的厨师教居民做菜。",
    ],
)
def test_places_place_opening_a_hotel_or_team_name_gives_no_place(text):
    assert canonicals(text) == []


def test_places_place_written_on_its_own_besides_a_hotel_name_stays_a_place():
    assert canonicals("在杭州,杭州青澜国际大酒店的员工走进社区。") == ["杭州市"]


def test_places_place_before_a_plain_hotel_word_in_a_clause_stays_a_place():
    assert canonicals("游客来到兰州,住在附近的酒店。") == ["兰州市"]


def test_places_street_before_a_team_name_stays_a_place():
    assert canonicals("北京市朝阳区望京街道青枫应急救援队开展演练。") == ["北京市", "望京街道", "朝阳区"]


@pytest.mark.parametrize(
    "text",
    [
        "河北高速青枫物流集团的职工来到社区。",
        "上海首都青澜文化有限责任公司捐赠了图书。",
    ],
)
def test_places_place_opening_a_company_name_after_an_adverb_tagged_word_gives_no_place(text):
    assert canonicals(text) == []


def test_places_adverb_and_verb_before_a_company_ending_keep_the_place():
    assert canonicals("宁波已组建青枫公司。") == ["宁波市"]
