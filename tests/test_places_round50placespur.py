"""Round 50 (placespur): a province's or city's short form before one name character and a
community head (某市简称|东社区, 老|某省简称|里社区) names that community when the article's other
places lie outside it, also where the community is written again without its head in a list;
a name character that makes a word with the head (乡村, 山村) keeps the place (sentences of our
own making)."""

from __future__ import annotations

from test_places import places


def canonicals(text: str) -> list[str]:
    return sorted({m.canonical for m in places(text)})


def test_places_city_short_form_before_one_character_and_community_names_the_community():
    assert canonicals("青岛市黄岛区的爱心车队在潍坊东社区启动。") == ["青岛市", "黄岛区"]


def test_places_province_short_form_inside_a_community_name_gives_no_place():
    assert canonicals("北京市石景山区的便民大集在老河北里社区举办。") == ["北京市", "石景山区"]


def test_places_community_written_again_in_a_list_gives_no_place():
    text = "青岛市黄岛区的爱心车队在潍坊东社区启动，首批在潍坊东、桃李村两个社区试点。"
    assert canonicals(text) == ["青岛市", "黄岛区"]


def test_places_character_making_a_word_with_the_head_keeps_the_place():
    assert canonicals("青岛市黄岛区的干部到营口乡村走访。") == ["营口市", "青岛市", "黄岛区"]


def test_places_city_inside_the_articles_province_keeps_the_place():
    assert canonicals("山东省潍坊东社区的居民参加了活动。") == ["山东省", "潍坊市"]


def test_places_short_form_with_no_other_place_stays_a_place():
    assert canonicals("潍坊东社区举行了活动。") == ["潍坊市"]


def test_places_community_named_after_a_city_yields_no_mention_of_it():
    text = "青岛市黄岛区的爱心车队在潍坊东社区启动。"
    assert [m for m in places(text) if m.canonical == "潍坊市"] == []
